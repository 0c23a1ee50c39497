/**
 * A figure whose unit the sentence leaves out because a parallel figure before
 * it gave one: "the index rose by 2 percent but the other fell by 1", "one
 * ended at 1,463.78 points, while the other ... ended at 1,334.20". The bare
 * figure takes the unit of the nearest earlier figure that stands in the same
 * slot: after the same preposition, or after a verb of change when it does, or
 * of the clause before "and".
 * Only units of scores and shares are carried (percent, points, basis points):
 * a count's noun is said again when it is meant ("3 cars and 2 vans"). The one
 * exception is the second bound of "from 14-18 mpg to 24", which any unit reaches.
 */
import type { Mention } from "./Quantity.js"

/** Units a market or poll report states once for a run of parallel figures. */
const CARRIED = new Set(["percent", "points", "point", "bp", "pp", "percentage points", "deg"])
const PREPOSITIONS = new Set(["by", "at", "to", "from"])
const CHANGE_VERBS = new Set(
  "rose rise rises fell fall falls gained gain gains lost lose loses added shed dropped climbed slipped jumped declined decreased decrease increased increase slid sank soared tumbled eased up down".split(
    " "
  )
)
/** Farther apart than this, two figures are not one sentence's parallel clauses. */
const REACH = 200

/** The slot a figure stands in: the preposition before it, or "change" after a verb of change. */
const slotOf = (text: string, start: number): string | null => {
  // the word before, read backwards past spaces and commas (a regex anchored at the end would backtrack)
  let end = start
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === ",")) end--
  let from = end
  while (from > 0 && end - from < 30 && /\p{L}/u.test(text[from - 1]!)) from--
  if (from === end) return null
  const word = text.slice(from, end).toLowerCase()
  if (PREPOSITIONS.has(word) || word === "and") return word
  return CHANGE_VERBS.has(word) ? "change" : null
}

const bare = (m: Mention): boolean =>
  m.kind === "count" &&
  m.unit === null &&
  m.value !== null &&
  m.modifiers.length === 0 &&
  // a year in the clause ("by 2030") keeps no unit
  !(Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100)

/** "from about 14-18 mpg to 24": the second bound of a from-to pair is in the unit of the first, whatever the unit. */
const fromTo = (text: string, e: Mention, m: Mention): boolean =>
  e.unit !== null && /^\s+to\s+$/.test(text.slice(e.end, m.start)) && slotOf(text, e.start) === "from"

/**
 * "raised 280 million of the 1.5 billion shekels", "12 of its 40 stores": a part in the unit of its
 * whole, when the whole counts things or money ("five of the three-ton satellites" are no tons).
 */
const partOf = (text: string, m: Mention, whole: Mention | undefined): whole is Mention =>
  whole !== undefined &&
  whole.unit !== null &&
  (whole.kind === "count" || whole.kind === "money") &&
  /^\s+of\s+(?:the|its|their|his|her|our|a total of)\s+$/.test(text.slice(m.end, whole.start))

/** "given 45 and 50 mg", "in 3 or 4 weeks": a figure that shares the measure stated after the next one. */
const sharesNext = (text: string, m: Mention, next: Mention | undefined): next is Mention =>
  next !== undefined &&
  next.unit !== null &&
  (next.kind === "measure" || next.kind === "duration" || next.kind === "money") &&
  /^[\d.]/.test(next.text) &&
  /^\s+(?:and|or)\s+$/.test(text.slice(m.end, next.start))

export const refineElidedUnits = (text: string, mentions: ReadonlyArray<Mention>): ReadonlyArray<Mention> => {
  let out: Array<Mention> | null = null
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    if (!bare(m)) continue
    const whole = mentions[k + 1]
    if (partOf(text, m, whole) || sharesNext(text, m, whole)) {
      out ??= [...mentions]
      out[k] = { ...m, unit: whole.unit, kind: whole.kind, modifiers: whole.modifiers }
      continue
    }
    if (k === 0) continue
    const before = (out ?? mentions)[k - 1]!
    if (fromTo(text, before, m)) {
      out ??= [...mentions]
      out[k] = { ...m, unit: before.unit, kind: before.kind }
      continue
    }
    const slot = slotOf(text, m.start)
    if (slot === null) continue
    for (let j = k - 1; j >= 0; j--) {
      const e = (out ?? mentions)[j]!
      if (m.start - e.end > REACH || /[.!?]\s/.test(text.slice(e.end, m.start))) break
      // after "and" the nearest figure before is the parallel one, whatever its slot: "-1.4 degrees in 2018 and 2.1
      // last year" (dates and years between are no figures of the clause)
      if (slot === "and" && (e.kind === "date" || e.kind === "year" || e.kind === "time")) continue
      if (slot === "and" && (e.unit === null || !CARRIED.has(e.unit))) break
      if (e.unit === null || !CARRIED.has(e.unit) || (slot !== "and" && slotOf(text, e.start) !== slot)) continue
      out ??= [...mentions]
      out[k] = { ...m, unit: e.unit, kind: e.kind }
      break
    }
  }
  return out ?? mentions
}
