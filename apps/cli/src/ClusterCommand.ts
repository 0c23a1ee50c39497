/**
 * `corroborate cluster`: the audit's map and reduce as jobs on BullMQ over
 * Redis, so that any number of machines analyse a corpus.
 *
 * - `cluster worker` takes jobs until stopped: map jobs (read and analyse a
 *   batch of files, write its shard; see ClusterShards) and the flow's reduce
 *   barrier, which runs once every map job of a submit is done.
 * - `cluster submit <paths> --out DIR` lists the corpus as `audit` does, enqueues
 *   one flow (a map job per batch of files under one reduce job), shows its
 *   progress, then reads the shards and writes the reports: the same files,
 *   findings and exit code as `audit` of the same paths.
 *
 * Workers and the submitter share the shard folder (a mounted volume). A
 * worker that dies holds its job's lock until it lapses; BullMQ then hands the
 * job to another worker. Shards are named by content, so a retried, duplicated
 * or restarted job changes nothing.
 */
import { Args, Command, Options } from "@effect/cli"
import { Effect, Option } from "effect"
import { randomUUID } from "node:crypto"
import { mkdirSync } from "node:fs"
import { resolve } from "node:path"
import { FlowProducer, type Job, QueueEvents, type RedisOptions, Worker } from "bullmq"
import { readCorpus } from "@corroborate/sources"
import type { FileJob } from "@corroborate/sources/file-job"
import { type MapJob, type MapResult, readShards, runMapJob, shardFor } from "./ClusterShards.js"
import { acceptOf, loadConfig } from "./Config.js"
import { configOption, formatOption, maxDocumentSizeOption, outOption } from "./CommonOptions.js"
import { BASELINE_FILE } from "./Baseline.js"
import { ExitWith, OK, TOOL_ERROR } from "./ExitCode.js"
import { publishReduced } from "./Publish.js"
import { withSpillFolder } from "./PartitionedReduce.js"
import { finishReduce, makeReducer, reduceOption } from "./Reducer.js"
import { AnalysisPool } from "./WorkerPool.js"
import { pingRedis } from "./LocalRedis.js"

/** The queue every worker and submit of one Redis share. */
export const QUEUE = "corroborate-audit"
/** Files per map job: enough to outweigh a job's round trip, few enough to spread a small corpus over workers. */
const BATCH = 16

const redis = Options.text("redis").pipe(
  Options.withDescription("Redis URL (default: $CORROBORATE_REDIS or redis://127.0.0.1:6379)"),
  Options.optional
)
const redisUrl = (o: Option.Option<string>): string =>
  Option.getOrElse(o, () => process.env["CORROBORATE_REDIS"] ?? "redis://127.0.0.1:6379")

const fail = (message: string) => Effect.fail(new ExitWith({ code: TOOL_ERROR, message }))

/**
 * The connection settings of a Redis URL, as BullMQ wants them (no retry limit on its blocking commands). BullMQ
 * opens and closes its own connections from them; the URL is first tried once, so a Redis that is not there is
 * an error that says so, not a wait without end.
 */
const connect = (url: string) =>
  Effect.gen(function* () {
    const parsed = yield* Effect.try({
      try: () => new URL(url),
      catch: () =>
        new ExitWith({ code: TOOL_ERROR, message: `--redis must be a URL such as redis://host:6379; got '${url}'` })
    })
    if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:")
      return yield* fail(`--redis must be a redis:// or rediss:// URL; got '${url}'`)
    const options: RedisOptions = { url, maxRetriesPerRequest: null }
    yield* Effect.tryPromise({
      try: () => pingRedis(url),
      catch: (e) =>
        new ExitWith({
          code: TOOL_ERROR,
          message: `cannot reach Redis at ${url} (${(e as Error).message}); start a Redis server there, or give its URL with --redis`
        })
    })
    return options
  })

// ---------------------------------------------------------------------------
// worker

const concurrency = Options.integer("concurrency").pipe(
  Options.withDescription("jobs this worker runs at once (default: 1; run one worker per core)"),
  Options.withDefault(1)
)
const lockSeconds = Options.float("lock-seconds").pipe(
  Options.withDescription(
    "how long a job stays with a worker that stopped answering before another takes it (default: 30)"
  ),
  Options.withDefault(30)
)

const maxDocumentTime = Options.float("max-document-time").pipe(
  Options.withDescription(
    "seconds a file's analysis may take before it is reported and its thread replaced (default: 60)"
  ),
  Options.withDefault(60)
)

/**
 * What a worker does with a job: a map job writes its shard, its files analysed by a pool of one worker
 * thread per concurrent job (so a file over the time budget is reported, as in audit); the reduce job, run
 * last, names the shards.
 */
const handler =
  (pools: Array<AnalysisPool>) =>
  async (job: Job): Promise<MapResult | ReadonlyArray<string>> => {
    if (job.name === "map") {
      const pool = pools.pop()!
      try {
        return await runMapJob(job.data as MapJob, (files) =>
          Effect.runPromise(
            Effect.forEach(files, (f) => pool.submit(f), { discard: true }).pipe(
              Effect.zipRight(pool.settle()),
              Effect.map(() => ({ documents: pool.take(), unreadable: pool.unreadable.splice(0) }))
            )
          )
        )
      } finally {
        pools.push(pool)
      }
    }
    const children = await job.getChildrenValues<MapResult>()
    return Object.values(children)
      .map((r) => r.shard)
      .sort()
  }

export const workerCommand = Command.make("worker", { redis, concurrency, lockSeconds, maxDocumentTime }, (args) =>
  Effect.scoped(
    Effect.gen(function* () {
      if (!(args.maxDocumentTime > 0)) return yield* fail("--max-document-time must be a number of seconds above 0")
      const url = redisUrl(args.redis)
      const connection = yield* connect(url)
      const lockDuration = Math.max(1000, Math.round(args.lockSeconds * 1000))
      const slots = Math.max(1, args.concurrency)
      const pools = yield* Effect.acquireRelease(
        Effect.sync(() =>
          Array.from({ length: slots }, () => new AnalysisPool(1, { timeBudget: args.maxDocumentTime }))
        ),
        (ps) => Effect.forEach(ps, (p) => p.close(), { discard: true })
      )
      const worker = yield* Effect.acquireRelease(
        Effect.sync(
          () =>
            new Worker(QUEUE, handler([...pools]), {
              connection,
              concurrency: slots,
              lockDuration,
              stalledInterval: Math.max(500, Math.round(lockDuration / 2)),
              maxStalledCount: 10
            })
        ),
        (w) => Effect.promise(() => w.close())
      )
      worker.on("failed", (job, e) => process.stderr.write(`corroborate: job ${job?.id} failed: ${e.message}\n`))
      process.stderr.write(`corroborate: worker ${process.pid} taking jobs from ${url}\n`)
      // until SIGINT or SIGTERM: the scope then closes the worker (its running jobs finish) and the connection
      yield* Effect.async<void>((resume) => {
        const stop = () => resume(Effect.void)
        process.once("SIGINT", stop)
        process.once("SIGTERM", stop)
      })
      return OK
    })
  )
).pipe(Command.withDescription("take map and reduce jobs from Redis until stopped (SIGINT or SIGTERM)"))

// ---------------------------------------------------------------------------
// submit

const paths = Args.text({ name: "path" }).pipe(
  Args.withDescription("files or folders of articles, as for audit"),
  Args.atLeast(1)
)
const out = outOption
const shards = Options.text("shards").pipe(
  Options.withDescription("folder every worker can reach for the analyses (default: .corroborate-shards)"),
  Options.optional
)
const config = configOption
const format = formatOption
const maxDocumentSize = maxDocumentSizeOption

/** Progress of a submit ("mapped 120/400 files", "reduced 3/9 partitions"): a bar on a terminal, a line every few seconds elsewhere (CI logs). */
const reporter = (verb: "mapped" | "reduced", things: "files" | "partitions") => {
  const tty = process.stderr.isTTY === true && !process.env["CI"]
  const started = Date.now()
  let last = 0
  let shown = -1
  return (done: number, total: number) => {
    const now = Date.now()
    if (done === shown || (done < total && now - last < (tty ? 100 : 5000))) return
    last = now
    shown = done
    const rate = done / Math.max(1, (now - started) / 1000)
    const eta = rate > 0 && done < total ? ` ETA ${Math.ceil((total - done) / rate)} s` : ""
    const line = `${verb} ${done}/${total} ${things} (${rate.toFixed(1)}/s)${eta}`
    process.stderr.write(tty ? `\r${line}\u001b[K` : `corroborate: ${line}\n`)
    if (tty && done >= total) process.stderr.write("\n")
  }
}

/**
 * The map on the cluster: one flow per submit (a map job per batch of files under a reduce job that runs
 * when all are done), its progress shown as the jobs complete; the shards the map wrote, in order.
 */
const mapOnCluster = (url: string, shardDir: string, files: ReadonlyArray<FileJob>) =>
  Effect.scoped(
    Effect.gen(function* () {
      const connection = yield* connect(url)
      const flows = yield* Effect.acquireRelease(
        Effect.sync(() => new FlowProducer({ connection })),
        (f) => Effect.promise(() => f.close())
      )
      const events = yield* Effect.acquireRelease(
        Effect.sync(() => new QueueEvents(QUEUE, { connection })),
        (q) => Effect.promise(() => q.close())
      )
      yield* Effect.tryPromise({
        try: () => events.waitUntilReady(),
        catch: (e) => new ExitWith({ code: TOOL_ERROR, message: `cannot use Redis at ${url}: ${(e as Error).message}` })
      })

      // one flow per submit: its map jobs, then the reduce job that waits for all of them
      const run = randomUUID()
      const batches: Array<ReadonlyArray<FileJob>> = []
      for (let k = 0; k < files.length; k += BATCH) batches.push(files.slice(k, k + BATCH))
      const report = reporter("mapped", "files")
      let mapped = 0
      report(0, files.length)
      const sizes = new Map(batches.map((b, k) => [`${run}-map-${k}`, b.length]))
      events.on("completed", ({ jobId }) => {
        const n = sizes.get(jobId)
        if (n === undefined) return
        sizes.delete(jobId)
        mapped += n
        report(mapped, files.length)
      })
      const flow = yield* Effect.tryPromise({
        try: () =>
          flows.add({
            name: "reduce",
            queueName: QUEUE,
            opts: { jobId: `${run}-reduce` },
            children: batches.map((b, k) => ({
              name: "map",
              queueName: QUEUE,
              data: { files: b, shard: shardFor(shardDir, b) } satisfies MapJob,
              // a batch that fails three times fails the run, rather than leaving the reduce waiting
              opts: { jobId: `${run}-map-${k}`, attempts: 3, removeOnComplete: true, failParentOnFailure: true }
            }))
          }),
        catch: (e) => new ExitWith({ code: TOOL_ERROR, message: `cannot enqueue the jobs: ${(e as Error).message}` })
      })
      const shardFiles = yield* Effect.tryPromise({
        try: () => flow.job.waitUntilFinished(events) as Promise<ReadonlyArray<string>>,
        catch: (e) => new ExitWith({ code: TOOL_ERROR, message: `the cluster run failed: ${(e as Error).message}` })
      })
      report(files.length, files.length)
      return shardFiles
    })
  )

export const submitCommand = Command.make(
  "submit",
  { paths, out, shards, config, format, maxDocumentSize, redis, reduce: reduceOption },
  (args) =>
    Effect.scoped(
      withSpillFolder((spillDir) =>
        Effect.gen(function* () {
          const loaded = yield* loadConfig(Option.getOrNull(args.config)).pipe(
            Effect.catchTag("ConfigError", (e) => fail(e.message))
          )
          const cfg = loaded.config
          const outDir = Option.getOrElse(args.out, () => cfg.out ?? "reports")
          const shardDir = resolve(Option.getOrElse(args.shards, () => ".corroborate-shards"))
          yield* Effect.try({
            try: () => mkdirSync(shardDir, { recursive: true }),
            catch: (e) =>
              new ExitWith({
                code: TOOL_ERROR,
                message: `cannot make the shard folder ${shardDir}: ${(e as Error).message}`
              })
          })
          const sizeMb = Option.getOrElse(args.maxDocumentSize, () => cfg.maxDocumentSize ?? 20)
          if (!(sizeMb > 0)) return yield* fail("--max-document-size must be a number of MB above 0")
          // the files, as audit lists them (the same skips, filters, manifest and size limit)
          const files: Array<FileJob> = []
          const corpus = yield* readCorpus(args.paths, {
            skip: [outDir, shardDir, cfg.baseline ?? BASELINE_FILE, ...(loaded.file ? [loaded.file] : [])],
            maxDocumentBytes: Math.round(sizeMb * 1024 * 1024),
            ...(acceptOf(cfg) ? { accept: acceptOf(cfg)! } : {}),
            ...(cfg.manifest ? { manifest: cfg.manifest } : {}),
            onFile: (job) => Effect.sync(() => void files.push(job))
          }).pipe(Effect.catchTag("NoReadableInput", (e) => fail(e.message)))

          const shardFiles = yield* mapOnCluster(redisUrl(args.redis), shardDir, files)

          // the reduce: the same report as audit assembles from the same analyses
          const reducer = makeReducer(args.reduce, files.length, cfg, spillDir, reporter("reduced", "partitions"))
          const read = yield* readShards(shardFiles, (a) => reducer.add(a)).pipe(
            Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot read a shard: ${e.message}` }))
          )
          if (reducer.count === 0) return yield* fail(`no readable document in ${args.paths.join(", ")}`)
          const reduced = yield* finishReduce(reducer, [...corpus.unreadable, ...read.unreadable], corpus.skipped)
          return yield* publishReduced(reduced, cfg, outDir, args.format)
        })
      )
    ).pipe(Effect.flatMap((code) => (code === OK ? Effect.void : Effect.fail(new ExitWith({ code, message: "" })))))
).pipe(
  Command.withDescription(
    "audit a corpus on the cluster's workers: enqueue, show progress, write the same reports as audit"
  )
)

export const clusterCommand = Command.make("cluster").pipe(
  Command.withDescription("run audits as jobs on BullMQ over Redis: workers on any number of machines, one submit"),
  Command.withSubcommands([workerCommand, submitCommand])
)
