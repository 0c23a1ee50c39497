/**
 * A quantity restated in other units in brackets: "just under 296 hp (224 kW /
 * 300 PS)", "dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)",
 * "7.5 million crowns (US $1.1 million)". The restatement says the same thing,
 * so it carries the hedge and the direction of change of what it restates.
 *
 * A refiner over one sentence's mentions, after the scanner.
 */
import { hedgedBounds, type Mention } from "./Quantity.js"

/** Between a quantity and its restatement: an opening bracket, or a slash inside one. */
const OPENS = /^\s*[([]\s*$/
const NEXT = /^\s*[/,;]\s*$/
const CONVERTIBLE = new Set(["money", "measure", "duration", "percent"])

const inherit = (b: Mention, a: Mention): Mention => {
  const ranged = b.low !== b.high
  const bounds = ranged || b.value === null ? { low: b.low, high: b.high } : hedgedBounds(b.value, b.step, a.qualifier)
  return { ...b, qualifier: a.qualifier, qualifierText: a.qualifierText, change: a.change, ...bounds }
}

/** The mentions of a sentence with bracketed restatements hedged and directed as what they restate. */
export const refineConversions = (text: string, mentions: ReadonlyArray<Mention>): ReadonlyArray<Mention> => {
  let out: Array<Mention> | null = null
  let source: Mention | null = null
  for (let k = 1; k < mentions.length; k++) {
    const a = (out ?? mentions)[k - 1]!
    const b = mentions[k]!
    const gap = text.slice(a.end, b.start)
    if (OPENS.test(gap)) source = a
    else if (!(source !== null && NEXT.test(gap) && !text.slice(source.end, a.start).includes(")"))) source = null
    if (source === null || !CONVERTIBLE.has(source.kind) || !CONVERTIBLE.has(b.kind) || b.unit === source.unit) continue
    if (b.qualifier !== null || b.change !== null || (source.qualifier === null && source.change === null)) continue
    out ??= [...mentions]
    out[k] = inherit(b, source)
  }
  return out ?? mentions
}
