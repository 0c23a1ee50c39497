/**
 * Ages of people: "a 23-year-old man", "23 years old", "10 years of age",
 * "aged 23", "at age 23", and the appositive "Smith, 23,". An age belongs to a
 * person, not to the event, and is never a duration.
 *
 * A refiner over the scanner's mentions: it changes the kind of mentions the
 * scanner read as a duration or a bare number, and reads nothing new.
 */
import type { Mention } from "./Quantity.js"
import { MONTHS_AND_DAYS } from "./Entity.js"

/** Years or months followed by "old" / "of age" ("23-year-old", "6 months old"). */
const AGE_AFTER = /^(?:-|\s)?old\b|^\s+of\s+age\b/i
const YEAR_UNITS = /^(?:years?|yrs?|y)$/
const MONTH_UNITS = /^(?:months?|mos?)$/
/** "aged 23", "age 23", "ages 17 and 19", "at the age of 23". */
const AGE_BEFORE = /\b(?:aged|ages?|age of)\s+$/i
/** "turned 35", "she will be 40", "he was 17": a person's years given with a verb. */
const VERB_BEFORE = /\b(?:turns|turned|turning|(?:he|she)\s+(?:is|was|will be|would be|would have been))\s+$/i
/** "life expectancy for men is around 73": an age, hedged or not. */
const LIFE_BEFORE = /\blife expectancy\b[^.;]{0,40}$/i
/** A name (or a closing bracket of one) then a comma: "Smith, 23," and "Ilse Brandvold, 41." */
const APPOSITIVE_BEFORE = /(?:(?<![\p{L}'.-])\p{Lu}[\p{L}'.-]*|\))\s*,\s*$/u
/** Capitalised words before "<word>, 23" that are no name: a day or month, or a sentence adverb. */
const NOT_A_NAME = /(?:^|\s)(\p{Lu}\p{Ll}+)\.?\s*,\s*$/u
const notAName = (before: string): boolean => {
  const word = NOT_A_NAME.exec(before)?.[1]
  return (
    word !== undefined &&
    (MONTHS_AND_DAYS.test(word) || /^(?:Today|Yesterday|However|Meanwhile|Also|Overall|Instead|Still)$/.test(word))
  )
}
const APPOSITIVE_AFTER = /^\s*(?:[,;)\u2014\u2013]|--?\s|\.(?:\s|$)|(?<=\s)(?:and|of|from|who|was|is)\b)/

const asAge = (m: Mention, unit: "year" | "month"): Mention => ({ ...m, kind: "age", unit })

const plainInteger = (m: Mention): boolean =>
  m.kind === "count" &&
  m.unit === null &&
  m.value !== null &&
  Number.isInteger(m.value) &&
  m.value >= 1 &&
  m.value <= 120 &&
  m.qualifier === null &&
  m.low === m.high &&
  /^\d{1,3}$/.test(m.text)

/** The mentions of a sentence with the ages among them marked as such. */
export const refineAges = (text: string, mentions: ReadonlyArray<Mention>): ReadonlyArray<Mention> => {
  let out: Array<Mention> | null = null
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    let age: Mention | null = null
    if (m.kind === "duration" && m.unit !== null) {
      const after = text.slice(m.end, m.end + 12)
      const written = /-old$|\bold$/i.test(m.text) || AGE_AFTER.test(after)
      if (written && YEAR_UNITS.test(m.unit)) age = asAge(m, "year")
      else if (written && MONTH_UNITS.test(m.unit)) age = asAge(m, "month")
    } else if (plainInteger(m)) {
      const before = text.slice(Math.max(0, m.start - 40), m.start)
      const after = text.slice(m.end, m.end + 8)
      if (
        AGE_BEFORE.test(before) ||
        VERB_BEFORE.test(before) ||
        (APPOSITIVE_BEFORE.test(before) &&
          APPOSITIVE_AFTER.test(after) &&
          !/\d\s*,\s*$/.test(before) &&
          !notAName(before))
      )
        age = asAge(m, "year")
    }
    // life expectancy is given hedged as often as not ("around 73")
    if (
      age === null &&
      m.kind === "count" &&
      m.unit === null &&
      m.value !== null &&
      m.value >= 30 &&
      m.value <= 120 &&
      LIFE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))
    )
      age = asAge(m, "year")
    if (age !== null) {
      out ??= [...mentions]
      out[k] = age
    }
  }
  return out ?? mentions
}
