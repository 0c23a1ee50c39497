/**
 * The extractor on its own: every quantity and date mention in a text, with
 * offsets into the text as given. The same scanner the audit uses, run over
 * each sentence of each paragraph.
 */
import * as Schema from "effect/Schema"
import { measureWord } from "./Unit.js"
import { normalize, originalEnd, toOriginal } from "./Normalize.js"
import { splitSentences } from "./Sentence.js"
import { extractMentions, MAYBE_MENTION, QUALIFIERS, QUANTITY_KINDS, round, type Mention } from "./Quantity.js"
import { REFERENCE_KINDS } from "./Reference.js"

/** A quantity or date mention: its text and offsets, kind, value and bounds, unit, hedge, change, the level it moved from, and a resolved date. */
export const ExtractedMention = Schema.Struct({
  text: Schema.String,
  start: Schema.Number,
  end: Schema.Number,
  /** A quantity kind, or for numbers that are no claim, why: time, phone, address, identifier, score, page. */
  kind: Schema.Literal(...QUANTITY_KINDS, ...REFERENCE_KINDS),
  value: Schema.NullOr(Schema.Number),
  low: Schema.NullOr(Schema.Number),
  high: Schema.NullOr(Schema.Number),
  /** Whether `low` and `high` are a range the text states ("14-18 mpg", "between 3 and 4") rather than the bounds a hedge implies ("about 20"). */
  range: Schema.Boolean,
  unit: Schema.NullOr(Schema.String),
  qualifier: Schema.NullOr(Schema.Literal(...QUALIFIERS)),
  change: Schema.NullOr(Schema.Literal("up", "down")),
  /** The level a change started from: "rose from 240 to 273" is one mention, 273 from 240. */
  from: Schema.NullOr(Schema.Number),
  date: Schema.NullOr(Schema.String),
  precision: Schema.NullOr(Schema.Literal("day", "month", "year")),
  /** A relative date ("last month", "on Tuesday"), computed from the publication date. */
  relative: Schema.Boolean,
  /** False for a relative date that could not be resolved (no publication date given). */
  resolved: Schema.Boolean
})
export type ExtractedMention = typeof ExtractedMention.Type

/** Paragraphs: blocks between blank lines, and single lines that end a sentence. */
const paragraphs = (text: string): Array<{ start: number; end: number }> => {
  const out: Array<{ start: number; end: number }> = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const line = text.slice(start, i)
      if (line.trim() !== "") {
        const prev = out[out.length - 1]
        // a line that does not end a sentence continues into the next one (hard-wrapped text)
        if (
          prev &&
          !/[.!?:"')\]]\s*$/.test(text.slice(prev.start, prev.end)) &&
          /^\s*[a-z0-9(]/.test(line) &&
          prev.end === start - 1
        )
          prev.end = i
        else out.push({ start, end: i })
      }
      start = i + 1
    }
  }
  return out
}

const asStated = (m: Mention, x: number | null): number | null =>
  m.stated === null || x === null ? x : round(x / m.stated.factor)

/** Ages have their own units, apart from durations and calendar years: "year of age", "month of age". */
const unitOf = (m: Mention): string | null => {
  if (m.kind === "age" && m.unit !== null) return `${m.unit} of age`
  if (m.stated !== null && m.unit !== null)
    return m.kind === "money" ? m.unit.replace(/^[A-Z]{3}/, m.stated.unit) : m.stated.unit
  // a count's unit is the thing counted as written, with its modifiers: "heart transplants", "first-team players"
  // (a unit of measure stands alone: "517 rushing yards" are yards)
  if (m.kind === "count" && m.unit !== null && m.modifiers.length > 0 && measureWord(m.unit) === undefined)
    return [...m.modifiers, m.unit].join(" ")
  return m.unit
}

export const extract = (text: string, published: string | null = null): ReadonlyArray<ExtractedMention> => {
  const norm = normalize(text)
  const out: Array<ExtractedMention> = []
  for (const p of paragraphs(norm.text)) {
    // a paragraph with nothing that could be a mention needs no sentence splitting
    if (!MAYBE_MENTION.test(norm.text.slice(p.start, p.end))) continue
    for (const s of splitSentences(norm.text, p)) {
      const ms = extractMentions(s.text, published)
      for (const m of ms) {
        const started =
          m.earlier === null
            ? undefined
            : ms.find((e) => e.role === "earlier" && e.value === m.earlier && e.end <= m.start)
        // the start of a change is folded into the level it reached
        if (m.role === "earlier" && ms.some((n) => n.earlier === m.value && n.start >= m.end)) continue
        const start = toOriginal(norm, s.start + (started ?? m).start)
        const end = originalEnd(norm, s.start + m.end)
        out.push({
          text: text.slice(start, end),
          start,
          end,
          kind: m.kind,
          // a minor currency unit is given as written (whose cents they are, the text often does not say), a fraction as the fraction
          value: asStated(m, m.value),
          low: asStated(m, m.low),
          high: asStated(m, m.high),
          range: m.range === true,
          unit: unitOf(m),
          qualifier: m.qualifier,
          change: m.change,
          from: m.earlier,
          date: m.date,
          precision: m.precision,
          relative: m.relative,
          resolved: !m.unresolved
        })
      }
    }
  }
  return out
}
