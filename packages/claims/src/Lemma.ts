/** Word forms via `natural`: plural unit names, singular lemmas and stems for keys. */
import inflectors from "natural/lib/natural/inflectors/index.js"
import stemmers from "natural/lib/natural/stemmers/index.js"
import stopwords from "natural/lib/natural/util/stopwords.js"

const nouns = new inflectors.NounInflector()
/** Nouns counted as they are, with no plural of their own: "12 staff", "400 sheep". */
export const UNCHANGED_PLURALS: ReadonlyArray<string> = [
  "people",
  "staff",
  "personnel",
  "police",
  "cattle",
  "data",
  "media",
  "crew",
  "livestock",
  "deer",
  "sheep",
  "fish",
  "aircraft",
  "workforce",
  "headcount"
]
const INVARIANT = new Set([...UNCHANGED_PLURALS, "news", "series", "species"])

/** Lower-case plural form, the unit name of counted things ("employee" -> "employees"). */
export const plural = (word: string): string => {
  // Acronyms keep their case: "LLMs".
  const w = /^\p{Lu}{2,}s?$/u.test(word) ? word : word.toLowerCase()
  if (INVARIANT.has(w) || /^\p{Lu}{2,}s$/u.test(w)) return w
  if (/^\p{Lu}{2,}$/u.test(w)) return `${w}s`
  const last = w.split("-").pop()!
  if (INVARIANT.has(last)) return w
  const single = nouns.singularize(last)
  // a plural as written stays as written ("viruses", not the inflector's "viri")
  if (single !== last && /s$/.test(last)) return w
  return w.slice(0, w.length - last.length) + nouns.pluralize(single)
}

export const singular = (word: string): string =>
  INVARIANT.has(word.toLowerCase()) ? word.toLowerCase() : nouns.singularize(word.toLowerCase())

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

/** Words that carry no content in news prose: reporting verbs and hedges as well as function words. */
const STOP = new Set([
  ...stopwords.words,
  "said",
  "says",
  "say",
  "told",
  "according",
  "also",
  "would",
  "could",
  "will",
  "may",
  "might",
  "one",
  "new",
  "just",
  "like",
  "now",
  "even",
  "still",
  "many",
  "much",
  "well",
  "first"
])

/** Stems of a text's content words: what two wordings of one assertion share. */
export const contentStems = (text: string): Set<string> => {
  const out = new Set<string>()
  for (const w of text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/[\s-]+/)) {
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) continue
    out.add(stem(w))
  }
  return out
}
