/**
 * Sentences with offsets, in one linear pass per paragraph. A sentence ends at a
 * run of . ? ! … (closing quote or bracket included), except inside web
 * addresses, e-mail addresses, numbers ("3.5"), abbreviations and initials.
 *
 * This is the rule `natural`'s SentenceTokenizer applies, without its
 * placeholder rewriting, which rebuilds a regular expression for every
 * delimiter and costs more than the rest of the extraction on news text;
 * positions come straight from the scan instead of being searched for again.
 */
import type { Span } from "./Story.js"

const ABBREVIATIONS = [
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "Prof.",
  "Sr.",
  "Jr.",
  "St.",
  "Gen.",
  "Gov.",
  "Sen.",
  "Rep.",
  "Rev.",
  "Capt.",
  "Col.",
  "Lt.",
  "Sgt.",
  "U.S.",
  "U.K.",
  "U.N.",
  "E.U.",
  "D.C.",
  "L.A.",
  "N.Y.",
  "a.m.",
  "p.m.",
  "e.g.",
  "i.e.",
  "etc.",
  "vs.",
  "approx.",
  "est.",
  "Inc.",
  "Corp.",
  "Co.",
  "Ltd.",
  "Bros.",
  "No.",
  "Nos.",
  "Fig.",
  "Vol.",
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "Jun.",
  "Jul.",
  "Aug.",
  "Sep.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
  "Mon.",
  "Tue.",
  "Wed.",
  "Thu.",
  "Fri.",
  "Sat.",
  "Sun."
]

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
/** Dots that do not end a sentence: abbreviations and initials at word boundaries, when more text follows. */
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}.])(?:${ABBREVIATIONS.map(escapeRegExp).join("|")}|\\p{Lu}\\.)(?=\\s+\\S)`,
  "gu"
)
/** Spans whose dots are never sentence ends: web and e-mail addresses (looked for only where ':', '@' or 'www.' occurs). */
const ADDRESS =
  /https?:\/\/\S+|www\.\S+|ftp:\/\/\S+|file:\/\/\S+|(?:mailto:)?[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}/gi
const MAY_HOLD_ADDRESS = /[:@]|www\./i
/** Decimal points: "3.5", ".5", "1,250.75". */
const DECIMAL = /(?<=\d|^|\s)\.\d|\b\d{1,3}(?:,\d{3})*\.\d+\b/g
/** A sentence end: a run of delimiters (spaces allowed between them) ending in one, then an optional closer. */
const END = /[.?!… ]*[.?!…]["'”’)}\]]?/g
const ANY_END = /[.?!…]/
/** A piece that starts in lower case continues the sentence before it ('"Why?" she asked.'). */
const CONTINUES = /^[a-z,;\u2014-]/

export interface Sentence extends Span {
  readonly text: string
}

/** Blanks out (same length) every character that cannot end a sentence. */
const scanText = (para: string): string => {
  // a dot right before a comma or semicolon ends an abbreviation, never a sentence: "outside the U.S., had"
  let out = para.replace(ABBREVIATION, (m) => m.replace(/\./g, "_"))
  out = out
    .replace(/(?<![\p{L}.])(?:\p{Lu}\.){2,}(?=[,;:)])/gu, (m) => "_".repeat(m.length))
    .replace(/[.?!]+(?=[,;])/g, (m) => "_".repeat(m.length))
  const blank = (m: string) => "_".repeat(m.length)
  if (MAY_HOLD_ADDRESS.test(out)) out = out.replace(ADDRESS, blank)
  out = out.replace(DECIMAL, blank)
  return out
}

/** Splits one paragraph (given by its span in `text`) into sentences. */
export const splitSentences = (text: string, paragraph: Span): ReadonlyArray<Sentence> => {
  const para = text.slice(paragraph.start, paragraph.end)
  const out: Array<Sentence> = []
  const push = (from: number, to: number) => {
    // trim white space (line breaks inside a paragraph are wrapping)
    while (from < to && /\s/.test(para[from]!)) from++
    while (to > from && /\s/.test(para[to - 1]!)) to--
    if (from === to) return
    const prev = out[out.length - 1]
    if (prev && CONTINUES.test(para.slice(from, from + 1))) {
      out[out.length - 1] = {
        start: prev.start,
        end: paragraph.start + to,
        text: text.slice(prev.start, paragraph.start + to)
      }
    } else
      out.push({
        start: paragraph.start + from,
        end: paragraph.start + to,
        text: text.slice(paragraph.start + from, paragraph.start + to)
      })
  }
  if (!ANY_END.test(para)) {
    push(0, para.length)
    return out
  }
  const scan = scanText(para)
  let from = 0
  END.lastIndex = 0
  for (let m = END.exec(scan); m !== null; m = END.exec(scan)) {
    push(from, m.index + m[0].length)
    from = m.index + m[0].length
  }
  push(from, para.length)
  return out
}
