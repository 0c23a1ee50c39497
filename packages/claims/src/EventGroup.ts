/**
 * Events across documents: the stories that report the same happening, grouped
 * so that their figures are compared with each other and with nothing else.
 *
 * Two stories report one event when what they share is rare enough (see
 * EventKeys for the kinds of keys): participants' names at any distance in
 * time; within a few days of each other also lead words, lead tolls and ages,
 * names too common to block on, and the same kind of happening in the same
 * place. They must be of compatible kinds and fit in time: event days within a
 * week when both state one, or publication within a month, unless
 * participants' names tie a follow-up to its event (a trial a year later is
 * still that shooting). A weak link joins two groups only when their stories
 * are linked pair by pair often enough, so one shared page credit cannot chain
 * two events. Copies join what they copy.
 *
 * Blocking keeps the cost near-linear (see EventEvidence): each story meets a
 * bounded number of others per key, and only pairs with enough evidence are
 * linked, strongest first.
 */
import { stableId } from "./Hash.js"
import type { PairEvidence } from "./PairEvidence.js"
import { dayOf, daysBetweenPublications, namesHappening, storyEvidence, type StoryEventKeys } from "./EventEvidence.js"
import { attachLoneStories, loneStories, pairLoneStories } from "./EventAttach.js"
import { likeStories } from "./Wording.js"
import { stem } from "./Lemma.js"

export type { StoryEventKeys } from "./EventEvidence.js"

export interface EventGroup {
  readonly id: string
  readonly label: string
  readonly kind: string
  readonly date: string | null
  readonly places: ReadonlyArray<string>
  readonly documents: ReadonlyArray<string>
  readonly stories: ReadonlyArray<{ readonly document: string; readonly story: number }>
}

/** Evidence (summed idf) needed to say two stories report one event, short of two people's names, which always suffice. */
const LINK = 5.5
/**
 * Evidence enough between stories published within NEAR_DAYS of each other that both name what
 * happened: the reports of one happening come out together, so what two of them share says more than
 * the same between pages weeks apart (two outlets' reports of a shooting that name neither the same
 * victim nor the same street, only the hour, the block and the toll). A lead that names no happening
 * shares only the day's common words, however many stories a day brings.
 */
const NEAR_LINK = 4
const NEAR_DAYS = 2
/** Evidence with one participant's name that ties a follow-up to its event at any distance in time. */
const FOLLOW_LINK = 8
/**
 * Days two stated event days may differ by and still be one event's: a follow-up states its own day
 * (the arrest, a death in hospital, the day a victim is named), often days after the event's.
 */
const SAME_EVENT_DAYS = 7
/** Share of story pairs across two groups that must be linked (by half the evidence of a link) for the groups to join. */
const COHERENCE = 0.5
/** Above this many pairs, two groups are taken to cohere: the check would cost more than it saves. */
const COHERE_PAIRS = 4096

/** Kinds that follow or name any happening: a court case, a killing, an unnamed event. */
const FOLLOW_UP = new Set(["event", "killing", "case"])
/** Kinds one violent happening is written up as: a robbery in which someone was shot is also a shooting. */
const VIOLENCE = new Set(["shooting", "stabbing", "attack", "robbery"])
const compatibleKinds = (a: StoryEventKeys, b: StoryEventKeys): boolean =>
  a.kind === b.kind ||
  FOLLOW_UP.has(a.kind) ||
  FOLLOW_UP.has(b.kind) ||
  (VIOLENCE.has(a.kind) && VIOLENCE.has(b.kind)) ||
  // a shooting whose lead ends in a crash, and a report of the crash that names the shots; a killing
  // one lead tells as a fire and another as a shooting
  (a.kinds?.includes(b.kind) ?? false) ||
  (b.kinds?.includes(a.kind) ?? false) ||
  (a.kinds?.some((k) => b.kinds?.includes(k)) ?? false)

const keyOf = (s: { readonly document: string; readonly story: number }) => `${s.document}\u0000${s.story}`

class UnionFind {
  private readonly parent: Int32Array
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i)
  }
  find(i: number): number {
    let r = i
    while (this.parent[r] !== r) r = this.parent[r]!
    while (this.parent[i] !== r) {
      const next = this.parent[i]!
      this.parent[i] = r
      i = next
    }
    return r
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    // the smaller index is the root, so the grouping does not depend on the order of unions
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

/** The words of a place name that can tell it from another ("north", "las" and "st" cannot). */
const placeWords = (place: string): Array<string> =>
  place
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && w !== "north" && w !== "south" && w !== "east" && w !== "west")

/** Whether a story's lead names a word of a place: among its names' words or its lead words. */
const namesPlace = (s: StoryEventKeys, words: ReadonlyArray<string>): boolean =>
  words.some((w) => s.names.includes(`t:${w}`) || s.terms.includes(stem(w)))

/**
 * Whether two stories say their events happened in different places: each
 * names a place, the places share no word, and neither lead names the other's
 * place. A county and a town in it, or a city and its neighbourhood, are told
 * apart only when neither lead names the other, which reports of one event
 * rarely fail to do.
 */
const placesClash = (a: StoryEventKeys, b: StoryEventKeys): boolean => {
  if (a.place === null || b.place === null) return false
  const wa = placeWords(a.place)
  const wb = placeWords(b.place)
  if (wa.length === 0 || wb.length === 0 || wa.some((w) => wb.includes(w))) return false
  return !namesPlace(b, wa) && !namesPlace(a, wb)
}

/** Whether two stories that both name a kind of happening were published within NEAR_DAYS of each other. */
const publishedTogether = (a: StoryEventKeys, b: StoryEventKeys): boolean => {
  const apart = daysBetweenPublications(a, b)
  return namesHappening(a) && namesHappening(b) && apart !== null && apart <= NEAR_DAYS
}

/** Whether two stories fit in time as reports of one event. */
const fitInTime = (
  a: StoryEventKeys,
  b: StoryEventKeys,
  e: { readonly weight: number; readonly people: number }
): boolean => {
  // two people's names, or one with much more besides, tie a follow-up to its event at any distance
  if (e.people >= 2 || (e.people >= 1 && e.weight >= FOLLOW_LINK)) return true
  const da = dayOf(a.date)
  const db = dayOf(b.date)
  if (da !== null && db !== null) return Math.abs(da - db) <= SAME_EVENT_DAYS
  const apart = daysBetweenPublications(a, b)
  return apart === null || apart <= 31
}

/** The position of a story among stories sorted by document, then story (found by bisection, not a map of every story). */
const positionOf = (
  stories: ReadonlyArray<StoryEventKeys>,
  ref: { readonly document: string; readonly story: number }
): number | undefined => {
  let lo = 0
  let hi = stories.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = stories[mid]!
    const c = s.document < ref.document ? -1 : s.document > ref.document ? 1 : s.story - ref.story
    if (c === 0) return mid
    if (c < 0) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/** Joins the stories whose evidence says they report one event, strongest evidence first. */
const linkStories = (stories: ReadonlyArray<StoryEventKeys>, evidence: PairEvidence): UnionFind => {
  const uf = new UnionFind(stories.length)
  // the days each group so far says its event happened on: a link without a participant never joins two groups whose days disagree
  const when = stories.map((s) => {
    const d = dayOf(s.date)
    return d === null ? [] : [d]
  })
  const agree = (ri: number, rj: number, e: { readonly weight: number; readonly people: number }): boolean => {
    if (e.people >= 2 || (e.people >= 1 && e.weight >= FOLLOW_LINK)) return true
    const daysClash =
      when[ri]!.length > 0 &&
      when[rj]!.length > 0 &&
      !when[ri]!.some((x) => when[rj]!.some((y) => Math.abs(x - y) <= SAME_EVENT_DAYS))
    return !(daysClash && e.people === 0)
  }
  // the stories of each group so far: a weak link joins two groups only when their stories are linked pair by pair often enough
  const groupOf = stories.map((_, i) => [i])
  const linked = (i: number, j: number): number => evidence.get(Math.min(i, j), Math.max(i, j))?.weight ?? 0
  const cohere = (ri: number, rj: number, e: { readonly weight: number; readonly people: number }): boolean => {
    const a = groupOf[ri]!
    const b = groupOf[rj]!
    if (e.people >= 2 || a.length * b.length === 1 || a.length * b.length > COHERE_PAIRS) return true
    let support = 0
    for (const i of a) for (const j of b) if (linked(i, j) >= LINK / 2) support++
    return support >= COHERENCE * a.length * b.length
  }
  // strongest evidence first, so a group forms around what is surest before weaker links reach it
  for (const at of evidence.strongest((e) => e.weight >= NEAR_LINK || e.people >= 2)) {
    const [i, j, e] = evidence.pairAt(at)
    const a = stories[i]!
    const b = stories[j]!
    if (e.weight < LINK && e.people < 2 && !publishedTogether(a, b)) continue
    if (!compatibleKinds(a, b) || !fitInTime(a, b, e)) continue
    // shared words and figures do not make two stories of different places one event; a participant's name may
    if (e.people === 0 && placesClash(a, b)) continue
    const ri = uf.find(i)
    const rj = uf.find(j)
    if (ri === rj || !agree(ri, rj, e) || !cohere(ri, rj, e)) continue
    uf.union(ri, rj)
    const root = uf.find(ri)
    const other = root === ri ? rj : ri
    groupOf[root]!.push(...groupOf[other]!)
    when[root]!.push(...when[other]!)
  }
  return uf
}

/** Links stories on the evidence between them, and reads each one's strongest partner before the evidence is let go. */
const link = (stories: ReadonlyArray<StoryEventKeys>) => {
  const evidence = storyEvidence(stories)
  return { uf: linkStories(stories, evidence), strongest: evidence.strongestPartners() }
}

/**
 * Groups stories into events; every story is in exactly one. Input order does not matter. Each
 * stage's lists (holders, postings, the pairs' evidence, the groups being linked) are let go
 * before the next is built, so a large reduce holds one of them at a time beside the keys.
 */
export const groupEvents = (
  input: ReadonlyArray<StoryEventKeys>,
  /** What a story copies, when the keys do not say (a large reduce knows it apart from them). */
  copyOfStory: (s: StoryEventKeys) => StoryEventKeys["copyOf"] = (s) => s.copyOf
): { events: Array<EventGroup>; eventOf: Map<string, EventGroup> } => {
  const stories = [...input].sort((a, b) =>
    a.document < b.document ? -1 : a.document > b.document ? 1 : a.story - b.story
  )
  const { uf, strongest } = link(stories)
  stories.forEach((s, i) => {
    const copied = copyOfStory(s)
    const j = copied ? positionOf(stories, copied) : undefined
    if (j !== undefined) uf.union(i, j)
  })
  // a lone story counts only the reports of its kind of happening that do not say it happened elsewhere
  const mayJoin = (a: StoryEventKeys, b: StoryEventKeys) => compatibleKinds(a, b) && !placesClash(a, b)
  const rootOf = (i: number) => uf.find(i)
  // a lone story joins the report of its days its wording is most like, then the event it shares most keys with
  for (const [i, j] of likeStories(stories, loneStories(stories, rootOf), rootOf, mayJoin)) uf.union(i, j)
  for (const [i, j] of attachLoneStories(stories, rootOf, mayJoin)) uf.union(i, j)
  // two lone stories left, each the other's strongest evidence, report one event when both name what happened
  const named = (a: StoryEventKeys, b: StoryEventKeys) =>
    namesHappening(a) && namesHappening(b) && compatibleKinds(a, b)
  for (const [i, j] of pairLoneStories(stories, loneStories(stories, rootOf), strongest, named)) uf.union(i, j)

  const members = new Map<number, Array<number>>()
  stories.forEach((_, i) => {
    const r = uf.find(i)
    const list = members.get(r)
    if (list) list.push(i)
    else members.set(r, [i])
  })
  const events: Array<EventGroup> = []
  const eventOf = new Map<string, EventGroup>()
  const labels = new Map<string, number>()
  const groups = [...members.values()].map((list) => describe(list.map((i) => stories[i]!)))
  for (const g of groups) labels.set(g.label, (labels.get(g.label) ?? 0) + 1)
  for (const g of groups) {
    // two events that read alike keep apart by their id
    const label = (labels.get(g.label) ?? 0) > 1 ? `${g.label} [${g.id.slice(-6)}]` : g.label
    const event = { ...g, label }
    events.push(event)
    for (const s of event.stories) eventOf.set(keyOf(s), event)
  }
  events.sort((a, b) => a.id.localeCompare(b.id))
  return { events, eventOf }
}

const mostCommon = (xs: ReadonlyArray<string>): string | null => {
  const counts = new Map<string, number>()
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null
}

/** An event's kind, places, day and label from its stories. */
const describe = (stories: ReadonlyArray<StoryEventKeys>): EventGroup => {
  const refs = stories.map((s) => ({ document: s.document, story: s.story }))
  const kinds = stories.map((s) => s.kind).filter((k) => k !== "event")
  const kind = mostCommon(kinds) ?? "event"
  const places = [...new Set(stories.flatMap((s) => (s.place === null ? [] : [s.place])))].sort()
  const place = mostCommon(stories.flatMap((s) => (s.place === null ? [] : [s.place])))
  // the day most stories state; else the earliest publication
  const date =
    mostCommon(stories.flatMap((s) => (s.date === null ? [] : [s.date]))) ??
    [...stories.map((s) => s.published).filter((p): p is string => p !== null)].sort()[0]?.slice(0, 10) ??
    null
  const label = [kind, place, date].filter((x) => x !== null).join(", ")
  return {
    id: stableId("event", refs.map(keyOf).sort().join("\u0001")),
    label,
    kind,
    date,
    places,
    documents: [...new Set(refs.map((r) => r.document))].sort(),
    stories: refs
  }
}
