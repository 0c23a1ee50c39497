/**
 * Per-document analysis on every core: a pool of worker threads with a bounded
 * number of documents in flight, so reading waits for analysis (backpressure)
 * and memory holds results, not a queue of texts.
 */
import { Worker } from "node:worker_threads"
import { availableParallelism } from "node:os"
import { Effect } from "effect"
import { internAnalysis, type AnalysedDocument, type SourceDocument } from "@corroborate/claims"

const IN_FLIGHT_PER_WORKER = 8

export class AnalysisPool {
  readonly results: Array<AnalysedDocument> = []
  private readonly workers: Array<Worker> = []
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>()
  private readonly waiting: Array<() => void> = []
  private seq = 0
  private next = 0
  private failure: Error | null = null
  private readonly strings = new Map<string, string>()

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL("./AnalyseWorker.js", import.meta.url))
      w.on("message", (m: { seq: number; result?: AnalysedDocument; error?: string }) => {
        const p = this.pending.get(m.seq)
        this.pending.delete(m.seq)
        if (m.result) this.results.push(internAnalysis(m.result, this.strings))
        else this.failure ??= new Error(`analysis failed: ${m.error}`)
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

  /** Hands a document to a worker; waits while too many are in flight. */
  submit(doc: SourceDocument): Effect.Effect<void, Error> {
    return Effect.async<void, Error>((resume) => {
      const go = () => {
        const seq = this.seq++
        this.pending.set(seq, { resolve: () => undefined, reject: () => undefined })
        this.workers[this.next++ % this.workers.length]!.postMessage({ seq, doc })
        resume(Effect.void)
      }
      if (this.pending.size < this.workers.length * IN_FLIGHT_PER_WORKER) go()
      else this.waiting.push(go)
    })
  }

  /** Waits for every document in flight, then stops the workers. */
  drain(): Effect.Effect<ReadonlyArray<AnalysedDocument>, Error> {
    return Effect.async<ReadonlyArray<AnalysedDocument>, Error>((resume) => {
      const check = () => {
        if (this.failure) resume(Effect.fail(this.failure))
        else if (this.pending.size === 0) resume(Effect.succeed(this.results))
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

