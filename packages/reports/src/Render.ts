/**
 * Every report format rendered from the one audit result. The JSON report is
 * canonical; the CSV files are views of it.
 */
import type { StreamedReport } from "@corroborate/claims/internal"
import { toCsv, toCsvChunks, type Cell, type CsvOptions } from "./Csv.js"

export const renderJson = (report: StreamedReport): string => [...jsonChunks(report)].join("")

const indent = (s: string, by: string) => s.replace(/\n/g, `\n${by}`)

/** Items of a long list written per call: large enough to amortise the call, small enough to stay a modest string. */
const BATCH = 512

/**
 * report.json in pieces, byte for byte what JSON.stringify(report, null, 2)
 * writes, so that a report larger than the largest JavaScript string can be
 * streamed to disk. A batch of a list is written as the list of a one-key
 * object, which puts its items at the depth they have in the report, and cut
 * out of it.
 */
export function* jsonChunks(report: StreamedReport): Generator<string> {
  const keys = Object.keys(report) as Array<keyof StreamedReport>
  yield "{\n"
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!
    const value = report[key] as unknown
    const tail = k < keys.length - 1 ? ",\n" : "\n"
    const head = `  ${JSON.stringify(key)}: [\n`
    if (isList(value)) {
      // a list read from disk is only known to be empty once walked
      let batch: Array<unknown> = []
      let started = false
      const flush = (last: boolean) => {
        const wrapped = JSON.stringify({ [key]: batch }, null, 2)
        // "{\n" + head ... items ... "\n  ]\n}"
        const items = wrapped.slice(2 + head.length, wrapped.length - "\n  ]\n}".length)
        batch = []
        return `${started ? "" : head}${items}${last ? "\n" : ",\n"}`
      }
      for (const item of value) {
        if (batch.length === BATCH) {
          yield flush(false)
          started = true
        }
        batch.push(item)
      }
      if (batch.length > 0) yield `${flush(true)}  ]${tail}`
      else yield started ? `  ]${tail}` : `  ${JSON.stringify(key)}: []${tail}`
    } else yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), "  ")}${tail}`
  }
  yield "}\n"
}

/** A list of the report, in memory or read from disk (anything iterable but a string). */
const isList = (v: unknown): v is Iterable<unknown> =>
  Array.isArray(v) || (typeof v === "object" && v !== null && Symbol.iterator in v)

/** Each item of a list, as a row: lazily, so a list read from disk is never held whole. */
function* rows<A>(xs: Iterable<A>, row: (a: A) => ReadonlyArray<Cell>): Generator<ReadonlyArray<Cell>> {
  for (const x of xs) yield row(x)
}

const list = (xs: ReadonlyArray<string>) => xs.join(" ")

export const factsCsv = (report: StreamedReport): readonly [ReadonlyArray<string>, Iterable<ReadonlyArray<Cell>>] => [
  [
    "id",
    "statement",
    "subject",
    "metric",
    "value",
    "low",
    "high",
    "unit",
    "date",
    "as_of",
    "status",
    "sources",
    "origins",
    "documents",
    "claims"
  ],
  rows(report.facts, (f) => [
    f.id,
    f.statement,
    f.subject,
    f.metric,
    f.value,
    f.low,
    f.high,
    f.unit,
    f.date,
    f.asOf,
    f.status,
    f.sources,
    list(f.origins),
    list(f.documents),
    list(f.claims)
  ])
]

export const conflictsCsv = (
  report: StreamedReport
): readonly [ReadonlyArray<string>, Iterable<ReadonlyArray<Cell>>] => [
  [
    "conflict",
    "subject",
    "metric",
    "as_of",
    "reason",
    "fact",
    "value",
    "low",
    "high",
    "unit",
    "date",
    "sources",
    "origins",
    "documents",
    "claims"
  ],
  report.conflicts.flatMap((c) =>
    c.values.map((v) => [
      c.id,
      c.subject,
      c.metric,
      c.asOf,
      c.reason,
      v.fact,
      v.value,
      v.low,
      v.high,
      v.unit,
      v.date,
      v.sources,
      list(v.origins),
      list(v.documents),
      list(v.claims)
    ])
  )
]

export const claimsCsv = (report: StreamedReport): readonly [ReadonlyArray<string>, Iterable<ReadonlyArray<Cell>>] => [
  [
    "id",
    "document",
    "story",
    "line",
    "column",
    "start",
    "end",
    "text",
    "holder",
    "holder_kind",
    "property",
    "counted",
    "predicate",
    "scope",
    "role",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "date",
    "qualifier",
    "change",
    "as_of",
    "origin",
    "fact",
    "sentence",
    "sentence_start",
    "sentence_end"
  ],
  rows(report.claims, (c) => [
    c.id,
    c.document,
    c.story,
    c.line,
    c.column,
    c.start,
    c.end,
    c.text,
    c.subject,
    c.holderKind,
    c.metric,
    c.counted,
    c.predicate,
    c.scope,
    c.role,
    c.kind,
    c.value,
    c.low,
    c.high,
    c.unit,
    c.date,
    c.qualifier,
    c.change,
    c.asOf,
    c.origin,
    c.fact,
    c.sentence,
    c.sentenceStart,
    c.sentenceEnd
  ])
]

export const eventsCsv = (report: StreamedReport): readonly [ReadonlyArray<string>, Iterable<ReadonlyArray<Cell>>] => [
  ["event", "label", "kind", "date", "places", "documents", "stories"],
  report.events.map((e) => [
    e.id,
    e.label,
    e.kind,
    e.date,
    e.places.join("; "),
    list(e.documents),
    e.stories.map((s) => `${s.document}#${s.story}`).join(" ")
  ])
]

export const quotesCsv = (report: StreamedReport): readonly [ReadonlyArray<string>, Iterable<ReadonlyArray<Cell>>] => [
  ["quote", "status", "speaker", "text", "sources", "reason", "variant_speaker", "variant_text", "variant_documents"],
  report.quotes.flatMap((q) =>
    q.variants.map((v) => [
      q.id,
      q.status,
      q.speaker,
      q.text,
      q.sources,
      q.reason,
      v.speaker,
      v.text,
      list(v.documents)
    ])
  )
]

type Table = (report: StreamedReport) => readonly [ReadonlyArray<string>, Iterable<ReadonlyArray<Cell>>]
const whole =
  (t: Table) =>
  (report: StreamedReport, options: CsvOptions = {}) => {
    const [header, rows] = t(report)
    return toCsv(header, [...rows], options)
  }
const chunked =
  (t: Table) =>
  (report: StreamedReport, options: CsvOptions = {}) => {
    const [header, rows] = t(report)
    return toCsvChunks(header, rows, options)
  }
export const renderFactsCsv = whole(factsCsv)
export const renderConflictsCsv = whole(conflictsCsv)
export const renderClaimsCsv = whole(claimsCsv)
export const renderQuotesCsv = whole(quotesCsv)
export const renderEventsCsv = whole(eventsCsv)

/** The CSV files as chunks, for streaming large reports to disk. */
export const csvFiles: ReadonlyArray<
  readonly [string, (report: StreamedReport, options?: CsvOptions) => Iterable<string>]
> = [
  ["facts.csv", chunked(factsCsv)],
  ["conflicts.csv", chunked(conflictsCsv)],
  ["claims.csv", chunked(claimsCsv)],
  ["quotes.csv", chunked(quotesCsv)],
  ["events.csv", chunked(eventsCsv)]
]

/** File name -> contents, for everything written to `--out`. */
export const renderAll = (
  report: StreamedReport,
  options: CsvOptions = {}
): ReadonlyArray<readonly [string, string]> => [
  ["report.json", renderJson(report)],
  ["facts.csv", renderFactsCsv(report, options)],
  ["conflicts.csv", renderConflictsCsv(report, options)],
  ["claims.csv", renderClaimsCsv(report, options)],
  ["quotes.csv", renderQuotesCsv(report, options)],
  ["events.csv", renderEventsCsv(report, options)]
]

/** The short summary printed after a run. */
export const renderSummary = (report: StreamedReport): string => {
  const s = report.summary
  const lines = [
    `${s.documents} documents (${s.unreadable} with errors), ${s.stories} stories, ${s.claims} claims`,
    `${s.facts} facts: ${s.corroborated} corroborated, ${s.singleSource} single-source, ${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}`,
    `${s.quotes} quotes: ${s.misquotes} misquote${s.misquotes === 1 ? "" : "s"}, ${s.attributionConflicts} attribution conflict${s.attributionConflicts === 1 ? "" : "s"}; ${s.updates} update${s.updates === 1 ? "" : "s"}; ${s.statements} statement${s.statements === 1 ? "" : "s"} in several sources`
  ]
  for (const c of report.conflicts) lines.push(`  conflict: ${c.reason}`)
  for (const q of report.quotes)
    if (q.status === "misquote" || q.status === "attribution-conflict") lines.push(`  ${q.status}: ${q.reason}`)
  for (const d of report.documents) if (d.status === "error") lines.push(`  error: ${d.path}: ${d.error}`)
  return `${lines.join("\n")}\n`
}
