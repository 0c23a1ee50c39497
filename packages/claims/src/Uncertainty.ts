/**
 * A figure with its uncertainty: "12 ± 2 kg", "9.83e-3 +/- 1e-5 km/s2". The
 * scanner reads the two numbers apart; this joins them into one figure whose
 * bounds are the value less and plus the uncertainty, in the unit either gives.
 */
import type { Mention } from "./Quantity.js"

const PLUS_MINUS = /^\s*(?:±|\+\/-|\+-)\s*$/

export const refineUncertainty = (text: string, mentions: ReadonlyArray<Mention>): ReadonlyArray<Mention> => {
  let out: Array<Mention> | null = null
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = (out ?? mentions)[k]!
    const b = mentions[k + 1]!
    if (a.value === null || b.value === null || b.value < 0 || !PLUS_MINUS.test(text.slice(a.end, b.start))) continue
    if (a.unit !== null && b.unit !== null && a.unit !== b.unit) continue
    const unit = a.unit ?? b.unit
    const kind = a.unit !== null ? a.kind : b.kind
    out ??= [...mentions]
    out.splice(k, 2, {
      ...a,
      end: b.end,
      text: text.slice(a.start, b.end),
      unit,
      kind,
      low: a.value - b.value,
      high: a.value + b.value,
      range: true
    })
  }
  return out ?? mentions
}
