/**
 * A worker thread: reads, decodes and analyses files one by one and hands back
 * plain results (never the text), each document's analysis as soon as it is
 * done, so a file of many records never sits in memory as analyses.
 */
import { parentPort } from "node:worker_threads"
import {
  analyseDocument,
  emptyMeta,
  type AnalysedDocument,
  type UnreadableDocument
} from "@corroborate/claims/internal"
// the file reader alone: the package's root also loads the Effect platform, tens of MB of a bounded worker heap
import type { FileJob } from "@corroborate/sources/file-job"
import { readAndAnalyse } from "./Isolation.js"

export type WorkerReply =
  | { readonly seq: number; readonly analysis: AnalysedDocument }
  | { readonly seq: number; readonly unreadable: ReadonlyArray<UnreadableDocument> }
  | { readonly seq: number; readonly error: string }
  | { readonly ready: true }

const reply = (m: WorkerReply) => parentPort!.postMessage(m)

parentPort?.on("message", (msg: { readonly seq: number; readonly job: FileJob }) => {
  const { documents, unreadable } = readAndAnalyse(msg.job)
  for (const analysis of documents) reply({ seq: msg.seq, analysis })
  reply({ seq: msg.seq, unreadable })
})

// loaded, its lazy tables (lexicons, tagger) built on a small document, and listening: the pool counts a
// file's analysis time from here, so a fresh worker's start-up is not charged to the first file it reads
analyseDocument({
  id: "warm-up",
  path: "warm-up",
  text: "The council said on Tuesday that 12 people were hurt and repairs will cost $3.5 million.",
  bodyLine: 1,
  meta: emptyMeta
})
reply({ ready: true })
