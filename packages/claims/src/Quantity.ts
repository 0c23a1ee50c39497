/**
 * Quantity mentions in news text: money, percentages, measures, durations,
 * counts of things, calendar years, dates and ordinals, with hedges, ranges and
 * changes.
 *
 * The scanner works on tokens of one sentence. References (phone numbers,
 * addresses, clock times, scores: Reference.ts) are set aside first. At each
 * token a quantity led by a word is tried (WordQuantity.ts), else a number is
 * read (NumberReader.ts: digits, words or both, with scales and suffixes) and
 * names with digits are set aside (Identifier.ts: GPT-4o, Llama 4, the 787
 * Skylark); then the steps of QuantitySteps.ts, in the order set there, read
 * what surrounds the number (a currency, a unit, a percent sign, a counted noun,
 * a hedge, a range, a change). Refiners over the whole sentence run last, in the
 * order set in `extractMentions`: uncertainties, ages, levels that moved, units
 * a sentence states once, restatements.
 */
import { isFractionWord, isNumberWord, ORDINALS, SCALES, SPACED_SCALE } from "./NumberWords.js"
import { findTimeExpressions, type Precision } from "./TimeExpression.js"
import { CURRENCY_CODES, CURRENCY_WORDS } from "./Unit.js"
import { refineAges } from "./Age.js"
import { refineShifts } from "./Shift.js"
import { refineElidedUnits } from "./ElidedUnit.js"
import { refineUncertainty } from "./Uncertainty.js"
import { refineConversions } from "./Conversion.js"
import { REFERENCE_KINDS, referenceSpans, type ReferenceKind, type ReferenceSpan } from "./Reference.js"
import { TokenView } from "./Tokens.js"
import { currencyBefore } from "./CurrencyReader.js"
import { mergeBounds } from "./Range.js"
import { QUANTITY_STEPS } from "./QuantitySteps.js"
import type { Draft, NumberRead, PushInput, Reader } from "./Reader.js"
import { readNumberAt, UNICODE_FRACTIONS } from "./NumberReader.js"
import { isIdentifier } from "./Identifier.js"
import { articleUnitAt, ordinalWordAt, vagueAt } from "./WordQuantity.js"

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
  /** Reads a number at token i (digits, words, suffixes and scales): see NumberReader. */
  readNumber(i: number): NumberRead | null {
    return readNumberAt(this, this.consumed, i)
  }

  /** Is the number at token i a name or identifier (GPT-4o, Llama 4, o1, Section 427)? See Identifier. */
  isIdentifier(i: number, n: NumberRead): boolean {
    return isIdentifier(this, i, n)
  }

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
    const early = articleUnitAt(this, i) ?? vagueAt(this, i) ?? ordinalWordAt(this, i)
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
