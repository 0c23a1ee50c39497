/** Word forms via `natural`: plural unit names, singular lemmas and stems for keys. */
import inflectors from "natural/lib/natural/inflectors/index.js"
import stemmers from "natural/lib/natural/stemmers/index.js"

const nouns = new inflectors.NounInflector()
const INVARIANT = new Set(["people", "staff", "personnel", "police", "cattle", "data", "media", "crew", "livestock", "deer", "sheep", "fish", "aircraft", "workforce", "headcount", "news", "series", "species"])

/** Lower-case plural form, the unit name of counted things ("employee" -> "employees"). */
export const plural = (word: string): string => {
  // Acronyms keep their case: "LLMs".
  const w = /^\p{Lu}{2,}s?$/u.test(word) ? word : word.toLowerCase()
  if (INVARIANT.has(w) || /^\p{Lu}{2,}s$/u.test(w)) return w
  if (/^\p{Lu}{2,}$/u.test(w)) return `${w}s`
  const last = w.split("-").pop()!
  if (INVARIANT.has(last)) return w
  const single = nouns.singularize(last)
  return w.slice(0, w.length - last.length) + nouns.pluralize(single)
}

export const singular = (word: string): string => (INVARIANT.has(word.toLowerCase()) ? word.toLowerCase() : nouns.singularize(word.toLowerCase()))

/** Stems of words already seen: a corpus repeats a small vocabulary, and stemming costs more than a lookup. */
const stems = new Map<string, string>()
const STEM_CACHE = 200_000

export const stem = (word: string): string => {
  const hit = stems.get(word)
  if (hit !== undefined) return hit
  const s = stemmers.PorterStemmer.stem(word.toLowerCase())
  if (stems.size >= STEM_CACHE) stems.clear()
  stems.set(word, s)
  return s
}
