/**
 * Parts of speech from the lexicon of `natural`'s Brill tagger (about 93,000
 * English words with their tags, most frequent first). A lexical lookup, not
 * the tagger's transformation rules: the claim stage only asks whether a word
 * can head a noun phrase or is a verb form, and the rules would cost a pass
 * over every sentence for that.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

/** Word -> its tags joined by spaces, most frequent first. */
let lexicon: Map<string, string> | null = null

/**
 * Loaded on first use. The JSON is scanned entry by entry into a map of short
 * strings rather than parsed whole: a parsed object of 93,000 arrays would
 * take tens of megabytes of a worker's bounded heap.
 */
const load = (): Map<string, string> => {
  if (lexicon === null) {
    const path = createRequire(import.meta.url).resolve(
      "natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json"
    )
    const text = readFileSync(path, "utf8")
    const map = new Map<string, string>()
    const entry = /"((?:[^"\\]|\\.)*)"\s*:\s*\[([^\]]*)\]/g
    for (let m = entry.exec(text); m !== null; m = entry.exec(text))
      map.set(m[1]!, m[2]!.replace(/["\s]/g, "").replace(/,/g, " "))
    lexicon = map
  }
  return lexicon
}

/** Penn Treebank tags of a word, most frequent first; empty when the lexicon does not know it. */
export const tagsOf = (word: string): ReadonlyArray<string> => {
  const l = load()
  const tags = l.get(word) ?? l.get(word.toLowerCase())
  return tags === undefined || tags === "" ? [] : tags.split(" ")
}

/**
 * Whether a word can be the head of a counted noun phrase: its most frequent
 * tag is a noun, or it is a plural the lexicon also knows as a plural noun
 * ("suspects", "counts"). Unknown words (names of units, new coinages) can.
 * "dead", "below", "boost" cannot.
 */
export const canHeadNoun = (word: string, plural: boolean): boolean => {
  const tags = tagsOf(word)
  if (tags.length === 0) return true
  if (tags[0]!.startsWith("NN")) return true
  return plural && tags.includes("NNS")
}

/** Auxiliaries and adverbs that stand between a count and its verb: "two [were later] killed", "400 [have all] closed". */
export const AUXILIARIES: ReadonlyArray<string> = [
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "been",
  "be",
  "being",
  "reportedly",
  "also",
  "later",
  "all",
  "both"
]
