/**
 * Parts of speech from the lexicon of `natural`'s Brill tagger (about 93,000
 * English words with their tags, most frequent first). A lexical lookup, not
 * the tagger's transformation rules: the claim stage only asks whether a word
 * can head a noun phrase or is a verb form, and the rules would cost a pass
 * over every sentence for that.
 */
import { createRequire } from "node:module"

type Lexicon = Readonly<Record<string, ReadonlyArray<string> | undefined>>

let lexicon: Lexicon | null = null
/** Loaded on first use (about 60 ms), so importing the package stays cheap. */
const load = (): Lexicon => {
  if (lexicon === null) {
    const require = createRequire(import.meta.url)
    lexicon = require("natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json") as Lexicon
  }
  return lexicon
}

/** Penn Treebank tags of a word, most frequent first; empty when the lexicon does not know it. */
export const tagsOf = (word: string): ReadonlyArray<string> => {
  const l = load()
  return (Object.hasOwn(l, word) ? l[word] : undefined) ?? (Object.hasOwn(l, word.toLowerCase()) ? l[word.toLowerCase()] : undefined) ?? []
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

/** Whether a word is mainly a verb form or an adjective ("killed", "injured", "dead"): a predicate, not a thing. */
export const isPredicateWord = (word: string): boolean => {
  const first = tagsOf(word)[0]
  return first !== undefined && (first.startsWith("VB") || first === "JJ")
}
