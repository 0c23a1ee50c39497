/**
 * Console output of the findings: `pretty` (colour only on a terminal), `line`
 * (path:line:col: severity rule message), `json`, `github` (workflow commands,
 * escaped as GitHub documents) and a Markdown summary for $GITHUB_STEP_SUMMARY.
 * Every side of a finding is shown (each value of a conflict, each wording of a
 * quote), the original before its copies, each place once.
 */
import type { StreamedReport, Finding, RuleId } from "@corroborate/claims/internal"
import { plural, sanitise } from "./Text.js"

export type ConsoleFormat = "pretty" | "line" | "json" | "github" | "sarif"
type Location = Finding["locations"][number]

const at = (l: Location) => `${l.path}:${l.line}:${l.column}`

/** The places of a finding, each once, originals before the copies that republish them. */
export const sidesOf = (f: Finding): ReadonlyArray<Location> => {
  const seen = new Set<string>()
  const out: Array<Location> = []
  for (const l of [...f.locations].sort((a, b) => (a.copyOf === null ? 0 : 1) - (b.copyOf === null ? 0 : 1))) {
    if (seen.has(at(l))) continue
    seen.add(at(l))
    out.push(l)
  }
  return out
}

/** The value or words a place shows, as written there. */
const shown = (l: Location): string | null => (l.mark === null ? null : l.text.slice(l.mark.start, l.mark.end))

/** What one side says, for a line that shows only that side: `"$105 billion" (wsj.com)`. */
const sideNote = (f: Finding, l: Location): string => {
  if (f.locations.length < 2 || f.rule === "unreadable") return ""
  const v = shown(l)
  const from = l.origin ? ` in ${l.origin}` : ""
  return v === null ? ` (this place${from})` : ` (here: "${v}"${from}${l.copyOf ? `, a copy of ${l.copyOf}` : ""})`
}

const severityWord = (f: Finding) => (f.severity === "warn" ? "warning" : f.severity)

export const renderLine = (findings: ReadonlyArray<Finding>): string =>
  findings
    .filter((f) => !f.suppressed && f.severity !== "off")
    .flatMap((f) => {
      const sides = sidesOf(f)
      const message = sanitise(f.message).replace(/\s+/g, " ")
      if (sides.length === 0) return [`(no location): ${severityWord(f)} ${f.rule} ${message}\n`]
      return sides.map(
        (l) => `${sanitise(at(l))}: ${severityWord(f)} ${f.rule} ${message}${sanitise(sideNote(f, l))}\n`
      )
    })
    .join("")

/** Escaping of workflow command data and properties, as GitHub's toolkit does it. */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C")

/** One annotation per side of each finding, each place once. */
export const renderGithub = (findings: ReadonlyArray<Finding>): string =>
  findings
    .filter((f) => !f.suppressed && f.severity !== "off")
    .flatMap((f) => {
      const title = `title=${escapeProperty(`corroborate ${f.rule}`)}`
      const command = f.severity === "error" ? "error" : "warning"
      const sides = sidesOf(f)
      if (sides.length === 0) return [`::${command} ${title}::${escapeData(sanitise(f.message))}\n`]
      return sides.map((l) => {
        const props = [
          `file=${escapeProperty(sanitise(l.path.replace(/\\/g, "/").replace(/^\.\//, "")))}`,
          `line=${l.line}`,
          `col=${l.column}`,
          `endLine=${l.endLine}`,
          `endColumn=${l.endColumn}`,
          title
        ]
        return `::${command} ${props.join(",")}::${escapeData(sanitise(f.message + sideNote(f, l)))}\n`
      })
    })
    .join("")

const md = (s: string) =>
  sanitise(s)
    .replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`)
    .replace(/\n/g, " ")

const where = (f: Finding) => {
  const l = sidesOf(f)[0]
  return l ? at(l) : "(no location)"
}

export const renderMarkdownSummary = (report: StreamedReport, findings: ReadonlyArray<Finding>): string => {
  const s = report.summary
  const active = findings.filter((f) => !f.suppressed)
  const lines = [
    "## Corroborate audit",
    "",
    "| documents | facts | corroborated | single-source | conflicts | misquotes | attribution conflicts | unreadable |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${s.documents} | ${s.facts} | ${s.corroborated} | ${s.singleSource} | ${s.conflicts} | ${s.misquotes} | ${s.attributionConflicts} | ${s.unreadable} |`,
    ""
  ]
  const errors = active.filter((f) => f.severity === "error")
  if (errors.length > 0) {
    lines.push("| rule | finding | where |", "|---|---|---|")
    for (const f of errors.slice(0, 50))
      lines.push(`| ${f.rule} | ${md(f.message)} | ${md(sidesOf(f).map(at).join(", ") || where(f))} |`)
    if (errors.length > 50) lines.push(`| | … and ${errors.length - 50} more | |`)
  } else lines.push("No finding fails the run.")
  const suppressed = findings.filter((f) => f.suppressed).length
  if (suppressed > 0) lines.push("", `${plural(suppressed, "finding")} accepted in the baseline.`)
  return `${lines.join("\n")}\n`
}

const RULE_NOUNS: Readonly<Record<RuleId, readonly [string, string]>> = {
  conflict: ["conflict", "conflicts"],
  misquote: ["misquote", "misquotes"],
  "attribution-conflict": ["attribution conflict", "attribution conflicts"],
  "internal-inconsistency": ["internal inconsistency", "internal inconsistencies"],
  unreadable: ["unreadable document", "unreadable documents"],
  "single-source": ["single-source fact", "single-source facts"],
  update: ["update", "updates"]
}

/** "2 conflicts, 1 misquote, 14 single-source facts": the findings that count, by kind, in the order they matter. */
export const countsByKind = (findings: ReadonlyArray<Finding>): string => {
  const active = findings.filter((f) => !f.suppressed && f.severity !== "off")
  const order = Object.keys(RULE_NOUNS) as Array<RuleId>
  const parts = order
    .map((rule) => [rule, active.filter((f) => f.rule === rule).length] as const)
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => `${n} ${RULE_NOUNS[rule][n === 1 ? 0 : 1]}`)
  return parts.length > 0 ? parts.join(", ") : "no findings"
}

/** A sentence with its value marked: bold on a terminal, [brackets] elsewhere. */
const marked = (l: Location, colour: boolean, max = 160): string => {
  let { text } = l
  let mark = l.mark
  // keep the marked value in view in a long sentence
  if (text.length > max) {
    const from = mark === null ? 0 : Math.max(0, Math.min(mark.start - 40, text.length - max))
    text = `${from > 0 ? "..." : ""}${text.slice(from, from + max)}...`
    if (mark !== null)
      mark = {
        start: mark.start - from + (from > 0 ? 3 : 0),
        end: Math.min(mark.end - from + (from > 0 ? 3 : 0), text.length - 3)
      }
  }
  const clean = (s: string) => sanitise(s).replace(/\s+/g, " ")
  if (mark === null || mark.start < 0 || mark.end <= mark.start) return clean(text)
  const [open, close] = colour ? ["\u001b[1m", "\u001b[22m"] : ["[", "]"]
  return `${clean(text.slice(0, mark.start))}${open}${clean(text.slice(mark.start, mark.end))}${close}${clean(text.slice(mark.end))}`
}

export interface PrettyOptions {
  readonly colour: boolean
  /** Where the report files were written, and their names. */
  readonly written?: { readonly dir: string; readonly files: ReadonlyArray<string> }
}

export const renderPretty = (
  report: StreamedReport,
  findings: ReadonlyArray<Finding>,
  options: PrettyOptions
): string => {
  const { colour } = options
  const c = (code: string, s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s)
  const out: Array<string> = []
  for (const f of findings) {
    if (f.suppressed || f.severity === "off") continue
    const tag = f.severity === "error" ? c("31;1", "error") : c("33;1", "warning")
    out.push(`${tag} ${c("2", f.rule)} ${sanitise(f.message)}`)
    const sides = sidesOf(f)
    for (const l of sides.slice(0, 8)) {
      const from = l.origin ? ` ${c("2", sanitise(l.copyOf ? `${l.origin}, copy of ${l.copyOf}` : l.origin))}` : ""
      out.push(
        `    ${c("36", sanitise(at(l)))}${from}`,
        `      ${f.rule === "unreadable" ? sanitise(l.text) : marked(l, colour)}`
      )
    }
    if (sides.length > 8) out.push(`    ... ${plural(sides.length - 8, "more place")}`)
  }
  const s = report.summary
  const active = findings.filter((f) => !f.suppressed)
  const errors = active.filter((f) => f.severity === "error").length
  const warnings = active.filter((f) => f.severity === "warn").length
  const suppressed = findings.filter((f) => f.suppressed).length
  out.push(
    "",
    `${plural(s.documents, "document")} (${s.unreadable} unreadable), ${plural(s.stories, "story", "stories")}, ${plural(s.claims, "claim")}, ${plural(s.quotes, "quote")}`,
    `${plural(s.facts, "fact")}: ${s.corroborated} corroborated, ${s.singleSource} single-source, ${s.conflicts} in conflict; ${plural(s.misquotes, "misquote")}, ${plural(s.attributionConflicts, "attribution conflict")}, ${plural(s.updates, "update")}`,
    ...(report.skipped.length > 0
      ? [
          `Not read: ${report.skipped
            .slice(0, 5)
            .map((k) => sanitise(k.path))
            .join(
              ", "
            )}${report.skipped.length > 5 ? `, and ${report.skipped.length - 5} more` : ""} (hidden or dependencies; name one on the command line to read it)`
        ]
      : []),
    `Findings: ${countsByKind(findings)}${suppressed ? `; ${suppressed} accepted in the baseline` : ""}`,
    `${c(errors > 0 ? "31;1" : "32", plural(errors, "error"))}, ${plural(warnings, "warning")}`
  )
  if (options.written)
    out.push(`Reports written to ${sanitise(options.written.dir)}: ${options.written.files.join(", ")}`)
  return `${out.join("\n")}\n`
}

export const renderConsoleJson = (report: StreamedReport, findings: ReadonlyArray<Finding>): string =>
  `${JSON.stringify({ summary: report.summary, findings }, null, 2)}\n`
