/**
 * Numbers that name rather than count: model and version numbers (GPT-4o,
 * Llama 4, iPhone 16, the 450 Skylark), codes (L-202, scp2-173m), sections
 * and pages, "No. 1". The scanner asks here before it reads a quantity.
 */
import { looksPlural, MONTH_NAMES } from "./CountedNoun.js"
import { codeOf, currencyAfter, currencyBefore } from "./CurrencyReader.js"
import { ATTACHED_SCALE } from "./NumberReader.js"
import { isNumberWord } from "./NumberWords.js"
import { tagsOf } from "./PartOfSpeech.js"
import type { NumberRead } from "./Reader.js"
import type { TokenView } from "./Tokens.js"
import { CURRENCY_CODES, measureSymbol, measureWord } from "./Unit.js"
import { unitAfter } from "./UnitReader.js"

/** Lower-case words after which a number is an identifier: "Section 427", "page 12", "Route 9". */
const IDENTIFIER_WORDS = new Set([
  "page",
  "pages",
  "p",
  "pp",
  "section",
  "sections",
  "chapter",
  "part",
  "row",
  "route",
  "room",
  "gate",
  "platform",
  "flight",
  "exit",
  "highway",
  "interstate",
  "article",
  "clause",
  "paragraph",
  "rule",
  "item",
  "step",
  "phase",
  "stage",
  "version",
  "v",
  "season",
  "episode",
  "vol",
  "volume",
  "issue",
  "no",
  "nos",
  "number",
  "figure",
  "fig",
  "table",
  "appendix",
  "suite",
  "apartment",
  "apt",
  "floor",
  "level",
  "grade",
  "class",
  "category",
  "tier",
  "lot",
  "box",
  "zone",
  "district",
  "ward",
  "precinct",
  "bus",
  "channel",
  "model",
  "act",
  "scene",
  "verse",
  "track",
  "lane",
  "block",
  "plot",
  "bay",
  "pier",
  "hall",
  "building",
  "terminal",
  "runway",
  "docket",
  "bill",
  "amendment",
  "proposition",
  "prop",
  "question",
  "problem",
  "exercise",
  "lesson",
  "line",
  "unit",
  "code",
  "id",
  "type",
  "series",
  "generation",
  "gen",
  "iphone",
  "ipad",
  "windows",
  "covid",
  "sars",
  "ios",
  "android",
  "macos",
  "h.r",
  "title"
])
/** Capitalised words before a number that do not make it a name ("In 2019", "Since 2015", "About 40"). */
const FUNCTION_WORDS = new Set([
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "to",
  "of",
  "since",
  "until",
  "till",
  "after",
  "before",
  "during",
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "under",
  "some",
  "only",
  "just",
  "roughly",
  "approximately",
  "more",
  "less",
  "fewer",
  "than",
  "and",
  "or",
  "but",
  "the",
  "a",
  "an",
  "all",
  "its",
  "their",
  "his",
  "her",
  "our",
  "by",
  "with",
  "without",
  "between",
  "among",
  "across",
  "up",
  "down",
  "as",
  "if",
  "when",
  "while",
  "then",
  "so",
  "yet",
  "also",
  "still",
  "another",
  "each",
  "every",
  "those",
  "these",
  "this",
  "that",
  "there",
  "here",
  "nearly",
  "about",
  "almost",
  "around",
  "estimated",
  "exactly",
  "precisely",
  "least",
  "most",
  "within",
  "through",
  "early",
  "late",
  "mid",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "year",
  "fiscal",
  "fy",
  "top",
  "rank",
  "ranked",
  "no",
  "we",
  "they",
  "he",
  "she",
  "it",
  "i",
  "you",
  "what",
  "which",
  "who",
  "whom",
  "where",
  "why",
  "how",
  "is",
  "are",
  "was",
  "were"
])

/** Is the number at token i a name or identifier (GPT-4o, Llama 4, o1, Section 427)? */
/** What one test says of a number: a name (true), an amount (false), or nothing (null: ask the next test). */
type Verdict = boolean | null

/** Letters glued before: o1, R1, Q1, AI21, H100 (not a currency written as letters: "RM23.50", "PS2.7m", "$US55,931,000"). */
const lettersBefore = (v: TokenView, i: number): Verdict => {
  const t = v.t(i)!
  const prev = v.t(i - 1)
  const currencyLetters =
    prev?.text === "RM" ||
    (prev?.text === "PS" && currencyBefore(v, i) !== null) ||
    (v.t(i - 2)?.text === "$" && /^[A-Z]{1,3}$/.test(prev?.text ?? ""))
  return prev &&
    !t.space &&
    prev.type === "word" &&
    !CURRENCY_CODES.has(prev.text) &&
    !currencyLetters &&
    !/^(mid|pre|post|late|early|fy)$/i.test(prev.text)
    ? true
    : null
}

/** A hyphen before the digits: "GPT-2", "F-35", "scp2-173m", "COVID -19 tests" (not "mid-2025", "5k-20k", "NASDAQ -3 points"). */
const hyphenBefore = (v: TokenView, i: number, n: NumberRead): Verdict => {
  const t = v.t(i)!
  const prev = v.t(i - 1)
  if (prev?.text !== "-" || t.space) return null
  const pp = v.t(i - 2)
  // a name's number set off by a stray space
  if (prev.space)
    return /^\p{Lu}{3,}$/u.test(pp?.text ?? "") &&
      !/^(?:points?|pts|percent|%)$/.test(v.lw(n.to)) &&
      unitAfter(v, n.to, false) === null
      ? true
      : null
  // "5k-20k": the word before the hyphen is a scale glued to a number
  const scaledBefore =
    pp !== undefined &&
    !pp.space &&
    v.t(i - 3)?.type === "num" &&
    (pp.text in ATTACHED_SCALE || measureSymbol(pp.text) !== undefined)
  if (
    pp &&
    pp.type === "word" &&
    !scaledBefore &&
    !/^(mid|pre|post|late|early|around|about|top|over|under|sub|non)$/i.test(pp.text) &&
    !isNumberWord(pp.text)
  )
    return true
  // a code of letters and digits before the hyphen: "scp2-173m", "A4-100"
  if (pp?.type === "num") return !pp.space && v.t(i - 3)?.type === "word"
  return null
}

/** Letters glued after that are no scale, unit, ordinal or decade: 4o, 3D; "5G" is a network's generation. */
const lettersAfter = (v: TokenView, i: number, n: NumberRead): Verdict => {
  const nx = v.t(n.to)
  if (nx?.type !== "word" || nx.space) return null
  const suffix = nx.text
  if (suffix === "G" && n.value >= 2 && n.value <= 6 && currencyBefore(v, i) === null) return true
  return !(suffix in ATTACHED_SCALE) &&
    !measureSymbol(suffix) &&
    !/^(st|nd|rd|th|s|am|pm|x|bps|pct|pc|e|mil|mm|mln|bln|tln)$/i.test(suffix) &&
    !measureWord(suffix) &&
    !/^(k|m|b|bn|mn|tn)$/i.test(suffix) &&
    codeOf(suffix) === null &&
    !(suffix === "p" && currencyAfter(v, n.to, false) !== null)
    ? true
    : null
}

/** A name before it: Llama 4, iPhone 16, Windows 11, Fortune 500, Section 427 (not "Tesla 13%", "a Pro 16 inch laptop"). */
const nameBefore = (v: TokenView, i: number, n: NumberRead): Verdict => {
  const prev = v.t(i - 1)
  if (prev?.type !== "word" || !v.t(i)!.space) return null
  const pl = prev.lower
  if (IDENTIFIER_WORDS.has(pl.replace(/\.$/, "")) && !(pl === "number" && v.lw(i - 2) === "a")) return true
  if (
    !/\p{Lu}/u.test(prev.text) ||
    FUNCTION_WORDS.has(pl) ||
    MONTH_NAMES.has(pl) ||
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(pl) ||
    CURRENCY_CODES.has(prev.text) ||
    /^(US|U\.S\.)$/.test(prev.text) ||
    n.value >= 10000
  )
    return null
  // ...unless a unit or percent follows, or a measure
  const after = v.t(n.to)
  if (after && (after.text === "%" || after.lower === "percent" || after.lower === "per")) return false
  const measure = after ? unitAfter(v, n.to, false) : null
  if (measure && measure.def.dimension !== "duration" && (after!.text.length > 1 || !after!.space)) return false
  // Sentence-initial capitals are ordinary words ("Only 40 ...").
  return !(i - 1 === 0 || v.t(i - 2)?.text === '"' || v.t(i - 2)?.text === "(")
}

/** "No. 1", "#1". */
const numberSign = (v: TokenView, i: number): Verdict => {
  const prev = v.t(i - 1)
  return prev && (prev.text === "#" || prev.text === "№") ? true : null
}

/** The tests in the order they are asked; the first that decides, decides. */
const TESTS: ReadonlyArray<(v: TokenView, i: number, n: NumberRead) => Verdict> = [
  lettersBefore,
  hyphenBefore,
  lettersAfter,
  nameBefore,
  numberSign,
  // a model named after its number: "the 450 Skylark", "two 320 Heron jets"
  (v, i, n) => modelName(v, i, n)
]

/** Whether the number at token i is a name or identifier (GPT-4o, Llama 4, o1, Section 427) rather than an amount. */
export const isIdentifier = (v: TokenView, i: number, n: NumberRead): boolean => {
  if (n.words) return false
  for (const test of TESTS) {
    const verdict = test(v, i, n)
    if (verdict !== null) return verdict
  }
  return false
}

/** A capitalised singular word after a bare number, in a sentence that is not title case. */
const modelName = (v: TokenView, i: number, n: NumberRead): boolean => {
  const nx = v.t(n.to)
  if (
    nx?.type !== "word" ||
    !nx.space ||
    !/^\p{Lu}\p{Ll}+$/u.test(nx.text) ||
    looksPlural(nx.text) ||
    MONTH_NAMES.has(nx.lower) ||
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(nx.lower) ||
    !n.integerDigits ||
    n.scaled ||
    currencyBefore(v, i) !== null ||
    currencyAfter(v, n.to, false) !== null ||
    unitAfter(v, n.to, false) !== null ||
    nx.text.length < 3 ||
    // only a noun or a word the lexicon lacks can be a name: "leaves 3 Dead", "4 Started the game", "700 Should" are not
    tagsOf(nx.lower).some((tag) => !/^(?:NN|FW)/.test(tag))
  )
    return false
  return !titleCase(v)
}

const titleCases = new WeakMap<TokenView, boolean>()
/** Most words of four letters or more capitalised: a headline in title case, where every word is. */
const titleCase = (v: TokenView): boolean => {
  let known = titleCases.get(v)
  if (known === undefined) {
    const words = v.text.match(/\p{L}{4,}/gu) ?? []
    known = words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length
    titleCases.set(v, known)
  }
  return known
}
