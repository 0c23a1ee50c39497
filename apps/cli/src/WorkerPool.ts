/**
 * Per-file reading and analysis on every core: a pool of worker threads with a
 * bounded number of files in flight, so walking the folders waits for analysis
 * (backpressure) and memory holds results, not a queue of texts. The main thread
 * only plans files and collects analyses.
 *
 * Each worker has a bounded heap (CORROBORATE_WORKER_MB, default 512): V8 sizes
 * a heap's first collections by its limit, and a worker's live data is one
 * document, so a bound keeps idle garbage from filling memory. A file that
 * needs more than that is reported as an error and its worker replaced; the
 * run goes on.
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

export class AnalysisPool {
  private results: Array<AnalysedDocument> = []
  readonly unreadable: Array<UnreadableDocument> = []
  private readonly workers: Array<Worker> = []
  private readonly pending = new Map<number, InFlight>()
  private readonly waiting: Array<() => void> = []
  private seq = 0
  private next = 0
  private failure: Error | null = null
  private strings = new Map<string, string>()
  private readonly heapMb = workerHeapMb()

  constructor(
    size: number,
    private readonly onDone?: () => void
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn(i))
  }

  private spawn(index: number): Worker {
    const w = new Worker(new URL("./AnalyseWorker.js", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb }
    })
    w.on("message", (m: WorkerReply) => {
      if ("analysis" in m) {
        this.results.push(internAnalysis(m.analysis, this.strings))
        return
      }
      if ("error" in m) this.failure ??= new Error(`analysis failed: ${m.error}`)
      else this.unreadable.push(...m.unreadable)
      this.finish(m.seq)
    })
    w.on("error", (e: Error & { code?: string }) => {
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY") return this.recover(index)
      this.failure ??= e
      this.release()
    })
    return w
  }

  private finish(seq: number): void {
    this.pending.delete(seq)
    this.onDone?.()
    this.waiting.shift()?.()
  }

  private release(): void {
    for (const seq of [...this.pending.keys()]) {
      this.pending.delete(seq)
      this.waiting.shift()?.()
    }
  }

  /**
   * A worker ran out of memory: the file it was reading (its oldest in flight)
   * becomes an error entry, the files queued behind it go to a fresh worker.
   */
  private recover(index: number): void {
    const mine = [...this.pending].filter(([, f]) => f.worker === index).sort((a, b) => a[0] - b[0])
    const fresh = this.spawn(index)
    this.workers[index] = fresh
    const [failed, ...queued] = mine
    if (failed) {
      const { job } = failed[1]
      this.unreadable.push({
        id: job.id,
        path: job.display,
        error: `needs more than ${this.heapMb} MB of memory to analyse; split the file, or raise CORROBORATE_WORKER_MB`
      })
      this.finish(failed[0])
    }
    for (const [seq, f] of queued) fresh.postMessage({ seq, job: f.job })
  }

  /** Documents analysed so far. */
  get count(): number {
    return this.results.length
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
        const worker = this.next++ % this.workers.length
        this.pending.set(seq, { job, worker })
        this.workers[worker]!.postMessage({ seq, job })
        resume(Effect.void)
      }
      if (this.pending.size < this.workers.length * IN_FLIGHT_PER_WORKER) go()
      else this.waiting.push(go)
    })
  }

  /** Waits for every file in flight, then stops the workers. */
  drain(): Effect.Effect<void, Error> {
    return Effect.async<void, Error>((resume) => {
      const check = () => {
        if (this.failure) resume(Effect.fail(this.failure))
        else if (this.pending.size === 0) resume(Effect.void)
        else setTimeout(check, 5)
      }
      check()
    }).pipe(Effect.ensuring(Effect.promise(() => Promise.all(this.workers.map((w) => w.terminate())))))
  }
}

/** Worker threads pay off from a few dozen documents; below that, analysis runs inline. */
export const poolSize = (files: number): number => {
  const env = process.env["CORROBORATE_WORKERS"]
  if (env !== undefined && /^\d+$/.test(env)) return Number(env)
  return files >= 64 ? Math.max(1, Math.min(availableParallelism(), 8)) : 0
}
