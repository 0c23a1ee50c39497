/**
 * Sentences with offsets. `natural`'s tokenizer does the splitting; it is fed one
 * paragraph at a time (it is quadratic on long input) with an abbreviation list,
 * and its sentences are located back in the paragraph to recover offsets.
 */
import tokenizers from "natural/lib/natural/tokenizers/index.js"
import type { Span } from "./Story.js"

const ABBREVIATIONS = [
  "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Gen.", "Gov.", "Sen.", "Rep.", "Rev.", "Capt.", "Col.", "Lt.", "Sgt.",
  "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "a.m.", "p.m.", "e.g.", "i.e.", "etc.", "vs.", "approx.", "est.",
  "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "No.", "Nos.", "Fig.", "Vol.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
  "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."
]

// natural matches its abbreviation list without word boundaries ("Co." inside
// "Mexico."), so abbreviations are masked here instead, at word boundaries, with a
// same-length placeholder that keeps offsets.
const tokenizer = new tokenizers.SentenceTokenizer([])
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}.])(?:${ABBREVIATIONS.map(escape).join("|")}|\\p{Lu}\\.)(?=\\s+\\S)`,
  "gu"
)
const MASK = "\u2024"
/** Replaces the dots of abbreviations and initials with a look-alike the tokenizer ignores. */
const mask = (para: string): string =>
  para.replace(ABBREVIATION, (m) => m.replace(/\./g, MASK)).replace(/(?<=\d|^|\s)\.(?=\d)/g, MASK)

export interface Sentence extends Span {
  readonly text: string
}

/** Splits one paragraph (given by its span in `text`) into sentences. */
export const splitSentences = (text: string, paragraph: Span): ReadonlyArray<Sentence> => {
  // Line breaks inside a paragraph are wrapping; the tokenizer must see spaces.
  const para = mask(text.slice(paragraph.start, paragraph.end).replace(/\n/g, " "))
  if (para.trim() === "") return []
  let pieces: ReadonlyArray<string>
  try {
    pieces = tokenizer.tokenize(para)
  } catch {
    pieces = [para]
  }
  const out: Array<Sentence> = []
  let cursor = 0
  for (const piece of pieces) {
    const trimmed = piece.trim()
    if (trimmed === "") continue
    let at = para.indexOf(trimmed, cursor)
    if (at < 0) at = cursor // the tokenizer altered the text; fall back to the cursor
    const end = Math.min(para.length, at + trimmed.length)
    const prev = out[out.length - 1]
    // '"Why?" she asked.' is one sentence: a piece that starts in lower case
    // continues the one before it.
    if (prev && /^[a-z,;\u2014-]/.test(trimmed)) {
      const start = prev.start
      out[out.length - 1] = { start, end: paragraph.start + end, text: text.slice(start, paragraph.start + end) }
    } else {
      out.push({ start: paragraph.start + at, end: paragraph.start + end, text: text.slice(paragraph.start + at, paragraph.start + end) })
    }
    cursor = end
  }
  return out
}
