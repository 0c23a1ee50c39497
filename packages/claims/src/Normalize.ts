/**
 * Text normalisation that keeps offsets into the original.
 *
 * News text scraped from the web carries no-break spaces, curly quotes, the
 * non-breaking hyphen U+2011, soft hyphens, zero-width characters and CRLF line
 * ends. Later stages want one spelling of each; reviewers want spans in the file
 * they opened. So every normalised character records where it came from.
 */

export interface NormalizedText {
  readonly original: string
  readonly text: string
  /** offsets[i] is the original offset of normalised character i; offsets[text.length] is original.length. */
  readonly offsets: Int32Array
}

const MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  // (the primes \u2032 and \u2033 stay: they mark feet and inches, not quotes)
  "\u00ab": '"',
  "\u00bb": '"',
  // Hyphens and the minus sign become ASCII hyphen-minus; en dashes too, since
  // news text uses them for ranges (3.5–4.0) and compounds (Ghibli–style) alike.
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2212": "-",
  "\ufe63": "-",
  "\uff0d": "-",
  // The em dash separates clauses; keep it distinct from the hyphen.
  "\u2015": "\u2014"
}
const isSpace = (c: number) =>
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 9 ||
  c === 12 ||
  c === 11
const isDropped = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 13

export const normalize = (original: string): NormalizedText => {
  const parts: Array<string> = []
  const offsets = new Int32Array(original.length + 1)
  let n = 0
  let runStart = 0
  // copy unchanged runs whole; only characters that change are handled one by one
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i)
    if (c < 0x80 && c !== 13 && c !== 9 && c !== 12 && c !== 11) {
      offsets[n++] = i
      continue
    }
    const ch = original[i]!
    const dropped = isDropped(c)
    const mapped = dropped ? null : isSpace(c) ? " " : MAP[ch]
    if (!dropped && mapped === undefined) {
      offsets[n++] = i
      continue
    }
    parts.push(original.slice(runStart, i))
    runStart = i + 1
    if (dropped) {
      // A lone CR is a line end; in CRLF the LF follows and carries it.
      if (c === 13 && original[i + 1] !== "\n") {
        parts.push("\n")
        offsets[n++] = i
      }
      continue
    }
    parts.push(mapped!)
    offsets[n++] = i
  }
  parts.push(original.slice(runStart))
  offsets[n] = original.length
  const text = parts.join("")
  return { original, text, offsets: n === original.length ? offsets : offsets.slice(0, n + 1) }
}

/** Original offset of a normalised offset (an end offset maps to just past its last character). */
export const toOriginal = (n: NormalizedText, offset: number): number =>
  n.offsets[Math.max(0, Math.min(offset, n.text.length))]!

export const originalEnd = (n: NormalizedText, end: number): number =>
  end <= 0 ? 0 : n.offsets[Math.min(end, n.text.length) - 1]! + 1

/** Line starts of a text, for 1-based line and column lookups in O(log n). */
export const lineIndex = (original: string): ReadonlyArray<number> => {
  const starts = [0]
  for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

export const lineColumn = (starts: ReadonlyArray<number>, offset: number): { line: number; column: number } => {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 }
}
