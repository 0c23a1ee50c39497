/**
 * A story's wording as evidence of its event: the content stems of its first
 * sentences, and how alike two stories' wordings are.
 *
 * Two reports of one happening retell it: the street, the car, the party it
 * followed, what a neighbour heard. Their leads may share too few names or
 * words to link (one names the victim, the other the street), yet their bodies,
 * each word weighed by how rare it is in the corpus (tf-idf cosine), are far
 * more alike than two reports of different happenings of the same days. The
 * likeness is read only for a story no other document's story joined (see
 * EventGroup): it joins the event whose report is most like it, when that
 * report is alike enough for its distance in days (a report of the same days
 * less than a follow-up's a week or two apart) and clearly ahead of every
 * other event's. A follow-up months later (an arrest, a trial) joins a report of
 * another outlet that shares its rarest words, when alike as a whole.
 */
import { contentStems } from "./Lemma.js"
import { dayOf, dayWindow, type StoryEventKeys } from "./EventEvidence.js"
import { Postings } from "./Postings.js"

/** Sentences of a story whose words are kept: a report's body, short of a long feature's tail. */
const WORD_SENTENCES = 40
/** Words kept per story, the most repeated first: bounded, as every story's words are held until events are known. */
const MAX_WORDS = 48
/** Likeness (cosine) a lone story needs with a report to join its event. */
const LIKENESS = 0.15
/** How far ahead of the next event's report the best must be. */
const LIKENESS_MARGIN = 1.2
/** Days between the publication of a lone story and a report it may join. */
const LIKENESS_DAYS = 3
/** A follow-up published up to two weeks after retells its event: more alike, it may join a report that far apart. */
const FOLLOW_UP_DAYS = 14
const FOLLOW_UP_LIKENESS = 0.3
/**
 * A follow-up months later (an arrest, a trial, a sentence) retells its event in the event's own rare
 * words (the street, the victim, the party): held by this few stories in the whole corpus, a word
 * brings together a lone story and reports at any distance in time, which must then be this alike,
 * from another outlet (an outlet's own pages share its furniture), and this far ahead of the rest.
 */
const FAR_WORD_STORIES = 12
const FAR_LIKENESS = 0.25
const FAR_MARGIN = 1.5
/** Reports compared whole with a lone story, those sharing most of its rare words first. */
const FAR_CANDIDATES = 32
/** A word in more than this share of the documents is background: it is not indexed. */
const COMMON_SHARE = 0.1
/** A word more reports of a story's days hold than this says nothing of which of them it is like. */
const WINDOW_CAP = 64

export interface StoryWords {
  /** Stems of the story's content words, the most repeated first (then in the order of the text). */
  readonly words: ReadonlyArray<string>
  /** In how many of the story's sentences each word is. */
  readonly wordCounts: ReadonlyArray<number>
}

/** The words of a story's first sentences (headline first), with the number of sentences holding each. */
export const storyWords = (sentences: ReadonlyArray<string>): StoryWords => {
  const counts = new Map<string, number>()
  for (const sentence of sentences.slice(0, WORD_SENTENCES))
    for (const t of contentStems(sentence)) counts.set(t, (counts.get(t) ?? 0) + 1)
  // a stable sort: words repeated as often keep the order of the text
  const kept = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_WORDS)
  return { words: kept.map(([w]) => w), wordCounts: kept.map(([, c]) => c) }
}

/** A word as text, or as its number in a table of words (see packWords). */
type Word = string | number

/** Counts fit in the low bits of a packed word: a word is in at most WORD_SENTENCES sentences. */
const COUNT_BITS = 64

/**
 * A story's words and counts in one array of numbers, a word's number (from `idOf`, the same for the
 * same word across stories) times 64 plus its count: where a million stories' words wait in memory
 * for the events stage, a quarter of what the words and counts take as lists. Reads as the text does.
 */
export const packWords = (
  words: ReadonlyArray<string>,
  counts: ArrayLike<number>,
  idOf: (word: string) => number
): Int32Array => Int32Array.from(words, (w, k) => idOf(w) * COUNT_BITS + Math.min(counts[k] ?? 1, COUNT_BITS - 1))

const wordsOf = (s: StoryEventKeys): ArrayLike<Word> => s.words ?? []
const wordAt = (s: StoryEventKeys, k: number): Word => {
  const w = s.words![k]!
  return typeof w === "number" ? Math.floor(w / COUNT_BITS) : w
}
const countAt = (s: StoryEventKeys, k: number): number => {
  const w = s.words![k]!
  return typeof w === "number" ? w % COUNT_BITS : (s.wordCounts?.[k] ?? 1)
}

/** The documents holding each word (once per document; stories are sorted by document). */
const documentFrequencies = (stories: ReadonlyArray<StoryEventKeys>): Map<Word, number> => {
  const df = new Map<Word, number>()
  const last = new Map<Word, string>()
  for (const s of stories)
    for (let k = 0; k < wordsOf(s).length; k++) {
      const w = wordAt(s, k)
      if (last.get(w) !== s.document) {
        last.set(w, s.document)
        df.set(w, (df.get(w) ?? 0) + 1)
      }
    }
  return df
}

/**
 * The weight of a story's word: repeated in more sentences, rarer in the corpus, weighs more. A word of
 * one document is shared with none: it weighs nothing in the index, as the rarest in a whole story.
 */
const weightOf = (count: number, df: number, docCount: number, unique = false): number =>
  df < 2 && !unique ? 0 : (1 + Math.log(count)) * Math.log(docCount / df)

/**
 * Pairs of a lone story and the story whose event it joins by likeness of wording. `lone` says
 * which stories no other document's story joined; `rootOf` gives each story's group;
 * `compatible` whether two stories may report one event (their kinds, their places).
 */
export const likeStories = (
  stories: ReadonlyArray<StoryEventKeys>,
  lone: ReadonlyArray<boolean>,
  rootOf: (i: number) => number,
  compatible: (a: StoryEventKeys, b: StoryEventKeys) => boolean
): Array<readonly [number, number]> => {
  if (!lone.some((x) => x)) return []
  const docCount = new Set(stories.map((s) => s.document)).size
  const df = documentFrequencies(stories)
  const days = stories.map((s) => dayOf(s.published) ?? dayOf(s.date))
  const index = wordIndex(stories, lone, days, df, docCount)
  const joins: Array<readonly [number, number]> = []
  stories.forEach((s, i) => {
    if (!lone[i] || days[i] === null) return
    // the cosine with each report of nearby days, summed over the words they share
    const likeness = new Map<number, number>()
    const own = index.weightsOf(s)
    for (let p = 0; p < wordsOf(s).length; p++) {
      const w = wordAt(s, p)
      const list = index.postings.get(w)
      if (list === undefined) continue
      const weights = index.postings.valuesOf(w)!
      const [from, to] = dayWindow(list, (k) => days[index.order[k]!]!, days[i]!, FOLLOW_UP_DAYS)
      if (to - from > WINDOW_CAP) continue
      for (let k = from; k < to; k++) {
        const j = index.order[list[k]!]!
        if (stories[j]!.document !== s.document) likeness.set(j, (likeness.get(j) ?? 0) + own[p]! * weights[k]!)
      }
    }
    // a report of the same days needs less likeness than one a week or two apart
    const enough = (j: number) =>
      likeness.get(j)! >= (Math.abs(days[i]! - days[j]!) <= LIKENESS_DAYS ? LIKENESS : FOLLOW_UP_LIKENESS)
    const join =
      bestLike(i, likeness, rootOf, LIKENESS_MARGIN, (j) => enough(j) && compatible(s, stories[j]!)) ??
      farLike(i, likeness, index, rootOf, compatible)
    if (join !== null) joins.push([i, join])
  })
  return joins
}

/**
 * The report months away a lone story joins, when none of its days did: the reports holding one of its
 * rarest words are compared with it whole, and the most alike joins when from another outlet, alike
 * enough and clearly ahead of every other event's, near or far.
 */
const farLike = (
  i: number,
  near: ReadonlyMap<number, number>,
  index: WordIndex,
  rootOf: (i: number) => number,
  compatible: (a: StoryEventKeys, b: StoryEventKeys) => boolean
): number | null => {
  const { stories } = index
  const s = stories[i]!
  const likeness = new Map(near)
  const own = new Map<Word, number>()
  const weights = index.weightsOf(s, true)
  for (let p = 0; p < wordsOf(s).length; p++) if (weights[p]! > 0) own.set(wordAt(s, p), weights[p]!)
  // the reports sharing rare words with it, and how many
  const shared = new Map<number, number>()
  for (const w of own.keys()) {
    const list = index.postings.get(w)
    if (list === undefined || list.length > FAR_WORD_STORIES) continue
    for (const k of list) {
      const j = index.order[k]!
      if (!near.has(j) && stories[j]!.document !== s.document) shared.set(j, (shared.get(j) ?? 0) + 1)
    }
  }
  // the reports sharing most of them are compared whole, a bounded number per story
  const candidates = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, FAR_CANDIDATES)
  for (const [j] of candidates) {
    const other = stories[j]!
    const theirs = index.weightsOf(other, true)
    let cosine = 0
    for (let q = 0; q < wordsOf(other).length; q++) cosine += (own.get(wordAt(other, q)) ?? 0) * theirs[q]!
    likeness.set(j, cosine)
  }
  return bestLike(
    i,
    likeness,
    rootOf,
    FAR_MARGIN,
    (j) =>
      !near.has(j) &&
      likeness.get(j)! >= FAR_LIKENESS &&
      (s.outlet === null || stories[j]!.outlet !== s.outlet) &&
      compatible(s, stories[j]!) &&
      !agesApart(s, stories[j]!)
  )
}

/** The ages a story's lead states ("f:age=17"). */
const agesOf = (s: StoryEventKeys): Array<number> =>
  s.names.flatMap((n) => (n.startsWith("f:age=") ? [Number(n.slice(6))] : []))

/**
 * Whether two stories months apart name people of other ages: each states ages, and none is within a
 * year of one of the other's (a victim is a year older at the trial). Near in time, one report may
 * give the victim's age and another the suspect's; months apart, a lead that retells the event
 * restates the victim's.
 */
const agesApart = (a: StoryEventKeys, b: StoryEventKeys): boolean => {
  const x = agesOf(a)
  const y = agesOf(b)
  return x.length > 0 && y.length > 0 && !x.some((n) => y.some((m) => Math.abs(m - n) <= 1))
}

interface WordIndex {
  readonly stories: ReadonlyArray<StoryEventKeys>
  /** The stories with a day, in order of their days: postings hold positions in it. */
  readonly order: Array<number>
  readonly postings: Postings<Word>
  /**
   * A story's words' weights divided by its norm, in the order of its words; `unique`: a word of no
   * other document weighs as the rarest (the whole story's cosine), else nothing (the index's).
   */
  readonly weightsOf: (s: StoryEventKeys, unique?: boolean) => Array<number>
}

/**
 * The words lone stories hold, short of background ones, each with the stories holding it in
 * order of their days (a window of days is a slice) and its weight in each, divided by the
 * story's norm: summed over shared words, the products are the stories' cosine.
 */
const wordIndex = (
  stories: ReadonlyArray<StoryEventKeys>,
  lone: ReadonlyArray<boolean>,
  days: ReadonlyArray<number | null>,
  df: ReadonlyMap<Word, number>,
  docCount: number
): WordIndex => {
  const weightsOf = (s: StoryEventKeys, unique = false): Array<number> => {
    const raw = Array.from(wordsOf(s), (_, k) => weightOf(countAt(s, k), df.get(wordAt(s, k))!, docCount, unique))
    const norm = Math.sqrt(raw.reduce((sum, x) => sum + x * x, 0)) || 1
    return raw.map((x) => x / norm)
  }
  const wanted = new Set<Word>()
  stories.forEach((s, i) => {
    if (lone[i] && days[i] !== null) for (let k = 0; k < wordsOf(s).length; k++) wanted.add(wordAt(s, k))
  })
  for (const [w, n] of df) if (n < 2 || n > COMMON_SHARE * docCount) wanted.delete(w)
  const order = stories.map((_, i) => i).filter((i) => days[i] !== null)
  order.sort((a, b) => days[a]! - days[b]! || a - b)
  // the positions of one story's indexed words, and their weights, kept while the index reads that story
  let at = -1
  let kept: Array<number> = []
  let weights: Array<number> = []
  const read = (k: number) => {
    if (k === at) return
    const s = stories[order[k]!]!
    weights = weightsOf(s)
    kept = []
    for (let p = 0; p < wordsOf(s).length; p++) if (wanted.has(wordAt(s, p))) kept.push(p)
    at = k
  }
  const postings = new Postings<Word>(
    order.length,
    (k) => {
      read(k)
      return kept.map((p) => wordAt(stories[order[k]!]!, p))
    },
    (k, n) => {
      read(k)
      return weights[kept[n]!]!
    }
  )
  wanted.clear()
  return { stories, order, postings, weightsOf }
}

/**
 * The story a lone story joins: the most alike report that may be of its event (`eligible`: alike
 * enough for its distance in days, of a compatible kind and place), when clearly more alike than any
 * report of another group; else null.
 */
const bestLike = (
  i: number,
  likeness: ReadonlyMap<number, number>,
  rootOf: (i: number) => number,
  margin: number,
  eligible: (j: number) => boolean
): number | null => {
  const ranked = [...likeness].filter(([j, x]) => x > 0 && eligible(j)).sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const best = ranked[0]
  if (best === undefined) return null
  const group = rootOf(best[0])
  if (group === rootOf(i)) return null
  const second = ranked.find(([j]) => rootOf(j) !== group)?.[1] ?? 0
  return best[1] >= margin * second ? best[0] : null
}
