/**
 * Quantity mentions in news text: money, percentages, measures, durations,
 * counts of things, calendar years, dates and ordinals, with hedges, ranges and
 * changes.
 *
 * The scanner works on tokens of one sentence. A number is read first (digits,
 * words or both, with scale words and suffixes); names with digits (GPT-4o,
 * Llama 4, Section 427), phone numbers, addresses, clock times and list markers
 * are set aside; then the steps of QuantitySteps.ts, in the order set there,
 * read what surrounds the number (a currency, a unit, a percent sign, a counted
 * noun, a hedge, a range, a change). Refiners over the whole sentence run last,
 * in the order set in `extractMentions`: ages, levels that moved, restatements.
 */
import { isFractionWord, isNumberWord, ORDINALS, parseNumberWords, SCALES, SPACED_SCALE } from "./NumberWords.js"
import { findTimeExpressions, type Precision } from "./TimeExpression.js"
import { CURRENCY_CODES, CURRENCY_WORDS, measureSymbol, measureWord } from "./Unit.js"
import { refineAges } from "./Age.js"
import { refineShifts } from "./Shift.js"
import { refineElidedUnits } from "./ElidedUnit.js"
import { refineUncertainty } from "./Uncertainty.js"
import { refineConversions } from "./Conversion.js"
import { REFERENCE_KINDS, referenceSpans, type ReferenceKind, type ReferenceSpan } from "./Reference.js"
import { TokenView } from "./Tokens.js"
import { codeOf, currencyAfter, currencyAfterScale, currencyBefore } from "./CurrencyReader.js"
import { unitAfter } from "./UnitReader.js"
import { countedNoun, looksPlural, MONTH_NAMES, NOUN_STOP } from "./CountedNoun.js"
import { mergeBounds } from "./Range.js"
import { MINOR_UNITS, QUANTITY_STEPS } from "./QuantitySteps.js"
import type { Draft, NumberRead, PushInput, Reader } from "./Reader.js"
import { vagueAmount } from "./Vague.js"
import { tagsOf } from "./PartOfSpeech.js"

export { tokenize, type Token } from "./Tokens.js"
export { looksPlural } from "./CountedNoun.js"

/** What a quantity is. */
export const QUANTITY_KINDS = [
  "money",
  "percent",
  "count",
  "measure",
  "year",
  "date",
  "duration",
  "age",
  "ordinal"
] as const
export type QuantityKind = (typeof QUANTITY_KINDS)[number]
/** A quantity, or a number that is no claim, by why: clock times, phones, addresses, names, scores, page furniture. */
export type MentionKind = QuantityKind | ReferenceKind
const REFERENCES: ReadonlySet<MentionKind> = new Set<MentionKind>(REFERENCE_KINDS)
/** Whether a mention can be a claim at all (a quantity, not a reference). */
export const isQuantity = (m: { readonly kind: MentionKind }): boolean => !REFERENCES.has(m.kind)
export const QUALIFIERS = ["about", "at least", "more than", "at most", "less than", "nearly", "up to"] as const
export type Qualifier = (typeof QUALIFIERS)[number]
export type Change = "up" | "down"

export interface Mention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: MentionKind
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly qualifier: Qualifier | null
  /** The hedge as written ("roughly", "just under"). */
  readonly qualifierText: string | null
  readonly change: Change | null
  readonly date: string | null
  readonly precision: Precision | null
  /** Place value of the last stated digit, in `unit`: 1.1 billion -> 1e8; drives rounding tolerance. */
  readonly step: number
  /** "earlier" for the value a change started from ("up from 400 million"). */
  readonly role: "value" | "earlier"
  /** The level a change started from, when the sentence states it: 273 in "rose from 240 to 273" has 240. */
  readonly earlier: number | null
  /** The unit as written when `value` was converted from it: a minor currency ("63 cents", "118.5p") or a fraction ("a third of"). */
  readonly stated: { readonly unit: string; readonly factor: number } | null
  /** Words between the number and the counted noun ("weekly" in "500 million weekly users"). */
  readonly modifiers: ReadonlyArray<string>
  /** A relative date ("last month"), resolved against the publication date when one was given. */
  readonly relative: boolean
  /** Relative date that could not be resolved (no publication date). */
  readonly unresolved: boolean
  /** `low` and `high` are a range the text states ("14-18 mpg", "between 3 and 4"), not bounds inferred from a hedge. */
  readonly range?: boolean
}

// ---------------------------------------------------------------------------
// Tokens

// ---------------------------------------------------------------------------
// Lexicons

/** Lower-case words after which a number is an identifier: "Section 427", "page 12", "Route 9". */
const IDENTIFIER_WORDS = new Set([
  "page",
  "pages",
  "p",
  "pp",
  "section",
  "sections",
  "chapter",
  "part",
  "row",
  "route",
  "room",
  "gate",
  "platform",
  "flight",
  "exit",
  "highway",
  "interstate",
  "article",
  "clause",
  "paragraph",
  "rule",
  "item",
  "step",
  "phase",
  "stage",
  "version",
  "v",
  "season",
  "episode",
  "vol",
  "volume",
  "issue",
  "no",
  "nos",
  "number",
  "figure",
  "fig",
  "table",
  "appendix",
  "suite",
  "apartment",
  "apt",
  "floor",
  "level",
  "grade",
  "class",
  "category",
  "tier",
  "lot",
  "box",
  "zone",
  "district",
  "ward",
  "precinct",
  "bus",
  "channel",
  "model",
  "act",
  "scene",
  "verse",
  "track",
  "lane",
  "block",
  "plot",
  "bay",
  "pier",
  "hall",
  "building",
  "terminal",
  "runway",
  "docket",
  "bill",
  "amendment",
  "proposition",
  "prop",
  "question",
  "problem",
  "exercise",
  "lesson",
  "line",
  "unit",
  "code",
  "id",
  "type",
  "series",
  "generation",
  "gen",
  "iphone",
  "ipad",
  "windows",
  "covid",
  "sars",
  "ios",
  "android",
  "macos",
  "h.r",
  "title"
])
/** Capitalised words before a number that do not make it a name ("In 2019", "Since 2015", "About 40"). */
const FUNCTION_WORDS = new Set([
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "to",
  "of",
  "since",
  "until",
  "till",
  "after",
  "before",
  "during",
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "under",
  "some",
  "only",
  "just",
  "roughly",
  "approximately",
  "more",
  "less",
  "fewer",
  "than",
  "and",
  "or",
  "but",
  "the",
  "a",
  "an",
  "all",
  "its",
  "their",
  "his",
  "her",
  "our",
  "by",
  "with",
  "without",
  "between",
  "among",
  "across",
  "up",
  "down",
  "as",
  "if",
  "when",
  "while",
  "then",
  "so",
  "yet",
  "also",
  "still",
  "another",
  "each",
  "every",
  "those",
  "these",
  "this",
  "that",
  "there",
  "here",
  "nearly",
  "about",
  "almost",
  "around",
  "estimated",
  "exactly",
  "precisely",
  "least",
  "most",
  "within",
  "through",
  "early",
  "late",
  "mid",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "year",
  "fiscal",
  "fy",
  "top",
  "rank",
  "ranked",
  "no",
  "we",
  "they",
  "he",
  "she",
  "it",
  "i",
  "you",
  "what",
  "which",
  "who",
  "whom",
  "where",
  "why",
  "how",
  "is",
  "are",
  "was",
  "were"
])

/** Words before "quarter" or "half" that make it a period ("the fourth quarter", "this half"). */
const PERIOD_BEFORE = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "final",
  "last",
  "next",
  "this",
  "that",
  "same",
  "current",
  "previous",
  "fiscal",
  "calendar",
  "each",
  "every",
  "its",
  "their",
  "latest",
  "opening",
  "closing",
  // "revenue in the quarter", "per quarter": the period; a share of something says "of" ("the half of it")
  "the",
  "per",
  "our",
  "his",
  "her"
])

/** Words that can open a number phrase. */
const STARTERS = new Set([
  "a",
  "an",
  "half",
  "quarter",
  "minus",
  "negative",
  "zero",
  "nought",
  "naught",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
  "forty",
  "fourty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "dozen",
  "dozens",
  "tens",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "trillions",
  "several",
  "few",
  ...Object.keys(ORDINALS)
])

// ---------------------------------------------------------------------------
// Numbers

const ATTACHED_SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  T: 1e12,
  tr: 1e12
}
const UNICODE_FRACTIONS: Record<string, number> = {
  "½": 0.5,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 0.25,
  "¾": 0.75,
  "⅕": 0.2,
  "⅛": 0.125,
  "⅙": 1 / 6
}

const digitsValue = (raw: string): { value: number; step: number } => {
  const clean = raw.replace(/,/g, "")
  const value = Number(clean)
  const dot = clean.indexOf(".")
  if (dot >= 0) return { value, step: 10 ** -(clean.length - dot - 1) }
  let tz = 0
  while (tz < clean.length && clean[clean.length - 1 - tz] === "0") tz++
  return { value, step: clean === "0" ? 1 : 10 ** Math.min(tz, clean.length - 1) }
}

/** A mention with no value: a number that is no claim, or a date (which carries its day in `date`). */
const valueless = (
  text: string,
  start: number,
  end: number,
  kind: MentionKind,
  over: Partial<Mention> = {}
): Mention => ({
  start,
  end,
  text: text.slice(start, end),
  kind,
  value: null,
  low: null,
  high: null,
  unit: null,
  qualifier: null,
  qualifierText: null,
  change: null,
  date: null,
  precision: null,
  step: 1,
  role: "value",
  earlier: null,
  stated: null,
  modifiers: [],
  relative: false,
  unresolved: false,
  ...over
})

const referenceMention = (text: string, r: ReferenceSpan): Mention => valueless(text, r.start, r.end, r.kind)

class Scanner extends TokenView implements Reader {
  readonly mentions: Array<Mention> = []
  private readonly consumed: Uint8Array

  constructor(
    text: string,
    readonly published: string | null
  ) {
    super(text)
    this.consumed = new Uint8Array(this.tokens.length)
    for (const r of referenceSpans(text)) {
      if (this.markRange(r.start, r.end)) this.mentions.push(referenceMention(text, r))
    }
  }

  /** Marks the tokens inside [s, e) as read; false when all of them already were. */
  private markRange(s: number, e: number): boolean {
    let fresh = false
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!
      if (t.start >= s && t.end <= e && !this.consumed[i]) {
        this.consumed[i] = 1
        fresh = true
      }
    }
    return fresh
  }

  run(): ReadonlyArray<Mention> {
    this.dates()
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.consumed[i]) continue
      const t = this.tokens[i]!
      // "the fourth quarter", "this half": a period of the year, not a fraction
      if ((t.lower === "quarter" || t.lower === "half") && PERIOD_BEFORE.has(this.lw(i - 1)) && this.lw(i + 1) !== "of")
        continue
      if (
        t.type === "num" ||
        (t.type === "word" && STARTERS.has(t.lower)) ||
        (t.type === "sym" && t.text in UNICODE_FRACTIONS)
      ) {
        const next = this.quantityAt(i)
        if (next > i) i = next - 1
      }
    }
    return mergeBounds(
      this.text,
      this.mentions.sort((a, b) => a.start - b.start || b.end - a.end)
    )
  }

  /** Dates with a day or month; bare years are read as numbers below. */
  private dates() {
    for (const e of findTimeExpressions(this.text, this.published)) {
      if (
        !/\d|yesterday|today|tonight|tomorrow|tmrw|day|week|month|year|now|currently|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(
          e.text
        )
      )
        continue
      if (/^(now|currently|at present|as of now)$/i.test(e.text)) continue
      const mention = valueless(this.text, e.start, e.end, "date", {
        date: e.date,
        precision: e.precision,
        relative: e.relative,
        unresolved: e.date === null
      })
      this.mentions.push(mention)
      this.markRange(e.start, e.end)
    }
  }

  /** Reads a number at token i (digits, words, suffixes and scales). */
  readNumber(i: number): NumberRead | null {
    const t = this.t(i)
    if (!t || this.consumed[i]) return null
    let value: number
    let step: number
    let to: number
    let words = false
    let integerDigits = false
    let scaled = false
    if (t.type === "num") {
      // the second half of "24/7" or "50/50", which is no fraction (see below)
      if (
        this.lw(i - 1) === "/" &&
        this.glued(i) &&
        this.glued(i - 1) &&
        this.t(i - 2)?.type === "num" &&
        t.text.length <= 2 &&
        digitsValue(this.lw(i - 2)).value >= digitsValue(t.text).value
      )
        return null
      const d = digitsValue(t.text)
      value = d.value
      step = d.step
      to = i + 1
      integerDigits = !t.text.includes(".")
      // "1 234 567": groups of three digits separated by single spaces
      while (
        integerDigits &&
        this.t(to)?.type === "num" &&
        /^\d{3}(\.\d+)?$/.test(this.lw(to)) &&
        this.text.slice(this.t(to - 1)!.end, this.t(to)!.start) === " " &&
        (to === i + 1 ? /^\d{1,3}$/.test(t.text) : true)
      ) {
        value = value * 1000 + Number(this.lw(to))
        if (this.lw(to).includes(".")) integerDigits = false
        to++
        step = digitsValue(String(value)).step
        if (this.t(to)?.text === "." && this.glued(to) && this.t(to + 1)?.type === "num" && this.glued(to + 1)) {
          value += Number(`0.${this.lw(to + 1)}`)
          step = 10 ** -this.lw(to + 1).length
          integerDigits = false
          to += 2
        }
      }
      // "12,34,567.89": Indian digit grouping
      if (
        /^\d{1,2}$/.test(t.text) &&
        this.lw(to) === "," &&
        this.glued(to) &&
        /^\d{2},\d{3}/.test(this.text.slice(this.t(to)!.end))
      ) {
        const m = /^(\d{2},)+\d{3}(\.\d+)?/.exec(this.text.slice(this.t(to)!.end))!
        const raw = `${t.text},${m[0]}`
        const d2 = digitsValue(raw)
        value = d2.value
        step = d2.step
        const endAt = this.t(to)!.end + m[0].length
        while (this.t(to) && this.t(to)!.start < endAt) to++
      }
      // scientific notation: 1e10, 1.3e6, 12.32e+14, 1.3x10^6, 2.48×10-5
      const sci = /^(?:[eE]([+-]?\d+)|\s?[x\u00d7]\s?10(?:\^\s?([+-]?\d+)|([+-]\d+)))(?![\p{L}\d])/u.exec(
        this.text.slice(this.t(to - 1)!.end)
      )
      if (sci) {
        const exp = Number(sci[1] ?? sci[2] ?? sci[3])
        const endAt = this.t(to - 1)!.end + sci[0].length
        while (this.t(to) && this.t(to)!.start < endAt) to++
        // an exponent no quantity of news has ("$1e308") is rejected whole, never read as its mantissa
        if (Math.abs(exp) >= MAX_EXPONENT) {
          // (with the scale word after it: "$1.8e308 million")
          const end = this.lw(to) in SPACED_SCALE ? to + 1 : to
          for (let k = i; k < end; k++) this.consumed[k] = 1
          return null
        }
        value = value * 10 ** exp
        step = step * 10 ** exp
        integerDigits = false
      }
      // fractions: 1/2, 2 1/2
      if (
        (this.lw(to) === "/" || this.lw(to) === "\u2044") &&
        this.glued(to) &&
        this.t(to + 1)?.type === "num" &&
        this.glued(to + 1) &&
        integerDigits
      ) {
        const den = Number(this.lw(to + 1))
        // the fraction slash "⁄" is a fraction whatever the denominator; "/" with three digits is more often a code or a date
        if (den === 0 || (this.lw(to + 1).length > 2 && this.lw(to) === "/")) return null
        // "24/7", "50/50": a slash between a number and a smaller or equal one is an idiom or a split, no quantity
        if (this.lw(to) === "/" && value >= den) return null
        const prev = this.t(i - 1)
        value = value / den
        step = value
        to += 2
        if (prev?.type === "num" && !this.consumed[i - 1] && prev.end === t.start - 1) return null // read from the whole part
      } else if (
        this.t(to)?.type === "num" &&
        this.lw(to + 1) === "/" &&
        this.t(to + 2)?.type === "num" &&
        this.t(to)!.space &&
        this.glued(to + 1) &&
        this.glued(to + 2) &&
        integerDigits
      ) {
        const den = Number(this.lw(to + 2))
        if (den > 0 && Number(this.lw(to)) < den) {
          value += Number(this.lw(to)) / den
          step = 1 / den
          to += 3
        }
      } else if (this.t(to)?.text !== undefined && this.t(to)!.text in UNICODE_FRACTIONS && this.glued(to)) {
        value += UNICODE_FRACTIONS[this.t(to)!.text]!
        step = 0.5
        to++
      }
      // attached suffix: 40B, 1.5bn, 3k, 10G, 1MM
      const nt = this.t(to)
      if (
        nt &&
        nt.type === "word" &&
        this.glued(to) &&
        (nt.text in ATTACHED_SCALE || /^(MM|mil|mln|bln|tln|G)$/.test(nt.text)) &&
        !(this.t(to + 1)?.type === "num" && this.glued(to + 1))
      ) {
        const currency = currencyBefore(this, i) !== null || currencyAfterScale(this, to + 1)
        const sym = nt.text
        // "400m" without a currency is metres, "1500b" bits; "$400m" is millions; "5G" a network's generation
        const generation = sym === "G" && !currency && integerDigits && value >= 2 && value <= 6
        const ambiguous =
          ((sym === "m" || sym === "T") && !currency) || (sym === "b" && !currency && integerDigits) || generation
        if (!ambiguous) {
          const f = ATTACHED_SCALE[sym] ?? (sym === "G" ? 1e9 : (SCALES[sym.toLowerCase()] ?? 1))
          value *= f
          step *= f
          to++
          scaled = true
        }
      } else if (
        nt &&
        nt.type === "word" &&
        nt.space &&
        nt.lower in SPACED_SCALE &&
        nt.lower.length <= 3 &&
        (nt.lower.length > 1
          ? !(nt.lower === "mm" || nt.lower === "mil") || currencyBefore(this, i) !== null
          : currencyBefore(this, i) !== null ||
            currencyAfterScale(this, to + 1) ||
            (/^[kKMB]$/.test(nt.text) && (this.t(to + 1) === undefined || this.t(to + 1)!.type !== "word")))
      ) {
        // "$40 bn", "2.33 k", "$5 m"
        value *= SPACED_SCALE[nt.lower]!
        step *= SPACED_SCALE[nt.lower]!
        to++
        scaled = true
      }
      // digits continued by words: "3 hundred and 21", "2.3 million", "35 lakh", "3 dozen"
      const next = this.t(to)
      if (next && next.type === "word" && next.space && !scaled) {
        const p = parseNumberWords(this.tokens, to, value)
        if (
          p &&
          p.length > 0 &&
          (p.scaled || /^(hundred|hundreds|dozen|dozens|dz|dzs|doz|dozs|and|over)$/.test(next.lower))
        ) {
          const consumedTo = to + p.length
          if (!this.consumedBetween(to, consumedTo)) {
            step = p.scaled && value !== 0 ? step * (p.value / value) : p.precision
            value = p.value
            to = consumedTo
            scaled = p.scaled
            integerDigits = false
          }
        }
      }
    } else if (t.type === "sym" && t.text in UNICODE_FRACTIONS) {
      value = UNICODE_FRACTIONS[t.text]!
      step = value
      to = i + 1
    } else {
      const p = parseNumberWords(this.tokens, i)
      if (!p || this.consumedBetween(i, i + p.length)) return null
      value = p.value
      step = p.precision
      to = i + p.length
      words = true
      scaled = p.scaled
      // "one" on its own is a pronoun far more often than a number.
      const only = this.lw(i)
      if (p.length === 1 && (only === "one" || only === "a" || only === "an")) {
        const nx = this.lw(to)
        if (
          nx === "of" ||
          nx === "another" ||
          nx === "who" ||
          nx === "that" ||
          nx === "which" ||
          nx === "thing" ||
          nx === "way" ||
          nx === "day" ||
          nx === "reason" ||
          nx === "time" ||
          nx === "-" ||
          nx === "last" ||
          nx === "more"
        )
          return null
        const pv = this.lw(i - 1)
        if (
          [
            "the",
            "this",
            "that",
            "no",
            "any",
            "every",
            "each",
            "which",
            "such",
            "some",
            "someone",
            "only",
            "no-"
          ].includes(pv)
        )
          return null
      }
      // a scale suffix after words: "twenty MUSD" is read by the currency reader
    }
    const first = this.t(i)!
    const last = this.t(to - 1)!
    return {
      value,
      step,
      from: i,
      to,
      scaled,
      words,
      integerDigits: integerDigits && !scaled,
      raw: this.text.slice(first.start, last.end)
    }
  }

  private consumedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.consumed[k]) return true
    return false
  }

  /** Whether an amount ends at token k: a number, a scale word, a currency or a percent sign. */
  amountEndsAt(k: number): boolean {
    const t = this.t(k)
    if (t === undefined) return false
    if (t.type === "num" || t.text === "%" || t.lower in SPACED_SCALE) return true
    if (this.mentions.some((m) => m.end === t.end && m.kind === "money")) return true
    return (
      (CURRENCY_CODES.has(t.text.toUpperCase()) && t.text.length === 3) || CURRENCY_WORDS.some(([w]) => w === t.lower)
    )
  }

  /** Is the number at token i a name or identifier (GPT-4o, Llama 4, o1, Section 427)? */
  isIdentifier(i: number, n: NumberRead): boolean {
    const t = this.t(i)!
    if (n.words) return false
    const prev = this.t(i - 1)
    // letters glued before: o1, R1, Q1, AI21, H100
    // a currency written as letters glued to the digits is no name: "RM23.50", "PS2.7m" (a scraped pound sign), "$US55,931,000"
    const currencyLetters =
      prev?.text === "RM" ||
      (prev?.text === "PS" && currencyBefore(this, i) !== null) ||
      (this.t(i - 2)?.text === "$" && /^[A-Z]{1,3}$/.test(prev?.text ?? ""))
    if (
      prev &&
      !t.space &&
      prev.type === "word" &&
      !CURRENCY_CODES.has(prev.text) &&
      !currencyLetters &&
      !/^(mid|pre|post|late|early|fy)$/i.test(prev.text)
    )
      return true
    // a name's number set off by a stray space: "COVID -19 tests" (not an index's move: "NASDAQ -3 points")
    if (
      prev &&
      prev.text === "-" &&
      !t.space &&
      prev.space &&
      /^\p{Lu}{3,}$/u.test(this.t(i - 2)?.text ?? "") &&
      !/^(?:points?|pts|percent|%)$/.test(this.lw(n.to)) &&
      unitAfter(this, n.to, false) === null
    )
      return true
    // hyphen glued between letters and digits: GPT-2, COVID-19, F-35 (not "mid-2025")
    if (prev && prev.text === "-" && !t.space && !prev.space) {
      const pp = this.t(i - 2)
      // "5k-20k": the word before the hyphen is a scale glued to a number
      const scaledBefore =
        pp !== undefined &&
        !pp.space &&
        this.t(i - 3)?.type === "num" &&
        (pp.text in ATTACHED_SCALE || measureSymbol(pp.text) !== undefined)
      if (
        pp &&
        pp.type === "word" &&
        !scaledBefore &&
        !/^(mid|pre|post|late|early|around|about|top|over|under|sub|non)$/i.test(pp.text) &&
        !isNumberWord(pp.text)
      )
        return true
      // a code of letters and digits before the hyphen: "scp2-173m", "A4-100"
      if (pp && pp.type === "num" && !pp.space && this.t(i - 3)?.type === "word") return true
      if (pp && pp.type === "num") return false
    }
    // letters glued after that are no scale, unit, ordinal or decade: 4o, 3D, 5G
    const nx = this.t(n.to)
    if (nx && nx.type === "word" && !nx.space) {
      const suffix = nx.text
      // "5G", "4G": a generation of mobile networks, not five billion
      if (suffix === "G" && n.value >= 2 && n.value <= 6 && currencyBefore(this, i) === null) return true
      if (
        !(suffix in ATTACHED_SCALE) &&
        !measureSymbol(suffix) &&
        !/^(st|nd|rd|th|s|am|pm|x|bps|pct|pc|e|mil|mm|mln|bln|tln)$/i.test(suffix) &&
        !measureWord(suffix) &&
        !/^(k|m|b|bn|mn|tn)$/i.test(suffix) &&
        codeOf(suffix) === null &&
        !(suffix === "p" && currencyAfter(this, n.to, false) !== null)
      )
        return true
    }
    // a name before it: Llama 4, iPhone 16, Windows 11, Fortune 500
    if (prev && prev.type === "word" && t.space) {
      const pl = prev.lower
      if (IDENTIFIER_WORDS.has(pl.replace(/\.$/, "")) && !(pl === "number" && this.lw(i - 2) === "a")) return true
      if (
        /\p{Lu}/u.test(prev.text) &&
        !FUNCTION_WORDS.has(pl) &&
        !MONTH_NAMES.has(pl) &&
        !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(pl) &&
        !CURRENCY_CODES.has(prev.text) &&
        !/^(US|U\.S\.)$/.test(prev.text) &&
        n.value < 10000
      ) {
        // ...unless a unit or percent follows: "Tesla 13%" is not a name.
        const after = this.t(n.to)
        if (after && (after.text === "%" || after.lower === "percent" || after.lower === "per")) return false
        // ...nor is a measure: "a Pro 16 inch laptop", "the Lamborghini's 640bhp engine"
        const measure = after ? unitAfter(this, n.to, false) : null
        if (measure && measure.def.dimension !== "duration" && (after!.text.length > 1 || !after!.space)) return false
        // Sentence-initial capitals are ordinary words ("Only 40 ...").
        if (i - 1 === 0 || this.t(i - 2)?.text === '"' || this.t(i - 2)?.text === "(") return false
        return true
      }
    }
    // "No. 1", "#1"
    if (prev && (prev.text === "#" || prev.text === "№")) return true
    // a model named after its number: "the 787 Dreamliner", "two 737 Max jets", "iPhone 11 Pro Max"
    return this.modelName(i, n)
  }

  /** A capitalised singular word after a bare number, in a sentence that is not title case. */
  private modelName(i: number, n: NumberRead): boolean {
    const nx = this.t(n.to)
    if (
      nx?.type !== "word" ||
      !nx.space ||
      !/^\p{Lu}\p{Ll}+$/u.test(nx.text) ||
      looksPlural(nx.text) ||
      MONTH_NAMES.has(nx.lower) ||
      /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(nx.lower) ||
      !n.integerDigits ||
      n.scaled ||
      currencyBefore(this, i) !== null ||
      currencyAfter(this, n.to, false) !== null ||
      unitAfter(this, n.to, false) !== null ||
      nx.text.length < 3 ||
      // only a noun or a word the lexicon lacks can be a name: "leaves 3 Dead", "4 Started the game", "700 Should" are not
      tagsOf(nx.lower).some((tag) => !/^(?:NN|FW)/.test(tag))
    )
      return false
    return !this.titleCase()
  }

  private titleCaseMemo: boolean | undefined
  /** Most words of four letters or more capitalised: a headline in title case, where every word is. */
  private titleCase(): boolean {
    if (this.titleCaseMemo === undefined) {
      const words = this.text.match(/\p{L}{4,}/gu) ?? []
      this.titleCaseMemo = words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length
    }
    return this.titleCaseMemo
  }

  /** "a gallon of beer", "a mile away", "a penny": one of a unit of measure or money (not of time: "once a day"). */
  private articleUnit(i: number): number | null {
    const w = this.t(i)!
    if (
      !(w.lower === "a" || w.lower === "an") ||
      this.lw(i - 1) === "per" ||
      /^(once|twice|times)$/.test(this.lw(i - 1))
    )
      return null
    const money = currencyAfter(this, i + 1, false)
    if (money && this.t(i + 1)?.type === "word" && money.to === i + 2) {
      const stated =
        money.factor < 1 ? { unit: MINOR_UNITS[this.lw(i + 1)] ?? this.lw(i + 1), factor: money.factor } : null
      return this.push({
        start: w.start,
        end: this.t(money.to - 1)!.end,
        kind: "money",
        value: money.factor,
        low: money.factor,
        high: money.factor,
        unit: money.code,
        step: money.factor,
        to: money.to,
        from: i,
        stated
      })
    }
    const ua = unitAfter(this, i + 1, false)
    // "a bit" is a little, never a binary digit
    if (
      ua &&
      ua.def.dimension !== "duration" &&
      ua.def.dimension !== "angle" &&
      this.t(i + 1)?.type === "word" &&
      this.t(i + 1)!.text.length > 2 &&
      this.lw(i + 1) !== "bit"
    ) {
      return this.push({
        start: w.start,
        end: this.t(ua.to - 1)!.end,
        kind: "measure",
        value: 1,
        low: 1,
        high: 1,
        unit: ua.def.symbol,
        step: 1,
        to: ua.to,
        from: i
      })
    }
    return null
  }

  /** "dozens of people", "tens of millions of dollars": an order of magnitude of a thing, money or a unit. */
  private vagueAt(i: number): number | null {
    const a = vagueAmount(this, i)
    if (a === null) return null
    let kind: MentionKind = "count"
    let unit: string | null = null
    let modifiers: Array<string> = []
    let to = a.to
    // "dozens of people"; "several hundred people" names its thing without "of"
    const of = this.lw(to) === "of" ? to + 1 : /^(?:several|few)$/.test(this.lw(to - 2)) ? to : null
    if (of !== null) {
      const money = currencyAfter(this, of, true)
      const ua = money ? null : unitAfter(this, of, false)
      const noun = money || ua ? null : countedNoun(this, of, a.low)
      if (money) ({ kind, unit, to } = { kind: "money", unit: money.code, to: money.to })
      else if (ua)
        ({ kind, unit, to } = {
          kind: ua.def.dimension === "duration" ? "duration" : "measure",
          unit: ua.def.symbol,
          to: ua.to
        })
      else if (noun) ({ unit, modifiers, to } = noun)
    }
    const w = this.t(i)!
    return this.push({
      start: w.start,
      end: this.t(to - 1)!.end,
      kind,
      value: (a.low + a.high) / 2,
      low: a.low,
      high: a.high,
      unit,
      step: a.low,
      to,
      from: i,
      modifiers
    })
  }

  /**
   * A fraction word hyphened to a noun is a compound modifier, no amount: "a third-party vendor", "the
   * quarter-final", "half-time", "a half-brother" (but "a half-million people" and "three-quarters" are).
   */
  private compoundModifier(n: NumberRead): boolean {
    const last = this.lw(n.to - 1)
    const next = this.t(n.to + 1)
    return (
      n.words &&
      isFractionWord(last) &&
      this.lw(n.to) === "-" &&
      this.glued(n.to) &&
      next !== undefined &&
      next.type === "word" &&
      this.glued(n.to + 1) &&
      !isNumberWord(next.text) &&
      !(next.lower in SCALES) &&
      !isFractionWord(next.lower)
    )
  }

  /** Reads one quantity starting at token i; returns the token index after it. */
  private quantityAt(i: number): number {
    const early = this.articleUnit(i) ?? this.vagueAt(i) ?? this.ordinalWordAt(i)
    if (early !== null) return early
    const n = this.readNumber(i)
    if (!n) return i
    if (this.compoundModifier(n)) {
      for (let k = i; k < n.to + 2; k++) this.consumed[k] = 1
      return n.to + 2
    }
    if (this.isIdentifier(i, n)) {
      for (let k = i; k < n.to; k++) this.consumed[k] = 1
      // the glued suffix (4o) belongs to the name too
      if (this.t(n.to) && !this.t(n.to)!.space && this.t(n.to)!.type === "word") this.consumed[n.to] = 1
      return n.to
    }
    // list markers: a number opening the sentence followed by "." or ")"
    if (i === 0 && n.integerDigits && (this.lw(n.to) === ")" || (this.lw(n.to) === "." && this.t(n.to + 1)?.space)))
      return n.to
    const d = this.draftAt(i, n)
    for (const step of QUANTITY_STEPS) {
      const done = step(this, d)
      if (done !== null) return done
    }
    // bounds the reading set are a range the text states; bounds a hedge implies are inferred ("about 20": 15 to 25)
    const range = d.low !== null && d.high !== null && d.low < d.high
    if (d.low === null) ({ low: d.low, high: d.high } = hedgedBounds(d.value, d.step, d.qualifier))
    const { start, to, kind, value, low, high, unit, step, change, role, modifiers, qualifier, qualifierText, stated } =
      d
    return this.push({
      start,
      end: this.t(to - 1)!.end,
      kind,
      value,
      low,
      high,
      unit,
      step,
      to,
      from: i,
      change,
      role,
      modifiers,
      qualifier,
      qualifierText,
      stated,
      range
    })
  }

  /** Ordinal words that are no amount, or an amount of their own ("the fifth time"); null when the word is read as a number. */
  private ordinalWordAt(i: number): number | null {
    const w = this.t(i)!
    // "fourth-quarter", "second-half": a period named by its ordinal, no fraction
    if (
      (w.lower === "quarter" || w.lower === "half") &&
      this.lw(i - 1) === "-" &&
      this.glued(i) &&
      this.glued(i - 1) &&
      this.lw(i - 2) in ORDINALS
    )
      return i + 1
    // "the fourth quarter", "its second half": the ordinal and the period are one name of a time
    if (w.lower in ORDINALS && /^(quarter|half|quarters|halves)$/.test(this.lw(i + 1)) && this.lw(i + 2) !== "of")
      return i + 2
    // "a sixth victim", "a third shooting": an ordinal before a noun, not a fraction ("a third of", "cut by a third")
    if (
      (w.lower === "a" || w.lower === "an") &&
      this.lw(i + 1) in ORDINALS &&
      !/^(half|quarter|halves|quarters)$/.test(this.lw(i + 1)) &&
      this.t(i + 2)?.type === "word" &&
      !NOUN_STOP.has(this.lw(i + 2))
    ) {
      const o = this.t(i + 1)!
      return this.push({
        start: w.start,
        end: o.end,
        kind: "ordinal",
        value: ORDINALS[o.lower]!,
        low: null,
        high: null,
        unit: null,
        step: 1,
        to: i + 2,
        from: i
      })
    }
    // "a fifth was also hurt", "a third remains missing": one more of them, never the fraction 0.2
    if (
      (w.lower === "a" || w.lower === "an") &&
      this.lw(i + 1) in ORDINALS &&
      !/^(half|quarter|halves|quarters)$/.test(this.lw(i + 1)) &&
      /^(was|is|were|are|has|had|have|will|would|could|may|might|remains|remained|died|suspect|person|victim)$/.test(
        this.lw(i + 2)
      )
    )
      return i + 2
    // word ordinals count only as amounts in a few frames ("the fifth time", "third consecutive month")
    if (
      w.type === "word" &&
      w.lower in ORDINALS &&
      w.lower !== "first" &&
      !(this.lw(i - 1) === "a" || this.lw(i - 1) === "an")
    ) {
      if (
        /^(time|times|consecutive|straight|successive|largest|biggest|highest|lowest|round|quarter|year|month|week|day)$/.test(
          this.lw(i + 1)
        ) &&
        /^(the|its|their|his|her|a)$/.test(this.lw(i - 1))
      ) {
        return this.push({
          start: w.start,
          end: w.end,
          kind: "ordinal",
          value: ORDINALS[w.lower]!,
          low: null,
          high: null,
          unit: null,
          step: 1,
          to: i + 1,
          from: i
        })
      }
      if (!(w.lower in { half: 1, quarter: 1 })) return i
    }
    return null
  }

  /** The draft of a quantity from its number: a sign ("-5", "minus five") and a currency before it. */
  private draftAt(i: number, n: NumberRead): Draft {
    const first = this.t(i)!
    const prev = this.t(i - 1)
    let start = first.start
    let negative = false
    if (
      prev &&
      prev.text === "-" &&
      !first.space &&
      (i - 1 === 0 || this.t(i - 2)!.type === "sym" || this.t(i - 1)!.space) &&
      !this.t(i - 2)?.text.match(/^\d/)
    ) {
      negative = true
      start = prev.start
    } else if (prev && prev.lower === "minus") {
      negative = true
      start = prev.start
    } else if (prev && prev.text === "-" && this.lw(i - 2) === "minus" && this.glued(i - 1) && !first.space) {
      // "minus-130 degrees"
      negative = true
      start = this.t(i - 2)!.start
    }
    let cb = currencyBefore(this, negative ? i - 1 : i)
    if (cb) start = this.t(cb.from)!.start
    // a sign between the symbol and the digits: "$-99.99"
    if (!cb && prev?.text === "-" && !first.space) {
      cb = currencyBefore(this, i - 1)
      if (cb) {
        negative = true
        start = this.t(cb.from)!.start
      }
    }
    // "revenue was ($99.99)" is a negative amount, as accounts write it; right after another amount it is
    // that amount in another currency: "590 billion yen ($5.42 billion)", "$US55,931,000 ($A82,615,680)"
    const parenthesised =
      cb !== null && this.t(cb.from - 1)?.text === "(" && this.lw(n.to) === ")" && !this.amountEndsAt(cb.from - 2)
    return {
      i,
      n,
      first,
      start,
      to: n.to,
      value: n.value,
      step: n.step,
      low: null,
      high: null,
      kind: "count",
      unit: null,
      modifiers: [],
      change: null,
      role: "value",
      stated: null,
      currency: cb?.code ?? null,
      negative,
      cb,
      parenthesised,
      qualifier: null,
      qualifierText: null,
      q: null,
      qStart: i
    }
  }

  push(m: PushInput): number {
    // a value that is no finite number never becomes a mention, nor a fact
    if (
      !Number.isFinite(m.value) ||
      (m.low !== null && !Number.isFinite(m.low)) ||
      (m.high !== null && !Number.isFinite(m.high))
    ) {
      for (let k = m.from; k < m.to; k++) this.consumed[k] = 1
      return m.to
    }
    for (let k = m.from; k < m.to; k++) this.consumed[k] = 1
    this.mentions.push({
      start: m.start,
      end: m.end,
      text: this.text.slice(m.start, m.end),
      kind: m.kind,
      value: round(m.value),
      low: m.low === null ? null : round(m.low),
      high: m.high === null ? null : round(m.high),
      unit: m.unit,
      qualifier: m.qualifier ?? null,
      qualifierText: m.qualifierText ?? null,
      change: m.change ?? null,
      date: null,
      precision: null,
      step: m.step,
      role: m.role ?? "value",
      earlier: m.earlier ?? null,
      stated: m.stated ?? null,
      modifiers: m.modifiers ?? [],
      relative: false,
      unresolved: false,
      ...(m.range ? { range: true } : {})
    })
    return m.to
  }
}

/** The largest power of ten a number in the text may carry (scientific notation beyond it is no quantity). */
const MAX_EXPONENT = 100

/** Rounds away binary noise (0.1 + 0.2) so values print and hash the same everywhere. */
export const round = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)))

/** The bounds a hedge gives one value: "more than 40" has no upper bound, "about 40" the rounding of its digits. */
export const hedgedBounds = (
  value: number,
  step: number,
  qualifier: Qualifier | null
): { low: number | null; high: number | null } => {
  if (qualifier === "more than" || qualifier === "at least") return { low: value, high: null }
  if (qualifier === "nearly") return { low: value * 0.9, high: value }
  if (qualifier === "less than" || qualifier === "at most" || qualifier === "up to") return { low: null, high: value }
  if (qualifier === "about") {
    const w = aboutHalfWidth(value, step)
    return { low: value - w, high: value + w }
  }
  return { low: value, high: value }
}

/** Half-width of "about X": the rounding of the stated digits, at least 10% and at most 25% of X. */
export const aboutHalfWidth = (value: number, step: number): number => {
  const v = Math.abs(value)
  return Math.min(Math.max(step / 2, 0.1 * v), 0.25 * v)
}

/** Cheap test: can this text hold a mention at all? Most sentences of a story hold none. */
export const MAYBE_MENTION =
  /\d|[½⅓⅔¼¾⅕⅛⅙]|\ban? (?:gallon|mile|kilomet|metre|meter|foot|inch|pound|ounce|ton|litre|liter|penny|dollar|euro|acre|hectare|kilo|gram)|\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|lakh|crore|dozens?|half|quarters?|thirds?|fifths?|minus|negative|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|yesterday|today|tonight|tomorrow|tmrw|tmr|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i

/** All quantity and date mentions in one sentence (or any short text). */
export const extractMentions = (text: string, published: string | null): ReadonlyArray<Mention> =>
  MAYBE_MENTION.test(text)
    ? refineConversions(
        text,
        refineElidedUnits(
          text,
          refineShifts(text, refineAges(text, refineUncertainty(text, new Scanner(text, published).run())))
        )
      )
    : []
