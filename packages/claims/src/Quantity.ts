/**
 * Quantity mentions in news text: money, percentages, measures, durations,
 * counts of things, calendar years, dates and ordinals, with hedges, ranges and
 * changes.
 *
 * The scanner works on tokens of one sentence. A number is read first (digits,
 * words or both, with scale words and suffixes), then what surrounds it decides
 * what it is: a currency before or after, a unit, a percent sign, a counted noun,
 * a hedge word, a change verb. Names with digits (GPT-4o, Llama 4, Section 427),
 * phone numbers, addresses, clock times and list markers are not quantities.
 */
import { isNumberWord, ORDINALS, parseNumberWords, SCALES, smallNumber, SPACED_SCALE } from "./NumberWords.js"
import { findTimeExpressions, type Precision } from "./TimeExpression.js"
import { CURRENCY_CODES, CURRENCY_WORDS, measureSymbol, measureWord } from "./Unit.js"
import { refineAges } from "./Age.js"
import { refineShifts } from "./Shift.js"
import { refineConversions } from "./Conversion.js"
import { referenceSpans, type ReferenceKind, type ReferenceSpan } from "./Reference.js"
import { TokenView, type Token } from "./Tokens.js"
import { codeOf, currencyAfter, currencyAfterScale, currencyBefore } from "./CurrencyReader.js"
import { rateAfter, unitAfter } from "./UnitReader.js"
import { countedNoun, looksPlural, NOUN_STOP } from "./CountedNoun.js"
import { qualifierBefore } from "./Qualifier.js"
import { changeAround, DOWN_VERBS, UP_VERBS } from "./Change.js"
import { mergeBounds, rangeSeparator } from "./Range.js"
import { vagueAmount } from "./Vague.js"

export { tokenize, type Token } from "./Tokens.js"
export { looksPlural } from "./CountedNoun.js"

/** What a quantity is. */
export type QuantityKind = "money" | "percent" | "count" | "measure" | "year" | "date" | "duration" | "age" | "ordinal"
/** Numbers that are no claim, by why: clock times, phones, addresses, names, scores, page furniture. */
export type MentionKind = QuantityKind | ReferenceKind
const REFERENCE_KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>(["time", "phone", "address", "identifier", "score", "page"])
/** Whether a mention can be a claim at all (a quantity, not a reference). */
export const isQuantity = (m: { readonly kind: MentionKind }): boolean => !REFERENCE_KINDS.has(m.kind)
export type Qualifier = "about" | "at least" | "more than" | "at most" | "less than" | "nearly" | "up to"
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
}

// ---------------------------------------------------------------------------
// Tokens




// ---------------------------------------------------------------------------
// Lexicons



/** Lower-case words after which a number is an identifier: "Section 427", "page 12", "Route 9". */
const IDENTIFIER_WORDS = new Set([
  "page", "pages", "p", "pp", "section", "sections", "chapter", "part", "row", "route", "room", "gate", "platform", "flight", "exit",
  "highway", "interstate", "article", "clause", "paragraph", "rule", "item", "step", "phase", "stage", "version", "v", "season",
  "episode", "vol", "volume", "issue", "no", "nos", "number", "figure", "fig", "table", "appendix", "suite", "apartment", "apt",
  "floor", "level", "grade", "class", "category", "tier", "lot", "box", "zone", "district", "ward", "precinct", "bus", "channel",
  "model", "act", "scene", "verse", "track", "lane", "block", "plot", "bay", "pier", "hall", "building", "terminal", "runway",
  "docket", "bill", "amendment", "proposition", "prop", "question", "problem", "exercise", "lesson", "line", "unit", "code", "id",
  "type", "series", "generation", "gen", "iphone", "ipad", "windows", "covid", "sars", "ios", "android", "macos", "h.r", "title"
])
/** Capitalised words before a number that do not make it a name ("In 2019", "Since 2015", "About 40"). */
const FUNCTION_WORDS = new Set([
  "in", "on", "at", "by", "for", "from", "to", "of", "since", "until", "till", "after", "before", "during", "about", "around", "nearly",
  "almost", "over", "under", "some", "only", "just", "roughly", "approximately", "more", "less", "fewer", "than", "and", "or", "but",
  "the", "a", "an", "all", "its", "their", "his", "her", "our", "by", "with", "without", "between", "among", "across", "up", "down",
  "as", "if", "when", "while", "then", "so", "yet", "also", "still", "another", "each", "every", "those", "these", "this", "that",
  "there", "here", "nearly", "about", "almost", "around", "estimated", "exactly", "precisely", "least", "most", "within", "through",
  "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "year", "fiscal", "fy", "top", "rank", "ranked", "no",
  "we", "they", "he", "she", "it", "i", "you", "what", "which", "who", "whom", "where", "why", "how", "is", "are", "was", "were"
])
const MONTH_NAMES = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])


/** Words before "quarter" or "half" that make it a period ("the fourth quarter", "this half"). */
const PERIOD_BEFORE = new Set(["first", "second", "third", "fourth", "final", "last", "next", "this", "that", "same", "current", "previous", "fiscal", "calendar", "each", "every", "its", "their", "latest", "opening", "closing"])

/** Words that can open a number phrase. */
const STARTERS = new Set([
  "a", "an", "half", "quarter", "minus", "negative", "zero", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fourty",
  "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "tens", "hundreds", "thousands", "millions", "billions", "trillions", ...Object.keys(ORDINALS)
])





// ---------------------------------------------------------------------------
// Numbers

interface NumberRead {
  value: number
  step: number
  /** first and one-past-last token index */
  from: number
  to: number
  scaled: boolean
  words: boolean
  integerDigits: boolean
  raw: string
}

const ATTACHED_SCALE: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, T: 1e12, tr: 1e12 }
const UNICODE_FRACTIONS: Record<string, number> = { "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125, "⅙": 1 / 6 }

const digitsValue = (raw: string): { value: number; step: number } => {
  const clean = raw.replace(/,/g, "")
  const value = Number(clean)
  const dot = clean.indexOf(".")
  if (dot >= 0) return { value, step: 10 ** -(clean.length - dot - 1) }
  const tz = /0*$/.exec(clean)![0].length
  return { value, step: clean === "0" ? 1 : 10 ** Math.min(tz, clean.length - 1) }
}

const referenceMention = (text: string, r: ReferenceSpan): Mention => ({
  start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: r.kind, value: null, low: null, high: null, unit: null,
  qualifier: null, qualifierText: null, change: null, date: null, precision: null, step: 1, role: "value", earlier: null, stated: null, modifiers: [], relative: false, unresolved: false
})

/** A share written as a fraction ("a third of", "one in five"): a percentage here, stated as the fraction. */
const AS_FRACTION = { unit: "fraction", factor: 100 } as const

/** Minor currency units by the word written, in the singular. */
const MINOR_UNITS: Readonly<Record<string, string>> = { cents: "cent", pence: "penny", pennies: "penny", p: "penny", dimes: "dime", nickels: "nickel", satoshis: "satoshi" }

/** What a range reader needs of the quantity read so far. */
interface RangeStart {
  readonly i: number
  readonly n: NumberRead
  readonly first: Token
  readonly q: { readonly from: number } | null
  readonly qStart: number
  readonly kind: MentionKind
  readonly unit: string | null
  readonly value: number
  readonly step: number
  readonly to: number
  readonly start: number
  readonly modifiers: Array<string>
}

/** The quantity after a range was looked for: widened into one (low and high set), or only given the unit its second bound carries. */
interface RangeRead {
  readonly kind: MentionKind
  readonly unit: string | null
  readonly modifiers: Array<string>
  readonly low: number | null
  readonly high: number | null
  readonly value: number
  readonly step: number
  readonly to: number
  readonly start: number
}

class Scanner extends TokenView {
  readonly mentions: Array<Mention> = []
  private readonly consumed: Uint8Array

  constructor(text: string, readonly published: string | null) {
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
      if ((t.lower === "quarter" || t.lower === "half") && PERIOD_BEFORE.has(this.lw(i - 1)) && this.lw(i + 1) !== "of") continue
      if (t.type === "num" || (t.type === "word" && STARTERS.has(t.lower)) || (t.type === "sym" && t.text in UNICODE_FRACTIONS)) {
        const next = this.quantityAt(i)
        if (next > i) i = next - 1
      }
    }
    return mergeBounds(this.text, this.mentions.sort((a, b) => a.start - b.start || b.end - a.end))
  }

  /** Dates with a day or month; bare years are read as numbers below. */
  private dates() {
    for (const e of findTimeExpressions(this.text, this.published)) {
      if (!/\d|yesterday|today|tonight|tomorrow|tmrw|day|week|month|year|now|currently|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(e.text)) continue
      if (/^(now|currently|at present|as of now)$/i.test(e.text)) continue
      const mention: Mention = {
        start: e.start, end: e.end, text: e.text, kind: "date", value: null, low: null, high: null, unit: null,
        qualifier: null, qualifierText: null, change: null, date: e.date, precision: e.precision, step: 1, role: "value",
        earlier: null, stated: null, modifiers: [], relative: e.relative, unresolved: e.date === null
      }
      this.mentions.push(mention)
      this.markRange(e.start, e.end)
    }
  }

  /** Reads a number at token i (digits, words, suffixes and scales). */
  private readNumber(i: number): NumberRead | null {
    const t = this.t(i)
    if (!t || this.consumed[i]) return null
    let value: number
    let step: number
    let to: number
    let words = false
    let integerDigits = false
    let scaled = false
    if (t.type === "num") {
      const d = digitsValue(t.text)
      value = d.value
      step = d.step
      to = i + 1
      integerDigits = !t.text.includes(".")
      // "1 234 567": groups of three digits separated by single spaces
      while (integerDigits && this.t(to)?.type === "num" && /^\d{3}(\.\d+)?$/.test(this.lw(to)) && this.text.slice(this.t(to - 1)!.end, this.t(to)!.start) === " " &&
        (to === i + 1 ? /^\d{1,3}$/.test(t.text) : true)) {
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
      if (/^\d{1,2}$/.test(t.text) && this.lw(to) === "," && this.glued(to) && /^\d{2},\d{3}/.test(this.text.slice(this.t(to)!.end))) {
        const m = /^(\d{2},)+\d{3}(\.\d+)?/.exec(this.text.slice(this.t(to)!.end))!
        const raw = `${t.text},${m[0]}`
        const d2 = digitsValue(raw)
        value = d2.value
        step = d2.step
        const endAt = this.t(to)!.end + m[0].length
        while (this.t(to) && this.t(to)!.start < endAt) to++
      }
      // scientific notation: 1e10, 1.3e6, 12.32e+14, 1.3x10^6, 2.48×10-5
      const sci = /^(?:[eE]([+-]?\d+)|\s?[x\u00d7]\s?10(?:\^\s?([+-]?\d+)|([+-]\d+)))(?![\p{L}\d])/u.exec(this.text.slice(this.t(to - 1)!.end))
      if (sci) {
        const exp = Number(sci[1] ?? sci[2] ?? sci[3])
        if (Math.abs(exp) < 300) {
          value = value * 10 ** exp
          step = step * 10 ** exp
          const endAt = this.t(to - 1)!.end + sci[0].length
          while (this.t(to) && this.t(to)!.start < endAt) to++
          integerDigits = false
        }
      }
      // fractions: 1/2, 2 1/2
      if ((this.lw(to) === "/" || this.lw(to) === "\u2044") && this.glued(to) && this.t(to + 1)?.type === "num" && this.glued(to + 1) && integerDigits) {
        const den = Number(this.lw(to + 1))
        // the fraction slash "⁄" is a fraction whatever the denominator; "/" with three digits is more often a code or a date
        if (den === 0 || (this.lw(to + 1).length > 2 && this.lw(to) === "/")) return null
        const prev = this.t(i - 1)
        value = value / den
        step = value
        to += 2
        if (prev?.type === "num" && !this.consumed[i - 1] && prev.end === t.start - 1) return null // read from the whole part
      } else if (this.t(to)?.type === "num" && this.lw(to + 1) === "/" && this.t(to + 2)?.type === "num" && this.t(to)!.space && this.glued(to + 1) && this.glued(to + 2) && integerDigits) {
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
      if (nt && nt.type === "word" && this.glued(to) && (nt.text in ATTACHED_SCALE || /^(MM|mil|mln|bln|tln|G)$/.test(nt.text)) && !(this.t(to + 1)?.type === "num" && this.glued(to + 1))) {
        const currency = currencyBefore(this, i) !== null || currencyAfterScale(this, to + 1)
        const sym = nt.text
        // "400m" without a currency is metres, "1500b" bits; "$400m" is millions
        const ambiguous = ((sym === "m" || sym === "T") && !currency) || (sym === "b" && !currency && integerDigits)
        if (!ambiguous) {
          const f = ATTACHED_SCALE[sym] ?? (sym === "G" ? 1e9 : SCALES[sym.toLowerCase()] ?? 1)
          value *= f
          step *= f
          to++
          scaled = true
        }
      } else if (nt && nt.type === "word" && nt.space && (nt.lower in SPACED_SCALE) && nt.lower.length <= 3 && (nt.lower.length > 1 ? !(nt.lower === "mm" || nt.lower === "mil") || currencyBefore(this, i) !== null : currencyBefore(this, i) !== null || currencyAfterScale(this, to + 1) || (/^[kKMB]$/.test(nt.text) && (this.t(to + 1) === undefined || this.t(to + 1)!.type !== "word")))) {
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
        if (p && p.length > 0 && (p.scaled || /^(hundred|hundreds|dozen|dozens|dz|dzs|doz|dozs|and|over)$/.test(next.lower))) {
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
        if (nx === "of" || nx === "another" || nx === "who" || nx === "that" || nx === "which" || nx === "thing" || nx === "way" || nx === "day" || nx === "reason" || nx === "time" || nx === "-" || nx === "last" || nx === "more") return null
        const pv = this.lw(i - 1)
        if (["the", "this", "that", "no", "any", "every", "each", "which", "such", "some", "someone", "only", "no-"].includes(pv)) return null
      }
      // a scale suffix after words: "twenty MUSD" is read by the currency reader
    }
    const first = this.t(i)!
    const last = this.t(to - 1)!
    return { value, step, from: i, to, scaled, words, integerDigits: integerDigits && !scaled, raw: this.text.slice(first.start, last.end) }
  }

  private consumedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.consumed[k]) return true
    return false
  }

  /** Whether an amount ends at token k: a number, a scale word, a currency or a percent sign. */
  private amountEndsAt(k: number): boolean {
    const t = this.t(k)
    if (t === undefined) return false
    if (t.type === "num" || t.text === "%" || t.lower in SPACED_SCALE) return true
    if (this.mentions.some((m) => m.end === t.end && m.kind === "money")) return true
    return (CURRENCY_CODES.has(t.text.toUpperCase()) && t.text.length === 3) || CURRENCY_WORDS.some(([w]) => w === t.lower)
  }

  /** Is the number at token i a name or identifier (GPT-4o, Llama 4, o1, Section 427)? */
  private isIdentifier(i: number, n: NumberRead): boolean {
    const t = this.t(i)!
    if (n.words) return false
    const prev = this.t(i - 1)
    // letters glued before: o1, R1, Q1, AI21, H100
    // a currency written as letters glued to the digits is no name: "RM23.50", "PS2.7m" (a scraped pound sign), "$US55,931,000"
    const currencyLetters = prev?.text === "RM" || (prev?.text === "PS" && currencyBefore(this, i) !== null) || (this.t(i - 2)?.text === "$" && /^[A-Z]{1,3}$/.test(prev?.text ?? ""))
    if (prev && !t.space && prev.type === "word" && !CURRENCY_CODES.has(prev.text) && !currencyLetters && !/^(mid|pre|post|late|early|fy)$/i.test(prev.text)) return true
    // hyphen glued between letters and digits: GPT-2, COVID-19, F-35 (not "mid-2025")
    if (prev && prev.text === "-" && !t.space && !prev.space) {
      const pp = this.t(i - 2)
      // "5k-20k": the word before the hyphen is a scale glued to a number
      const scaledBefore = pp !== undefined && !pp.space && this.t(i - 3)?.type === "num" && (pp.text in ATTACHED_SCALE || measureSymbol(pp.text) !== undefined)
      if (pp && pp.type === "word" && !scaledBefore && !/^(mid|pre|post|late|early|around|about|top|over|under|sub|non)$/i.test(pp.text) && !isNumberWord(pp.text)) return true
      if (pp && pp.type === "num") return false
    }
    // letters glued after that are no scale, unit, ordinal or decade: 4o, 3D, 5G
    const nx = this.t(n.to)
    if (nx && nx.type === "word" && !nx.space) {
      const suffix = nx.text
      if (!(suffix in ATTACHED_SCALE) && !measureSymbol(suffix) && !/^(st|nd|rd|th|s|am|pm|x|bps|pct|pc|e|mil|mm|mln|bln|tln)$/i.test(suffix) && !measureWord(suffix) && !/^(k|m|b|bn|mn|tn)$/i.test(suffix) && codeOf(suffix) === null &&
        !(suffix === "p" && currencyAfter(this, n.to, false) !== null)) return true
    }
    // a name before it: Llama 4, iPhone 16, Windows 11, Fortune 500
    if (prev && prev.type === "word" && t.space) {
      const pl = prev.lower
      if (IDENTIFIER_WORDS.has(pl.replace(/\.$/, "")) && !(pl === "number" && this.lw(i - 2) === "a")) return true
      if (/\p{Lu}/u.test(prev.text) && !FUNCTION_WORDS.has(pl) && !MONTH_NAMES.has(pl) && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(pl) &&
        !CURRENCY_CODES.has(prev.text) && !/^(US|U\.S\.)$/.test(prev.text) && n.value < 10000) {
        // ...unless a unit or percent follows: "Tesla 13%" is not a name.
        const after = this.t(n.to)
        if (after && (after.text === "%" || after.lower === "percent" || after.lower === "per")) return false
        // ...nor is a measure: "a Pro 16 inch laptop", "the Lamborghini's 640bhp engine"
        const measure = after ? unitAfter(this, n.to, false) : null
        if (measure && measure.def.dimension !== "duration" && (after!.text.length > 1 || !after!.space)) return false
        // Sentence-initial capitals are ordinary words ("Only 40 ...").
        if (i - 1 === 0 || this.t(i - 2)?.text === "\"" || this.t(i - 2)?.text === "(") return false
        return true
      }
    }
    // "No. 1", "#1"
    if (prev && (prev.text === "#" || prev.text === "№")) return true
    return false
  }

  /** "a gallon of beer", "a mile away", "a penny": one of a unit of measure or money (not of time: "once a day"). */
  private articleUnit(i: number): number | null {
    const w = this.t(i)!
    if (!(w.lower === "a" || w.lower === "an") || this.lw(i - 1) === "per" || /^(once|twice|times)$/.test(this.lw(i - 1))) return null
    const money = currencyAfter(this, i + 1, false)
    if (money && this.t(i + 1)?.type === "word" && money.to === i + 2) {
      const stated = money.factor < 1 ? { unit: MINOR_UNITS[this.lw(i + 1)] ?? this.lw(i + 1), factor: money.factor } : null
      return this.push({ start: w.start, end: this.t(money.to - 1)!.end, kind: "money", value: money.factor, low: money.factor, high: money.factor, unit: money.code, step: money.factor, to: money.to, from: i, stated })
    }
    const ua = unitAfter(this, i + 1, false)
    // "a bit" is a little, never a binary digit
    if (ua && ua.def.dimension !== "duration" && ua.def.dimension !== "angle" && this.t(i + 1)?.type === "word" && this.t(i + 1)!.text.length > 2 && this.lw(i + 1) !== "bit") {
      return this.push({ start: w.start, end: this.t(ua.to - 1)!.end, kind: "measure", value: 1, low: 1, high: 1, unit: ua.def.symbol, step: 1, to: ua.to, from: i })
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
    if (this.lw(to) === "of") {
      const money = currencyAfter(this, to + 1, true)
      const ua = money ? null : unitAfter(this, to + 1, false)
      const noun = money || ua ? null : countedNoun(this, to + 1, a.low)
      if (money) ({ kind, unit, to } = { kind: "money", unit: money.code, to: money.to })
      else if (ua) ({ kind, unit, to } = { kind: ua.def.dimension === "duration" ? "duration" : "measure", unit: ua.def.symbol, to: ua.to })
      else if (noun) ({ unit, modifiers, to } = noun)
    }
    const w = this.t(i)!
    return this.push({ start: w.start, end: this.t(to - 1)!.end, kind, value: (a.low + a.high) / 2, low: a.low, high: a.high, unit, step: a.low, to, from: i, modifiers })
  }

  /** Reads one quantity starting at token i; returns the token index after it. */
  private quantityAt(i: number): number {
    const w = this.t(i)!
    const one = this.articleUnit(i)
    if (one !== null) return one
    const vague = this.vagueAt(i)
    if (vague !== null) return vague
    // "fourth-quarter", "second-half": a period named by its ordinal, no fraction
    if ((w.lower === "quarter" || w.lower === "half") && this.lw(i - 1) === "-" && this.glued(i) && this.glued(i - 1) && this.lw(i - 2) in ORDINALS) return i + 1
    // "the fourth quarter", "its second half": the ordinal and the period are one name of a time
    if (w.lower in ORDINALS && /^(quarter|half|quarters|halves)$/.test(this.lw(i + 1)) && this.lw(i + 2) !== "of") return i + 2
    // "a sixth victim", "a third shooting": an ordinal before a noun, not a fraction ("a third of", "cut by a third")
    if ((w.lower === "a" || w.lower === "an") && this.lw(i + 1) in ORDINALS && !/^(half|quarter|halves|quarters)$/.test(this.lw(i + 1)) &&
      this.t(i + 2)?.type === "word" && !NOUN_STOP.has(this.lw(i + 2))) {
      const o = this.t(i + 1)!
      return this.push({ start: w.start, end: o.end, kind: "ordinal", value: ORDINALS[o.lower]!, low: null, high: null, unit: null, step: 1, to: i + 2, from: i })
    }
    // word ordinals count only as amounts in a few frames ("the fifth time", "third consecutive month")
    if (w.type === "word" && w.lower in ORDINALS && w.lower !== "first" && !(this.lw(i - 1) === "a" || this.lw(i - 1) === "an")) {
      if (/^(time|times|consecutive|straight|successive|largest|biggest|highest|lowest|round|quarter|year|month|week|day)$/.test(this.lw(i + 1)) && /^(the|its|their|his|her|a)$/.test(this.lw(i - 1))) {
        return this.push({ start: w.start, end: w.end, kind: "ordinal", value: ORDINALS[w.lower]!, low: null, high: null, unit: null, step: 1, to: i + 1, from: i })
      }
      if (!(w.lower in { half: 1, quarter: 1 })) return i
    }
    const n = this.readNumber(i)
    if (!n) return i
    if (this.isIdentifier(i, n)) {
      for (let k = i; k < n.to; k++) this.consumed[k] = 1
      // the glued suffix (4o) belongs to the name too
      if (this.t(n.to) && !this.t(n.to)!.space && this.t(n.to)!.type === "word") this.consumed[n.to] = 1
      return n.to
    }
    const first = this.t(i)!
    // list markers: a number opening the sentence followed by "." or ")"
    if (i === 0 && n.integerDigits && (this.lw(n.to) === ")" || (this.lw(n.to) === "." && this.t(n.to + 1)?.space))) return n.to

    let start = first.start
    let to = n.to
    let value = n.value
    let step = n.step
    let low: number | null = null
    let high: number | null = null
    let kind: MentionKind = "count"
    let unit: string | null = null
    let modifiers: Array<string> = []
    let change: Change | null = null
    let role: "value" | "earlier" = "value"
    let stated: Mention["stated"] = null

    // negative numbers: "-5", "minus five", "($99.99)"
    const prev = this.t(i - 1)
    let negative = false
    if (prev && prev.text === "-" && !first.space && (i - 1 === 0 || this.t(i - 2)!.type === "sym" || this.t(i - 1)!.space) && !this.t(i - 2)?.text.match(/^\d/)) {
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

    // currency before
    const cb = currencyBefore(this, negative ? i - 1 : i)
    let currency: string | null = cb?.code ?? null
    if (cb) start = this.t(cb.from)!.start
    // a sign between the symbol and the digits: "$-99.99"
    if (!cb && prev?.text === "-" && !first.space) {
      const cb2 = currencyBefore(this, i - 1)
      if (cb2) {
        currency = cb2.code
        negative = true
        start = this.t(cb2.from)!.start
      }
    }
    // "revenue was ($99.99)" is a negative amount, as accounts write it; right after another amount it is
    // that amount in another currency: "590 billion yen ($5.42 billion)", "$US55,931,000 ($A82,615,680)"
    const parenthesised = cb !== null && this.t(cb.from - 1)?.text === "(" && this.lw(n.to) === ")" && !this.amountEndsAt(cb.from - 2)

    // years: 1800-2100 read as calendar years, fiscal years 2012-13, decades 1990s
    const nt = this.t(to)
    if (n.integerDigits && !n.words && !currency && /^\d{4}$/.test(first.text) && value >= 1800 && value <= 2100) {
      if (nt && nt.lower === "s" && !nt.space) {
        return this.push({ start, end: nt.end, kind: "year", value, low: value, high: value + 9, unit: "year", step: 10, to: to + 1, from: i })
      }
      if (nt && (nt.text === "-" || nt.text === "/") && !nt.space && this.t(to + 1)?.type === "num" && !this.t(to + 1)!.space) {
        const second = this.t(to + 1)!.text
        if (/^\d{2}$/.test(second) && (Number(second) === (value + 1) % 100)) {
          return this.push({ start, end: this.t(to + 1)!.end, kind: "year", value, low: value, high: value + 1, unit: "fiscal year", step: 1, to: to + 2, from: i })
        }
        if (/^\d{4}$/.test(second) && Number(second) === value + 1) {
          return this.push({ start, end: this.t(to + 1)!.end, kind: "year", value, low: value, high: value + 1, unit: "fiscal year", step: 1, to: to + 2, from: i })
        }
      }
      const pv = prev?.lower ?? ""
      const temporal = /^(in|since|by|from|until|till|of|during|before|after|early|late|mid|spring|summer|autumn|fall|winter|year|through|circa|around|between|and|to|the|fy)$/.test(pv)
      const counted = countedNoun(this, to, value)
      const followsUnit = nt && (nt.text === "%" || nt.lower === "percent" || unitAfter(this, to, false) !== null)
      if (!followsUnit && (temporal || !counted || !looksPlural(counted.unit))) {
        return this.push({ start, end: first.end, kind: "year", value, low: value, high: value, unit: "year", step: 1, to, from: i })
      }
    }

    // ordinals: 21st, 3rd
    if (nt && !nt.space && /^(st|nd|rd|th)$/i.test(nt.text) && n.integerDigits) {
      return this.push({ start, end: nt.end, kind: "ordinal", value, low: value, high: value, unit: null, step: 1, to: to + 1, from: i })
    }
    if (n.words && first.lower in ORDINALS && n.to === i + 1 && !(first.lower in { half: 1 })) {
      // word ordinals count only as amounts in a few frames ("the fifth time", "third consecutive")
      const after = this.lw(to)
      if (/^(time|times|consecutive|straight|successive|largest|biggest|highest|lowest|round|year|month|quarter|week|day)$/.test(after) && first.lower !== "first") {
        return this.push({ start, end: first.end, kind: "ordinal", value: ORDINALS[first.lower]!, low: null, high: null, unit: null, step: 1, to, from: i })
      }
      return to
    }

    // ratios: "one in five", "one out of every three"
    if (this.lw(to) === "in" || (this.lw(to) === "out" && this.lw(to + 1) === "of")) {
      let k = this.lw(to) === "in" ? to + 1 : to + 2
      if (this.lw(k) === "every") k++
      const den = smallNumber(this.lw(k))
      if (den !== undefined && den > 0 && value <= den && (n.words || /^\d+$/.test(first.text))) {
        const pct = (100 * value) / den
        return this.push({ start, end: this.t(k)!.end, kind: "percent", value: round(pct), low: round(pct), high: round(pct), unit: "percent", step: 100 / den / 2, to: k + 1, from: i, stated: AS_FRACTION })
      }
    }
    // a fraction of a unit is that much of the unit: "1/16 of a US pint", "a quarter of a mile"
    const ofA = this.lw(to) === "of" && /^an?$/.test(this.lw(to + 1)) ? to + 2 : first.lower === "half" && /^an?$/.test(this.lw(to)) ? to + 1 : -1
    if (ofA > 0 && ((first.lower === "half" && n.value === 1) || (n.value < 1 && n.value > 0))) {
      const u = /^(us|u\.s\.|imperial|metric)$/.test(this.lw(ofA)) ? ofA + 1 : ofA
      const ua = unitAfter(this, u, false)
      if (ua && ua.def.dimension !== "percent") {
        const v = first.lower === "half" ? 0.5 : round(value)
        return this.push({ start, end: this.t(ua.to - 1)!.end, kind: ua.def.dimension === "duration" ? "duration" : "measure", value: v, low: v, high: v, unit: ua.def.symbol, step: v, to: ua.to, from: i })
      }
    }
    // fractions of a whole: "a fifth of", "half of", "two thirds of"
    if ((first.lower === "half" && this.lw(to) === "of") || (n.value < 1 && n.value > 0 && this.lw(to) === "of" && (n.words || this.lw(i + 1) === "/" || this.lw(i + 1) === "\u2044"))) {
      const v = first.lower === "half" ? 50 : round(100 * value)
      return this.push({ start, end: this.t(to - 1)!.end, kind: "percent", value: v, low: v, high: v, unit: "percent", step: 1, to, from: i, stated: AS_FRACTION })
    }

    // percent
    let percentTo = -1
    let pp = false
    if (nt && nt.text === "%") percentTo = to + 1
    // "5pc", as some papers write a percentage
    else if (nt && nt.text === "pc" && this.glued(to)) percentTo = to + 1
    else if (nt && (nt.lower === "percent" || nt.lower === "pct" || nt.lower === "percents" || nt.lower === "percentage")) {
      percentTo = to + 1
      if (nt.lower === "percentage" && this.lw(to + 1) === "points") { percentTo = to + 2; pp = true }
    } else if (nt && nt.lower === "per" && this.lw(to + 1) === "cent") percentTo = to + 2
    else if (nt && (nt.lower === "basis") && (this.lw(to + 1) === "points" || this.lw(to + 1) === "point")) { percentTo = to + 2; pp = true }
    // "rose 2 points" near a rate is percentage points; "ended at 1,463.78 points" is an index level
    if (percentTo < 0 && this.lw(to) === "points" && !/^(at|to|of|from|above|below)$/.test(this.lw(i - 1)) &&
      /percent|%|rate|margin|share/.test(this.tokens.slice(Math.max(0, i - 8), i).map((t) => t.lower).join(" "))) {
      percentTo = to + 1
      pp = true
    }
    if (percentTo >= 0) {
      kind = "percent"
      unit = pp ? (this.lw(to) === "basis" ? "bp" : "pp") : "percent"
      to = percentTo
    } else {
      const ca = currencyAfter(this, to, n.scaled)
      if (currency === null && ca) {
        currency = ca.code
        if (ca.factor < 1) stated = { unit: MINOR_UNITS[this.lw(ca.to - 1)] ?? this.lw(ca.to - 1), factor: ca.factor }
        value *= ca.factor
        step *= ca.factor
        to = ca.to
      }
      if (currency !== null) {
        kind = "money"
        unit = currency
      } else {
        // hyphenated adjectives: "three-foot", "10-year", "68-ounce"
        let unitStart = to
        if (this.lw(to) === "-" && this.glued(to) && this.glued(to + 1)) unitStart = to + 1
        let ua = unitAfter(this, unitStart, false)
        // "20 (kg)", "20 [kg]"
        if (!ua && /^[([{<]$/.test(this.lw(to))) {
          const inner = unitAfter(this, to + 1, false)
          if (inner && /^[)\]}>]$/.test(this.lw(inner.to))) ua = { def: inner.def, to: inner.to + 1 }
        }
        // "24703L202" is a code, not litres
        if (ua && this.t(ua.to)?.type === "num" && this.glued(ua.to)) return ua.to + 1
        if (ua) {
          kind = ua.def.dimension === "duration" ? "duration" : "measure"
          unit = ua.def.symbol
          to = ua.to
          if (this.lw(to) === "-" && this.lw(to + 1) === "old") to += 2
        }
      }
    }

    // "5 ft 2 in", "5 feet and 2 inches": one length
    if (kind === "measure" && unit === "ft") {
      let k = to
      if (this.lw(k) === "and") k++
      const inches = this.t(k)?.type === "num" ? this.readNumber(k) : null
      if (inches && /^(in|inch|inches)$/.test(this.lw(inches.to)) && inches.value < 12) {
        value += inches.value / 12
        step = 1 / 12
        to = inches.to + 1
      }
    }

    // counted noun
    if (kind === "count") {
      // "a company" is no amount; "one company" is, when a noun follows ("one count of fraud", "one hand")
      if (n.words && n.value === 1 && !n.scaled && (first.lower === "a" || first.lower === "an")) return to
      if (n.words && n.value === 1 && !n.scaled && first.lower === "one" && countedNoun(this, to, 1) === null) return to
      // a multiple or a frequency: "6.5 times earnings", "10x", "three times a week"
      const times = this.lw(to) === "times" || (this.lw(to) === "x" && this.glued(to) && this.t(to + 1)?.type !== "num")
      const noun = times ? { unit: "times", modifiers: [], to: to + 1 } : countedNoun(this, to, value)
      if (noun) {
        unit = noun.unit
        modifiers = noun.modifiers
        to = noun.to
      } else if ((first.lower === "a" || first.lower === "an") && value === 1) return to
    }

    // rate: "500,000 barrels a day", "$15.4/hour"
    if (kind !== "percent" && unit !== null) {
      const r = rateAfter(this, to)
      if (r && !(kind === "duration")) {
        unit = `${unit}/${r.period}`
        to = r.to
      }
    }

    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
    if (kind === "money" && unit !== null && currency !== null && !n.scaled) {
      let k = to
      if (this.lw(k) === "and") k++
      const minor = this.readNumber(k)
      if (minor && minor.value < 100 && minor.value >= 0 && Number.isInteger(minor.value)) {
        const after = currencyAfter(this, minor.to, false)
        const ends = this.t(minor.to) === undefined || /^[.,;!?)]$/.test(this.lw(minor.to))
        if ((after && after.factor < 1) || (ends && k > to - 0 && this.lw(k - 1) !== "and" && this.t(k - 1)?.type === "word")) {
          value += minor.value / 100
          step = 0.01
          to = after && after.factor < 1 ? after.to : minor.to
        }
      }
    }

    if (negative) value = -value
    if (parenthesised) {
      value = -Math.abs(value)
      start = this.t(cb!.from - 1)!.start
      to = to + 1
    }

    // qualifier
    let qualifier: Qualifier | null = null
    let qualifierText: string | null = null
    const qStart = cb ? cb.from : negative ? i - 1 : i
    const q = qualifierBefore(this, qStart)
    if (q) {
      qualifier = q.q
      qualifierText = q.text
      start = Math.min(start, this.t(q.from)!.start)
    }
    // "five hundred or more", "20 or fewer"
    if (this.lw(to) === "or" && /^(more|greater|higher|above|over)$/.test(this.lw(to + 1))) { qualifier = "at least"; qualifierText = "or more"; to += 2 }
    else if (this.lw(to) === "or" && /^(less|fewer|lower|below|under)$/.test(this.lw(to + 1))) { qualifier = "at most"; qualifierText = "or less"; to += 2 }
    else if (this.lw(to) === "and" && /^(more|above|over|up|upwards|greater|higher)$/.test(this.lw(to + 1)) && !this.t(to + 2)?.text.match(/^\d/) && !isNumberWord(this.lw(to + 2))) { qualifier = "at least"; qualifierText = "and more"; to += 2 }
    else if (this.lw(to) === "and" && /^(less|below|under|fewer|lower)$/.test(this.lw(to + 1)) && !this.t(to + 2)?.text.match(/^\d/) && !isNumberWord(this.lw(to + 2))) { qualifier = "at most"; qualifierText = "and less"; to += 2 }
    else if (this.lw(to) === "or" && this.lw(to + 1) === "so") { qualifier = "about"; qualifierText = "or so"; to += 2 }
    else if (this.lw(to) === "plus" || (this.lw(to) === "+" && this.glued(to))) { qualifier = "at least"; qualifierText = "plus"; to += 1 }

    // ranges: between X and Y, X to Y, X-Y, from X to Y
    const range = this.readRange({ i, n, first, q, qStart, kind, unit, value, step, to, start, modifiers })
    if (typeof range === "number") return range
    ;({ kind, unit, modifiers, low, high, value, step, to, start } = range)

    // change
    const ch = changeAround(this, qStart, to, kind === "percent")
    if (ch) {
      change = ch.change
      if (ch.to > to) to = ch.to
    }
    // "up from X" / "down from X": X is the earlier value
    if (this.lw(qStart - 1) === "from" && (this.lw(qStart - 2) === "up" || this.lw(qStart - 2) === "down")) {
      role = "earlier"
      const prevMention = [...this.mentions].reverse().find((m) => m.end <= this.t(qStart - 2)!.start && m.kind !== "date")
      if (prevMention) {
        const idx = this.mentions.indexOf(prevMention)
        this.mentions[idx] = { ...prevMention, change: this.lw(qStart - 2) === "up" ? "up" : "down" }
        // the earlier value counts the same thing: "500 million weekly users, up from 400 million"
        if (unit === null && prevMention.unit !== null && (kind === "count" || kind === prevMention.kind)) {
          unit = prevMention.unit
          modifiers = [...prevMention.modifiers]
          if (kind === "count") kind = prevMention.kind
        }
      }
    }

    if (low === null) ({ low, high } = hedgedBounds(value, step, qualifier))

    const endTok = this.t(to - 1)!
    return this.push({ start, end: endTok.end, kind, value, low, high, unit, step, to, from: i, change, role, modifiers, qualifier, qualifierText, stated })
  }

  /**
   * The second bound of a range after a first quantity ("between X and Y", "X to Y",
   * "X-Y", "from X to Y"), or, after a change verb, the level a change reached
   * ("rose from X to Y": X is pushed as the earlier value and the token after Y
   * returned).
   */
  private readRange(r: RangeStart): RangeRead | number {
    const { i, n, first, q, qStart } = r
    let { kind, unit, value, step, to, start, modifiers } = r
    let low: number | null = null
    let high: number | null = null
    const sepIdx = rangeSeparator(this, n.to, to)
    if (sepIdx !== null) {
      const between = this.lw(qStart - 1) === "between"
      const from = this.lw(qStart - 1) === "from"
      const sep = this.lw(sepIdx)
      // "rose by $4 million to $10 million", "dropped $11 billion to $106 billion": a change, then the level it reached
      const before = this.lw((q ? q.from : qStart) - 1)
      // ...but "dropped by 1 to 1.5 degrees": a bare first bound the second's unit completes is a range
      const bareBound = unit === null && kind === "count" && this.readNumber(sepIdx + 1) !== null && this.readNumber(sepIdx + 1)!.value <= 3 * value &&
        this.readNumber(sepIdx + 1)!.value > value
      const changeThenLevel = sep === "to" && (before === "by" || UP_VERBS.has(before) || DOWN_VERBS.has(before)) && !bareBound
      if ((sep !== "and" || between) && !changeThenLevel) {
        const second = this.readNumber(sepIdx + 1 + (currencyBefore(this, sepIdx + 2) && this.t(sepIdx + 1)?.type === "sym" ? 1 : 0))
        // both bounds measure the same thing: "46% to $85 million" is a change, not a range
        const secondCurrency = second ? currencyBefore(this, second.from) !== null : false
        const secondNext = second ? this.t(second.to) : undefined
        const secondPercent = secondNext !== undefined && (secondNext.text === "%" || secondNext.lower === "percent" || (secondNext.lower === "per" && this.lw(second!.to + 1) === "cent"))
        const sameKind = second !== null && (kind === "money" ? true : !secondCurrency) && (kind !== "percent" || secondPercent || (sep === "-" || sep === "to") && !secondCurrency && (secondNext === undefined || secondNext.type !== "word" || secondNext.lower === "percent"))
        const yearLike = /^\d{4}$/.test(first.text) && value >= 1800 && value <= 2100
        if (second && sameKind && !this.isIdentifier(second.from, second) && !(yearLike && kind === "count")) {
          let v2 = second.value
          let end2 = second.to
          // the second bound may carry the scale/unit for both: "$3 to $4 billion", "8- to 16-meter"
          let scale = 1
          if (second.scaled && !n.scaled) scale = v2 / Number(this.text.slice(this.t(second.from)!.start, this.t(second.from)!.end).replace(/,/g, "") || v2)
          // the scale is shared only where the bounds then stay in order: "$3 to $4 billion", not "$200 to $4 million"
          if (!Number.isFinite(scale) || scale <= 0 || value * scale > v2) scale = 1
          let v1 = value * scale
          // the unit after the second bound
          const secondNt = this.t(end2)
          if (kind === "count" || unit === null) {
            const perCent = secondNt?.lower === "per" && this.lw(end2 + 1) === "cent"
            const pAfter = secondNt && (secondNt.text === "%" || secondNt.lower === "percent" || perCent)
            if (pAfter) {
              kind = "percent"
              unit = "percent"
              end2 += perCent ? 2 : 1
            } else {
              let us = end2
              if (this.lw(us) === "-" && this.glued(us)) us++
              const ua2 = unitAfter(this, us, false)
              const ca2 = currencyAfter(this, end2, second.scaled)
              if (ua2) {
                kind = ua2.def.dimension === "duration" ? "duration" : "measure"
                unit = ua2.def.symbol
                end2 = ua2.to
              } else if (ca2) {
                kind = "money"
                unit = ca2.code
                end2 = ca2.to
              } else {
                const noun = countedNoun(this, end2, v2)
                if (noun && unit === null) {
                  unit = noun.unit
                  modifiers = noun.modifiers
                  end2 = noun.to
                }
              }
            }
          } else if (secondNt && (secondNt.text === "%" || secondNt.lower === "percent") && kind === "percent") {
            end2++
          } else if (secondNt && secondNt.lower === "per" && this.lw(end2 + 1) === "cent" && kind === "percent") {
            end2 += 2
          } else {
            let us = end2
            if (this.lw(us) === "-" && this.glued(us)) us++
            const ua2 = unitAfter(this, us, false)
            if (ua2 && ua2.def.symbol === unit) end2 = ua2.to
            else if (kind === "money") {
              const ca2 = currencyAfter(this, end2, second.scaled)
              if (ca2) end2 = ca2.to
            }
          }
          // a rate after the second bound is the rate of both: "between $62 and $68 per share"
          const rate = unit !== null && kind !== "percent" && kind !== "duration" && !unit.includes("/") ? rateAfter(this, end2) : null
          if (rate) {
            unit = `${unit}/${rate.period}`
            end2 = rate.to
          }
          const changeVerb = from && changeAround(this, qStart - 1, to)
          if (changeVerb) {
            // "rose from X to Y": X is where it started and Y the level it reached (a level, not an amount of change)
            this.push({ start, end: this.t(n.to - 1)!.end, kind, value: v1, low: v1, high: v1, unit, step, to: n.to, from: i, role: "earlier" })
            const endTok = this.t(end2 - 1)!
            const s2 = this.t(sepIdx + 1)!.start
            return this.push({ start: s2, end: endTok.end, kind, value: v2, low: v2, high: v2, unit, step: second.step, to: end2, from: sepIdx + 1, earlier: round(v1) })
          }
          if (v2 > v1 || (v2 === v1 && sep !== "-")) {
            low = Math.min(v1, v2)
            high = Math.max(v1, v2)
            value = (v1 + v2) / 2
            step = Math.min(step * (scale || 1), second.step)
            to = end2
            if (between || from) start = this.t(qStart - 1)!.start
          }
        }
      }
    }
    return { kind, unit, modifiers, low, high, value, step, to, start }
  }

  private push(m: {
    start: number; end: number; kind: MentionKind; value: number; low: number | null; high: number | null; unit: string | null; step: number; to: number; from: number
    change?: Change | null; role?: "value" | "earlier"; earlier?: number | null; stated?: Mention["stated"]; modifiers?: Array<string>; qualifier?: Qualifier | null; qualifierText?: string | null
  }): number {
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
      unresolved: false
    })
    return m.to
  }
}



/** Rounds away binary noise (0.1 + 0.2) so values print and hash the same everywhere. */
export const round = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)))

/** The bounds a hedge gives one value: "more than 40" has no upper bound, "about 40" the rounding of its digits. */
export const hedgedBounds = (value: number, step: number, qualifier: Qualifier | null): { low: number | null; high: number | null } => {
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
export const MAYBE_MENTION = /\d|[½⅓⅔¼¾⅕⅛⅙]|\ban? (?:gallon|mile|kilomet|metre|meter|foot|inch|pound|ounce|ton|litre|liter|penny|dollar|euro|acre|hectare|kilo|gram)|\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|lakh|crore|dozens?|half|quarters?|thirds?|fifths?|minus|negative|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|yesterday|today|tonight|tomorrow|tmrw|tmr|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i

/** All quantity and date mentions in one sentence (or any short text). */
export const extractMentions = (text: string, published: string | null): ReadonlyArray<Mention> =>
  MAYBE_MENTION.test(text) ? refineConversions(text, refineShifts(text, refineAges(text, new Scanner(text, published).run()))) : []

