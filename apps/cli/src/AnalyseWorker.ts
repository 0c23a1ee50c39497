/** A worker thread: analyses documents one by one (normalise, split, extract) and hands back plain results. */
import { parentPort } from "node:worker_threads"
import { analyseDocument, type SourceDocument } from "@corroborate/claims"

parentPort!.on("message", (msg: { readonly seq: number; readonly doc: SourceDocument }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, result: analyseDocument(msg.doc) })
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) })
  }
})
