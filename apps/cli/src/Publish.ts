/**
 * The end of every audit, whether run whole (`audit`) or reduced from shards
 * (`merge`): findings with their severities and the baseline, the report files,
 * the console output, and the exit code.
 */
import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Either, Option } from "effect"
import { join } from "node:path"
import { findingsOf, type AuditReport, type Finding, type StreamedReport } from "@corroborate/claims/internal"
import {
  countsByKind,
  csvFiles,
  jsonChunks,
  renderConsoleJson,
  renderGithub,
  renderHtml,
  renderLine,
  renderMarkdownSummary,
  renderPretty,
  renderSarif,
  sanitise,
  terminalJson
} from "@corroborate/reports"
import { ExitWith, FINDINGS, OK, TOOL_ERROR } from "./ExitCode.js"
import { markPhase } from "./Stats.js"
import { severitiesOf, type Config } from "./Config.js"
import { commit, replaceFile, stage, withOutputFolder, writeChunks } from "./OutputFolder.js"
import { applyBaseline, BASELINE_FILE, baselineFor, parseBaseline, type Baseline } from "./Baseline.js"

export interface PublishOptions {
  readonly cfg: Config
  readonly outDir: string
  readonly format: "pretty" | "line" | "json" | "github" | "sarif"
  readonly maxWarnings: number
  readonly strict: boolean
  /** --baseline, when given */
  readonly baseline: string | null
  readonly updateBaseline: boolean
  readonly csvBom: boolean
}

const fail = (message: string) => Effect.fail(new ExitWith({ code: TOOL_ERROR, message }))

/**
 * What a reduce hands over: a report in memory, whose findings are read from it, or a
 * partitioned reduce's report, whose long lists are on disk and whose findings it made
 * partition by partition (with the configuration's severities).
 */
export type Reduced =
  | { readonly report: AuditReport }
  | { readonly report: StreamedReport; readonly findings: ReadonlyArray<Finding> }

export const publish = (reduced: Reduced, o: PublishOptions) =>
  Effect.gen(function* () {
    const report = reduced.report
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const cfg = o.cfg
    const outDir = o.outDir
    const fmt = o.format
    const maxWarn = o.maxWarnings
    const isStrict = o.strict
    const args = { updateBaseline: o.updateBaseline, csvBom: o.csvBom }
    // findings and the baseline
    const severities = severitiesOf(cfg)
    const baselinePath = o.baseline ?? cfg.baseline ?? BASELINE_FILE
    const explicitBaseline = o.baseline !== null || cfg.baseline !== undefined
    let previous: Baseline | null = null
    if (yield* fs.exists(baselinePath)) {
      const text = yield* fs
        .readFileString(baselinePath)
        .pipe(
          Effect.mapError(
            (e) => new ExitWith({ code: TOOL_ERROR, message: `cannot read baseline ${baselinePath}: ${e.message}` })
          )
        )
      const parsed = parseBaseline(text)
      if (Either.isLeft(parsed)) return yield* fail(`invalid baseline ${baselinePath}: ${parsed.left}`)
      previous = parsed.right
    } else if (explicitBaseline && !args.updateBaseline)
      return yield* fail(`baseline file ${baselinePath} does not exist; create it with --update-baseline`)
    const raw = "findings" in reduced ? reduced.findings : findingsOf(reduced.report, severities)
    if (args.updateBaseline) {
      const next = baselineFor(raw, previous)
      yield* replaceFile(baselinePath, `${JSON.stringify(next, null, 2)}\n`)
      yield* Console.error(
        `wrote ${next.accepted.length} accepted finding${next.accepted.length === 1 ? "" : "s"} to ${baselinePath}`
      )
      return OK
    }
    // locations as paths relative to the working directory, the way CI annotations and editors want them
    // ("../shared/a.md" outside it; an absolute path only on another drive)
    const cwd = path.resolve(".")
    const uriOf = (p: string) => {
      const rel = path.relative(cwd, path.resolve(p))
      return path.isAbsolute(rel) ? path.resolve(p) : rel.split(path.sep).join("/")
    }
    const findings = applyBaseline(raw, previous).map((f) => ({
      ...f,
      locations: f.locations.map((l) => ({ ...l, path: uriOf(l.path) }))
    }))
    markPhase("findings")

    // report files
    const outputs = new Set(cfg.outputs ?? ["json", "csv", "sarif", "html"])
    const csv = { bom: args.csvBom || cfg.csvBom === true }
    // files are written as streams of chunks: a large corpus's report is bigger than any one string
    const files: Array<readonly [string, () => Iterable<string>]> = [
      ...(outputs.has("json") ? [["report.json", () => jsonChunks(report)] as const] : []),
      ...(outputs.has("csv") ? csvFiles.map(([name, chunks]) => [name, () => chunks(report, csv)] as const) : []),
      ...(outputs.has("sarif") ? [["report.sarif", () => [renderSarif(findings)]] as const] : []),
      ...(outputs.has("html") ? [["report.html", () => [renderHtml(report, findings)]] as const] : [])
    ]
    // written into a staging folder, then committed as a set: a run stopped at any moment leaves the previous
    // reports or the new ones, and files of an earlier run that this one does not write are removed
    const staging = yield* Effect.try({
      try: () => stage(outDir),
      catch: (e) => new ExitWith({ code: TOOL_ERROR, message: `cannot write to ${outDir}: ${(e as Error).message}` })
    })
    for (const [name, render] of files) {
      yield* writeChunks(join(staging, name), render())
      markPhase(`write ${name}`)
    }
    yield* Effect.try({
      try: () =>
        commit(
          outDir,
          staging,
          files.map(([name]) => name)
        ),
      catch: (e) =>
        new ExitWith({
          code: TOOL_ERROR,
          message: `cannot replace the reports in ${outDir}: ${(e as Error).message}; the previous reports are unchanged`
        })
    })

    // console: colour only on a terminal, and never when NO_COLOR is set
    const colour = process.stdout.isTTY === true && !process.env["NO_COLOR"]
    const written = { dir: outDir, files: files.map(([name]) => name) }
    const text =
      fmt === "line"
        ? renderLine(findings)
        : fmt === "json"
          ? terminalJson(renderConsoleJson(report, findings))
          : fmt === "github"
            ? renderGithub(findings)
            : fmt === "sarif"
              ? terminalJson(renderSarif(findings))
              : renderPretty(report, findings, { colour, written })
    yield* Effect.sync(() => process.stdout.write(text))
    // machine-readable formats keep stdout to themselves: where the reports went goes to stderr
    if (fmt !== "pretty")
      yield* Console.error(
        `${countsByKind(findings)}; reports written to ${sanitise(written.dir)}: ${written.files.join(", ")}`
      )
    const summaryFile = process.env["GITHUB_STEP_SUMMARY"]
    if (fmt === "github" && summaryFile) {
      yield* fs
        .writeFileString(summaryFile, renderMarkdownSummary(report, findings), { flag: "a" })
        .pipe(
          Effect.mapError(
            (e) => new ExitWith({ code: TOOL_ERROR, message: `cannot write $GITHUB_STEP_SUMMARY: ${e.message}` })
          )
        )
    }

    // exit code
    if (isStrict && report.summary.unreadable > 0)
      return yield* fail(
        `${report.summary.unreadable} document${report.summary.unreadable === 1 ? "" : "s"} could not be read (--strict)`
      )
    const active = findings.filter((f) => !f.suppressed)
    const errors = active.filter((f) => f.severity === "error").length
    const warnings = active.filter((f) => f.severity === "warn").length
    if (errors > 0) return FINDINGS
    if (warnings > maxWarn) {
      yield* Console.error(`${warnings} warnings is more than --max-warnings ${maxWarn}`)
      return FINDINGS
    }
    return OK
  })

/**
 * Publishes a report reduced from shards (`merge`, `cluster submit`) into its output folder, with the
 * configuration's settings: no baseline, as a reduce has no command line of its own for one.
 */
export const publishReduced = (
  reduced: Reduced,
  cfg: Config,
  outDir: string,
  formatOption: Option.Option<PublishOptions["format"]>
) => {
  const format = Option.getOrElse(formatOption, () => cfg.format ?? "pretty")
  return withOutputFolder(
    outDir,
    publish(reduced, {
      cfg,
      outDir,
      format,
      maxWarnings: cfg.maxWarnings ?? Number.POSITIVE_INFINITY,
      strict: cfg.strict === true,
      baseline: null,
      updateBaseline: false,
      csvBom: cfg.csvBom === true
    })
  )
}

/** The assemble options a configuration sets. */
export const assembleOptions = (cfg: Config) =>
  cfg.tolerances?.relative !== undefined ? { tolerances: { relative: cfg.tolerances.relative } } : {}
