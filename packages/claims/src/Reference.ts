/**
 * Numbers that are part of a name, a reference or the page, never claims:
 * clock times, phone numbers and hotlines, street addresses, blocks and ZIP
 * codes, route and model numbers, sports scores and records, gallery counters,
 * counts of comments and shares, copyright lines.
 *
 * Each pattern names the kind of reference it finds, so `extract` can show the
 * span and say why it is not a claim. Every pattern is a plain alternation with
 * bounded repetition: linear in its input.
 */
/** Kinds of numbers that are no claim. */
export const REFERENCE_KINDS = ["time", "phone", "address", "identifier", "score", "page"] as const
export type ReferenceKind = (typeof REFERENCE_KINDS)[number]

export interface ReferenceSpan {
  readonly start: number
  readonly end: number
  readonly kind: ReferenceKind
}

interface ReferencePattern {
  readonly kind: ReferenceKind
  readonly pattern: RegExp
  /** The capture group that is the span (0: the whole match). */
  readonly group?: number
  /** A further test on the match. */
  readonly accept?: (m: RegExpExecArray) => boolean
}

const STREET =
  "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Circle|Cir|Square|Sq|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Pike|Alley|Row"
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"

/** A descending pair ("won 24-7") or a three-part record ("50-32-1"); an ascending pair is a range. */
/** A record, a win written winner first, or a tie ("2-2": no range runs from a number to itself). */
const isScore = (m: RegExpExecArray): boolean => m[3] !== undefined || Number(m[1]) >= Number(m[2])

const PATTERNS: ReadonlyArray<ReferencePattern> = [
  // clock times: 2.15pm, 10:30, 9 a.m.
  { kind: "time", pattern: /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu },
  { kind: "time", pattern: /\b\d{1,2}:\d{2}(?::\d{2})?\b/g },
  // phone numbers, hotlines with letters (1-800-577-TIPS) and their digits in brackets
  { kind: "phone", pattern: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\b\d{3,4}[\s.-]\d{3}[\s.-]\d{3,4}\b/g },
  { kind: "phone", pattern: /\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b/g },
  { kind: "phone", pattern: /\b1[\s.-]8\d\d[\s.-][\dA-Za-z]{2,}(?:[.-][\dA-Za-z]{2,}){0,2}\b/g },
  { kind: "phone", pattern: /\b(?:\d{3}[\s.-])?\d{3}-[A-Z]{4}\b(?:\s?\(\d{4}\))?/g },
  {
    kind: "phone",
    pattern: /\b(?:call|calling|contact|phone|tel|dial|reached at|line at|hotline)\b[^\d\n]{0,30}(\d{3}[.-]\d{4})\b/gi,
    group: 1
  },
  // street addresses: 221 Baker Street, 10 Downing St, the 4700 block of, ZIP codes
  {
    kind: "address",
    pattern: new RegExp(
      `\\b\\d{1,6}(?:-\\d{1,6})?[A-Za-z]?\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z0-9][\\p{L}0-9'-]*\\s+){1,3}(?:${STREET})\\b\\.?`,
      "gu"
    )
  },
  // the street's kind before its name, in addresses that name the street's kind first: "14 Ave Brandvold", "12 Rue Kelpline"
  {
    kind: "address",
    pattern:
      /\b\d{1,5}\s+(?:Avenue|Ave|Rue|Via|Calle|Boulevard|Blvd)\.?\s+(?:(?:de|du|des|la|le|del)\s+)?\p{Lu}[\p{L}'-]+/gu
  },
  { kind: "address", pattern: /\b\d{5}(?:-\d{4})?\s+ZIP\s+[Cc]ode\b|\bZIP\s+[Cc]ode\s+\d{5}(?:-\d{4})?\b/g },
  { kind: "address", pattern: /\b\d{1,6}\s*(?:-\s*)?blocks?\s+(?:of|on)\b/gi },
  {
    kind: "address",
    pattern: /\b\d{1,6}\s+(?:North|South|East|West|N\.?|S\.?|E\.?|W\.?|NE|NW|SE|SW)\s+\p{Lu}[\p{L}'-]+\b/gu
  },
  { kind: "address", pattern: /\bblock\s+of\s+\d{1,6}\b/gi },
  { kind: "address", pattern: new RegExp(`\\b(?:${US_STATES})\\s+\\d{5}(?:-\\d{4})?\\b`, "g") },
  // routes, highways and interstates: I-95, Route 9, State Road 60, U.S. 1
  { kind: "identifier", pattern: /\bI-\d{1,3}\b/g },
  {
    kind: "identifier",
    pattern:
      /(?<!\$)\b(?:US|U\.S\.|SR|CR|Interstate|Route|Rte|Highway|Hwy|State Road|State Route|County Road|Loop|Exit|Mile Marker)[\s-]?\d{1,4}[A-Z]?\b/g
  },
  // URLs, e-mail addresses, hashtags and handles; version strings and IP addresses
  // an e-mail address starts where its run of characters starts (a run without "@" is tried once, not once per character)
  { kind: "identifier", pattern: /\bhttps?:\/\/\S+|\bwww\.\S+|(?<![^\s(<"'])[^\s@(<"']+@[^\s@]+\.\S+|[#@]\w+/g },
  { kind: "identifier", pattern: /\b\d+\.\d+\.\d+(?:\.\d+)*\b/g },
  // scores and records: "won 24-7", "a 50-32-1 record" (not ranges, dates or ages)
  {
    kind: "score",
    pattern:
      /(?<![\d.,$/-])\b(\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?\b(?![-/.]?\d|\s*(?:%|percent|per cent|years?\b|months?\b|weeks?\b|days?\b|hours?\b|-year|-month|-day|-hour))/g,
    accept: isScore
  },
  // gallery and page counters, counts of comments and shares, copyright lines
  {
    kind: "page",
    pattern: /\b(?:image|photo|picture|slide|gallery|video|page|item|story)\s+\d{1,4}\s+(?:of|\/)\s+\d{1,4}\b/gi
  },
  { kind: "page", pattern: /^[ \t]*\d{1,4}[ \t]+of[ \t]+\d{1,4}[ \t]*$/gm },
  {
    kind: "page",
    pattern:
      /(?<![\d,.])\d[\d,.]*\s?[KkMm]?\s+(?:comments?|shares?|views?|likes?|retweets?|replies|reactions|reads)\b(?!\s+(?:of|in)\b)/g
  },
  { kind: "page", pattern: /(?:\u00a9|\(c\)|\bcopyright\b)\s*(?:\d{4}\s*[-,]\s*)?\d{4}\b/gi },
  { kind: "page", pattern: /\b(?:skip|closes?|next)\s+in\s+\d{1,2}\b/gi },
  // reference marks: "[12]", "[13][dead link]"
  { kind: "page", pattern: /\[\d{1,3}\]/g }
]

/** Quick filter: a text without a digit holds no reference. */
const DIGIT = /\d/

/** Reference spans of a text, sorted by start; overlapping spans are all kept (callers mark tokens). */
export const referenceSpans = (text: string): Array<ReferenceSpan> => {
  const out: Array<ReferenceSpan> = []
  if (!DIGIT.test(text)) return out
  for (const p of PATTERNS) {
    const re = p.pattern
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === "") {
        re.lastIndex++
        continue
      }
      if (p.accept && !p.accept(m)) continue
      const g = p.group ?? 0
      const start = g === 0 ? m.index : m.index + m[0].lastIndexOf(m[g]!)
      out.push({ start, end: start + m[g]!.length, kind: p.kind })
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}
