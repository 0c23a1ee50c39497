/**
 * The audit result: the canonical value every report format is rendered from.
 * Field order here is the order in report.json.
 */
import { Schema } from "effect"

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

export const DocumentReport = Schema.Struct({
  id: Str,
  path: Str,
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
  subject: Str,
  metric: Str,
  kind: Str,
  value: Num,
  low: NullNum,
  high: NullNum,
  unit: NullStr,
  qualifier: NullStr,
  change: NullStr,
  asOf: NullStr,
  asOfStated: Schema.Boolean,
  origin: Str,
  fact: Str
})
export type ClaimReport = typeof ClaimReport.Type

export const FactReport = Schema.Struct({
  id: Str,
  statement: Str,
  subject: Str,
  metric: Str,
  value: Num,
  low: NullNum,
  high: NullNum,
  unit: NullStr,
  asOf: NullStr,
  status: FactStatus,
  sources: Num,
  origins: Schema.Array(Str),
  documents: Schema.Array(Str),
  claims: Schema.Array(Str)
})
export type FactReport = typeof FactReport.Type

export const ConflictValue = Schema.Struct({
  fact: Str,
  value: Num,
  low: NullNum,
  high: NullNum,
  unit: NullStr,
  documents: Schema.Array(Str),
  origins: Schema.Array(Str),
  sources: Num,
  claims: Schema.Array(Str)
})

export const ConflictReport = Schema.Struct({
  id: Str,
  subject: Str,
  metric: Str,
  asOf: NullStr,
  values: Schema.Array(ConflictValue),
  reason: Str
})
export type ConflictReport = typeof ConflictReport.Type

export const Summary = Schema.Struct({
  documents: Num,
  unreadable: Num,
  stories: Num,
  claims: Num,
  facts: Num,
  corroborated: Num,
  singleSource: Num,
  conflicts: Num
})
export type Summary = typeof Summary.Type

export const AuditReport = Schema.Struct({
  tool: Schema.Struct({ name: Str, version: Str }),
  summary: Summary,
  documents: Schema.Array(DocumentReport),
  facts: Schema.Array(FactReport),
  conflicts: Schema.Array(ConflictReport),
  claims: Schema.Array(ClaimReport)
})
export type AuditReport = typeof AuditReport.Type
