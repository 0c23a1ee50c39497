/**
 * The thing a number counts: the noun phrase after it, up to its head noun
 * ("500 million weekly users" counts users, with the modifier "weekly"). Words
 * that are no noun ("below", "boost", "dead") are never the thing counted.
 */
import { isNumberWord, ORDINALS } from "./NumberWords.js"
import { plural, UNCHANGED_PLURALS } from "./Lemma.js"
import { canHeadNoun, tagsOf } from "./PartOfSpeech.js"
import type { TokenView } from "./Tokens.js"

/** Words that end a counted noun phrase. */
export const NOUN_STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "from",
  "by",
  "with",
  "and",
  "or",
  "but",
  "as",
  "than",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "will",
  "would",
  "could",
  "should",
  "can",
  "may",
  "might",
  "must",
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "it",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "this",
  "these",
  "those",
  "more",
  "less",
  "fewer",
  "per",
  "each",
  "every",
  "across",
  "into",
  "onto",
  "over",
  "under",
  "about",
  "after",
  "before",
  "since",
  "during",
  "up",
  "down",
  "out",
  "off",
  "ago",
  "earlier",
  "later",
  "last",
  "next",
  "when",
  "where",
  "while",
  "if",
  "so",
  "not",
  "no",
  "nor",
  "all",
  "both",
  "such",
  "there",
  "here",
  "then",
  "now",
  "also",
  "only",
  "just",
  "even",
  "still",
  "around",
  "through",
  "between",
  "among",
  "against",
  "within",
  "without",
  "toward",
  "towards",
  "via",
  "including",
  "like",
  "said",
  "says",
  "say",
  "told",
  "according",
  "alone",
  "apiece",
  "each",
  "respectively",
  "total",
  "overall",
  "annually",
  "worldwide",
  "globally",
  "nationwide",
  "or",
  "so",
  "too",
  "behind",
  "ahead",
  "away",
  "back",
  "again",
  "already",
  "yet",
  "very",
  "much",
  "many",
  "most",
  "least",
  "times"
])
const IRREGULAR_PLURALS = new Set([
  ...UNCHANGED_PLURALS,
  "children",
  "men",
  "women",
  "feet",
  "teeth",
  "mice",
  "geese",
  "troops",
  "folks"
])

/** Month names and their short forms, lower case: never a thing counted, nor a name before a number. */
export const MONTH_NAMES = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec"
])

/** Capitalised plurals that are people, not a name: "Tasmanians", "Bolivians", "Republicans". */
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}{2,}(?:ans|ians)$/u

/** Whether a word reads as a plural noun ("victims", "people"; not "bus", "gas"). */
export const looksPlural = (w: string): boolean =>
  IRREGULAR_PLURALS.has(w.toLowerCase()) || (/[^su]s$|[^s]es$/i.test(w) && !/(ss|us|is|ous)$/i.test(w) && w.length > 2)

/** The thing counted after a number: "500 million weekly users" -> users, modifiers [weekly]. */
export const countedNoun = (
  v: TokenView,
  j: number,
  value: number
): { unit: string; modifiers: Array<string>; to: number } | null => {
  // "a six-cylinder engine", "a three-bedroom flat": the number counts the word it is hyphened to
  const hyphened = v.t(j + 1)
  if (
    v.lw(j) === "-" &&
    v.glued(j) &&
    hyphened?.type === "word" &&
    v.glued(j + 1) &&
    v.lw(j + 2) !== "-" &&
    !looksPlural(hyphened.text) &&
    /^\p{Ll}+$/u.test(hyphened.text) &&
    !NOUN_STOP.has(hyphened.lower) &&
    canHeadNoun(hyphened.lower, false) &&
    v.t(j + 2)?.type === "word" &&
    !NOUN_STOP.has(v.lw(j + 2))
  ) {
    return { unit: plural(hyphened.lower), modifiers: [], to: j + 2 }
  }
  const run: Array<{ w: string; k: number }> = []
  for (let k = j; k < v.tokens.length && run.length < 4; k++) {
    const t = v.tokens[k]!
    if (t.type !== "word") {
      // a name's number set off by a stray space is part of the name: "thousands of COVID -19 tests"
      if (
        t.text === "-" &&
        v.t(k + 1)?.type === "num" &&
        v.glued(k + 1) &&
        run.length > 0 &&
        /^\p{Lu}{3,}$/u.test(run[run.length - 1]!.w)
      ) {
        k++
        continue
      }
      // "full-time" is one word; "users-meant" (an en dash used as a dash) ends the phrase
      if (
        t.text === "-" &&
        v.glued(k) &&
        v.t(k + 1)?.type === "word" &&
        v.glued(k + 1) &&
        !(run.length > 0 && looksPlural(run[run.length - 1]!.w))
      )
        continue
      break
    }
    // an ordinal hyphened to a word is a modifier ("14 first-team players", "12 third-party vendors")
    const compound = v.lw(k + 1) === "-" && v.glued(k + 1) && v.t(k + 2)?.type === "word" && v.glued(k + 2)
    if (
      NOUN_STOP.has(t.lower) ||
      MONTH_NAMES.has(t.lower) ||
      isNumberWord(t.text) ||
      (t.lower in ORDINALS && !compound)
    )
      break
    // a past participle is a verb, not the thing counted ("Nineteen died"), unless a plural noun follows ("300 recorded songs")
    if (
      /[^e]ed$/.test(t.lower) &&
      t.lower.length >= 4 &&
      !(run.length === 0 && v.t(k + 1)?.type === "word" && looksPlural(v.t(k + 1)!.text) && !NOUN_STOP.has(v.lw(k + 1)))
    )
      break
    if (
      /^(yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|percent|pct)$/.test(t.lower)
    )
      break
    // A verb in past tense ends the phrase ("100 people died"), except when it is the first word ("12 registered users").
    if (run.length > 0 && /ed$/.test(t.lower) && !IRREGULAR_PLURALS.has(t.lower)) break
    const w = v.text.slice(t.start, t.end)
    const prevTok = v.tokens[k - 1]
    if (prevTok && prevTok.text === "-" && !prevTok.space && run.length > 0)
      run[run.length - 1] = { w: `${run[run.length - 1]!.w}-${w}`, k }
    else run.push({ w, k })
  }
  if (run.length === 0) return null
  let head =
    value === 1
      ? 0
      : run.findIndex((r) => looksPlural(r.w) && (!/^\p{Lu}\p{Ll}/u.test(r.w) || DEMONYM_PLURAL.test(r.w)))
  if (head < 0) head = run.length <= 2 && !/ly$/.test(run[run.length - 1]!.w) ? run.length - 1 : -1
  if (head < 0) return null
  const headWord = run[head]!.w
  // a letter alone is a symbol or an initial ("1112 p", "5 q"), never the thing counted
  if (headWord.length < 2) return null
  if (/^\p{Lu}\p{Ll}+$/u.test(headWord) && head === 0 && !DEMONYM_PLURAL.test(headWord)) return null // a name follows, not a noun
  // "two dead", "below", "boost": words that are no noun are never the thing counted
  if (!IRREGULAR_PLURALS.has(headWord.toLowerCase()) && !canHeadNoun(headWord.split("-").pop()!, looksPlural(headWord)))
    return null
  return {
    unit:
      STAT_ABBREVIATIONS.get(headWord) ??
      (acronym(headWord) ? headWord : plural(/^\p{Lu}+$/u.test(headWord) ? headWord.toLowerCase() : headWord)),
    modifiers: run.slice(0, head).map((r) => r.w.toLowerCase()),
    to: run[head]!.k + 1
  }
}

/** Capitals that are no word in lower case ("SUV", "ICU"); "PEOPLE" in a shouted headline is a word. */
const acronym = (w: string): boolean => /^\p{Lu}{2,}$/u.test(w) && tagsOf(w.toLowerCase()).length === 0

/**
 * Sports statistics written as capitals after their figure ("0.5 WAR", "112 RBIs"), by the name
 * of their unit. Other capitals stay as written: "3 WAR" pluralised would be a unit nobody uses.
 */
const STAT_ABBREVIATIONS = new Map([
  ["WAR", "win above replacement"],
  ["fWAR", "win above replacement"],
  ["bWAR", "win above replacement"],
  ["RBI", "run batted in"],
  ["RBIs", "run batted in"],
  ["PPG", "point per game"]
])
