/**
 * The evidence that two stories report one event, summed per pair of stories
 * that blocking brings together (see EventGroup for how it links them).
 *
 * Each shared key weighs by its kind (a participant's name more than a word of
 * the lead, an official's or an institution's little) and its rarity in the
 * whole corpus. Names held by a few documents pair their stories at any
 * distance in time, through an inverted index (a name held by more than
 * MAX_DF documents blocks nothing); lead words, lead figures, names too common
 * to block on and kind-and-place keys pair stories within a sliding window of
 * days per key, so each story meets a bounded number of others per key.
 */
import { PairLog, type PairEvidence } from "./PairEvidence.js"
import { Postings } from "./Postings.js"
import { stem } from "./Lemma.js"

export interface StoryEventKeys {
  readonly document: string
  readonly story: number
  readonly published: string | null
  /** The outlet that published the story: its own name is chrome, not a key. */
  readonly outlet: string | null
  readonly kind: string
  /** Every kind of happening the story's lead names (see StoryEvent); absent in shards written before they were kept. */
  readonly kinds?: ReadonlyArray<string>
  readonly place: string | null
  /** The event's day when the story states it, else null. */
  readonly date: string | null
  /** The story's own label, which its event-held claims carry until events are known. */
  readonly label: string
  /** Keys from the names the story mentions (see EventKeys): "p:" participants, "n:" other names, "o:" officials, "i:" institutions, "t:" words of names. */
  readonly names: ReadonlyArray<string>
  /** Stems of the lead's content words: evidence between stories published within a few days of each other. */
  readonly terms: ReadonlyArray<string>
  /**
   * Stems of the story's words, the most repeated first (see Wording), or the same packed with their
   * counts as numbers (`packWords`); absent in shards written before they were kept.
   */
  readonly words?: ReadonlyArray<string> | Int32Array
  /** In how many of the story's sentences each word is (words as text only). */
  readonly wordCounts?: ReadonlyArray<number>
  /** The story this one republishes, if any. */
  readonly copyOf: { readonly document: string; readonly story: number } | null
}

/** A name in more documents than this is background (a police chief, a city), not a key. */
const MAX_DF = 12
/** Share of the documents a key may be in and still link stories of a crowded window. */
export const DISTINCTIVE_SHARE = 0.02
/** A participant's name in at most this many documents ties an outlet's follow-up to its first report. */
const RARE_PERSON = 3
/** Kind, place and day in common weigh this share of a rare name. */
const KEY_WEIGHT = 0.8
/** A lead word shared weighs this share of its rarity: many words together say what one name says. */
const TERM_WEIGHT = 0.25
/** A lead figure shared ("deaths=2", "age=17") weighs this share of its rarity. */
const FIGURE_WEIGHT = 0.5
/** A person named in at most this many stories may be a participant in reports months apart, not a burst. */
const FOLLOW_UPS = 5
/** Lead words are evidence between stories whose days are at most this far apart. */
export const TERM_DAYS = 3
const DAY = 86_400_000

export const dayOf = (iso: string | null): number | null =>
  iso === null ? null : Math.round(Date.parse(iso.slice(0, 10)) / DAY)

/** The distinctive part of an outlet's name ("walb" for "walb.com", "dailyherald" for "www.dailyherald.com"). */
export const outletStem = (outlet: string | null): string | null => {
  if (outlet === null) return null
  const stem =
    outlet
      .toLowerCase()
      .replace(/^www\./, "")
      .replace(/\.(com|org|net|co\.uk|tv|gov|us)$/, "")
      .split(/[.\s]/)[0] ?? ""
  return stem.length >= 4 ? stem : null
}

/**
 * Whether a name's stories come in a burst, as reports of a happening do: two
 * of them within a week. A name spread thinly over months (a photo agency's
 * credit, a network's player notice) is the page's, not an event's. Two
 * stories alone may be an event and its follow-up months later; a person
 * named in a few may be a participant followed from arrest to trial to
 * sentence (writers' notes and captions, whose names were such a thin spread,
 * are boilerplate and give no keys).
 */
const bursty = (days: ReadonlyArray<number | null>, person: boolean): boolean => {
  const known = days.filter((d): d is number => d !== null).sort((a, b) => a - b)
  if (days.length <= (person ? FOLLOW_UPS : 2) || known.length < days.length) return true
  for (let i = 1; i < known.length; i++) if (known[i]! - known[i - 1]! <= 7) return true
  return false
}

/** The first and last+1 position of a list sorted by day (`dayAt` an item's day) whose days are within `span` of `day`. */
export const dayWindow = (
  list: Int32Array,
  dayAt: (item: number) => number,
  day: number,
  span: number
): [number, number] => {
  const bound = (target: number, after: boolean): number => {
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const d = dayAt(list[mid]!)
      if (d < target || (after && d === target)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return [bound(day - span, false), bound(day + span, true)]
}

/** Days between two stories' publication, or null when either has no day. */
export const daysBetweenPublications = (a: StoryEventKeys, b: StoryEventKeys): number | null => {
  const pa = dayOf(a.published)
  const pb = dayOf(b.published)
  return pa === null || pb === null ? null : Math.abs(pa - pb)
}

/** Whether a story's lead names a kind of happening (a shooting, a crash), not only "event". */
export const namesHappening = (s: StoryEventKeys): boolean => s.kind !== "event"

/** The day a story's event happened on, or else its publication day. */
export const storyDay = (s: StoryEventKeys): number | null => dayOf(s.date) ?? dayOf(s.published)

/** How much a shared key says, from its kind (its prefix) and its rarity. */
export const keyWeight = (key: string, idf: number): number => {
  switch (key.slice(0, 2)) {
    case "p:":
      return key.includes(" ") ? idf : idf / 2
    // a word of a name counts less than a whole name, but two of them together say as much
    case "t:":
      return idf / 3
    case "k:":
      return KEY_WEIGHT * idf
    case "o:":
    case "i:":
      return idf / 4
    case "w:":
      return TERM_WEIGHT * idf
    case "f:":
      return FIGURE_WEIGHT * idf
    default:
      return idf / 2
  }
}

/**
 * The documents the listed stories are in. The list is in story order (as postings are built) and
 * stories are sorted by document, so a document's stories are next to each other in it.
 */
export const documentCount = (stories: ReadonlyArray<StoryEventKeys>, list: ArrayLike<number>): number => {
  let count = 0
  let last: string | null = null
  for (let k = 0; k < list.length; k++) {
    const document = stories[list[k]!]!.document
    if (document !== last) count++
    last = document
  }
  return count
}

/** Adds evidence between two stories (either order); `rare`: the name is in no more than a few stories. */
type AddEvidence = (x: number, y: number, w: number, person: boolean, rare?: boolean) => void

/** What every kind of evidence reads: the stories (by document), their days, the number of documents, the name cap. */
interface Corpus {
  readonly stories: ReadonlyArray<StoryEventKeys>
  readonly days: ReadonlyArray<number | null>
  /** Each story's publication day, or its event's day when it has none. */
  readonly published: ReadonlyArray<number | null>
  readonly docCount: number
  /** A name in more documents than this blocks nothing; a word more stories of a window hold is background there. */
  readonly cap: number
  readonly add: AddEvidence
}

/**
 * Keys shared by stories of nearby days, by the days their events happened on or
 * the days they were published (lead words, lead figures, names too
 * common in the whole corpus to block on, such as a city's), weighted by their
 * rarity in the whole corpus. Blocking is by key and a sliding window of days:
 * a key that more than `cap` stories hold within the window ("police" in a
 * week of crime news) is background there and adds no pairs, so each story
 * meets at most `cap` others per key.
 */
const addWindowedEvidence = (
  { stories, days, published, docCount, cap, add }: Corpus,
  keysOf: (s: StoryEventKeys) => Iterable<string>
): void => {
  const postings = new Postings(stories.length, (i) => (days[i] === null ? [] : keysOf(stories[i]!)))
  // a key in more than this share of the documents is too common to stand for one event, however crowded its days
  const distinctive = Math.max(cap, docCount * DISTINCTIVE_SHARE)
  for (const [key, list] of postings.entries()) {
    if (list.length < 2) continue
    const df = documentCount(stories, list)
    // a lead word of many documents ("police", "dead", "three") is no evidence even in a quiet window: a dozen
    // of them, each weighing little, add up to a link between the same days' reports of different happenings
    if (df < 2 || (key.startsWith("w:") && df > distinctive)) continue
    const w = keyWeight(key, Math.log((docCount + 1) / df))
    // crowded window: a distinctive key (the name of a big event's place) still links each story to its next few neighbours in time,
    // which is enough for the grouping to span them; a word of every story ("police") adds nothing
    const limit = df <= distinctive ? cap : 0
    pairsInWindows(list, days, cap, limit, (a, b) => add(a, b, w, false))
    // stories whose stated day is not their publication day meet again by publication: a stated day may be
    // a follow-up's own, or read from another story of the page; pairs of near event days met already, and
    // only reports of one named kind of happening, as the day's other news shares words too
    if (list.some((i) => published[i] !== days[i]))
      pairsInWindows(list, published, cap, limit, (a, b) => {
        const kind = stories[a]!.kind
        if (Math.abs(days[a]! - days[b]!) > TERM_DAYS && kind !== "event" && kind === stories[b]!.kind)
          add(a, b, w, false)
      })
  }
}

/**
 * Each pair of the listed stories whose days (by `by`, known for all) are at most TERM_DAYS apart; in a
 * window of more than `cap` stories each story meets only its next `limit` ones. Sorts the list.
 */
const pairsInWindows = (
  list: Int32Array,
  by: ReadonlyArray<number | null>,
  cap: number,
  limit: number,
  visit: (a: number, b: number) => void
): void => {
  list.sort((a, b) => by[a]! - by[b]! || a - b)
  let lo = 0
  let hi = 0
  for (let x = 0; x < list.length; x++) {
    const d = by[list[x]!]!
    while (by[list[lo]!]! < d - TERM_DAYS) lo++
    while (hi + 1 < list.length && by[list[hi + 1]!]! <= d + TERM_DAYS) hi++
    const last = hi - lo + 1 <= cap ? hi : Math.min(hi, x + limit)
    for (let y = x + 1; y <= last; y++) visit(list[x]!, list[y]!)
  }
}

/**
 * A story that names no place of its own ("Teen shoots himself in the face")
 * may still carry one in its lead words ("Millbrook teen ..."): a lead word that
 * is the stem of the place of a story of the same kind within days weighs as
 * that place would. Only words against places: two place-less stories sharing
 * a word gain nothing here. A place in more than `cap` documents (a big city)
 * says nothing of which of its events this is.
 */
const addPlaceWords = ({ stories, days, published, docCount, cap, add }: Corpus): void => {
  const placed = new Postings(stories.length, (i) => {
    const s = stories[i]!
    if (s.place === null || !namesHappening(s) || days[i] === null) return []
    const first = s.place.split(/\s+/)[0]!
    return first.length < 4 ? [] : [`${s.kind}|${stem(first)}`]
  })
  // a place's documents are counted once, not at each story that names it (a big city's list is long)
  const dfs = new Map<string, number>()
  stories.forEach((s, i) => {
    if (s.place !== null || days[i] === null) return
    for (const t of s.terms) {
      const key = `${s.kind}|${t}`
      const list = placed.get(key)
      if (!list) continue
      let df = dfs.get(key)
      if (df === undefined) dfs.set(key, (df = documentCount(stories, list)))
      if (df > cap) continue
      const w = KEY_WEIGHT * Math.log((docCount + 1) / (df + 1))
      for (const j of list)
        if (Math.abs(days[j]! - days[i]!) <= TERM_DAYS || Math.abs(published[j]! - published[i]!) <= TERM_DAYS)
          add(i, j, w, false)
    }
  })
}

/**
 * A name held in a few documents (a participant's, an address) links every two of its stories when
 * they are close in time, at any distance between them. Returns the names too common to block on,
 * which are still evidence between stories of nearby days. The lists of holders are let go here,
 * before the windowed evidence builds its own.
 */
const addNameEvidence = (corpus: Corpus): Set<string> => {
  const { stories, days, docCount, cap, add } = corpus
  // the stories that hold each name
  const holders = new Postings(stories.length, (i) => {
    const s = stories[i]!
    // the same kind of happening, in the same place, on the same stated day
    const when = s.place !== null && s.date !== null ? [`k:${s.kind}|${s.place.toLowerCase()}|${s.date}`] : []
    const own = outletStem(s.outlet)
    return [...new Set([...s.names.filter((n) => !n.startsWith("f:")), ...when])].filter(
      (n) => own === null || !n.includes(own)
    )
  })
  // a name some story gives as its event's place ("Port Aldous") is a place wherever it is read as a person's
  const places = new Set(stories.flatMap((s) => (s.place === null ? [] : [`p:${s.place.toLowerCase()}`])))
  const common = new Set<string>()
  // participants' names by their spelling (see spellingOf), as "spelling\u0000name": sorted, one person's spellings are a run
  const spelled: Array<string> = []
  // a participant's stories, with those of the same name untyped
  const listOf = (name: string): Int32Array => {
    const other = holders.get(`n:${name.slice(2)}`)
    return other === undefined ? holders.get(name)! : union(holders.get(name)!, other)
  }
  for (const [name, own] of holders.entries()) {
    // a name one story types as a person's (by a title, an age, a verb of speech) is that person's
    // in a story that gives no such sign: the two are one key, a participant's
    // (an untyped name some story types is read at the typed key, with both lists)
    if (name.startsWith("n:") && holders.get(`p:${name.slice(2)}`) !== undefined) continue
    const typed = name.startsWith("p:")
    const list = typed ? listOf(name) : own
    const df = documentCount(stories, list)
    if (df > cap) {
      common.add(name)
      if (typed && holders.get(`n:${name.slice(2)}`) !== undefined) common.add(`n:${name.slice(2)}`)
    }
    const place = places.has(name)
    const person = name.startsWith("p:") && name.includes(" ") && !place
    const spelling = person && df <= cap ? spellingOf(name) : null
    if (spelling !== null) spelled.push(`${spelling}\u0000${name}`)
    if (
      df < 2 ||
      df > cap ||
      !bursty(
        Array.from(list, (i) => days[i] ?? null),
        person
      )
    )
      continue
    const w = keyWeight(name, Math.log((docCount + 1) / df))
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) add(list[x]!, list[y]!, w, person, df <= RARE_PERSON)
  }
  addSpellingEvidence(corpus, spelled, listOf)
  return common
}

/**
 * One person as outlets spell them: the surname, and the letters of the first name in any order
 * ("Orlena" and "Olrena", "Tavion" and "Tavoin"); only a first name of five letters or more, which a
 * transposed or misplaced letter leaves as rare as it was.
 */
const spellingOf = (name: string): string | null => {
  const words = name.slice(2).split(" ")
  if (words.length !== 2 || words[0]!.length < 5) return null
  return `${[...words[0]!].sort().join("")} ${words[1]}`
}

/**
 * Stories that spell one participant two ways ("Tavion Quillard" and "Tavoin Quillard"; "Taviom
 * Quillard" is another) share that participant: each pair of stories holding two of the spellings
 * gets the evidence the name gives, weighed by the documents of all its spellings together. Only the
 * names are held until then (`listOf` gives a name's stories), sorted so that spellings are a run.
 */
const addSpellingEvidence = (
  { stories, docCount, cap, add }: Corpus,
  spelled: Array<string>,
  listOf: (name: string) => Int32Array
): void => {
  spelled.sort()
  const spellingAt = (k: number) => spelled[k]!.slice(0, spelled[k]!.indexOf("\u0000"))
  for (let from = 0; from < spelled.length; ) {
    let to = from + 1
    while (to < spelled.length && spellingAt(to) === spellingAt(from)) to++
    const names = spelled.slice(from, to).map((x) => x.slice(x.indexOf("\u0000") + 1))
    from = to
    if (names.length < 2) continue
    const lists = names.map(listOf)
    const df = documentCount(
      stories,
      lists.reduce<Int32Array>((acc, list) => union(acc, list), new Int32Array(0))
    )
    if (df > cap) continue
    const w = keyWeight(names[0]!, Math.log((docCount + 1) / df))
    for (let a = 0; a < lists.length; a++)
      for (let b = a + 1; b < lists.length; b++)
        for (const x of lists[a]!) for (const y of lists[b]!) if (x !== y) add(x, y, w, true, df <= RARE_PERSON)
  }
}

/** The items of two sorted lists, sorted, each once. */
const union = (a: Int32Array, b: Int32Array): Int32Array => {
  const out = new Int32Array(a.length + b.length)
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!
    if (n === 0 || out[n - 1] !== x) out[n++] = x
  }
  return out.subarray(0, n)
}

/** A name in more documents than this blocks nothing; in a small corpus a name in a dozen is in a third of it, background there too. */
export const nameCap = (docCount: number): number => Math.max(3, Math.min(MAX_DF, Math.floor(docCount / 8)))

/** The same kind of happening in the same place within days ("shooting" in "Millbrook"), stated day or not. */
export const placeKey = (s: StoryEventKeys): Array<string> =>
  s.place === null || !namesHappening(s) ? [] : [`k:${s.kind}|${s.place.toLowerCase()}`]

/** The evidence between every two stories that blocking brings together, summed per pair. */
export const storyEvidence = (stories: ReadonlyArray<StoryEventKeys>): PairEvidence => {
  const docCount = new Set(stories.map((s) => s.document)).size
  const days = stories.map(storyDay)
  const log = new PairLog(stories.length)
  const addEvidence: AddEvidence = (x, y, w, person, rare = false) => {
    const i = Math.min(x, y)
    const j = Math.max(x, y)
    if (stories[i]!.document === stories[j]!.document) return
    // an outlet repeats its own local names from story to story: they say less between two of its pieces,
    // except a participant named in no more than a few stories, whom the outlet follows up on
    const sameOutlet = stories[i]!.outlet !== null && stories[i]!.outlet === stories[j]!.outlet && !(person && rare)
    log.add(i, j, sameOutlet ? w / 2 : w, person && !sameOutlet)
  }
  const published = stories.map((s, i) => dayOf(s.published) ?? days[i]!)
  const corpus: Corpus = { stories, days, published, docCount, cap: nameCap(docCount), add: addEvidence }
  // names too common to block on at any distance are still evidence between stories of nearby days
  const common = addNameEvidence(corpus)
  addWindowedEvidence(corpus, (s) => [
    ...s.terms.map((t) => `w:${t}`),
    ...s.names.filter((n) => n.startsWith("f:") || common.has(n)),
    ...placeKey(s)
  ])
  addPlaceWords(corpus)
  return log.sum()
}
