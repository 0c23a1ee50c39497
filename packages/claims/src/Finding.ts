/**
 * Findings: what a CI run reports and a reviewer decides on, one per conflict,
 * misquote, attribution conflict, single-source fact and update, each with a
 * severity the user chose and the places in the documents it points to.
 * Finding ids are the content ids of what they report, so they survive edits to
 * unrelated text and can be accepted in a baseline.
 */
import * as Schema from "effect/Schema"
import type {
  AuditReport,
  ClaimReport,
  ConflictReport,
  DocumentReport,
  FactReport,
  InconsistencyReport,
  QuoteOccurrence,
  QuoteReport,
  UpdateReport
} from "./Report.js"
import { stableId } from "./Hash.js"

/** How a finding counts: "error" fails the run, "warn" is shown, "off" is not reported. */
export const Severity = Schema.Literal("off", "warn", "error")
export type Severity = typeof Severity.Type

/** The kinds of finding, one per rule: conflict, misquote, attribution-conflict, single-source, update, internal-inconsistency, unreadable. */
export const RuleId = Schema.Literal(
  "conflict",
  "misquote",
  "attribution-conflict",
  "single-source",
  "update",
  "internal-inconsistency",
  "unreadable"
)
export type RuleId = typeof RuleId.Type

/** A severity for each rule. */
export type Severities = Readonly<Record<RuleId, Severity>>

/** Conflicts, misquotes and attribution conflicts are errors; single sources and unreadable files warn; updates and internal inconsistencies are off. */
export const defaultSeverities: Severities = {
  conflict: "error",
  misquote: "error",
  "attribution-conflict": "error",
  "single-source": "warn",
  update: "off",
  "internal-inconsistency": "off",
  unreadable: "warn"
}

/** A rule as SARIF and help texts describe it. */
export interface RuleInfo {
  readonly id: RuleId
  readonly name: string
  readonly short: string
  readonly full: string
  readonly help: string
}

/** Every rule, with its name and descriptions. */
export const RULES: ReadonlyArray<RuleInfo> = [
  {
    id: "conflict",
    name: "FactConflict",
    short: "Sources disagree on a fact",
    full: "Independent sources give incompatible values for the same subject, metric and time, after hedges, rounding and unit conversion.",
    help: "Compare the competing sentences and their sources; correct the wrong value, or accept the finding in the baseline with a reason."
  },
  {
    id: "misquote",
    name: "Misquote",
    short: "A speaker is quoted with different words",
    full: "The same speaker is quoted in reworded versions across sources; at most one of them can be verbatim.",
    help: "Check the quote against the original source (recording, transcript, first report) and correct the wording."
  },
  {
    id: "attribution-conflict",
    name: "AttributionConflict",
    short: "The same words are given to different speakers",
    full: "Identical quoted words are attributed to different people in different sources.",
    help: "Find out who said it and correct the attribution."
  },
  {
    id: "single-source",
    name: "SingleSource",
    short: "A fact rests on one source",
    full: "Only one independent source states this fact; republished copies do not count as second sources.",
    help: "Corroborate the fact with an independent source before relying on it."
  },
  {
    id: "update",
    name: "Update",
    short: "A value changed over time",
    full: "The same subject and metric have different values at different times: a series, not a conflict.",
    help: "Make sure the latest value is the one reported as current."
  },
  {
    id: "unreadable",
    name: "UnreadableDocument",
    short: "A document could not be read",
    full: "An input file is unreadable, empty, binary or malformed; nothing in it was audited.",
    help: "Fix or remove the file, or exclude it in the configuration; --strict makes this fail the run."
  },
  {
    id: "internal-inconsistency",
    name: "InternalInconsistency",
    short: "A document contradicts itself",
    full: "One document gives incompatible values for the same subject, metric and time; no other source disagrees.",
    help: "Read both sentences: they may speak of different things (then nothing is wrong), or one of them is a typo to correct."
  }
]

/** A place a finding points to: file, line and column range, the sentence, where the value stands in it, the outlet, and the original of a copy. */
export const Location = Schema.Struct({
  document: Schema.String,
  path: Schema.String,
  line: Schema.Number,
  column: Schema.Number,
  endLine: Schema.Number,
  endColumn: Schema.Number,
  /** The sentence (or, for an unreadable document, the error). */
  text: Schema.String,
  /** Where the value or quote stands in `text`, to mark it. */
  mark: Schema.NullOr(Schema.Struct({ start: Schema.Number, end: Schema.Number })),
  /** The outlet the side comes from, and the document it copies, if any. */
  origin: Schema.NullOr(Schema.String),
  copyOf: Schema.NullOr(Schema.String)
})
export type Location = typeof Location.Type

/** What CI reports and a reviewer decides on: a rule, a severity, a message, every place, and whether the baseline accepted it. */
export const Finding = Schema.Struct({
  id: Schema.String,
  rule: RuleId,
  severity: Severity,
  message: Schema.String,
  locations: Schema.Array(Location),
  suppressed: Schema.Boolean,
  /** Why it was accepted, from the baseline. */
  justification: Schema.NullOr(Schema.String)
})
export type Finding = typeof Finding.Type

const uniqueIds = (ids: ReadonlyArray<string>): Array<string> => [...new Set(ids)]

/** What findings read of a report by id: a document's path and what it copies, a claim, a quote occurrence. */
export interface FindingLookups {
  readonly document: (id: string) => { readonly path: string; readonly copyOf: string | null } | undefined
  readonly claim: (id: string) => ClaimReport | undefined
  readonly occurrence: (id: string) => QuoteOccurrence | undefined
}

/** The lists findings are made from: all of a report, or one share of it (a partition's facts and disagreements). */
export interface FindingSources {
  readonly conflicts: ReadonlyArray<ConflictReport>
  readonly quotes: ReadonlyArray<QuoteReport>
  readonly facts: Iterable<FactReport>
  readonly updates: ReadonlyArray<UpdateReport>
  readonly inconsistencies: ReadonlyArray<InconsistencyReport>
  readonly documents: Iterable<DocumentReport>
}

/** All findings whose rule is not off, in a stable order. */
export const findingsOf = (report: AuditReport, severities: Severities = defaultSeverities): ReadonlyArray<Finding> => {
  const docById = new Map(report.documents.map((d) => [d.id, d]))
  const claimById = new Map(report.claims.map((c) => [c.id, c]))
  const occurrenceById = new Map(report.quoteOccurrences.map((q) => [q.id, q]))
  return sortFindings(
    findingsIn(
      report,
      {
        document: (id) => docById.get(id),
        claim: (id) => claimById.get(id),
        occurrence: (id) => occurrenceById.get(id)
      },
      severities
    )
  )
}

/** The findings of some lists of a report, in no order: `sortFindings` puts those of all shares in order. */
export const findingsIn = (
  report: FindingSources,
  lookups: FindingLookups,
  severities: Severities = defaultSeverities
): Array<Finding> => {
  const pathOf = { get: (id: string) => lookups.document(id)?.path }
  const copyOf = { get: (id: string) => lookups.document(id)?.copyOf }
  const claimById = { get: lookups.claim }
  const occurrenceById = { get: lookups.occurrence }
  const markOf = (sentence: string, text: string, at: number): Location["mark"] => {
    if (at >= 0 && sentence.slice(at, at + text.length) === text) return { start: at, end: at + text.length }
    const found = sentence.indexOf(text)
    return found < 0 ? null : { start: found, end: found + text.length }
  }
  const claimLocations = (ids: ReadonlyArray<string>): Array<Location> =>
    uniqueIds(ids)
      .map((id) => claimById.get(id))
      .filter((c) => c !== undefined)
      .map((c) => {
        const endColumn = c.text.includes("\n") ? c.column + c.text.split("\n")[0]!.length : c.column + c.text.length
        return {
          document: c.document,
          path: pathOf.get(c.document) ?? c.document,
          line: c.line,
          column: c.column,
          endLine: c.line,
          endColumn,
          text: c.sentence,
          mark: markOf(c.sentence, c.text, c.start - c.sentenceStart),
          origin: c.origin,
          copyOf: copyOf.get(c.document) ?? null
        }
      })
  const out: Array<Finding> = []
  const add = (rule: RuleId, id: string, message: string, locations: Array<Location>) => {
    const severity = severities[rule]
    if (severity === "off") return
    out.push({
      id,
      rule,
      severity,
      message,
      locations: locations.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column),
      suppressed: false,
      justification: null
    })
  }
  for (const c of report.conflicts) add("conflict", c.id, c.reason, claimLocations(c.values.flatMap((v) => v.claims)))
  for (const q of report.quotes) {
    if (q.status !== "misquote" && q.status !== "attribution-conflict") continue
    const locs = uniqueIds(q.variants.flatMap((v) => v.quotes))
      .map((id) => occurrenceById.get(id))
      .filter((o) => o !== undefined)
      .map((o) => ({
        document: o.document,
        path: pathOf.get(o.document) ?? o.document,
        line: o.line,
        column: o.column,
        endLine: o.line,
        endColumn: o.column + o.text.length,
        text: o.sentence,
        mark: markOf(o.sentence, o.text, -1),
        origin: o.origin,
        copyOf: copyOf.get(o.document) ?? null
      }))
    add(q.status, q.id, q.reason, locs)
  }
  for (const f of report.facts)
    if (f.status === "single-source")
      add(
        "single-source",
        f.id,
        `${f.statement} rests on one source (${f.origins.join(", ")})`,
        claimLocations(f.claims)
      )
  const factById = new Map<string, FactReport>()
  if (report.updates.length > 0) for (const f of report.facts) factById.set(f.id, f)
  for (const u of report.updates)
    add("update", u.id, u.reason, claimLocations(u.timeline.flatMap((p) => factById.get(p.fact)?.claims ?? [])))
  for (const x of report.inconsistencies) {
    const ids = x.values.flatMap((v) => v.claims).filter((id) => claimById.get(id)?.document === x.document)
    add("internal-inconsistency", x.id, x.reason, claimLocations(ids))
  }
  // a document that could not be read is a finding too, so every format says so
  for (const d of report.documents) {
    if (d.status !== "error") continue
    add("unreadable", stableId("unreadable", d.id), `${d.path}: ${d.error ?? "could not be read"}`, [
      {
        document: d.id,
        path: d.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        text: d.error ?? "",
        mark: null,
        origin: null,
        copyOf: null
      }
    ])
  }
  return out
}

/** Findings in their stable order: by rule, then first place, then id. */
export const sortFindings = (out: Array<Finding>): Array<Finding> => {
  const order: Record<RuleId, number> = {
    conflict: 0,
    misquote: 1,
    "attribution-conflict": 2,
    "internal-inconsistency": 3,
    unreadable: 4,
    "single-source": 5,
    update: 6
  }
  return out.sort(
    (a, b) =>
      order[a.rule] - order[b.rule] ||
      (a.locations[0]?.path ?? "").localeCompare(b.locations[0]?.path ?? "") ||
      (a.locations[0]?.line ?? 0) - (b.locations[0]?.line ?? 0) ||
      a.id.localeCompare(b.id)
  )
}
