/**
 * The cross-document stages of an audit, over documents analysed one by one:
 * copies and events (`crossDocument`), each document's report entries
 * (`documentEntries`), holders scoped to their event, facts, quotes and
 * statements. `assemble` runs them over analyses held in memory; a partitioned
 * reduce runs the same stages over analyses spilled to disk, in the same order,
 * and writes the same report.
 */
import type { UnreadableDocument } from "./Document.js"
import type { KeyedQuote, QuoteFinding } from "./Quote.js"
import type { KeyedSentence, StatementFinding } from "./Statement.js"
import { findOrigins, type StoryOrigin, type StorySketch } from "./Syndication.js"
import { groupEvents, type EventGroup, type StoryEventKeys } from "./EventGroup.js"
import { isUnnamedPerson } from "./NewsFrames.js"
import { isoDay, normaliseName } from "./Fact.js"
import { stableId } from "./Hash.js"
import type { AnalysedDocument, PlacedQuote } from "./Audit.js"
import type {
  AuditReport,
  ClaimReport,
  ConflictReport,
  DocumentReport,
  EventReport,
  QuoteOccurrence
} from "./Report.js"

/** The key of one story of one document. */
export const storyKey = (document: string, story: number): string => `${document}\u0000${story}`

export const byId = <A extends { id: string }>(a: A, b: A) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Claims and quote occurrences in a report: by document, then place in it. */
export const placeOrder = <A extends { id: string; document: string; start: number }>(a: A, b: A) =>
  a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || byId(a, b)

/** What the copies stage reads of a document: one sketch per story. */
export const sketchesOf = (a: AnalysedDocument): Array<StorySketch> =>
  a.stories.map((s) => ({
    document: a.id,
    story: s.index,
    signature: s.signature,
    shingles: s.shingles,
    outlet: a.outlet,
    published: a.published,
    credits: s.credits
  }))

/** What the events stage reads of a document: its stories' event keys (what they copy is filled in later). */
export const eventKeysOf = (a: AnalysedDocument): Array<StoryEventKeys> =>
  a.stories.map((s) => ({
    document: a.id,
    story: s.index,
    published: a.published,
    outlet: a.outlet,
    kind: s.event.kind,
    kinds: s.event.kinds,
    place: s.event.place,
    date: s.event.date,
    label: s.event.label,
    names: s.event.names,
    terms: s.event.terms,
    words: s.event.words,
    wordCounts: s.event.wordCounts,
    copyOf: null
  }))

export interface CrossDocument {
  readonly originOf: ReadonlyMap<string, StoryOrigin>
  readonly events: ReadonlyArray<EventGroup>
  readonly eventOf: ReadonlyMap<string, EventGroup>
}

/** Copies: each story's origin and the story it copies. */
export const originsOf = (sketches: ReadonlyArray<StorySketch>): Map<string, StoryOrigin> =>
  new Map(findOrigins(sketches).map((o) => [storyKey(o.document, o.story), o]))

/** Events, once copies are known: a copy joins the event of what it copies. */
export const eventsOf = (
  keys: ReadonlyArray<StoryEventKeys>,
  originOf: ReadonlyMap<string, StoryOrigin>
): CrossDocument => {
  const { events, eventOf } = groupEvents(keys, (k) => originOf.get(storyKey(k.document, k.story))?.copyOf ?? null)
  return { originOf, events, eventOf }
}

/** Copies, then events. */
export const crossDocument = (
  sketches: ReadonlyArray<StorySketch>,
  keys: ReadonlyArray<StoryEventKeys>
): CrossDocument => eventsOf(keys, originsOf(sketches))

export const eventReports = (events: ReadonlyArray<EventGroup>): Array<EventReport> =>
  events.map((e) => ({
    id: e.id,
    label: e.label,
    kind: e.kind,
    date: e.date,
    places: [...e.places],
    documents: [...e.documents],
    stories: e.stories.map((r) => ({ ...r }))
  }))

/** A claim as the report holds it, before its fact is known. */
export type ClaimEntry = { -readonly [K in keyof ClaimReport]: ClaimReport[K] }
export type QuoteEntry = KeyedQuote & { readonly raw: PlacedQuote; readonly story: number }
/** The incident a claim was read in, when its holder may be one that stands by many incidents. */
export interface Incident {
  readonly id: string
  readonly label: string
}

/** One document's entries in the report, and what the later stages read of it. */
export interface DocumentEntries {
  readonly doc: DocumentReport
  readonly claims: Array<ClaimEntry>
  /** Parallel to `claims`. */
  readonly incidents: Array<Incident | null>
  readonly quotes: Array<QuoteEntry>
  readonly statements: Array<KeyedSentence>
}

/** Which occurrence of the same content within a document this is (1, 2, ...): part of a stable id. */
const occurrence = (seen: Map<string, number>, base: string): number => {
  const n = (seen.get(base) ?? 0) + 1
  seen.set(base, n)
  return n
}

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

const claimEntry = (
  a: AnalysedDocument,
  s: AnalysedDocument["stories"][number],
  c: AnalysedDocument["stories"][number]["claims"][number],
  id: string,
  origin: string,
  event: EventGroup
): ClaimEntry => {
  const eventHeld = c.holderKind === "event" && c.subject === s.event.label
  // a person the story does not name ("a 19-year-old man") is someone of this event, never the same as another event's
  const unnamed = c.holderKind === "person" && isUnnamedPerson(c.subject)
  const date = c.unit === "date"
  return {
    id,
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
    value: date ? null : c.value,
    low: date ? null : c.low,
    high: date ? null : c.high,
    unit: c.unit,
    date: date ? isoDay(c.value) : null,
    qualifier: c.qualifier,
    change: c.change,
    step: c.step,
    asOf: c.asOf,
    asOfStated: c.asOfStated,
    origin,
    fact: ""
  }
}

/** A document's claims (each built once, as its report entry), quotes, lead sentences and its own entry. */
export const documentEntries = (a: AnalysedDocument, cross: CrossDocument): DocumentEntries => {
  const seenClaims = new Map<string, number>()
  const seenQuotes = new Map<string, number>()
  const out: Omit<DocumentEntries, "doc"> = { claims: [], incidents: [], quotes: [], statements: [] }
  const stories: Array<DocumentReport["stories"][number] & { length: number }> = []
  for (const s of a.stories) {
    const o = cross.originOf.get(storyKey(a.id, s.index))!
    const origin = o.origin
    const event = cross.eventOf.get(storyKey(a.id, s.index))!
    for (const c of s.claims) {
      const base = [a.id, c.sentence.replace(/\s+/g, " "), c.text, c.subject, c.metric].join("\u0001")
      const claim = claimEntry(a, s, c, stableId("claim", base, occurrence(seenClaims, base)), origin, event)
      out.claims.push(claim)
      out.incidents.push(claim.event === null && c.holderKind !== "person" && INCIDENTS.has(event.kind) ? event : null)
    }
    for (const q of s.quotes) {
      const base = [a.id, q.speaker ?? "", q.text].join("\u0001")
      const id = stableId("quoted", base, occurrence(seenQuotes, base))
      out.quotes.push({ id, document: a.id, origin, speaker: q.speaker, text: q.text, raw: q, story: s.index })
    }
    for (const text of s.sentences) out.statements.push({ document: a.id, origin, text })
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
  const doc: DocumentReport = {
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
  }
  return { doc, ...out }
}

export const unreadableEntry = (u: UnreadableDocument): DocumentReport => ({
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

/** A holder named in the stories of this many incidents or more is a recurring one: a platform, an agency, a hospital. */
const RECURRING_EVENTS = 3

const holderName = (subject: string) => normaliseName(subject).toLowerCase()

/**
 * A fundraising page, a police department or a hospital turns up in the stories
 * of many incidents, and its figures in one event say nothing of another's ("the
 * GoFundMe page has raised $8,000"): such a holder's claims are held within
 * their event, as the unnamed persons are. This gives the names of such holders,
 * from each incident claim's subject and event.
 */
export class RecurringHolders {
  private readonly events = new Map<string, Set<string>>()
  add(subject: string, incident: Incident): void {
    const name = holderName(subject)
    let set = this.events.get(name)
    if (!set) this.events.set(name, (set = new Set()))
    set.add(incident.id)
  }
  /** The subject a claim read in this incident is held by. */
  subjectOf(subject: string, incident: Incident): string {
    return this.events.get(holderName(subject))!.size >= RECURRING_EVENTS ? `${subject} (${incident.label})` : subject
  }
}

/** A quote occurrence as the report lists it, with its speaker's alias and the quote it belongs to. */
export const quoteOccurrence = (
  k: QuoteEntry,
  speakerAliases: ReadonlyMap<string, string>,
  quote: string
): QuoteOccurrence => ({
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
  quote
})

/** What a claim's evidence needs of its document. */
export interface DocumentFacts {
  readonly outlet: string | null
  readonly published: string | null
}

/**
 * Each side of a disagreement with what a reviewer needs to judge it: every
 * claim's sentence, document, outlet and publication day; and a reason that
 * says why the sides were compared (same holder, property and time).
 */
export const withEvidence = <
  A extends {
    readonly subject: string
    readonly metric: string
    readonly asOf: string | null
    readonly reason: string
    readonly values: ReadonlyArray<ConflictReport["values"][number]>
  }
>(
  found: ReadonlyArray<A>,
  lookups: () => {
    claimById: ReadonlyMap<string, ClaimReport>
    docById: { get(id: string): DocumentFacts | undefined }
  }
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

/** The report's counts. */
export const summaryOf = (
  n: Omit<AuditReport["summary"], "misquotes" | "attributionConflicts">,
  quotes: AuditReport["quotes"]
): AuditReport["summary"] => ({
  documents: n.documents,
  unreadable: n.unreadable,
  stories: n.stories,
  events: n.events,
  claims: n.claims,
  facts: n.facts,
  corroborated: n.corroborated,
  singleSource: n.singleSource,
  conflicts: n.conflicts,
  inconsistencies: n.inconsistencies,
  quotes: n.quotes,
  misquotes: quotes.filter((q) => q.status === "misquote").length,
  attributionConflicts: quotes.filter((q) => q.status === "attribution-conflict").length,
  updates: n.updates,
  statements: n.statements
})

/** The quotes of a report as it lists them. */
export const quoteReports = (quotes: ReadonlyArray<QuoteFinding>): AuditReport["quotes"] =>
  quotes.map((q) => ({
    ...q,
    documents: [...q.documents],
    origins: [...q.origins],
    variants: q.variants.map((v) => ({ ...v, documents: [...v.documents], quotes: [...v.quotes] }))
  }))

/** The statements of a report as it lists them. */
export const statementReports = (statements: ReadonlyArray<StatementFinding>): AuditReport["statements"] =>
  statements.map((st) => ({
    ...st,
    documents: [...st.documents],
    origins: [...st.origins],
    sentences: [...st.sentences]
  }))

/** Quote id of each occurrence. */
export const quoteOfOccurrence = (quotes: ReadonlyArray<QuoteFinding>): Map<string, string> => {
  const out = new Map<string, string>()
  for (const q of quotes) for (const v of q.variants) for (const id of v.quotes) out.set(id, q.id)
  return out
}
