/**
 * The extractor on its own: every quantity and date mention in a text, with
 * offsets into the text as given. The same scanner the audit uses, run over
 * each sentence of each paragraph.
 */
import { countedThing } from "./Metric.js"
import { Schema } from "effect"
import { normalize, originalEnd, toOriginal } from "./Normalize.js"
import { splitSentences } from "./Sentence.js"
import { extractMentions, MAYBE_MENTION } from "./Quantity.js"

export const ExtractedMention = Schema.Struct({
  text: Schema.String,
  start: Schema.Number,
  end: Schema.Number,
  /** A quantity kind, or for numbers that are no claim, why: time, phone, address, identifier, score, page. */
  kind: Schema.Literal("money", "percent", "count", "measure", "year", "date", "duration", "age", "ordinal", "time", "phone", "address", "identifier", "score", "page"),
  value: Schema.NullOr(Schema.Number),
  low: Schema.NullOr(Schema.Number),
  high: Schema.NullOr(Schema.Number),
  unit: Schema.NullOr(Schema.String),
  qualifier: Schema.NullOr(Schema.Literal("about", "at least", "more than", "at most", "less than", "nearly", "up to")),
  change: Schema.NullOr(Schema.Literal("up", "down")),
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
        if (prev && !/[.!?:"')\]]\s*$/.test(text.slice(prev.start, prev.end)) && /^\s*[a-z0-9(]/.test(line) && prev.end === start - 1) prev.end = i
        else out.push({ start, end: i })
      }
      start = i + 1
    }
  }
  return out
}

export const extract = (text: string, published: string | null = null): ReadonlyArray<ExtractedMention> => {
  const norm = normalize(text)
  const out: Array<ExtractedMention> = []
  for (const p of paragraphs(norm.text)) {
    // a paragraph with nothing that could be a mention needs no sentence splitting
    if (!MAYBE_MENTION.test(norm.text.slice(p.start, p.end))) continue
    for (const s of splitSentences(norm.text, p)) {
      for (const m of extractMentions(s.text, published)) {
        const start = toOriginal(norm, s.start + m.start)
        const end = originalEnd(norm, s.start + m.end)
        out.push({
          text: text.slice(start, end),
          start,
          end,
          kind: m.kind,
          value: m.value,
          low: m.low,
          high: m.high,
          // a count's unit is the thing counted with the nouns that make it: "heart transplants", "shipping containers"
          unit: m.kind === "count" && m.unit !== null && m.modifiers.length > 0 ? countedThing(m.unit, m.modifiers) : m.unit,
          qualifier: m.qualifier,
          change: m.change,
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
