/**
 * Stories that no other story links to, set in an event by what its reports
 * share with them together.
 *
 * A follow-up's lead may name the victim one report gave and the street
 * another gave: against each report alone that is too little to link, against
 * the event's reports together it is plenty. A lone story (its group holds no
 * other document) is scored against each event (a group of two documents or
 * more) holding one of its names, lead figures or kind-and-place: each key
 * counts once per event, weighed as between two stories (see EventEvidence),
 * figures and kind-and-place only from reports of nearby days, and only reports
 * that may be of its event (a compatible kind, no other place) count. Lead
 * words are left out: templated copy of different happenings shares them, and
 * indexing them for every lone story would cost more than they add. It joins the
 * best event when the evidence is enough, clearly ahead of the next event's,
 * and near in time or naming a participant it names. Every decision is taken
 * against the events as linking left them, so the order of the lone stories does
 * not matter.
 */
import {
  daysBetweenPublications,
  dayWindow,
  DISTINCTIVE_SHARE,
  documentCount,
  keyWeight,
  nameCap,
  outletStem,
  placeKey,
  storyDay,
  TERM_DAYS,
  type StoryEventKeys
} from "./EventEvidence.js"
import { Postings } from "./Postings.js"

/** Evidence a lone story needs against an event's reports taken together. */
const ATTACH = 5
/** How far ahead of the next event the best must be: a story that fits two events joins neither. */
const ATTACH_MARGIN = 1.5
/** Days between a lone story and a report of the event within which they fit, short of a participant's name. */
const ATTACH_DAYS = 31

/** Keys that say something only between stories of nearby days: lead figures, kind and place. */
const isNear = (key: string): boolean => key.startsWith("f:") || key.startsWith("k:")

/**
 * A story's names, figures and kind-and-place as the evidence reads them, without its outlet's own
 * name. A participant's and another name are one key ("x:"), as in the evidence between stories: a
 * name one story types as a person's is that person's where another gives no sign.
 */
const keysOf = (s: StoryEventKeys): Array<string> => {
  const own = outletStem(s.outlet)
  const names = s.names
    .filter((n) => own === null || !n.includes(own))
    .map((n) => (n.startsWith("p:") || n.startsWith("n:") ? `x:${n.slice(2)}` : n))
  return [...new Set([...names, ...placeKey(s)])]
}

/** Whether a story types a name of its keys ("x:" + name) as a participant's. */
const typedPerson = (s: StoryEventKeys, key: string): boolean => s.names.includes(`p:${key.slice(2)}`)

interface EventScore {
  weight: number
  person: boolean
  near: boolean
}

/** Whether each story is lone: its group (by `rootOf`) holds no other document. */
export const loneStories = (stories: ReadonlyArray<StoryEventKeys>, rootOf: (i: number) => number): Array<boolean> => {
  // a group's one document, or null once it holds a second
  const documentOf = new Map<number, string | null>()
  stories.forEach((s, i) => {
    const r = rootOf(i)
    const d = documentOf.get(r)
    if (d === undefined) documentOf.set(r, s.document)
    else if (d !== null && d !== s.document) documentOf.set(r, null)
  })
  return stories.map((_, i) => documentOf.get(rootOf(i)) !== null)
}

/**
 * The lone stories to join to an event: pairs of a lone story and a story of the event it joins.
 * `rootOf` gives each story's group as linking left it; `compatible` whether two stories may be
 * reports of one event at all (their kinds of happening, their places).
 */
export const attachLoneStories = (
  stories: ReadonlyArray<StoryEventKeys>,
  rootOf: (i: number) => number,
  compatible: (a: StoryEventKeys, b: StoryEventKeys) => boolean
): Array<readonly [number, number]> => {
  const lone = loneStories(stories, rootOf)
  if (lone.every((x) => x) || !lone.some((x) => x)) return []
  // only the keys lone stories hold are indexed
  const wanted = new Set<string>()
  stories.forEach((s, i) => {
    if (lone[i]) for (const k of keysOf(s)) wanted.add(k)
  })
  const holders = new Postings(stories.length, (i) => keysOf(stories[i]!).filter((k) => wanted.has(k)))
  wanted.clear()
  const docCount = new Set(stories.map((s) => s.document)).size
  const maxDf = nameCap(docCount)
  const distinctive = Math.max(maxDf, docCount * DISTINCTIVE_SHARE)
  const days = stories.map(storyDay)
  // each key's documents, counted once in story order; a near key's list is then sorted by day for its windows
  const dfs = new Map<string, number>()
  const dfOf = (key: string, list: Int32Array): number => {
    let df = dfs.get(key)
    if (df !== undefined) return df
    dfs.set(key, (df = documentCount(stories, list)))
    if (isNear(key)) list.sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0) || a - b)
    return df
  }
  const joins: Array<readonly [number, number]> = []
  stories.forEach((s, i) => {
    if (!lone[i]) return
    const scores = new Map<number, EventScore & { story: number }>()
    for (const key of keysOf(s)) {
      const list = holders.get(key)!
      const df = dfOf(key, list)
      const near = isNear(key)
      if (df < 2 || df > (near ? distinctive : maxDf)) continue
      let from = 0
      let to = list.length
      if (near) {
        if (days[i] === null) continue
        ;[from, to] = dayWindow(list, (j) => days[j]!, days[i]!, TERM_DAYS)
        // a figure or place many reports of those days hold is background there
        if (to - from > maxDf) continue
      }
      const idf = Math.log((docCount + 1) / df)
      const named = key.startsWith("x:")
      const mine = named && typedPerson(s, key)
      const counted = new Set<number>()
      for (let k = from; k < to; k++) {
        const j = list[k]!
        if (lone[j] || !compatible(s, stories[j]!)) continue
        const g = rootOf(j)
        if (counted.has(g)) continue
        counted.add(g)
        const gap = days[i] === null || days[j] === null ? null : Math.abs(days[i]! - days[j]!)
        // either story's typing makes the name a participant's
        const typed = named && (mine || typedPerson(stories[j]!, key))
        const w = keyWeight(named ? `${typed ? "p" : "n"}:${key.slice(2)}` : key, idf)
        const person = typed && key.includes(" ")
        const score = scores.get(g) ?? { weight: 0, person: false, near: false, story: j }
        score.weight += w
        score.person ||= person
        score.near ||= gap === null || gap <= ATTACH_DAYS
        scores.set(g, score)
      }
    }
    const ranked = [...scores].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])
    const best = ranked[0]?.[1]
    if (best === undefined || best.weight < ATTACH || !(best.near || best.person)) return
    if (best.weight < ATTACH_MARGIN * (ranked[1]?.[1].weight ?? 0)) return
    joins.push([i, best.story])
  })
  return joins
}

/** Evidence two lone stories need when each is the other's strongest: less than a link, as nothing else competes. */
const PAIR_LINK = 1.5
/** Days between the publication of two lone stories that pair. */
const PAIR_DAYS = 7

/**
 * Lone stories that pair with each other: two reports of one happening that share too little to link
 * (one gives the victim's street, the other the hour and the toll) are still, each of them, the
 * story the other shares most with, when published within a week of each other. Each must be the
 * other's strongest partner (`partner`, `weight` from the evidence between stories), of a kind the
 * other may report (`compatible`); their places are not asked, as a neighbourhood and its city read as
 * two places.
 */
export const pairLoneStories = (
  stories: ReadonlyArray<StoryEventKeys>,
  lone: ReadonlyArray<boolean>,
  strongest: { readonly partner: Int32Array; readonly weight: Float64Array },
  compatible: (a: StoryEventKeys, b: StoryEventKeys) => boolean
): Array<readonly [number, number]> => {
  const { partner, weight } = strongest
  const pairs: Array<readonly [number, number]> = []
  stories.forEach((s, i) => {
    const j = partner[i]!
    if (j <= i || partner[j] !== i || !lone[i] || !lone[j] || weight[i]! < PAIR_LINK) return
    const apart = daysBetweenPublications(s, stories[j]!)
    if (apart === null || apart > PAIR_DAYS || !compatible(s, stories[j]!)) return
    pairs.push([i, j])
  })
  return pairs
}
