/**
 * One document analysed on its own, the map of an audit: normalise -> split
 * stories -> sentences -> mentions -> claims, quotes, lead sentences, a sketch
 * and event keys per story. The cross-document stages are in Reduce.ts.
 */
import { interner } from "./Intern.js"
import type { SkippedPath, SourceDocument } from "./Document.js"
import { normalize, toOriginal, originalEnd, lineIndex, lineColumn } from "./Normalize.js"
import { splitStories, type Story } from "./Story.js"
import { splitSentences, type Sentence } from "./Sentence.js"
import { readStory, quotedRanges, type RawClaim } from "./Claim.js"
import type { RawQuote } from "./Quote.js"
import { midSentenceCapitals } from "./Entity.js"
import { sketchText, signatureFromHex, signatureToHex, type Signature } from "./Syndication.js"
import type { Tolerances } from "./Fact.js"
import { readDateline } from "./Dateline.js"

export const TOOL = { name: "corroborate", version: "0.1.0" }

/** Sentences per story compared for statements beyond numbers: the headline and the lead. */
const LEAD_SENTENCES = 4

/**
 * Options of an audit: the relative slack allowed between values that agree
 * (`tolerances.relative`, 0 by default: only the rounding of the stated digits).
 *
 * @example
 * ```ts
 * const options: AuditOptions = { tolerances: { relative: 0.01 } }
 * ```
 */
export interface AuditOptions {
  /** How far apart two values may be and still agree. */
  readonly tolerances?: Tolerances
  /** Paths the reader passed over on purpose (hidden folders), listed in the report. */
  readonly skipped?: ReadonlyArray<SkippedPath>
}

/** A claim with its place in the file, as a worker hands it over: plain data, no text beyond the sentence. */
export interface PlacedClaim extends Omit<RawClaim, "sentence"> {
  readonly sentence: string
  readonly sentenceStart: number
  readonly sentenceEnd: number
  readonly line: number
  readonly column: number
}

export interface PlacedQuote extends Omit<RawQuote, "sentence"> {
  readonly sentence: string
  readonly line: number
  readonly column: number
}

/**
 * One document analysed on its own: what a worker returns. Plain, structured-
 * clone friendly data; the text itself is not kept, so memory holds claims and
 * sketches, never the corpus.
 */
export interface AnalysedDocument {
  readonly id: string
  readonly path: string
  /** Characters of the document's text, and of them the ones kept as article (headlines and paragraphs). */
  readonly characters: number
  readonly articleCharacters: number
  readonly title: string | null
  readonly url: string | null
  readonly published: string | null
  readonly outlet: string | null
  readonly stories: ReadonlyArray<{
    readonly index: number
    readonly headline: string | null
    readonly credits: ReadonlyArray<string>
    /** Length of the story's text, to find a page's main story. */
    readonly length: number
    readonly signature: Signature
    readonly shingles: number
    readonly claims: ReadonlyArray<PlacedClaim>
    readonly quotes: ReadonlyArray<PlacedQuote>
    /** Lead sentences, for statements beyond numbers. */
    readonly sentences: ReadonlyArray<string>
    /** What the story reports, as keys for grouping stories into events. */
    readonly event: {
      readonly kind: string
      readonly kinds: ReadonlyArray<string>
      readonly place: string | null
      readonly date: string | null
      readonly label: string
      readonly names: ReadonlyArray<string>
      readonly terms: ReadonlyArray<string>
      readonly words: ReadonlyArray<string>
      readonly wordCounts: ReadonlyArray<number>
    }
  }>
}

const storySentences = (text: string, story: Story): Array<Sentence> => {
  const out: Array<Sentence> = []
  // a dateline ("Market Roundup — Food and Farming, 6 May 2026") is metadata, not a claim-bearing headline
  if (story.headline && readDateline(story.headline.text).published === null)
    out.push({ start: story.headline.start, end: story.headline.end, text: story.headline.text })
  for (const p of story.paragraphs) out.push(...splitSentences(text, p))
  return out
}

/**
 * The headline a page's metadata gives, without the site name after it
 * ("Two hurt in crash - Example News | Local"), unless the text already opens with it.
 */
const titleToRead = (doc: SourceDocument): string | null => {
  const raw = doc.meta.title
  if (!raw) return null
  // (a title longer than any headline is not one to read; the cut also bounds the patterns below)
  let t = raw
    .slice(0, 500)
    .split(/(?<!\s)\s+\|\s+/)[0]!
    .trim()
  const dash = /\s+[-\u2013\u2014]\s+((?:\p{Lu}[\p{L}\d.&']*\s*){1,5})$/u.exec(t)
  if (dash) t = t.slice(0, dash.index)
  if (t.length < 8) return null
  const squash = (x: string) =>
    x
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  return squash(doc.text.slice(0, 600)).includes(squash(t)) ? null : t
}

/** The file's line and column of a text offset, from the last anchor at or before it. */
const anchorAt = (
  map: ReadonlyArray<readonly [number, number, number]>,
  offset: number
): { line: number; column: number } => {
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (map[mid]![0] <= offset) lo = mid
    else hi = mid - 1
  }
  const [t, line, column] = map[lo]!
  return { line, column: column + Math.max(0, offset - t) }
}

export const analyseDocument = (doc: SourceDocument): AnalysedDocument => {
  // the title is the story's headline: read it first, and place its claims on the title's line in the file
  const title = titleToRead(doc)
  const prefix = title === null ? "" : `${title}\n\n`
  const norm = normalize(prefix + doc.text)
  const bodyStartN = prefix === "" ? 0 : norm.text.indexOf("\n\n") + 2
  const dateline =
    doc.meta.published === null || doc.meta.outlet === null ? readDateline(norm.text.slice(bodyStartN)) : null
  const published = doc.meta.published ?? dateline?.published ?? null
  const outlet = doc.meta.outlet ?? dateline?.outlet ?? null
  const stories = splitStories(norm.text, prefix !== "")
  const sentencesByStory = stories.map((s) => storySentences(norm.text, s))
  const capitals = midSentenceCapitals(sentencesByStory.flat().map((s) => s.text))
  const starts = lineIndex(doc.text)
  // positions in the file: original offsets, 1-based line (after front matter) and column
  const place = (startN: number, endN: number) => {
    const start = toOriginal(norm, startN)
    const end = originalEnd(norm, endN)
    const text = norm.original.slice(start, end)
    if (start < prefix.length) {
      const at = doc.titleAt
      return { start, end, line: at?.line ?? doc.bodyLine, column: (at?.column ?? 1) + start, text }
    }
    if (doc.sourceMap && doc.sourceMap.length > 0) {
      const at = anchorAt(doc.sourceMap, start - prefix.length)
      return { start: start - prefix.length, end: end - prefix.length, line: at.line, column: at.column, text }
    }
    const lc = lineColumn(starts, start - prefix.length)
    return {
      start: start - prefix.length,
      end: end - prefix.length,
      line: lc.line + doc.bodyLine - 1,
      column: lc.column,
      text
    }
  }
  const articleCharacters = stories.reduce(
    (n, st) =>
      n +
      (st.headline ? st.headline.end - st.headline.start : 0) +
      st.paragraphs.reduce((k, p) => k + p.end - p.start, 0),
    0
  )
  return {
    id: doc.id,
    path: doc.path,
    characters: doc.text.length,
    articleCharacters: Math.max(0, Math.min(doc.text.length, articleCharacters - prefix.length)),
    title: doc.meta.title,
    url: doc.meta.url,
    published,
    outlet,
    stories: stories.map((story, i) => {
      const sentences = sentencesByStory[i]!
      const quoted = quotedRanges(norm.text, story.paragraphs)
      const paragraphEndOf = (offset: number) =>
        story.paragraphs.find((p) => offset >= p.start && offset < p.end)?.end ?? -1
      const { claims, quotes, event } = readStory({
        text: norm.text,
        sentences,
        quoted,
        published,
        capitals,
        paragraphEndOf
      })
      const text =
        story.paragraphs.map((p) => norm.text.slice(p.start, p.end)).join("\n") || (story.headline?.text ?? "")
      const sketch = sketchText(text)
      return {
        index: story.index,
        headline: story.headline?.text ?? null,
        credits: story.credits,
        length: text.length,
        signature: sketch.signature,
        shingles: sketch.shingles,
        claims: claims.map((c) => ({
          ...c,
          ...place(c.start, c.end),
          sentence: c.sentence.text,
          sentenceStart: Math.max(0, toOriginal(norm, c.sentence.start) - prefix.length),
          sentenceEnd: Math.max(0, originalEnd(norm, c.sentence.end) - prefix.length)
        })),
        quotes: quotes.map((q) => ({ ...q, ...place(q.start, q.end), text: q.text, sentence: q.sentence.text })),
        // the lead carries a story's main assertions; comparing every sentence would cost memory and time at scale
        sentences: sentences.slice(0, LEAD_SENTENCES).map((x) => x.text),
        event: {
          kind: event.kind,
          kinds: event.kinds,
          place: event.place,
          date: event.dateStated ? event.date : null,
          label: event.label,
          names: event.names,
          terms: event.terms,
          words: event.words,
          wordCounts: event.wordCounts
        }
      }
    })
  }
}

/**
 * Shares equal strings between analyses that crossed a thread boundary (a
 * structured clone copies every string): a claim's sentence, a lead sentence
 * and a subject repeat across claims, stories and documents.
 */
export const internAnalysis = (a: AnalysedDocument, table: Map<string, string>): AnalysedDocument => {
  const i = interner(table)
  const n = (s: string | null) => (s === null ? null : i(s))
  return {
    ...a,
    outlet: n(a.outlet),
    published: n(a.published),
    stories: a.stories.map((st) => ({
      ...st,
      sentences: st.sentences.map(i),
      claims: st.claims.map((c) => ({
        ...c,
        sentence: i(c.sentence),
        subject: i(c.subject),
        metric: i(c.metric),
        unit: n(c.unit),
        asOf: n(c.asOf)
      })),
      quotes: st.quotes.map((q) => ({ ...q, sentence: i(q.sentence), speaker: n(q.speaker) }))
    }))
  }
}

/** An analysis as plain JSON, for shards: the signature as hex text. */
export const analysisToJson = (a: AnalysedDocument): unknown => ({
  ...a,
  stories: a.stories.map((s) => ({ ...s, signature: signatureToHex(s.signature) }))
})

/** An analysis read back from a shard line, or what is wrong with it. */
export const analysisFromJson = (v: unknown): AnalysedDocument | { readonly error: string } => {
  if (v === null || typeof v !== "object") return { error: "not a document analysis" }
  const r = v as { id?: unknown; stories?: unknown; error?: unknown }
  if (typeof r.error === "string") return { error: r.error }
  if (typeof r.id !== "string" || !Array.isArray(r.stories))
    return { error: "not a document analysis (needs 'id' and 'stories')" }
  const stories = []
  for (const s of r.stories as Array<Record<string, unknown>>) {
    const sig = typeof s?.["signature"] === "string" ? signatureFromHex(s["signature"]) : null
    if (sig === null) return { error: "a story's 'signature' is not a hex MinHash signature" }
    if (!Array.isArray(s["claims"]) || !Array.isArray(s["quotes"]) || !Array.isArray(s["sentences"]))
      return { error: "a story needs 'claims', 'quotes' and 'sentences' lists" }
    // shards written before events existed carry no event keys: such a story is its own event
    const event = s["event"]
      ? { terms: [], kinds: [], words: [], wordCounts: [], ...(s["event"] as object) }
      : {
          kind: "event",
          kinds: [],
          place: null,
          date: null,
          label: `event, ${String(r.id)}#${String(s["index"])}`,
          names: [],
          terms: [],
          words: [],
          wordCounts: []
        }
    stories.push({ ...s, signature: sig, event })
  }
  return { ...(v as AnalysedDocument), stories: stories as unknown as AnalysedDocument["stories"] }
}
