/**
 * @corroborate/claims: claim extraction and cross-source fact checking for news
 * text. Pure functions over Schema-typed values; no file system.
 *
 * The public API, all of it: audit documents (`audit`, or the `Corroborator`
 * service in an Effect program), extract quantities from text (`extract`), turn
 * a report into findings (`findingsOf`), and the Schemas of what goes in and
 * comes out. Everything else in the package is internal.
 *
 * @packageDocumentation
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import type { AuditOptions } from "./Audit.js"
import { audit as auditSources } from "./Assemble.js"
import { DocumentMeta, emptyMeta, type SourceDocument, type UnreadableDocument } from "./Document.js"
import { extract as extractMentions, type ExtractedMention } from "./Extract.js"
import { findingsOf as findings, type Finding, defaultSeverities, type Severities } from "./Finding.js"
import type { AuditReport } from "./Report.js"

export { DocumentMeta, SkippedPath, SourceDocument, UnreadableDocument } from "./Document.js"
export { ExtractedMention } from "./Extract.js"
export {
  Finding,
  Location,
  RULES,
  RuleId,
  Severity,
  type RuleInfo,
  type Severities,
  defaultSeverities
} from "./Finding.js"
export {
  AuditReport,
  ClaimReport,
  ConflictReport,
  DocumentReport,
  EventReport,
  FactReport,
  InconsistencyReport,
  QuoteOccurrence,
  QuoteReport,
  StatementReport,
  Summary,
  UpdateReport
} from "./Report.js"
export type { Tolerances } from "./Fact.js"

/**
 * A document to audit: `{ id, text }` is enough; the rest is optional metadata
 * (outlet, title, publication day as YYYY-MM-DD, url, author) and where the text
 * came from (a path, for locations in the findings).
 *
 * @example
 * ```ts
 * const doc: DocumentInput = { id: "a", text: "Acme Corp raised $5 million.", meta: { outlet: "Tideline", published: "2026-01-05" } }
 * ```
 */
export const DocumentInput = Schema.Struct({
  id: Schema.String,
  text: Schema.String,
  path: Schema.optional(Schema.String),
  meta: Schema.optional(Schema.partial(DocumentMeta))
})
export type DocumentInput = typeof DocumentInput.Type

export type { AuditOptions } from "./Audit.js"

const asSource = (d: DocumentInput | SourceDocument): SourceDocument =>
  "bodyLine" in d && typeof d.bodyLine === "number"
    ? (d as SourceDocument)
    : {
        id: d.id,
        path: d.path ?? d.id,
        text: d.text,
        bodyLine: 1,
        meta: { ...emptyMeta, ...(d.meta ?? {}) } as DocumentMeta
      }

/**
 * Audits documents in memory: the facts they state, which are corroborated,
 * which rest on one source and which conflict, the quotes and their variants,
 * the events the documents report. The same input gives the same report, byte
 * for byte, in any order.
 *
 * @param documents - `{ id, text }` each, with optional `meta` and `path`.
 * @param unreadable - documents a reader could not read, reported and never dropped.
 * @example
 * ```ts
 * import { audit } from "@corroborate/claims"
 * const report = audit([
 *   { id: "a", text: "Acme Corp raised $5 million in a seed round.", meta: { outlet: "Tideline" } },
 *   { id: "b", text: "Acme Corp has raised $7 million from investors.", meta: { outlet: "Harbour Post" } }
 * ])
 * report.conflicts[0]?.reason // "Acme funding: $5M in 1 source vs $7M in 1 source (...)"
 * ```
 */
export const audit = (
  documents: ReadonlyArray<DocumentInput | SourceDocument>,
  unreadable: ReadonlyArray<UnreadableDocument> = [],
  options: AuditOptions = {}
): AuditReport => auditSources(documents.map(asSource), unreadable, options)

/**
 * Every quantity and date mention in a text: value, bounds, unit, hedge,
 * direction of change, the level a change started from, dates resolved against
 * the publication day; offsets into the text as given.
 *
 * @param text - any text: a sentence, an article.
 * @param published - the publication day (YYYY-MM-DD) relative dates are counted from, or null.
 * @example
 * ```ts
 * import { extract } from "@corroborate/claims"
 * extract("Revenue rose from $40 million to $52 million last year.", "2026-02-01")
 * // [{ text: "$40 million to $52 million", value: 52000000, from: 40000000, unit: "USD", ... },
 * //  { text: "last year", date: "2025", precision: "year", relative: true, ... }]
 * ```
 */
export const extract = (text: string, published: string | null = null): ReadonlyArray<ExtractedMention> =>
  extractMentions(text, published)

/**
 * The findings of a report, as CI and reviewers see them: one per conflict,
 * misquote, attribution conflict, internal inconsistency, unreadable document,
 * single-source fact and update, each with its severity and every place it
 * points to; rules set to "off" are left out.
 *
 * @example
 * ```ts
 * import { audit, findingsOf } from "@corroborate/claims"
 * const failing = findingsOf(audit(docs), { ...defaultSeverities, "single-source": "off" }).filter((f) => f.severity === "error")
 * ```
 */
export const findingsOf = (report: AuditReport, severities: Severities = defaultSeverities): ReadonlyArray<Finding> =>
  findings(report, severities)

/** What a `Corroborator` does: audit documents, as an Effect (so that a layer can log, cache or count around it). */
export interface CorroboratorService {
  /** Audits documents, as `audit` does. */
  readonly audit: (
    documents: ReadonlyArray<DocumentInput | SourceDocument>,
    unreadable?: ReadonlyArray<UnreadableDocument>
  ) => Effect.Effect<AuditReport>
}

/**
 * The audit as a service, for Effect programs: provide `Corroborator.layer(options)`
 * (or a layer of your own, to log, cache or count) and call `auditEffect`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Corroborator, auditEffect } from "@corroborate/claims"
 * const report = await Effect.runPromise(auditEffect(docs).pipe(Effect.provide(Corroborator.layer({ tolerances: { relative: 0.01 } }))))
 * ```
 */
export class Corroborator extends Context.Tag("@corroborate/claims/Corroborator")<Corroborator, CorroboratorService>() {
  /** The audit of this package, with the options given. */
  static readonly layer = (options: AuditOptions = {}): Layer.Layer<Corroborator> =>
    Layer.succeed(Corroborator, {
      audit: (documents, unreadable = []) => Effect.sync(() => audit(documents, unreadable, options))
    })
}

/**
 * Audits documents with the `Corroborator` of the context.
 *
 * @example
 * ```ts
 * const program = auditEffect([{ id: "a", text: "Acme Corp raised $5 million." }]).pipe(Effect.map((r) => r.summary.facts))
 * ```
 */
export const auditEffect = (
  documents: ReadonlyArray<DocumentInput | SourceDocument>,
  unreadable: ReadonlyArray<UnreadableDocument> = []
): Effect.Effect<AuditReport, never, Corroborator> =>
  Effect.flatMap(Corroborator, (a) => a.audit(documents, unreadable))
