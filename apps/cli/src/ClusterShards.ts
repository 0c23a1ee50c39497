/**
 * The map step of a cluster run and what the reduce reads back: a map job
 * reads and analyses a batch of files and writes their analyses to one shard
 * (JSON lines on a path every worker and the submitter share). A shard is named
 * by a hash of what it was made from (the files' ids, sizes and times, and the
 * analyser's version), so a job run twice, by a retry, a duplicate or a second
 * worker after the first died, writes the same shard or finds it written.
 */
import { createHash } from "node:crypto"
import { createReadStream, existsSync, renameSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { Effect } from "effect"
import {
  analysisFromJson,
  analysisToJson,
  type AnalysedDocument,
  type UnreadableDocument
} from "@corroborate/claims/internal"
import type { FileJob } from "@corroborate/sources/file-job"
import { VERSION } from "./Version.js"

export interface MapJob {
  readonly files: ReadonlyArray<FileJob>
  /** The shard to write: an absolute path in the shared folder. */
  readonly shard: string
}

export interface MapResult {
  readonly shard: string
  readonly files: number
}

/** One line of a shard: a document's analysis, or a file that could not be read and why. */
type ShardLine = { readonly analysis: unknown } | { readonly unreadable: UnreadableDocument }

/** The shard a batch of files makes, in `folder`: named by the files (id, size, time) and the analyser's version. */
export const shardFor = (folder: string, files: ReadonlyArray<FileJob>): string => {
  const h = createHash("sha256").update(VERSION)
  for (const f of files) {
    let stamp = "missing"
    try {
      const s = statSync(f.absolute)
      stamp = `${s.size}:${s.mtimeMs}`
    } catch {
      // the map job reports it as unreadable
    }
    h.update(
      `\u0000${f.id}\u0000${f.display}\u0000${stamp}\u0000${JSON.stringify(f.manifest)}\u0000${f.maxBytes ?? ""}`
    )
  }
  return join(folder, `${h.digest("hex").slice(0, 32)}.jsonl`)
}

/** What reads and analyses a batch of files: worker threads with a time budget per file (see WorkerPool). */
export type Analyse = (
  files: ReadonlyArray<FileJob>
) => Promise<{ documents: ReadonlyArray<AnalysedDocument>; unreadable: ReadonlyArray<UnreadableDocument> }>

/** Reads and analyses a batch and writes its shard (to a temporary name, then renamed: a shard is whole or absent). */
export const runMapJob = async (job: MapJob, analyse: Analyse): Promise<MapResult> => {
  if (existsSync(job.shard)) return { shard: job.shard, files: job.files.length }
  const { documents, unreadable } = await analyse(job.files)
  const lines: Array<string> = []
  // in the order of the files, whatever order the threads finished in
  for (const a of [...documents].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))
    lines.push(JSON.stringify({ analysis: analysisToJson(a) } satisfies ShardLine))
  for (const u of unreadable) lines.push(JSON.stringify({ unreadable: u } satisfies ShardLine))
  // the submit made the shard folder; a worker that cannot reach it fails the job, with the reason
  const temporary = `${job.shard}.${process.pid}.${Date.now()}.tmp`
  writeFileSync(temporary, lines.length > 0 ? `${lines.join("\n")}\n` : "")
  renameSync(temporary, job.shard)
  return { shard: job.shard, files: job.files.length }
}

/** Reads shards back: each analysis to `onAnalysis` (a reducer), the unreadable documents as a list. */
export const readShards = (
  shards: ReadonlyArray<string>,
  onAnalysis: (a: AnalysedDocument) => void
): Effect.Effect<{ unreadable: Array<UnreadableDocument> }, Error> =>
  Effect.gen(function* () {
    const unreadable: Array<UnreadableDocument> = []
    for (const shard of shards) yield* readShard(shard, onAnalysis, unreadable)
    return { unreadable }
  })

const readShard = (file: string, onAnalysis: (a: AnalysedDocument) => void, unreadable: Array<UnreadableDocument>) =>
  Effect.async<void, Error>((resume) => {
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
    let n = 0
    let failed: Error | null = null
    rl.on("line", (text) => {
      n++
      if (text.trim() === "" || failed) return
      try {
        const line = JSON.parse(text) as Partial<{ analysis: unknown; unreadable: UnreadableDocument }>
        if (line.unreadable) unreadable.push(line.unreadable)
        else {
          const a = analysisFromJson(line.analysis)
          if ("error" in a) failed = new Error(`${file}:${n}: ${a.error}`)
          else onAnalysis(a)
        }
      } catch (e) {
        failed = new Error(`${file}:${n}: malformed JSON: ${(e as Error).message}`)
      }
    })
    rl.on("close", () => resume(failed ? Effect.fail(failed) : Effect.void))
    rl.on("error", (e) => resume(Effect.fail(e)))
  })
