/**
 * Per-file reading and analysis on every core: a pool of worker threads with a
 * bounded number of files in flight, so walking the folders waits for analysis
 * (backpressure) and memory holds results, not a queue of texts. The main thread
 * only plans files and collects analyses.
 */
import { Worker } from "node:worker_threads"
import { availableParallelism } from "node:os"
import { Effect } from "effect"
import { internAnalysis, type AnalysedDocument, type UnreadableDocument } from "@corroborate/claims"
import type { FileJob } from "@corroborate/sources"

const IN_FLIGHT_PER_WORKER = 8

export class AnalysisPool {
  private results: Array<AnalysedDocument> = []
  readonly unreadable: Array<UnreadableDocument> = []
  private readonly workers: Array<Worker> = []
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>()
  private readonly waiting: Array<() => void> = []
  private seq = 0
  private next = 0
  private failure: Error | null = null
  private strings = new Map<string, string>()

  constructor(size: number, private readonly onDone?: () => void) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL("./AnalyseWorker.js", import.meta.url))
      w.on("message", (m: { seq: number; analyses?: Array<AnalysedDocument>; unreadable?: Array<UnreadableDocument>; error?: string }) => {
        const p = this.pending.get(m.seq)
        this.pending.delete(m.seq)
        if (m.analyses && m.unreadable) {
          for (const a of m.analyses) this.results.push(internAnalysis(a, this.strings))
          this.unreadable.push(...m.unreadable)
          this.onDone?.()
        } else this.failure ??= new Error(`analysis failed: ${m.error}`)
        p?.resolve()
        this.waiting.shift()?.()
      })
      w.on("error", (e) => {
        this.failure ??= e
        for (const p of this.pending.values()) p.reject(e)
      })
      this.workers.push(w)
    }
  }

  /** Hands a file to a worker; waits while too many are in flight. */
  submit(job: FileJob): Effect.Effect<void, Error> {
    return Effect.async<void, Error>((resume) => {
      const go = () => {
        const seq = this.seq++
        this.pending.set(seq, { resolve: () => undefined, reject: () => undefined })
        this.workers[this.next++ % this.workers.length]!.postMessage({ seq, job })
        resume(Effect.void)
      }
      if (this.pending.size < this.workers.length * IN_FLIGHT_PER_WORKER) go()
      else this.waiting.push(go)
    })
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

