/**
 * The property of a figure outside the lexicon, from the words around it: the
 * content words just before the number ("a low of $5,967", "fell below $6,000",
 * "market capitalisation of $106 billion") or, failing those, the noun right
 * after it ("a $5 billion charge", "a three-hour standoff"). Never a bare
 * number: without such words there is no claim.
 */
import { looksPlural, type Token } from "./Quantity.js"
import { AUXILIARIES, canHeadNoun, tagsOf } from "./PartOfSpeech.js"

/** Words that join a property to its value and say nothing of what it is. */
const JOINERS = new Set([
  "of",
  "at",
  "to",
  "a",
  "an",
  "the",
  "by",
  "was",
  "is",
  "were",
  "are",
  "been",
  "be",
  "being",
  "has",
  "have",
  "had",
  "for",
  "its",
  "their",
  "his",
  "her",
  "our",
  "worth",
  "some",
  "just",
  "than",
  "about",
  "around",
  "roughly",
  "nearly",
  "almost",
  "more",
  "less",
  "over",
  "under",
  "as",
  "much",
  "many",
  "high",
  "from",
  "still",
  "now",
  "currently",
  "only",
  "also",
  "then",
  "reached",
  "hit",
  "totalled",
  "totaled",
  "stood",
  "came",
  "amounted",
  "and",
  "or",
  "with",
  "in",
  "on",
  "estimated",
  "approximately",
  "least",
  "most",
  "up",
  "down",
  "this",
  "that"
])
const STOP = new Set([
  "said",
  "says",
  "told",
  "according",
  "which",
  "who",
  "that",
  "while",
  "when",
  "where",
  "because",
  "but",
  "if",
  "although"
])

const isContent = (t: Token): boolean =>
  t.type === "word" && !JOINERS.has(t.lower) && !STOP.has(t.lower) && t.lower.length > 1

/** Up to two content words before [mi, ...) within the clause, or a noun after the mention. */
export const genericProperty = (
  tokens: ReadonlyArray<Token>,
  mi: number,
  mEnd: number,
  cs: number,
  ce: number
): string | null => {
  // "a three-hour standoff", "the 101-metre long hull": a figure used as an adjective names the noun after it
  const glued = tokens[mEnd - 1]?.text === "-" || (tokens[mEnd - 2]?.text === "-" && !tokens[mEnd - 1]!.space)
  if (glued || tokens[mEnd]?.lower === "long" || tokens[mEnd]?.lower === "wide" || tokens[mEnd]?.lower === "tall") {
    const after = nounAfter(tokens, mEnd, ce)
    if (after !== null) return after
  }
  // "$22 in Harrow stock", "$5 billion in losses": what the amount is paid or counted in
  if (tokens[mEnd]?.lower === "in") {
    let head: string | null = null
    for (let j = mEnd + 1; j < ce && j < mEnd + 4; j++) {
      const t = tokens[j]!
      if (t.type !== "word" || JOINERS.has(t.lower) || STOP.has(t.lower)) break
      if (canHeadNoun(t.lower, looksPlural(t.lower)) && tagsOf(t.lower).length > 0) head = t.lower
    }
    if (
      head !== null &&
      !/^(?:january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/.test(head)
    )
      return head
  }
  const words: Array<string> = []
  let k = mi - 1
  while (k >= cs && k >= mi - 6 && words.length === 0) {
    const t = tokens[k]!
    if (t.type !== "word" || STOP.has(t.lower)) break
    if (isContent(t)) {
      words.unshift(t.lower)
      const prev = tokens[k - 1]
      if (prev && k - 1 >= cs && isContent(prev) && !/^\p{Lu}/u.test(prev.text)) words.unshift(prev.lower)
    }
    k--
  }
  if (words.length > 0 && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) return words.join(" ")
  return nounAfter(tokens, mEnd, ce) ?? (words.length > 0 ? words.join(" ") : null)
}

/** Dimensions named by an adjective after a measure: "101 metres long". */
const DIMENSION: Record<string, string> = {
  long: "length",
  wide: "width",
  tall: "height",
  high: "height",
  deep: "depth",
  thick: "thickness"
}

/** "a $5 billion charge", "a 24-hour strike", "330 feet long": the noun (or dimension) right after the figure. */
const nounAfter = (tokens: ReadonlyArray<Token>, mEnd: number, ce: number): string | null => {
  let limit = mEnd + 3
  for (let j = mEnd; j < ce && j < limit; j++) {
    const t = tokens[j]!
    if (t.type !== "word") {
      if (t.text === "-") continue
      // "101 metres (330 feet) long": the conversion in brackets is read past
      if (t.text === "(") {
        const close = tokens.findIndex((x, k) => k > j && k <= j + 6 && x.text === ")")
        if (close > 0) {
          limit += close - j + 1
          j = close
          continue
        }
      }
      break
    }
    if (t.lower in DIMENSION) return DIMENSION[t.lower]!
    if (JOINERS.has(t.lower) || STOP.has(t.lower)) break
    if (canHeadNoun(t.lower, false) && tagsOf(t.lower).length > 0) return t.lower
  }
  return null
}

/** Verbs of a level, not of a happening: "has 400 stores" and "reached 400 stores" state one fact. */
const LEVEL_VERBS =
  /^(?:operates|operate|operated|runs|run|ran|owns|own|owned|manages|manage|managed|controls|control|controlled|holds|hold|held|maintains|maintained|keeps|kept|comprises|comprised|spans|covers|covered|has|have|had|having|is|are|was|were|be|been|being|reached|reaches|hit|hits|topped|tops|top|surpassed|passed|crossed|counts|counted|boasts|serves|served|totals|totaled|totalled|numbered|numbers|stands|stood|includes|included|including|employs|employed|rose|rise|rises|fell|falls|grew|grows|dropped|increased|decreased|gained|lost|added|said|says|told|reported|estimated|expects|expected|made|makes|make|got|gets|saw|sees|see)$/
const AUXILIARY = new Set([...AUXILIARIES, "then"])

const isEventVerb = (t: Token | undefined, tags: ReadonlyArray<string>): boolean =>
  t !== undefined &&
  t.type === "word" &&
  !LEVEL_VERBS.test(t.lower) &&
  tags.length > 0 &&
  tags[0]!.startsWith("VB") &&
  !/ing$/.test(t.lower)

/**
 * The verb that says what happened to counted things ("12 victims were
 * transported", "hospitals received 12 victims"), or null for a level ("has
 * 400 stores"), so a count of what happened is never merged with a stock.
 */
export const countPredicate = (
  tokens: ReadonlyArray<Token>,
  mi: number,
  mEnd: number,
  cs: number,
  ce: number
): string | null => {
  let k = mEnd
  while (k < ce && AUXILIARY.has(tokens[k]!.lower)) k++
  if (k < ce) {
    const t = tokens[k]!
    const tags = tagsOf(t.lower)
    if (isEventVerb(t, tags) && (tags.includes("VBN") || tags.includes("VBD"))) return t.lower
  }
  let j = mi - 1
  while (j >= cs && /^(?:a|total|of|also|the|another|at|least)$/.test(tokens[j]!.lower)) j--
  if (j >= cs) {
    const t = tokens[j]!
    const tags = tagsOf(t.lower)
    if (isEventVerb(t, tags) && !tags.includes("NN") && !tags.includes("NNS")) return t.lower
  }
  return null
}
