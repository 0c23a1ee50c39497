/**
 * Console output of the findings: `pretty` (colour only on a terminal), `line`
 * (path:line:col: severity rule message), `json`, `github` (workflow commands,
 * escaped as GitHub documents) and a Markdown summary for $GITHUB_STEP_SUMMARY.
 */
import type { AuditReport, Finding } from "@corroborate/claims"

export type ConsoleFormat = "pretty" | "line" | "json" | "github" | "sarif"

const where = (f: Finding) => {
  const l = f.locations[0]
  return l ? `${l.path}:${l.line}:${l.column}` : "(no location)"
}

export const renderLine = (findings: ReadonlyArray<Finding>): string =>
  findings.filter((f) => !f.suppressed).map((f) => `${where(f)}: ${f.severity === "warn" ? "warning" : f.severity} ${f.rule} ${f.message.replace(/\s+/g, " ")}\n`).join("")

/** Escaping of workflow command data and properties, as GitHub's toolkit does it. */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C")

export const renderGithub = (findings: ReadonlyArray<Finding>): string =>
  findings.filter((f) => !f.suppressed && f.severity !== "off").map((f) => {
    const l = f.locations[0]
    const props = [
      ...(l ? [`file=${escapeProperty(l.path.replace(/\\/g, "/").replace(/^\.\//, ""))}`, `line=${l.line}`, `col=${l.column}`, `endLine=${l.endLine}`, `endColumn=${l.endColumn}`] : []),
      `title=${escapeProperty(`corroborate ${f.rule}`)}`
    ]
    return `::${f.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(f.message)}\n`
  }).join("")

const md = (s: string) => s.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).replace(/\n/g, " ")

export const renderMarkdownSummary = (report: AuditReport, findings: ReadonlyArray<Finding>): string => {
  const s = report.summary
  const active = findings.filter((f) => !f.suppressed)
  const lines = [
    "## Corroborate audit",
    "",
    "| documents | facts | corroborated | single-source | conflicts | misquotes | attribution conflicts |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    `| ${s.documents} | ${s.facts} | ${s.corroborated} | ${s.singleSource} | ${s.conflicts} | ${s.misquotes} | ${s.attributionConflicts} |`,
    ""
  ]
  const errors = active.filter((f) => f.severity === "error")
  if (errors.length > 0) {
    lines.push("| rule | finding | where |", "|---|---|---|")
    for (const f of errors.slice(0, 50)) lines.push(`| ${f.rule} | ${md(f.message)} | ${md(where(f))} |`)
    if (errors.length > 50) lines.push(`| | … and ${errors.length - 50} more | |`)
  } else lines.push("No finding fails the run.")
  const suppressed = findings.filter((f) => f.suppressed).length
  if (suppressed > 0) lines.push("", `${suppressed} finding${suppressed === 1 ? "" : "s"} accepted in the baseline.`)
  return `${lines.join("\n")}\n`
}

export const renderPretty = (report: AuditReport, findings: ReadonlyArray<Finding>, colour: boolean): string => {
  const c = (code: string, s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s)
  const out: Array<string> = []
  for (const f of findings) {
    if (f.suppressed) continue
    const tag = f.severity === "error" ? c("31;1", "error") : c("33;1", "warning")
    out.push(`${tag} ${c("2", f.rule)} ${f.message}`)
    for (const l of f.locations.slice(0, 6)) out.push(`    ${c("36", `${l.path}:${l.line}:${l.column}`)}  ${l.text.length > 140 ? `${l.text.slice(0, 137)}...` : l.text}`)
    if (f.locations.length > 6) out.push(`    ... ${f.locations.length - 6} more places`)
  }
  const s = report.summary
  const errors = findings.filter((f) => !f.suppressed && f.severity === "error").length
  const warnings = findings.filter((f) => !f.suppressed && f.severity === "warn").length
  const suppressed = findings.filter((f) => f.suppressed).length
  out.push(
    "",
    `${s.documents} documents (${s.unreadable} with errors), ${s.stories} stories, ${s.claims} claims, ${s.quotes} quotes`,
    `${s.facts} facts: ${s.corroborated} corroborated, ${s.singleSource} single-source, ${s.conflicts} in conflict; ${s.misquotes} misquotes, ${s.attributionConflicts} attribution conflicts, ${s.updates} updates`,
    `${c(errors > 0 ? "31;1" : "32", `${errors} error${errors === 1 ? "" : "s"}`)}, ${warnings} warning${warnings === 1 ? "" : "s"}${suppressed ? `, ${suppressed} accepted in the baseline` : ""}`
  )
  const unreadable = report.documents.filter((d) => d.status === "error")
  for (const d of unreadable.slice(0, 10)) out.push(`  ${c("33", "unreadable")} ${d.path}: ${d.error}`)
  if (unreadable.length > 10) out.push(`  ... and ${unreadable.length - 10} more unreadable documents (see report.json)`)
  return `${out.join("\n")}\n`
}

export const renderConsoleJson = (report: AuditReport, findings: ReadonlyArray<Finding>): string =>
  `${JSON.stringify({ summary: report.summary, findings }, null, 2)}\n`
