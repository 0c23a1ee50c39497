/**
 * A number as written at one token: digits with their separators and signs,
 * fractions (1/2, 2 1/2, the fraction slash), exponents, suffixed and spaced
 * scales (40B, 1.5bn, "$5 m"), and number words ("one hundred and twenty").
 * The scanner (Quantity.ts) reads every quantity's number here first; what
 * the number counts or measures is read after it, by the steps in
 * QuantitySteps.ts.
 */
import { currencyAfterScale, currencyBefore } from "./CurrencyReader.js"
import { parseNumberWords, SCALES, SPACED_SCALE } from "./NumberWords.js"
import type { NumberRead } from "./Reader.js"
import type { TokenView } from "./Tokens.js"

/** The largest power of ten a number in the text may carry (scientific notation beyond it is no quantity). */
const MAX_EXPONENT = 100

export const ATTACHED_SCALE: Record<string, number> = {
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
export const UNICODE_FRACTIONS: Record<string, number> = {
  "½": 0.5,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 0.25,
  "¾": 0.75,
  "⅕": 0.2,
  "⅛": 0.125,
  "⅙": 1 / 6
}

export const digitsValue = (raw: string): { value: number; step: number } => {
  const clean = raw.replace(/,/g, "")
  const value = Number(clean)
  const dot = clean.indexOf(".")
  if (dot >= 0) return { value, step: 10 ** -(clean.length - dot - 1) }
  let tz = 0
  while (tz < clean.length && clean[clean.length - 1 - tz] === "0") tz++
  return { value, step: clean === "0" ? 1 : 10 ** Math.min(tz, clean.length - 1) }
}

const consumedBetween = (consumed: Uint8Array, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (consumed[k]) return true
  return false
}

/** Reads a number at token i (digits, words, suffixes and scales). */
/** A number being read: where it ends, its value, the place of its last digit, and how it was written. */
interface Reading {
  value: number
  step: number
  to: number
  integerDigits: boolean
  scaled: boolean
}

/** "1 234 567": groups of three digits separated by single spaces; "12,34,567.89": Indian digit grouping. */
const digitGroups = (v: TokenView, i: number, r: Reading): void => {
  const t = v.t(i)!
  while (
    r.integerDigits &&
    v.t(r.to)?.type === "num" &&
    /^\d{3}(\.\d+)?$/.test(v.lw(r.to)) &&
    v.text.slice(v.t(r.to - 1)!.end, v.t(r.to)!.start) === " " &&
    (r.to === i + 1 ? /^\d{1,3}$/.test(t.text) : true)
  ) {
    r.value = r.value * 1000 + Number(v.lw(r.to))
    if (v.lw(r.to).includes(".")) r.integerDigits = false
    r.to++
    r.step = digitsValue(String(r.value)).step
    if (v.t(r.to)?.text === "." && v.glued(r.to) && v.t(r.to + 1)?.type === "num" && v.glued(r.to + 1)) {
      r.value += Number(`0.${v.lw(r.to + 1)}`)
      r.step = 10 ** -v.lw(r.to + 1).length
      r.integerDigits = false
      r.to += 2
    }
  }
  if (
    /^\d{1,2}$/.test(t.text) &&
    v.lw(r.to) === "," &&
    v.glued(r.to) &&
    /^\d{2},\d{3}/.test(v.text.slice(v.t(r.to)!.end))
  ) {
    const m = /^(\d{2},)+\d{3}(\.\d+)?/.exec(v.text.slice(v.t(r.to)!.end))!
    const d = digitsValue(`${t.text},${m[0]}`)
    r.value = d.value
    r.step = d.step
    const endAt = v.t(r.to)!.end + m[0].length
    while (v.t(r.to) && v.t(r.to)!.start < endAt) r.to++
  }
}

/**
 * Scientific notation: 1e10, 1.3e6, 12.32e+14, 1.3x10^6, 2.48×10-5. False when the
 * exponent is one no quantity of news has ("$1e308"): the number is then rejected
 * whole, never read as its mantissa.
 */
const exponent = (v: TokenView, consumed: Uint8Array, i: number, r: Reading): boolean => {
  const sci = /^(?:[eE]([+-]?\d+)|\s?[x\u00d7]\s?10(?:\^\s?([+-]?\d+)|([+-]\d+)))(?![\p{L}\d])/u.exec(
    v.text.slice(v.t(r.to - 1)!.end)
  )
  if (!sci) return true
  const exp = Number(sci[1] ?? sci[2] ?? sci[3])
  const endAt = v.t(r.to - 1)!.end + sci[0].length
  while (v.t(r.to) && v.t(r.to)!.start < endAt) r.to++
  if (Math.abs(exp) >= MAX_EXPONENT) {
    // (with the scale word after it: "$1.8e308 million")
    const end = v.lw(r.to) in SPACED_SCALE ? r.to + 1 : r.to
    for (let k = i; k < end; k++) consumed[k] = 1
    return false
  }
  r.value = r.value * 10 ** exp
  r.step = r.step * 10 ** exp
  r.integerDigits = false
  return true
}

/** Fractions: 1/2, 2 1/2, 1⁄32, 3½. False when the slash makes no fraction ("24/7", a code, a date). */
const fraction = (v: TokenView, consumed: Uint8Array, i: number, r: Reading): boolean => {
  const to = r.to
  if (
    (v.lw(to) === "/" || v.lw(to) === "\u2044") &&
    v.glued(to) &&
    v.t(to + 1)?.type === "num" &&
    v.glued(to + 1) &&
    r.integerDigits
  ) {
    const den = Number(v.lw(to + 1))
    // the fraction slash "⁄" is a fraction whatever the denominator; "/" with three digits is more often a code or a date
    if (den === 0 || (v.lw(to + 1).length > 2 && v.lw(to) === "/")) return false
    // "24/7", "50/50": a slash between a number and a smaller or equal one is an idiom or a split, no quantity
    if (v.lw(to) === "/" && r.value >= den) return false
    const prev = v.t(i - 1)
    r.value = r.value / den
    r.step = r.value
    r.to += 2
    // read from the whole part
    return !(prev?.type === "num" && !consumed[i - 1] && prev.end === v.t(i)!.start - 1)
  }
  if (
    v.t(to)?.type === "num" &&
    v.lw(to + 1) === "/" &&
    v.t(to + 2)?.type === "num" &&
    v.t(to)!.space &&
    v.glued(to + 1) &&
    v.glued(to + 2) &&
    r.integerDigits
  ) {
    const den = Number(v.lw(to + 2))
    if (den > 0 && Number(v.lw(to)) < den) {
      r.value += Number(v.lw(to)) / den
      r.step = 1 / den
      r.to += 3
    }
  } else if (v.t(to)?.text !== undefined && v.t(to)!.text in UNICODE_FRACTIONS && v.glued(to)) {
    r.value += UNICODE_FRACTIONS[v.t(to)!.text]!
    r.step = 0.5
    r.to++
  }
  return true
}

/** A scale glued to the digits (40B, 1.5bn, 3k, 1MM) or spaced after them ("$40 bn", "2.33 k", "$5 m"). */
const scaleSuffix = (v: TokenView, i: number, r: Reading): void => {
  const to = r.to
  const nt = v.t(to)
  if (
    nt &&
    nt.type === "word" &&
    v.glued(to) &&
    (nt.text in ATTACHED_SCALE || /^(MM|mil|mln|bln|tln|G)$/.test(nt.text)) &&
    !(v.t(to + 1)?.type === "num" && v.glued(to + 1))
  ) {
    const currency = currencyBefore(v, i) !== null || currencyAfterScale(v, to + 1)
    const sym = nt.text
    // "400m" without a currency is metres, "1500b" bits; "$400m" is millions; "5G" a network's generation
    const generation = sym === "G" && !currency && r.integerDigits && r.value >= 2 && r.value <= 6
    const ambiguous =
      ((sym === "m" || sym === "T") && !currency) || (sym === "b" && !currency && r.integerDigits) || generation
    if (!ambiguous) {
      const f = ATTACHED_SCALE[sym] ?? (sym === "G" ? 1e9 : (SCALES[sym.toLowerCase()] ?? 1))
      r.value *= f
      r.step *= f
      r.to++
      r.scaled = true
    }
  } else if (
    nt &&
    nt.type === "word" &&
    nt.space &&
    nt.lower in SPACED_SCALE &&
    nt.lower.length <= 3 &&
    (nt.lower.length > 1
      ? !(nt.lower === "mm" || nt.lower === "mil") || currencyBefore(v, i) !== null
      : currencyBefore(v, i) !== null ||
        currencyAfterScale(v, to + 1) ||
        (/^[kKMB]$/.test(nt.text) && (v.t(to + 1) === undefined || v.t(to + 1)!.type !== "word")))
  ) {
    r.value *= SPACED_SCALE[nt.lower]!
    r.step *= SPACED_SCALE[nt.lower]!
    r.to++
    r.scaled = true
  }
}

/** Digits continued by words: "3 hundred and 21", "2.3 million", "35 lakh", "3 dozen". */
const wordsAfterDigits = (v: TokenView, consumed: Uint8Array, r: Reading): void => {
  const next = v.t(r.to)
  if (next?.type !== "word" || !next.space || r.scaled) return
  const p = parseNumberWords(v.tokens, r.to, r.value)
  if (
    p &&
    p.length > 0 &&
    (p.scaled || /^(hundred|hundreds|dozen|dozens|dz|dzs|doz|dozs|and|over)$/.test(next.lower))
  ) {
    const consumedTo = r.to + p.length
    if (!consumedBetween(consumed, r.to, consumedTo)) {
      r.step = p.scaled && r.value !== 0 ? r.step * (p.value / r.value) : p.precision
      r.value = p.value
      r.to = consumedTo
      r.scaled = p.scaled
      r.integerDigits = false
    }
  }
}

/** A number in digits with what is written with them, or null when the digits are no amount. */
const digitsAt = (v: TokenView, consumed: Uint8Array, i: number): Reading | null => {
  const t = v.t(i)!
  // the second half of "24/7" or "50/50", which is no fraction (see fraction)
  if (
    v.lw(i - 1) === "/" &&
    v.glued(i) &&
    v.glued(i - 1) &&
    v.t(i - 2)?.type === "num" &&
    t.text.length <= 2 &&
    digitsValue(v.lw(i - 2)).value >= digitsValue(t.text).value
  )
    return null
  const d = digitsValue(t.text)
  const r: Reading = { value: d.value, step: d.step, to: i + 1, integerDigits: !t.text.includes("."), scaled: false }
  digitGroups(v, i, r)
  if (!exponent(v, consumed, i, r) || !fraction(v, consumed, i, r)) return null
  scaleSuffix(v, i, r)
  wordsAfterDigits(v, consumed, r)
  return r
}

/** Words before "one" that make it a pronoun ("the one", "no one", "every one"). */
const ONE_AFTER = new Set([
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
])
/** Words after "one" that make it a pronoun or part of a phrase ("one of", "one another", "one day"). */
const ONE_BEFORE = new Set([
  "of",
  "another",
  "who",
  "that",
  "which",
  "thing",
  "way",
  "day",
  "reason",
  "time",
  "-",
  "last",
  "more"
])

/** A number in words ("one hundred and twenty"), or null; "one" on its own is a pronoun far more often than a number. */
const wordsAt = (v: TokenView, consumed: Uint8Array, i: number): (Reading & { words: true }) | null => {
  const p = parseNumberWords(v.tokens, i)
  if (!p || consumedBetween(consumed, i, i + p.length)) return null
  const to = i + p.length
  const only = v.lw(i)
  if (
    p.length === 1 &&
    (only === "one" || only === "a" || only === "an") &&
    (ONE_BEFORE.has(v.lw(to)) || ONE_AFTER.has(v.lw(i - 1)))
  )
    return null
  return { value: p.value, step: p.precision, to, integerDigits: false, scaled: p.scaled, words: true }
}

/** Reads a number at token i (digits, words, suffixes and scales), or null. */
export const readNumberAt = (v: TokenView, consumed: Uint8Array, i: number): NumberRead | null => {
  const t = v.t(i)
  if (!t || consumed[i]) return null
  const r: (Reading & { words?: boolean }) | null =
    t.type === "num"
      ? digitsAt(v, consumed, i)
      : t.type === "sym" && t.text in UNICODE_FRACTIONS
        ? {
            value: UNICODE_FRACTIONS[t.text]!,
            step: UNICODE_FRACTIONS[t.text]!,
            to: i + 1,
            integerDigits: false,
            scaled: false
          }
        : wordsAt(v, consumed, i)
  if (r === null) return null
  return {
    value: r.value,
    step: r.step,
    from: i,
    to: r.to,
    scaled: r.scaled,
    words: r.words === true,
    integerDigits: r.integerDigits && !r.scaled,
    raw: v.text.slice(t.start, v.t(r.to - 1)!.end)
  }
}
