/**
 * `corroborate audit [paths...]`: read, analyse, write the reports, print the
 * findings, and exit with a code that means one thing: 0 nothing fails the
 * run, 1 an error finding or too many warnings, 2 the tool could not do its job.
 */
import { Args, Command, Options } from "@effect/cli"
import { FileSystem } from "@effect/platform"
import { Effect, Option } from "effect"
import { statSync } from "node:fs"
import type { AnalysedDocument, UnreadableDocument } from "@corroborate/claims/internal"
import { AnalysisPool, poolSize } from "./WorkerPool.js"
import { NoReadableInput, readCorpus } from "@corroborate/sources"
import { readAndAnalyse } from "./Isolation.js"
import { publish } from "./Publish.js"
import { withOutputFolder } from "./OutputFolder.js"
import { ExitWith, OK, TOOL_ERROR } from "./ExitCode.js"
import { acceptOf, loadConfig } from "./Config.js"
import { withSpillFolder } from "./PartitionedReduce.js"
import { finishReduce, makeReducer, reduceOption, type Reducer } from "./Reducer.js"
import { configOption, formatOption, maxDocumentSizeOption, maxDocumentTimeOption, outOption } from "./CommonOptions.js"
import { BASELINE_FILE } from "./Baseline.js"
import { Progress } from "./Progress.js"
import { markPhase } from "./Stats.js"

const paths = Args.text({ name: "path" }).pipe(
  Args.withDescription("files or folders of articles (folders are read recursively); default: the working directory"),
  Args.repeated
)
const out = outOption
const config = configOption
const format = formatOption
const maxWarnings = Options.integer("max-warnings").pipe(
  Options.withDescription("fail (exit 1) when there are more warnings than this"),
  Options.optional
)
const strict = Options.boolean("strict").pipe(Options.withDescription("exit 2 when a document cannot be read"))
const baseline = Options.file("baseline").pipe(
  Options.withDescription(`accepted findings (default: ${BASELINE_FILE} if present)`),
  Options.optional
)
const updateBaseline = Options.boolean("update-baseline").pipe(
  Options.withDescription("write the current findings to the baseline file and exit 0")
)
const maxDocumentSize = maxDocumentSizeOption
const maxDocumentTime = maxDocumentTimeOption
const reduce = reduceOption
const csvBom = Options.boolean("csv-bom").pipe(
  Options.withDescription("start CSV files with a UTF-8 byte order mark, for spreadsheet programs")
)

/** Files above this size are analysed in a worker even in a small run. */
const INLINE_BYTES = 1024 * 1024
const sizeOf = (file: string): number => {
  try {
    return statSync(file).size
  } catch {
    // unreadable: the reader says why
    return 0
  }
}

const fail = (message: string) => Effect.fail(new ExitWith({ code: TOOL_ERROR, message }))

export const auditCommand = Command.make(
  "audit",
  {
    paths,
    out,
    config,
    format,
    maxWarnings,
    strict,
    baseline,
    updateBaseline,
    csvBom,
    maxDocumentSize,
    maxDocumentTime,
    reduce
  },
  (args) =>
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      // @effect/cli takes an unknown "--flag" after the paths as one more path
      for (const p of args.paths) {
        if (p.startsWith("-") && !(yield* fs.exists(p)))
          return yield* fail(`unknown option '${p}'; see 'corroborate audit --help'`)
      }
      const loaded = yield* loadConfig(Option.getOrNull(args.config)).pipe(
        Effect.catchTag("ConfigError", (e) => fail(e.message))
      )
      const cfg = loaded.config
      const outDir = Option.getOrElse(args.out, () => cfg.out ?? "reports")
      const fmt = Option.getOrElse(args.format, () => cfg.format ?? "pretty")
      const maxWarn = Option.getOrElse(args.maxWarnings, () => cfg.maxWarnings ?? Number.POSITIVE_INFINITY)
      if (maxWarn < 0) return yield* fail("--max-warnings must be 0 or more")
      const isStrict = args.strict || cfg.strict === true
      const sizeMb = Option.getOrElse(args.maxDocumentSize, () => cfg.maxDocumentSize ?? 20)
      const seconds = Option.getOrElse(args.maxDocumentTime, () => cfg.maxDocumentTime ?? 60)
      if (!(sizeMb > 0)) return yield* fail("--max-document-size must be a number of MB above 0")
      if (!(seconds > 0)) return yield* fail("--max-document-time must be a number of seconds above 0")
      const inputs = args.paths.length > 0 ? args.paths : ["."]
      const progress = new Progress(process.stderr)

      // one run at a time writes to an output folder; a second fails at once instead of mixing files
      return yield* withOutputFolder(
        outDir,
        withSpillFolder((spillDir) =>
          Effect.gen(function* () {
            // read and analyse as a stream: files go to worker threads, which read, decode and
            // analyse them; their analyses go to the reducer (kept in memory, or spilled when partitioned)
            let pool: AnalysisPool | null = null
            // a small run reads inline, but a large file still goes to a worker of its own: there its time budget
            // holds and a stop is not kept waiting for it
            let aside: AnalysisPool | null = null
            let reducer: Reducer | null = null
            let total = 0
            const reducerOf = () =>
              (reducer ??= makeReducer(args.reduce, total, cfg, spillDir, (done, all) =>
                progress.update("reducing", done, all)
              ))
            const onAnalysis = (a: AnalysedDocument) => reducerOf().add(a)
            const inlineUnreadable: Array<UnreadableDocument> = []
            let done = 0
            const onDone = () => progress.update("analysing", ++done, total)
            // what this run writes or reads as settings is never read as a document (a second run would audit the first's output)
            const skip = [
              outDir,
              Option.getOrNull(args.baseline) ?? cfg.baseline ?? BASELINE_FILE,
              ...(loaded.file ? [loaded.file] : [])
            ]
            if (args.paths.length === 0)
              process.stderr.write(
                `corroborate: auditing ${process.cwd()} (no path given; skipping ${outDir}/, node_modules and dot-folders)\n`
              )
            const corpus = yield* readCorpus(inputs, {
              skip,
              maxDocumentBytes: Math.round(sizeMb * 1024 * 1024),
              ...(acceptOf(cfg) ? { accept: acceptOf(cfg)! } : {}),
              ...(cfg.manifest ? { manifest: cfg.manifest } : {}),
              onPlan: (files) => {
                markPhase("plan")
                total = files
                // chosen before the workers start: a partitioned reduce bounds their heaps' growth too
                reducerOf()
                const size = poolSize(files)
                if (size > 0) pool = new AnalysisPool(size, { onDone, timeBudget: seconds, onAnalysis })
              },
              onFile: (job) => {
                if (pool) return pool.submit(job).pipe(Effect.orDie)
                if (sizeOf(job.absolute) > INLINE_BYTES) {
                  aside ??= new AnalysisPool(1, { onDone, timeBudget: seconds, onAnalysis })
                  return aside.submit(job).pipe(Effect.orDie)
                }
                return Effect.sync(() => {
                  const read = readAndAnalyse(job)
                  for (const a of read.documents) onAnalysis(a)
                  inlineUnreadable.push(...read.unreadable)
                  onDone()
                })
              }
            }).pipe(Effect.catchTag("NoReadableInput", (e) => fail(e.message)))
            const pools = ([pool, aside] as Array<AnalysisPool | null>).filter((p): p is AnalysisPool => p !== null)
            for (const p of pools)
              yield* p.drain().pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: e.message })))
            // the threads' heaps are let go before the reduce, which on a large corpus is the peak
            for (const p of pools) yield* p.close()
            const unreadable = [...corpus.unreadable, ...inlineUnreadable, ...pools.flatMap((p) => p.unreadable)]
            progress.done()
            markPhase("read and analyse")
            if (reducerOf().count === 0) {
              return yield* fail(
                new NoReadableInput({ paths: inputs, reasons: unreadable.map((u) => `${u.path}: ${u.error}`) }).message
              )
            }
            const reduced = yield* finishReduce(reducerOf(), unreadable, corpus.skipped)
            progress.done()
            markPhase("assemble")

            return yield* publish(reduced, {
              cfg,
              outDir,
              format: fmt,
              maxWarnings: maxWarn,
              strict: isStrict,
              baseline: Option.getOrNull(args.baseline),
              updateBaseline: args.updateBaseline,
              csvBom: args.csvBom
            })
          })
        )
      )
    }).pipe(Effect.flatMap((code) => (code === OK ? Effect.void : Effect.fail(new ExitWith({ code, message: "" })))))
).pipe(
  Command.withDescription(
    "audit a corpus: facts, their sources, conflicts, quotes; reports as JSON, CSV, SARIF and HTML"
  )
)
