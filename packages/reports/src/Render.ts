/**
 * Every report format rendered from the one audit result. The JSON report is
 * canonical; the CSV files are views of it.
 */
import type { AuditReport } from "@corroborate/claims"
import { toCsv, type CsvOptions } from "./Csv.js"

export const renderJson = (report: AuditReport): string => `${JSON.stringify(report, null, 2)}\n`

const list = (xs: ReadonlyArray<string>) => xs.join(" ")

export const renderFactsCsv = (report: AuditReport, options: CsvOptions = {}): string =>
  toCsv(
    ["id", "statement", "subject", "metric", "value", "low", "high", "unit", "as_of", "status", "sources", "origins", "documents", "claims"],
    report.facts.map((f) => [f.id, f.statement, f.subject, f.metric, f.value, f.low, f.high, f.unit, f.asOf, f.status, f.sources, list(f.origins), list(f.documents), list(f.claims)]),
    options
  )

export const renderConflictsCsv = (report: AuditReport, options: CsvOptions = {}): string =>
  toCsv(
    ["conflict", "subject", "metric", "as_of", "reason", "fact", "value", "low", "high", "unit", "sources", "origins", "documents", "claims"],
    report.conflicts.flatMap((c) =>
      c.values.map((v) => [c.id, c.subject, c.metric, c.asOf, c.reason, v.fact, v.value, v.low, v.high, v.unit, v.sources, list(v.origins), list(v.documents), list(v.claims)])
    ),
    options
  )

export const renderClaimsCsv = (report: AuditReport, options: CsvOptions = {}): string =>
  toCsv(
    ["id", "document", "story", "line", "column", "start", "end", "text", "subject", "metric", "kind", "value", "low", "high", "unit", "qualifier", "change", "as_of", "origin", "fact", "sentence"],
    report.claims.map((c) => [c.id, c.document, c.story, c.line, c.column, c.start, c.end, c.text, c.subject, c.metric, c.kind, c.value, c.low, c.high, c.unit, c.qualifier, c.change, c.asOf, c.origin, c.fact, c.sentence]),
    options
  )

export const renderQuotesCsv = (report: AuditReport, options: CsvOptions = {}): string =>
  toCsv(
    ["quote", "status", "speaker", "text", "sources", "reason", "variant_speaker", "variant_text", "variant_documents"],
    report.quotes.flatMap((q) => q.variants.map((v) => [q.id, q.status, q.speaker, q.text, q.sources, q.reason, v.speaker, v.text, list(v.documents)])),
    options
  )

/** File name -> contents, for everything written to `--out`. */
export const renderAll = (report: AuditReport, options: CsvOptions = {}): ReadonlyArray<readonly [string, string]> => [
  ["report.json", renderJson(report)],
  ["facts.csv", renderFactsCsv(report, options)],
  ["conflicts.csv", renderConflictsCsv(report, options)],
  ["claims.csv", renderClaimsCsv(report, options)],
  ["quotes.csv", renderQuotesCsv(report, options)]
]

/** The short summary printed after a run. */
export const renderSummary = (report: AuditReport): string => {
  const s = report.summary
  const lines = [
    `${s.documents} documents (${s.unreadable} with errors), ${s.stories} stories, ${s.claims} claims`,
    `${s.facts} facts: ${s.corroborated} corroborated, ${s.singleSource} single-source, ${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}`,
    `${s.quotes} quotes: ${s.misquotes} misquote${s.misquotes === 1 ? "" : "s"}, ${s.attributionConflicts} attribution conflict${s.attributionConflicts === 1 ? "" : "s"}; ${s.updates} update${s.updates === 1 ? "" : "s"}; ${s.statements} statement${s.statements === 1 ? "" : "s"} in several sources`
  ]
  for (const c of report.conflicts) lines.push(`  conflict: ${c.reason}`)
  for (const q of report.quotes) if (q.status === "misquote" || q.status === "attribution-conflict") lines.push(`  ${q.status}: ${q.reason}`)
  for (const d of report.documents) if (d.status === "error") lines.push(`  error: ${d.path}: ${d.error}`)
  return `${lines.join("\n")}\n`
}
