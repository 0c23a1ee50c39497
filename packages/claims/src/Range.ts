/**
 * Ranges: the separator after a first bound ("to", "-", "and", "through"),
 * and two one-sided hedges that bound one quantity from both sides ("more
 * than 100 and less than 300").
 */
import { isNumberWord } from "./NumberWords.js"
import { CURRENCY_SYMBOLS } from "./Unit.js"
import type { Mention, Qualifier } from "./Quantity.js"
import type { TokenView } from "./Tokens.js"

/** Index of a range separator after a bound ("to", "-", "and", "through", "~"), or null. */
export const rangeSeparator = (v: TokenView, numberEnd: number, quantityEnd: number): number | null => {
  for (const k of [quantityEnd, numberEnd]) {
    const s = v.lw(k)
    if (s === "to" || s === "through" || s === "and" || s === "~" || s === "till") {
      const n = v.t(k + 1)
      if (n && (n.type === "num" || isNumberWord(n.text) || (n.type === "sym" && CURRENCY_SYMBOLS.some(([c]) => c === n.text)))) return k
    }
    if ((s === "-" || s === "\u2013") && v.t(k + 1)?.type === "num") {
      // 10-15 exabytes, 3.5-4.0 TeV, 8- to 16-meter
      return k
    }
    if (s === "-" && v.lw(k + 1) === "to") return k + 1
  }
  return null
}

const LOWER_BOUND = new Set<Qualifier | null>(["more than", "at least"])
const UPPER_BOUND = new Set<Qualifier | null>(["less than", "at most", "up to"])

/**
 * "more than 100 and less than 300", "at most 100 and at least 20": two one-sided
 * hedges joined by "and"/"but" bound one quantity from both sides.
 */
export const mergeBounds = (text: string, ms: Array<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!
    const b = ms[k + 1]
    if (b && a.kind !== "date" && (b.kind === a.kind || (b.kind === "count" && b.unit === null)) &&
      ((LOWER_BOUND.has(a.qualifier) && UPPER_BOUND.has(b.qualifier)) || (UPPER_BOUND.has(a.qualifier) && LOWER_BOUND.has(b.qualifier))) &&
      /^\s*(?:,|and|but|,\s*and|,\s*but)\s*$/i.test(text.slice(a.end, b.start))) {
      const lower = LOWER_BOUND.has(a.qualifier) ? a : b
      const upper = lower === a ? b : a
      if (lower.value !== null && upper.value !== null && lower.value <= upper.value) {
        out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), low: lower.value, high: upper.value, value: (lower.value + upper.value) / 2, qualifier: null, qualifierText: `${a.qualifierText} ... ${b.qualifierText}` })
        k++
        continue
      }
    }
    out.push(a)
  }
  return out
}
