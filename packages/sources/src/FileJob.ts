/**
 * One file of a corpus, planned but not yet read: plain data, so that reading
 * and decoding can happen wherever the analysis runs (a worker thread) and the
 * reading thread only walks folders.
 */
import { readFileSync, statSync } from "node:fs"
import type { DocumentMeta, SourceDocument, UnreadableDocument } from "@corroborate/claims/internal"
import { decodeFile, decodeUtf8, withDefaults } from "./Decode.js"

export interface FileJob {
  readonly absolute: string
  /** Document id: the path relative to the folder given, without its extension when that is unique. */
  readonly id: string
  /** Path as reported. */
  readonly display: string
  /** Lower-case extension, with its dot. */
  readonly ext: string
  /** Metadata from a `sources.json` manifest; it wins over what the file says. */
  readonly manifest: Partial<DocumentMeta>
  /** Largest file read, in bytes; a larger one is an error entry, not read (default: no limit). */
  readonly maxBytes?: number
}

const MB = 1024 * 1024
const megabytes = (n: number) => (n >= 10 * MB ? String(Math.round(n / MB)) : (n / MB).toFixed(1).replace(/\.0$/, ""))

/** Why a file of this size is not read, or null: a budget gives a clear error where reading would exhaust memory. */
export const tooLarge = (job: FileJob, size: number): UnreadableDocument | null =>
  job.maxBytes !== undefined && size > job.maxBytes
    ? {
        id: job.id,
        path: job.display,
        error: `document too large: ${megabytes(size)} MB, limit ${megabytes(job.maxBytes)} MB; split it or raise --max-document-size`
      }
    : null

export interface FileDocuments {
  readonly documents: ReadonlyArray<SourceDocument>
  readonly unreadable: ReadonlyArray<UnreadableDocument>
}

/** The documents one file's bytes hold, or why it holds none: every file gets an answer. */
export const documentsOfFile = (job: FileJob, bytes: Uint8Array): FileDocuments => {
  const large = tooLarge(job, bytes.length)
  if (large) return { documents: [], unreadable: [large] }
  const text = decodeUtf8(bytes)
  if ("error" in text) return { documents: [], unreadable: [{ id: job.id, path: job.display, error: text.error }] }
  if (text.text.trim() === "")
    return {
      documents: [],
      unreadable: [{ id: job.id, path: job.display, error: "empty document (only white space)" }]
    }
  const decoded = decodeFile(job.ext, text.text)
  return {
    documents: decoded.ok.map((d) => ({
      id: `${job.id}${d.suffix}`,
      path: job.display,
      text: d.text,
      bodyLine: d.bodyLine,
      ...(d.titleAt ? { titleAt: d.titleAt } : {}),
      ...(d.sourceMap ? { sourceMap: d.sourceMap } : {}),
      meta: withDefaults({ ...d.meta, ...job.manifest })
    })),
    unreadable: decoded.errors.map((e) => ({ id: `${job.id}${e.suffix}`, path: job.display, error: e.error }))
  }
}

/**
 * Reads and decodes one file synchronously: for a worker thread, which has
 * nothing else to do while it waits and so needs no event-loop round trips.
 */
export const readFileJob = (job: FileJob): FileDocuments => {
  let bytes: Uint8Array
  try {
    // the size first: a file over the budget is never read into memory
    const large = tooLarge(job, statSync(job.absolute).size)
    if (large) return { documents: [], unreadable: [large] }
    bytes = readFileSync(job.absolute)
  } catch (e) {
    return {
      documents: [],
      unreadable: [{ id: job.id, path: job.display, error: `unreadable: ${(e as Error).message}` }]
    }
  }
  return documentsOfFile(job, bytes)
}
