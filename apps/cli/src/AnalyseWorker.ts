/**
 * A worker thread: reads, decodes and analyses files one by one and hands back
 * plain results (never the text), each document's analysis as soon as it is
 * done, so a file of many records never sits in memory as analyses.
 */
import { parentPort } from "node:worker_threads"
import { analyseDocument, type AnalysedDocument, type UnreadableDocument } from "@corroborate/claims/internal"
// the file reader alone: the package's root also loads the Effect platform, tens of MB of a bounded worker heap
import { readFileJob, type FileJob } from "@corroborate/sources/file-job"

export type WorkerReply =
  | { readonly seq: number; readonly analysis: AnalysedDocument }
  | { readonly seq: number; readonly unreadable: ReadonlyArray<UnreadableDocument> }
  | { readonly seq: number; readonly error: string }

const reply = (m: WorkerReply) => parentPort!.postMessage(m)

parentPort?.on("message", (msg: { readonly seq: number; readonly job: FileJob }) => {
  try {
    const read = readFileJob(msg.job)
    for (const doc of read.documents) reply({ seq: msg.seq, analysis: analyseDocument(doc) })
    reply({ seq: msg.seq, unreadable: read.unreadable })
  } catch (e) {
    reply({ seq: msg.seq, error: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) })
  }
})
