/**
 * One document's failure is its own: a file that cannot be decoded (markup
 * nested too deep for the HTML parser) or a document whose analysis fails
 * becomes an error entry with a message, and the other documents are audited.
 */
import { analyseDocument, type AnalysedDocument, type UnreadableDocument } from "@corroborate/claims/internal"
import { readFileJob, type FileJob } from "@corroborate/sources/file-job"

const reason = (e: unknown): string =>
  e instanceof RangeError && /call stack/i.test(e.message)
    ? "too deeply nested to read (the structure overflows the parser's stack)"
    : e instanceof Error
      ? e.message
      : String(e)

/** The analyses of one file's documents, and an error entry for each document or file that failed. */
export const readAndAnalyse = (
  job: FileJob
): { documents: Array<AnalysedDocument>; unreadable: Array<UnreadableDocument> } => {
  let read: ReturnType<typeof readFileJob>
  try {
    read = readFileJob(job)
  } catch (e) {
    return {
      documents: [],
      unreadable: [{ id: job.id, path: job.display, error: `could not be decoded: ${reason(e)}` }]
    }
  }
  const documents: Array<AnalysedDocument> = []
  const unreadable: Array<UnreadableDocument> = [...read.unreadable]
  for (const doc of read.documents) {
    try {
      documents.push(analyseDocument(doc))
    } catch (e) {
      unreadable.push({ id: doc.id, path: doc.path, error: `could not be analysed: ${reason(e)}` })
    }
  }
  return { documents, unreadable }
}
