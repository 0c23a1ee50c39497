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
  /https?:\/\/\S+|www\.\S+|ftp:\/\/\S+|file:\/\/\S+|(?<![a-zA-Z0-9._%+:-])(?:mailto:)?[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}/gi
const MAY_HOLD_ADDRESS = /[:@]|www\./i
/** Decimal points: "3.5", ".5", "1,250.75". */
const DECIMAL = /(?<=\d|^|\s)\.\d|(?<![\w,])\d{1,3}(?:,\d{3})*\.\d+\b/g
/** A sentence end: a run of delimiters (spaces allowed between them) ending in one, then an optional closer. */
const END = /[.?!…](?:[.?!… ]*[.?!…])?["'”’)}\]]?/g
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
    .replace(/(?<![.?!])[.?!]+(?=[,;])/g, (m) => "_".repeat(m.length))
  const blank = (m: string) => "_".repeat(m.length)
  if (MAY_HOLD_ADDRESS.test(out)) out = out.replace(ADDRESS, blank)
  out = out.replace(DECIMAL, blank)
  return out
}

/**
 * Longest sentence, in characters. Longer runs are not sentences a reader
 * meets but lists, tables and text without stops; kept whole they would be
 * repeated as the evidence of every claim in them, so they are cut: at the
 * stops a lower-case word follows first, then at a semicolon, comma or space.
 */
export const MAX_SENTENCE = 1000

/** Where to cut a run longer than MAX_SENTENCE: the last semicolon, comma or space in its second half. */
const cutPoint = (para: string, from: number, to: number): number => {
  const limit = Math.min(to, from + MAX_SENTENCE)
  // one backward scan over the second half only: a search past it would make cutting quadratic
  let comma = -1
  let space = -1
  for (let k = limit - 1; k > from + MAX_SENTENCE / 2; k--) {
    const c = para[k]
    if (c === ";") return k + 1
    if (c === "," && comma < 0) comma = k
    else if (c === " " && space < 0) space = k
  }
  return comma >= 0 ? comma + 1 : space >= 0 ? space + 1 : limit
}

/** Splits one paragraph (given by its span in `text`) into sentences. */
export const splitSentences = (text: string, paragraph: Span): ReadonlyArray<Sentence> => {
  const para = text.slice(paragraph.start, paragraph.end)
  // spans first, text last: a sentence grown piece by piece is sliced once
  const spans: Array<{ from: number; to: number }> = []
  const push = (from: number, to: number) => {
    // trim white space (line breaks inside a paragraph are wrapping)
    while (from < to && /\s/.test(para[from]!)) from++
    while (to > from && /\s/.test(para[to - 1]!)) to--
    if (from === to) return
    const prev = spans[spans.length - 1]
    if (prev && CONTINUES.test(para.slice(from, from + 1)) && to - prev.from <= MAX_SENTENCE) {
      prev.to = to
      return
    }
    while (to - from > MAX_SENTENCE) {
      const cut = cutPoint(para, from, to)
      let end = cut
      while (end > from && /\s/.test(para[end - 1]!)) end--
      spans.push({ from, to: end })
      from = cut
      while (from < to && /\s/.test(para[from]!)) from++
    }
    if (from < to) spans.push({ from, to })
  }
  if (!ANY_END.test(para)) push(0, para.length)
  else {
    const scan = scanText(para)
    let from = 0
    END.lastIndex = 0
    for (let m = END.exec(scan); m !== null; m = END.exec(scan)) {
      push(from, m.index + m[0].length)
      from = m.index + m[0].length
    }
    push(from, para.length)
  }
  return spans.map((x) => ({
    start: paragraph.start + x.from,
    end: paragraph.start + x.to,
    text: text.slice(paragraph.start + x.from, paragraph.start + x.to)
  }))
}
