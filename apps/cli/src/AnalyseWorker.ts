/** A worker thread: reads, decodes and analyses files one by one, and hands back plain results (never the text). */
import { parentPort } from "node:worker_threads"
import { analyseDocument } from "@corroborate/claims"
import { readFileJob, type FileJob } from "@corroborate/sources"

parentPort!.on("message", (msg: { readonly seq: number; readonly job: FileJob }) => {
  try {
    const read = readFileJob(msg.job)
    parentPort!.postMessage({ seq: msg.seq, analyses: read.documents.map(analyseDocument), unreadable: read.unreadable })
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) })
  }
})
