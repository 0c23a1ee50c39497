/**
 * The audit result: the canonical value every report format is rendered from.
 * Field order here is the order in report.json.
 */
import * as Schema from "effect/Schema"
import { SkippedPath } from "./Document.js"

const Num = Schema.Number
const NullNum = Schema.NullOr(Schema.Number)
const Str = Schema.String
const NullStr = Schema.NullOr(Schema.String)

export const FactStatus = Schema.Literal("corroborated", "single-source", "conflict")
export type FactStatus = typeof FactStatus.Type

export const StoryRef = Schema.Struct({ document: Str, story: Num })

export const StoryReport = Schema.Struct({
  index: Num,
  headline: NullStr,
  origin: Str,
  copyOf: Schema.NullOr(StoryRef),
  claims: Num
})

/** A document as audited: its file, outlet, dates, origin (the outlet it republishes, if a copy), stories, and an error when it could not be read. */
export const DocumentReport = Schema.Struct({
  id: Str,
  path: Str,
  /** Characters of the document's text, and how many of them were kept as the article (the rest is page chrome). */
  characters: Num,
  articleCharacters: Num,
  outlet: NullStr,
  title: NullStr,
  published: NullStr,
  url: NullStr,
  origin: NullStr,
  copyOf: NullStr,
  stories: Schema.Array(StoryReport),
  status: Schema.Literal("ok", "error"),
  error: NullStr
})
export type DocumentReport = typeof DocumentReport.Type

/** One value a document states: its place in the file, holder, property, counted thing, scope, value with its bounds and unit, time and the fact it belongs to. */
export const ClaimReport = Schema.Struct({
  id: Str,
  document: Str,
  story: Num,
  start: Num,
  end: Num,
  line: Num,
  column: Num,
  text: Str,
  sentence: Str,
  /** Offsets of the sentence in the file. */
  sentenceStart: Num,
  sentenceEnd: Num,
  /** Whom the value belongs to (the holder): an event, a person, an organisation. */
  subject: Str,
  holderKind: Schema.Literal("event", "person", "org", "other"),
  /** The id of the event (in `events`) that holds the value, for event-held claims. */
  event: NullStr,
  /** The property the value gives ("deaths", "age", "funding"). */
  metric: Str,
  /** Where the property came from: the lexicon, or only the words around the number (then it never makes a conflict). */
  propertyFrom: Schema.Literal("lexicon", "words"),
  /** The thing counted ("people", "rounds"), null for money, ages, rates. */
  counted: NullStr,
  /** The word that says what happened or what it is ("killed", "raised", "aged"). */
  predicate: NullStr,
  /** A part ("two of the victims"), the others, an increment ("three more"), a total, or the whole. */
  scope: Schema.Literal("whole", "part", "others", "increment", "total", "elsewhere"),
  /** Stated by the text, the earlier value of a change, implied without a number, or derived from other claims. */
  role: Schema.Literal("stated", "earlier", "implied", "derived"),
  /** How the metric behaves in time: "timeless" (founded in), "event" (raised), "state" (employs). */
  metricClass: Schema.Literal("timeless", "event", "state"),
  kind: Str,
  /** Null for a calendar date, which `date` gives. */
  value: NullNum,
  low: NullNum,
  high: NullNum,
  unit: NullStr,
  /** ISO day of a claim whose unit is "date". */
  date: NullStr,
  qualifier: NullStr,
  change: NullStr,
  /** The rounding the stated digits imply ("4.8 billion": 100 million), which values that agree may differ by. */
  step: Num,
  asOf: NullStr,
  asOfStated: Schema.Boolean,
  origin: Str,
  fact: Str
})
export type ClaimReport = typeof ClaimReport.Type

/** Stories across documents that report one happening. */
export const EventReport = Schema.Struct({
  id: Str,
  /** "shooting, Millbrook, 2021-03-06": kind, the place most stories name, and the day. */
  label: Str,
  kind: Str,
  date: NullStr,
  places: Schema.Array(Str),
  documents: Schema.Array(Str),
  stories: Schema.Array(StoryRef)
})
export type EventReport = typeof EventReport.Type

/** A fact: one value of one property of one holder at one time, with its status (corroborated, single-source, conflict) and sources. */
export const FactReport = Schema.Struct({
  id: Str,
  statement: Str,
  subject: Str,
  metric: Str,
  /** Null for a calendar date, which `date` gives. */
  value: NullNum,
  low: NullNum,
  high: NullNum,
  unit: NullStr,
  asOf: NullStr,
  status: FactStatus,
  sources: Num,
  origins: Schema.Array(Str),
  documents: Schema.Array(Str),
  claims: Schema.Array(Str),
  date: NullStr
})
export type FactReport = typeof FactReport.Type

export const ConflictValue = Schema.Struct({
  fact: Str,
  /** The value as a reader writes it: "$120M", "64%". */
  label: Str,
  value: NullNum,
  low: NullNum,
  high: NullNum,
  unit: NullStr,
  documents: Schema.Array(Str),
  origins: Schema.Array(Str),
  sources: Num,
  claims: Schema.Array(Str),
  date: NullStr,
  /** Each claim of this side: where it stands and what it says. */
  evidence: Schema.optional(
    Schema.Array(
      Schema.Struct({
        claim: Str,
        document: Str,
        outlet: NullStr,
        published: NullStr,
        line: Num,
        text: Str,
        sentence: Str
      })
    )
  )
})

/** Sources that disagree on one fact: the competing values with their evidence, and why they were judged comparable. */
export const ConflictReport = Schema.Struct({
  id: Str,
  subject: Str,
  metric: Str,
  asOf: NullStr,
  values: Schema.Array(ConflictValue),
  reason: Str
})
export type ConflictReport = typeof ConflictReport.Type

/** Incompatible values of one key inside one document: the article contradicts itself. */
export const InconsistencyReport = Schema.Struct({
  id: Str,
  document: Str,
  subject: Str,
  metric: Str,
  asOf: NullStr,
  values: Schema.Array(ConflictValue),
  reason: Str
})
export type InconsistencyReport = typeof InconsistencyReport.Type

export const QuoteVariantReport = Schema.Struct({
  text: Str,
  speaker: NullStr,
  documents: Schema.Array(Str),
  quotes: Schema.Array(Str)
})

/** A quote across sources: its wordings and speakers, and whether it is consistent, a misquote or an attribution conflict. */
export const QuoteReport = Schema.Struct({
  id: Str,
  speaker: NullStr,
  text: Str,
  status: Schema.Literal("corroborated", "single-source", "misquote", "attribution-conflict"),
  sources: Num,
  documents: Schema.Array(Str),
  origins: Schema.Array(Str),
  variants: Schema.Array(QuoteVariantReport),
  reason: Str
})
export type QuoteReport = typeof QuoteReport.Type

/** Each occurrence of a quote in a document, with where it stands. */
export const QuoteOccurrence = Schema.Struct({
  id: Str,
  document: Str,
  story: Num,
  start: Num,
  end: Num,
  line: Num,
  column: Num,
  speaker: NullStr,
  text: Str,
  sentence: Str,
  origin: Str,
  quote: Str
})
export type QuoteOccurrence = typeof QuoteOccurrence.Type

export const UpdatePoint = Schema.Struct({
  asOf: NullStr,
  value: NullNum,
  low: NullNum,
  high: NullNum,
  fact: Str,
  status: FactStatus,
  documents: Schema.Array(Str),
  date: NullStr
})

/** Values of one key at different times: a series, not a conflict. */
export const UpdateReport = Schema.Struct({
  id: Str,
  subject: Str,
  metric: Str,
  unit: NullStr,
  timeline: Schema.Array(UpdatePoint),
  reason: Str
})
export type UpdateReport = typeof UpdateReport.Type

/** A sentence several independent sources state in near the same words. */
export const StatementReport = Schema.Struct({
  id: Str,
  text: Str,
  sources: Num,
  documents: Schema.Array(Str),
  origins: Schema.Array(Str),
  sentences: Schema.Array(Schema.Struct({ document: Str, text: Str }))
})
export type StatementReport = typeof StatementReport.Type

/** The counts of an audit: documents, stories, claims, facts by status, conflicts, quotes, updates. */
export const Summary = Schema.Struct({
  documents: Num,
  unreadable: Num,
  stories: Num,
  events: Num,
  claims: Num,
  facts: Num,
  corroborated: Num,
  singleSource: Num,
  conflicts: Num,
  inconsistencies: Num,
  quotes: Num,
  misquotes: Num,
  attributionConflicts: Num,
  updates: Num,
  statements: Num
})
export type Summary = typeof Summary.Type

/** The result of an audit, the canonical report.json: documents, events, facts, conflicts, internal inconsistencies, updates, quotes, statements, claims and quote occurrences, every list sorted. */
export const AuditReport = Schema.Struct({
  tool: Schema.Struct({ name: Str, version: Str }),
  summary: Summary,
  documents: Schema.Array(DocumentReport),
  events: Schema.Array(EventReport),
  facts: Schema.Array(FactReport),
  conflicts: Schema.Array(ConflictReport),
  inconsistencies: Schema.Array(InconsistencyReport),
  updates: Schema.Array(UpdateReport),
  quotes: Schema.Array(QuoteReport),
  statements: Schema.Array(StatementReport),
  claims: Schema.Array(ClaimReport),
  quoteOccurrences: Schema.Array(QuoteOccurrence),
  /** Hidden folders and files met inside the folders given and not read; name one on the command line to read it. */
  skipped: Schema.Array(SkippedPath)
})
export type AuditReport = typeof AuditReport.Type

/**
 * A report whose long lists may live on disk (a partitioned reduce's): each is
 * an iterable that can be walked more than once, in the report's order. An
 * `AuditReport` is one too.
 */
export interface StreamedReport extends Omit<AuditReport, "documents" | "facts" | "claims" | "quoteOccurrences"> {
  readonly documents: Iterable<DocumentReport>
  readonly facts: Iterable<FactReport>
  readonly claims: Iterable<ClaimReport>
  readonly quoteOccurrences: Iterable<QuoteOccurrence>
}
