/**
 * The whole analysis of a corpus, as one pure function: documents in, the
 * audit result out. Stages, in order: normalise -> split stories -> sentences ->
 * mentions -> claims -> origins (syndication) -> facts -> findings.
 */
import type { SkippedPath, SourceDocument, UnreadableDocument } from "./Document.js"
import { normalize, toOriginal, originalEnd, lineIndex, lineColumn } from "./Normalize.js"
import { splitStories, type Story } from "./Story.js"
import { splitSentences, type Sentence } from "./Sentence.js"
import { readStory, quotedRanges, type RawClaim } from "./Claim.js"
import { matchQuotes, type KeyedQuote, type RawQuote } from "./Quote.js"
import { groupStatements, type KeyedSentence } from "./Statement.js"
import { midSentenceCapitals } from "./Entity.js"
import {
  findOrigins,
  sketchText,
  signatureFromHex,
  signatureToHex,
  type Signature,
  type StorySketch
} from "./Syndication.js"
import { groupEvents, type StoryEventKeys } from "./EventGroup.js"
import { isUnnamedPerson } from "./NewsFrames.js"
import { joinUnnamedAges } from "./UnnamedPerson.js"
import { buildFacts, isoDay, defaultTolerances, normaliseName, subjectAliases, type Tolerances } from "./Fact.js"
import { readDateline } from "./Dateline.js"
import { stableId } from "./Hash.js"
import type { AuditReport, ClaimReport, ConflictReport, DocumentReport, QuoteOccurrence } from "./Report.js"

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
  const stories = splitStories(norm.text)
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
          terms: event.terms
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
  const i = (s: string): string => {
    const hit = table.get(s)
    if (hit !== undefined) return hit
    table.set(s, s)
    return s
  }
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
      ? { terms: [], kinds: [], ...(s["event"] as object) }
      : {
          kind: "event",
          kinds: [],
          place: null,
          date: null,
          label: `event, ${String(r.id)}#${String(s["index"])}`,
          names: [],
          terms: []
        }
    stories.push({ ...s, signature: sig, event })
  }
  return { ...(v as AnalysedDocument), stories: stories as unknown as AnalysedDocument["stories"] }
}

/**
 * Each side of a disagreement with what a reviewer needs to judge it: every
 * claim's sentence, document, outlet and publication day; and a reason that
 * says why the sides were compared (same holder, property and time).
 */
const withEvidence = <
  A extends {
    readonly subject: string
    readonly metric: string
    readonly asOf: string | null
    readonly reason: string
    readonly values: ReadonlyArray<ConflictReport["values"][number]>
  }
>(
  found: ReadonlyArray<A>,
  lookups: () => { claimById: ReadonlyMap<string, ClaimReport>; docById: ReadonlyMap<string, DocumentReport> }
): Array<A> => {
  if (found.length === 0) return []
  const { claimById, docById } = lookups()
  return found.map((x) => {
    const values = x.values.map((v) => ({
      ...v,
      evidence: v.claims.map((id) => {
        const c = claimById.get(id)!
        const d = docById.get(c.document)
        return {
          claim: id,
          document: c.document,
          outlet: d?.outlet ?? null,
          published: d?.published ?? null,
          line: c.line,
          text: c.text,
          sentence: c.sentence
        }
      })
    }))
    const first = claimById.get(x.values[0]!.claims[0]!)
    const holder =
      first?.holderKind === "event" ? "same event" : first?.holderKind === "person" ? "same person" : "same holder"
    const when = x.asOf === null ? "a value that does not change" : `both as of ${x.asOf}`
    return { ...x, values, reason: `${x.reason} (${holder} "${x.subject}", same property ${x.metric}, ${when})` }
  })
}

/** Which occurrence of the same content within a document this is (1, 2, ...): part of a stable id. */
const occurrence = (seen: Map<string, number>, base: string): number => {
  const n = (seen.get(base) ?? 0) + 1
  seen.set(base, n)
  return n
}

const byId = <A extends { id: string }>(a: A, b: A) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** A holder named in the stories of this many incidents or more is a recurring one: a platform, an agency, a hospital. */
const RECURRING_EVENTS = 3
/** Happenings whose organisations stand by (police, hospitals, fundraisers), unlike a deal or a launch, which are theirs. */
const INCIDENTS = new Set([
  "shooting",
  "stabbing",
  "explosion",
  "crash",
  "fire",
  "disaster",
  "attack",
  "robbery",
  "killing",
  "case"
])

/**
 * A fundraising page, a police department or a hospital turns up in the stories
 * of many incidents, and its figures in one event say nothing of another's ("the
 * GoFundMe page has raised $8,000"): such a holder's claims are held within
 * their event, as the unnamed persons are.
 */
const scopeRecurringHolders = (
  claims: Array<{ subject: string }>,
  eventOf: ReadonlyMap<number, { readonly id: string; readonly label: string }>
): void => {
  const events = new Map<string, Set<string>>()
  for (const [k, e] of eventOf) {
    const name = normaliseName(claims[k]!.subject).toLowerCase()
    let set = events.get(name)
    if (!set) events.set(name, (set = new Set()))
    set.add(e.id)
  }
  for (const [k, e] of eventOf) {
    const c = claims[k]!
    if (events.get(normaliseName(c.subject).toLowerCase())!.size >= RECURRING_EVENTS)
      c.subject = `${c.subject} (${e.label})`
  }
}

export const audit = (
  documents: ReadonlyArray<SourceDocument>,
  unreadable: ReadonlyArray<UnreadableDocument>,
  options: AuditOptions = {}
): AuditReport => assemble(documents.map(analyseDocument), unreadable, options)

/**
 * Cross-document stages over documents analysed one by one (possibly in
 * parallel). Each analysis is let go as soon as its claims, quotes and lead
 * sentences are taken, so a caller that hands over its only reference to the
 * list does not hold a large corpus's analyses and its report at once.
 */
export const assemble = (
  analysedIn: ReadonlyArray<AnalysedDocument>,
  unreadable: ReadonlyArray<UnreadableDocument>,
  options: AuditOptions = {}
): AuditReport => {
  const analysed: Array<AnalysedDocument | undefined> = [...analysedIn].sort(byId)
  analysedIn = []
  const origins = findOrigins(
    analysed.flatMap((a) =>
      a!.stories.map(
        (s): StorySketch => ({
          document: a!.id,
          story: s.index,
          signature: s.signature,
          shingles: s.shingles,
          outlet: a!.outlet,
          published: a!.published,
          credits: s.credits
        })
      )
    )
  )
  const originOf = new Map(origins.map((o) => [`${o.document}\u0000${o.story}`, o]))
  // events across documents, before claims are built: an event-held claim takes its event's label
  const { events, eventOf } = groupEvents(
    analysed.flatMap((a) =>
      a!.stories.map(
        (s): StoryEventKeys => ({
          document: a!.id,
          story: s.index,
          published: a!.published,
          outlet: a!.outlet,
          kind: s.event.kind,
          kinds: s.event.kinds,
          place: s.event.place,
          date: s.event.date,
          label: s.event.label,
          names: s.event.names,
          terms: s.event.terms,
          copyOf: originOf.get(`${a!.id}\u0000${s.index}`)?.copyOf ?? null
        })
      )
    )
  )

  // one pass over the documents: claims (each built once, as its report entry; its fact is
  // filled in once facts are built), quotes, lead sentences and the document entries
  const claims: Array<{ -readonly [K in keyof ClaimReport]: ClaimReport[K] }> = []
  // the event of the story each organisation's claim was read in (by claim position)
  const storyEventOf = new Map<number, { readonly id: string; readonly label: string; readonly kind: string }>()
  const keyedQuotes: Array<KeyedQuote & { raw: PlacedQuote; story: number }> = []
  const statementInput: Array<KeyedSentence> = []
  const docs: Array<DocumentReport> = []
  for (let i = 0; i < analysed.length; i++) {
    const a = analysed[i]!
    analysed[i] = undefined
    const seenClaims = new Map<string, number>()
    const seenQuotes = new Map<string, number>()
    const stories: Array<DocumentReport["stories"][number] & { length: number }> = []
    for (const s of a.stories) {
      const o = originOf.get(`${a.id}\u0000${s.index}`)!
      const origin = o.origin
      const event = eventOf.get(`${a.id}\u0000${s.index}`)!
      for (const c of s.claims) {
        const eventHeld = c.holderKind === "event" && c.subject === s.event.label
        // a person the story does not name ("a 19-year-old man") is someone of this event, never the same as another event's
        const unnamed = c.holderKind === "person" && isUnnamedPerson(c.subject)
        const base = [a.id, c.sentence.replace(/\s+/g, " "), c.text, c.subject, c.metric].join("\u0001")
        const n = occurrence(seenClaims, base)
        if (!eventHeld && c.holderKind !== "person" && INCIDENTS.has(event.kind)) storyEventOf.set(claims.length, event)
        claims.push({
          id: stableId("claim", base, n),
          document: a.id,
          story: s.index,
          start: c.start,
          end: c.end,
          line: c.line,
          column: c.column,
          text: c.text,
          sentence: c.sentence,
          sentenceStart: c.sentenceStart,
          sentenceEnd: c.sentenceEnd,
          subject: eventHeld ? event.label : unnamed ? `${c.subject} (${event.label})` : c.subject,
          holderKind: c.holderKind,
          event: eventHeld ? event.id : null,
          metric: c.metric,
          propertyFrom: c.generic ? "words" : "lexicon",
          counted: c.counted,
          predicate: c.predicate,
          scope: c.scope,
          role: c.role,
          metricClass: c.metricClass,
          kind: c.kind,
          value: c.unit === "date" ? null : c.value,
          low: c.unit === "date" ? null : c.low,
          high: c.unit === "date" ? null : c.high,
          unit: c.unit,
          date: c.unit === "date" ? isoDay(c.value) : null,
          qualifier: c.qualifier,
          change: c.change,
          step: c.step,
          asOf: c.asOf,
          asOfStated: c.asOfStated,
          origin,
          fact: ""
        })
      }
      for (const q of s.quotes) {
        const base = [a.id, q.speaker ?? "", q.text].join("\u0001")
        const n = occurrence(seenQuotes, base)
        keyedQuotes.push({
          id: stableId("quoted", base, n),
          document: a.id,
          origin,
          speaker: q.speaker,
          text: q.text,
          raw: q,
          story: s.index
        })
      }
      for (const text of s.sentences) statementInput.push({ document: a.id, origin, text })
      stories.push({
        index: s.index,
        headline: s.headline,
        origin,
        copyOf: o.copyOf,
        claims: s.claims.length,
        length: s.length
      })
    }
    // a page republishes a document when its main story (the longest) is a copy
    const main = stories.reduce<(typeof stories)[number] | undefined>(
      (best, st) => (best === undefined || st.length > best.length ? st : best),
      undefined
    )
    docs.push({
      id: a.id,
      path: a.path,
      characters: a.characters,
      articleCharacters: a.articleCharacters,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      url: a.url,
      origin: main?.origin ?? a.outlet ?? a.id,
      copyOf: main?.copyOf?.document ?? null,
      stories: stories.map(({ length: _, ...st }) => st),
      status: stories.length === 0 ? "error" : "ok",
      error: stories.length === 0 ? "no article text found (the document is empty or all site chrome)" : null
    })
  }
  for (const u of unreadable) {
    docs.push({
      id: u.id,
      path: u.path,
      characters: 0,
      articleCharacters: 0,
      outlet: null,
      title: null,
      published: null,
      url: null,
      origin: null,
      copyOf: null,
      stories: [],
      status: "error",
      error: u.error
    })
  }
  docs.sort(byId)
  scopeRecurringHolders(claims, storyEventOf)
  joinUnnamedAges(claims)
  const { facts, conflicts, inconsistencies, updates, factOf } = buildFacts(
    claims,
    options.tolerances ?? defaultTolerances
  )
  // claims and documents by id, built once and only when some disagreement needs its evidence
  let lookups: { claimById: ReadonlyMap<string, ClaimReport>; docById: ReadonlyMap<string, DocumentReport> } | null =
    null
  const evidenceOf = () =>
    (lookups ??= { claimById: new Map(claims.map((c) => [c.id, c])), docById: new Map(docs.map((d) => [d.id, d])) })
  for (const c of claims) c.fact = factOf.get(c.id)!
  claims.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || byId(a, b)))

  // quotes: speakers meet across documents on the same aliases as subjects
  const speakerAliases = subjectAliases([
    ...claims.map((k) => k.subject),
    ...keyedQuotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker]))
  ])
  const quotes = matchQuotes(keyedQuotes, speakerAliases)
  const quoteOf = new Map<string, string>()
  for (const q of quotes) for (const v of q.variants) for (const id of v.quotes) quoteOf.set(id, q.id)
  const statements = groupStatements(statementInput)

  const quoteOccurrences: Array<QuoteOccurrence> = keyedQuotes
    .map((k) => ({
      id: k.id,
      document: k.document,
      story: k.story,
      start: k.raw.start,
      end: k.raw.end,
      line: k.raw.line,
      column: k.raw.column,
      speaker: k.speaker === null ? null : (speakerAliases.get(k.speaker) ?? k.speaker),
      text: k.text,
      sentence: k.raw.sentence,
      origin: k.origin,
      quote: quoteOf.get(k.id)!
    }))
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || byId(a, b)))

  return {
    tool: TOOL,
    summary: {
      documents: docs.length,
      unreadable: docs.filter((d) => d.status === "error").length,
      stories: docs.reduce((n, d) => n + d.stories.length, 0),
      events: events.length,
      claims: claims.length,
      facts: facts.length,
      corroborated: facts.filter((f) => f.status === "corroborated").length,
      singleSource: facts.filter((f) => f.status === "single-source").length,
      conflicts: conflicts.length,
      inconsistencies: inconsistencies.length,
      quotes: quotes.length,
      misquotes: quotes.filter((q) => q.status === "misquote").length,
      attributionConflicts: quotes.filter((q) => q.status === "attribution-conflict").length,
      updates: updates.length,
      statements: statements.length
    },
    documents: docs,
    events: events.map((e) => ({
      id: e.id,
      label: e.label,
      kind: e.kind,
      date: e.date,
      places: [...e.places],
      documents: [...e.documents],
      stories: e.stories.map((r) => ({ ...r }))
    })),
    facts: [...facts],
    conflicts: withEvidence(conflicts, evidenceOf),
    inconsistencies: withEvidence(inconsistencies, evidenceOf),
    updates: [...updates],
    quotes: quotes.map((q) => ({
      ...q,
      documents: [...q.documents],
      origins: [...q.origins],
      variants: q.variants.map((v) => ({ ...v, documents: [...v.documents], quotes: [...v.quotes] }))
    })),
    statements: statements.map((st) => ({
      ...st,
      documents: [...st.documents],
      origins: [...st.origins],
      sentences: [...st.sentences]
    })),
    claims,
    quoteOccurrences,
    skipped: [...(options.skipped ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
}
