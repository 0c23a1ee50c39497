/**
 * `corroborate audit [paths...]`: read, analyse, write the reports, print the
 * findings, and exit with a code that means one thing: 0 nothing fails the
 * run, 1 an error finding or too many warnings, 2 the tool could not do its job.
 */
import { Args, Command, Options } from "@effect/cli"
import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Either, Option } from "effect"
import picomatch from "picomatch"
import { pathToFileURL } from "node:url"
import { assemble, findingsOf, type AnalysedDocument } from "@corroborate/claims"
import { AnalysisPool, analyseInline, poolSize } from "./WorkerPool.js"
import { readCorpus } from "@corroborate/sources"
import {
  csvFiles, jsonChunks, renderConsoleJson, renderGithub, renderHtml, renderLine, renderMarkdownSummary, renderPretty, renderSarif
} from "@corroborate/reports"
import { createWriteStream } from "node:fs"
import { ExitWith, FINDINGS, OK, TOOL_ERROR } from "./ExitCode.js"
import { Format, loadConfig, severitiesOf, type Config } from "./Config.js"
import { applyBaseline, BASELINE_FILE, baselineFor, parseBaseline, type Baseline } from "./Baseline.js"
import { Progress } from "./Progress.js"

const paths = Args.text({ name: "path" }).pipe(Args.withDescription("files or folders of articles (folders are read recursively); default: the working directory"), Args.repeated)
const out = Options.directory("out").pipe(Options.withDescription("folder for the report files (default: reports)"), Options.optional)
const config = Options.file("config").pipe(Options.withDescription("configuration file; turns off the search for corroborate.config.json"), Options.optional)
const format = Options.choice("format", Format.literals).pipe(Options.withDescription("console output: pretty (default), line, json, github, sarif"), Options.optional)
const maxWarnings = Options.integer("max-warnings").pipe(Options.withDescription("fail (exit 1) when there are more warnings than this"), Options.optional)
const strict = Options.boolean("strict").pipe(Options.withDescription("exit 2 when a document cannot be read"))
const baseline = Options.file("baseline").pipe(Options.withDescription(`accepted findings (default: ${BASELINE_FILE} if present)`), Options.optional)
const updateBaseline = Options.boolean("update-baseline").pipe(Options.withDescription("write the current findings to the baseline file and exit 0"))
const csvBom = Options.boolean("csv-bom").pipe(Options.withDescription("start CSV files with a UTF-8 byte order mark, for spreadsheet programs"))

const fail = (message: string) => Effect.fail(new ExitWith({ code: TOOL_ERROR, message }))

/** Writes chunks to a file, waiting for the stream to drain so memory holds one chunk at a time. */
const writeChunks = (file: string, chunks: Iterable<string>) =>
  Effect.async<void, Error>((resume) => {
    const out = createWriteStream(file)
    const it = chunks[Symbol.iterator]()
    out.on("error", (e) => resume(Effect.fail(e)))
    const pump = () => {
      for (let n = it.next(); !n.done; n = it.next()) if (!out.write(n.value)) return void out.once("drain", pump)
      out.end(() => resume(Effect.void))
    }
    pump()
  })

/** include/exclude globs of the configuration as a filter on paths relative to each folder given. */
const acceptOf = (cfg: Config): ((rel: string) => boolean) | undefined => {
  if (!cfg.include && !cfg.exclude) return undefined
  const inc = cfg.include ? picomatch([...cfg.include], { dot: false }) : () => true
  const exc = cfg.exclude ? picomatch([...cfg.exclude], { dot: false }) : () => false
  return (rel) => inc(rel) && !exc(rel)
}

export const auditCommand = Command.make(
  "audit",
  { paths, out, config, format, maxWarnings, strict, baseline, updateBaseline, csvBom },
  (args) =>
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      // @effect/cli takes an unknown "--flag" after the paths as one more path
      for (const p of args.paths) {
        if (p.startsWith("-") && !(yield* fs.exists(p))) return yield* fail(`unknown option '${p}'; see 'corroborate audit --help'`)
      }
      const loaded = yield* loadConfig(Option.getOrNull(args.config)).pipe(Effect.catchTag("ConfigError", (e) => fail(e.message)))
      const cfg = loaded.config
      const outDir = Option.getOrElse(args.out, () => cfg.out ?? "reports")
      const fmt = Option.getOrElse(args.format, () => cfg.format ?? "pretty")
      const maxWarn = Option.getOrElse(args.maxWarnings, () => cfg.maxWarnings ?? Number.POSITIVE_INFINITY)
      if (maxWarn < 0) return yield* fail("--max-warnings must be 0 or more")
      const isStrict = args.strict || cfg.strict === true
      const inputs = args.paths.length > 0 ? args.paths : ["."]
      const progress = new Progress(process.stderr)

      // read and analyse as a stream: documents go to worker threads as they are decoded,
      // and only their analyses (claims, quotes, sketches) are kept
      let pool: AnalysisPool | null = null
      const inline: Array<AnalysedDocument> = []
      let total = 0
      const corpus = yield* readCorpus(inputs, {
        ...(acceptOf(cfg) ? { accept: acceptOf(cfg)! } : {}),
        ...(cfg.manifest ? { manifest: cfg.manifest } : {}),
        concurrency: 4,
        onPlan: (files) => {
          total = files
          const size = poolSize(files)
          if (size > 0) pool = new AnalysisPool(size)
        },
        onRead: (done) => progress.update("analysing", done, total),
        onDocument: (doc) => (pool ? pool.submit(doc).pipe(Effect.orDie) : Effect.sync(() => void inline.push(analyseInline(doc))))
      }).pipe(Effect.catchTag("NoReadableInput", (e) => fail(e.message)))
      const analysed: ReadonlyArray<AnalysedDocument> = pool ? yield* (pool as AnalysisPool).drain().pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: e.message }))) : inline
      progress.done()
      const report = assemble(analysed, corpus.unreadable, cfg.tolerances?.relative !== undefined ? { tolerances: { relative: cfg.tolerances.relative } } : {})

      // findings and the baseline
      const severities = severitiesOf(cfg)
      const baselinePath = Option.getOrElse(args.baseline, () => cfg.baseline ?? BASELINE_FILE)
      const explicitBaseline = Option.isSome(args.baseline) || cfg.baseline !== undefined
      let previous: Baseline | null = null
      if (yield* fs.exists(baselinePath)) {
        const text = yield* fs.readFileString(baselinePath).pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot read baseline ${baselinePath}: ${e.message}` })))
        const parsed = parseBaseline(text)
        if (Either.isLeft(parsed)) return yield* fail(`invalid baseline ${baselinePath}: ${parsed.left}`)
        previous = parsed.right
      } else if (explicitBaseline && !args.updateBaseline) return yield* fail(`baseline file ${baselinePath} does not exist; create it with --update-baseline`)
      const raw = findingsOf(report, severities)
      if (args.updateBaseline) {
        const next = baselineFor(raw, previous)
        yield* fs.writeFileString(baselinePath, `${JSON.stringify(next, null, 2)}\n`).pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot write baseline: ${e.message}` })))
        yield* Console.error(`wrote ${next.accepted.length} accepted finding${next.accepted.length === 1 ? "" : "s"} to ${baselinePath}`)
        return OK
      }
      // locations as repo-relative paths, the way CI annotations and editors want them
      const cwd = path.resolve(".")
      // outside the working directory a location can only be an absolute file URI
      const uriOf = (p: string) => {
        const rel = path.relative(cwd, path.resolve(p))
        return rel.startsWith("..") || path.isAbsolute(rel) ? pathToFileURL(path.resolve(p)).href : rel.split(path.sep).join("/")
      }
      const findings = applyBaseline(raw, previous).map((f) => ({ ...f, locations: f.locations.map((l) => ({ ...l, path: uriOf(l.path) })) }))

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
      yield* fs.makeDirectory(outDir, { recursive: true }).pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot create ${outDir}: ${e.message}` })))
      for (const [name, render] of files) {
        yield* writeChunks(path.join(outDir, name), render()).pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot write ${name}: ${e.message}` })))
      }

      // console
      const colour = process.stdout.isTTY === true && !process.env["NO_COLOR"]
      const text = fmt === "line" ? renderLine(findings)
        : fmt === "json" ? renderConsoleJson(report, findings)
        : fmt === "github" ? renderGithub(findings)
        : fmt === "sarif" ? renderSarif(findings)
        : renderPretty(report, findings, colour)
      yield* Effect.sync(() => process.stdout.write(text))
      const summaryFile = process.env["GITHUB_STEP_SUMMARY"]
      if (fmt === "github" && summaryFile) {
        yield* fs.writeFileString(summaryFile, renderMarkdownSummary(report, findings), { flag: "a" }).pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot write $GITHUB_STEP_SUMMARY: ${e.message}` })))
      }

      // exit code
      if (isStrict && report.summary.unreadable > 0) return yield* fail(`${report.summary.unreadable} document${report.summary.unreadable === 1 ? "" : "s"} could not be read (--strict)`)
      const active = findings.filter((f) => !f.suppressed)
      const errors = active.filter((f) => f.severity === "error").length
      const warnings = active.filter((f) => f.severity === "warn").length
      if (errors > 0) return FINDINGS
      if (warnings > maxWarn) {
        yield* Console.error(`${warnings} warnings is more than --max-warnings ${maxWarn}`)
        return FINDINGS
      }
      return OK
    }).pipe(Effect.flatMap((code) => (code === OK ? Effect.void : Effect.fail(new ExitWith({ code, message: "" })))))
).pipe(Command.withDescription("audit a corpus: facts, their sources, conflicts, quotes; reports as JSON, CSV, SARIF and HTML"))
