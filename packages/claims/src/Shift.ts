/**
 * A level that moved: "rose from 240 to 273", "dropped since October from $75
 * a barrel to $45.88", "slowed from 4.8 to 4.7 percent". The first number is
 * where the level started (role "earlier") and the second the level it reached,
 * which then carries the first as `earlier`; a bare second number takes the
 * first one's unit ("from 208 pounds to 193").
 *
 * A refiner over one sentence's mentions, run after the scanner: the scanner
 * pairs the adjacent "from X to Y"; this pairs the ones with words between
 * ("from $36,040 at 10.45pm to $34,935") and the ones the scanner read apart.
 */
import { shiftBefore } from "./Change.js"
import type { Mention } from "./Quantity.js"

const FROM_BEFORE = /\bfrom\s+$/i
/** What may stand between the two levels: a short adverbial ending in "to". */
const GAP = /^(?:[^;.!?]|\.(?=\d)){0,48}?(?:^|\s)to\s+$/
const INERT = new Set(["date", "time", "year"])

const compatible = (a: Mention, b: Mention): boolean =>
  a.unit === b.unit ||
  (b.unit === null && b.kind === "count") ||
  (a.unit === null && a.kind === "count" && b.kind !== "money")

/** The mentions of a sentence (in text order) with the levels a change moved between paired. */
export const refineShifts = (text: string, mentions: ReadonlyArray<Mention>): ReadonlyArray<Mention> => {
  let out: Array<Mention> | null = null
  for (let k = 0; k < mentions.length; k++) {
    const a = (out ?? mentions)[k]!
    if (INERT.has(a.kind) || a.role === "earlier" || a.value === null) continue
    const before = text.slice(Math.max(0, a.start - 80), a.start)
    if (!FROM_BEFORE.test(before) || !shiftBefore(before.replace(FROM_BEFORE, ""))) continue
    let j = k + 1
    while (j < mentions.length && INERT.has(mentions[j]!.kind)) j++
    const b = mentions[j]
    if (
      !b ||
      b.value === null ||
      b.earlier !== null ||
      b.low !== b.high ||
      !GAP.test(text.slice(a.end, b.start)) ||
      !compatible(a, b)
    )
      continue
    const unit = a.unit ?? b.unit
    const kind = a.unit === null ? b.kind : a.kind
    const modifiers = a.unit === null ? b.modifiers : a.modifiers
    out ??= [...mentions]
    // a range it started from is kept as stated ("from about 14-18 mpg to 24"); the level still takes its unit
    if (a.low !== a.high) {
      out[j] = { ...b, unit, kind, modifiers }
      continue
    }
    out[k] = { ...a, role: "earlier", unit, kind, modifiers }
    out[j] = { ...b, unit, kind, modifiers, earlier: a.value, change: null }
  }
  return out ?? mentions
}
