/**
 * Per-file reading and analysis on every core: a pool of worker threads with a
 * bounded number of files in flight, so walking the folders waits for analysis
 * (backpressure) and memory holds results, not a queue of texts. The main thread
 * only plans files and collects analyses.
 *
 * A document's failure stays its own. Each worker has a bounded heap
 * (CORROBORATE_WORKER_MB, default 512: V8 sizes a heap's first collections by
 * its limit, and a worker's live data is one document) and each file a time
 * budget; a worker that runs out of memory, dies, or overruns the budget is
 * replaced, the file it was on becomes an error entry, and the files queued
 * behind it go to the new worker.
 */
import { Worker } from "node:worker_threads"
import { availableParallelism } from "node:os"
import { Effect } from "effect"
import { internAnalysis, type AnalysedDocument, type UnreadableDocument } from "@corroborate/claims/internal"
import type { FileJob } from "@corroborate/sources"
import type { WorkerReply } from "./AnalyseWorker.js"

const IN_FLIGHT_PER_WORKER = 8

/** Old-generation heap of each worker, in MB. */
export const workerHeapMb = (): number => {
  const env = process.env["CORROBORATE_WORKER_MB"]
  return env !== undefined && /^\d+$/.test(env) && Number(env) >= 64 ? Number(env) : 512
}

interface InFlight {
  readonly job: FileJob
  readonly worker: number
}

interface Slot {
  readonly thread: Worker
  /** When the file at the head of its queue started: the thread's ready time or the previous file's end. */
  since: number | null
}

export interface PoolOptions {
  /** Called as each file is done, for a progress display. */
  readonly onDone?: () => void
  /** Seconds one file may take; past it the worker is replaced and the file reported (default: no limit). */
  readonly timeBudget?: number
  /** Takes each analysis as it arrives (a partitioned reduce spills it); by default the pool keeps them for `take`. */
  readonly onAnalysis?: (a: AnalysedDocument) => void
}

export class AnalysisPool {
  private results: Array<AnalysedDocument> = []
  private analysed = 0
  readonly unreadable: Array<UnreadableDocument> = []
  private readonly slots: Array<Slot> = []
  private readonly pending = new Map<number, InFlight>()
  private readonly waiting: Array<() => void> = []
  private seq = 0
  private next = 0
  private failure: Error | null = null
  private strings = new Map<string, string>()
  private readonly heapMb = workerHeapMb()
  private readonly watchdog: NodeJS.Timeout | null = null

  constructor(
    size: number,
    private readonly options: PoolOptions = {}
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i))
    const budget = options.timeBudget
    if (budget !== undefined)
      this.watchdog = setInterval(() => this.enforce(budget * 1000), Math.min(1000, Math.max(10, budget * 250)))
  }

  private spawn(index: number): Slot {
    const thread = new Worker(new URL("./AnalyseWorker.js", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb }
    })
    const slot: Slot = { thread, since: null }
    // a replaced thread's last words are ignored
    const current = () => this.slots[index]?.thread === thread
    thread.on("message", (m: WorkerReply) => {
      if ("ready" in m) return void (slot.since = Date.now())
      if ("analysis" in m) {
        this.analysed++
        const sink = this.options.onAnalysis
        return void (sink ? sink(m.analysis) : this.results.push(internAnalysis(m.analysis, this.strings)))
      }
      if ("error" in m) this.failure ??= new Error(`analysis failed: ${m.error}`)
      else this.unreadable.push(...m.unreadable)
      if (slot.since !== null) slot.since = Date.now()
      this.finish(m.seq)
    })
    thread.on("error", (e: Error & { code?: string }) => {
      if (!current()) return
      this.replace(
        index,
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `needs more than ${this.heapMb} MB of memory to analyse; split the file, or raise CORROBORATE_WORKER_MB`
          : `analysis stopped its worker: ${e.message}`
      )
    })
    thread.on("exit", (code) => {
      if (current() && code !== 0) this.replace(index, `analysis stopped its worker (exit code ${code})`)
    })
    return slot
  }

  private finish(seq: number): void {
    this.pending.delete(seq)
    this.options.onDone?.()
    this.waiting.shift()?.()
  }

  /** Files in flight on one worker, oldest (the one it is on) first. */
  private queueOf(index: number): Array<readonly [number, InFlight]> {
    return [...this.pending].filter(([, f]) => f.worker === index).sort((a, b) => a[0] - b[0])
  }

  /** Replaces a worker: the file it was on becomes an error entry, the files queued behind it go to the new one. */
  private replace(index: number, error: string): void {
    const old = this.slots[index]!
    const [failed, ...queued] = this.queueOf(index)
    const fresh = this.spawn(index)
    this.slots[index] = fresh
    void old.thread.terminate()
    if (failed) {
      const { job } = failed[1]
      this.unreadable.push({ id: job.id, path: job.display, error })
      this.finish(failed[0])
    }
    for (const [seq, f] of queued) fresh.thread.postMessage({ seq, job: f.job })
  }

  /** The time budget: a worker on one file for longer than it is replaced. */
  private enforce(budgetMs: number): void {
    const now = Date.now()
    this.slots.forEach((slot, index) => {
      if (slot.since !== null && now - slot.since > budgetMs && this.queueOf(index).length > 0)
        this.replace(
          index,
          `took longer than ${budgetMs / 1000} s to analyse; split the file, or raise --max-document-time`
        )
    })
  }

  /** Documents analysed so far. */
  get count(): number {
    return this.analysed
  }

  /**
   * Hands over the analyses and forgets them (and the table of shared strings),
   * so that nothing here keeps them alive once the audit is assembled.
   */
  take(): Array<AnalysedDocument> {
    const out = this.results
    this.results = []
    this.strings = new Map()
    return out
  }

  /** Hands a file to a worker; waits while too many are in flight. */
  submit(job: FileJob): Effect.Effect<void, Error> {
    return Effect.async<void, Error>((resume) => {
      const go = () => {
        if (this.failure) return resume(Effect.fail(this.failure))
        const seq = this.seq++
        const worker = this.next++ % this.slots.length
        const slot = this.slots[worker]!
        // an idle worker starts on it now
        if (slot.since !== null && this.queueOf(worker).length === 0) slot.since = Date.now()
        this.pending.set(seq, { job, worker })
        slot.thread.postMessage({ seq, job })
        resume(Effect.void)
      }
      if (this.pending.size < this.slots.length * IN_FLIGHT_PER_WORKER) go()
      else this.waiting.push(go)
    })
  }

  /** Waits for every file in flight; the workers stay, for more files (a cluster worker's next job). */
  settle(): Effect.Effect<void, Error> {
    return Effect.async<void, Error>((resume) => {
      const check = () => {
        if (this.failure) resume(Effect.fail(this.failure))
        else if (this.pending.size === 0) resume(Effect.void)
        else setTimeout(check, 5)
      }
      check()
    })
  }

  /** Stops the workers. */
  close(): Effect.Effect<void> {
    return Effect.promise(() => {
      if (this.watchdog) clearInterval(this.watchdog)
      const slots = this.slots.splice(0)
      return Promise.all(slots.map((s) => s.thread.terminate()))
    })
  }

  /** Waits for every file in flight, then stops the workers. */
  drain(): Effect.Effect<void, Error> {
    return this.settle().pipe(Effect.ensuring(this.close()))
  }
}

/** Worker threads pay off from a few dozen documents; below that, analysis runs inline. */
export const poolSize = (files: number): number => {
  const env = process.env["CORROBORATE_WORKERS"]
  if (env !== undefined && /^\d+$/.test(env)) return Number(env)
  return files >= 64 ? Math.max(1, Math.min(availableParallelism(), 8)) : 0
}
