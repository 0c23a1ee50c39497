/**
 * Events across documents: the stories that report the same happening, grouped
 * so that their figures are compared with each other and with nothing else.
 *
 * Two stories report one event when they share distinctive names (the people
 * involved weigh most, places and organisations less; a name many stories
 * share, such as a city's police chief, weighs little), are of compatible
 * kinds and fit in time: event days within a few days when both state one, or
 * publication within a month, unless they share two people's full names (a
 * trial a year later is still that shooting). Copies join what they copy.
 *
 * Blocking keeps the cost near-linear: only stories that share a name are
 * compared, and a name held by more than MAX_DF documents blocks nothing.
 */
import { stableId } from "./Hash.js"

export interface StoryEventKeys {
  readonly document: string
  readonly story: number
  readonly published: string | null
  /** The outlet that published the story: its own name is chrome, not a key. */
  readonly outlet: string | null
  readonly kind: string
  readonly place: string | null
  /** The event's day when the story states it, else null. */
  readonly date: string | null
  /** The story's own label, which its event-held claims carry until events are known. */
  readonly label: string
  /** Names the story mentions: "p:" people, "n:" other names (places, organisations). */
  readonly names: ReadonlyArray<string>
  /** The story this one republishes, if any. */
  readonly copyOf: { readonly document: string; readonly story: number } | null
}

export interface EventGroup {
  readonly id: string
  readonly label: string
  readonly kind: string
  readonly date: string | null
  readonly places: ReadonlyArray<string>
  readonly documents: ReadonlyArray<string>
  readonly stories: ReadonlyArray<{ readonly document: string; readonly story: number }>
}

/** A name in more documents than this is background (a police chief, a city), not a key. */
const MAX_DF = 12
/** Evidence (summed idf) needed to say two stories report one event, short of two people's names, which always suffice. */
const LINK = 5.5
const DAY = 86_400_000
/** Kind, place and day in common weigh this share of a rare name. */
const KEY_WEIGHT = 0.8

const dayOf = (iso: string | null): number | null => (iso === null ? null : Math.round(Date.parse(iso.slice(0, 10)) / DAY))
/** Kinds that follow or name any happening: a court case, a killing, an unnamed event. */
const FOLLOW_UP = new Set(["event", "killing", "case"])
const compatibleKinds = (a: string, b: string): boolean => a === b || FOLLOW_UP.has(a) || FOLLOW_UP.has(b)

/** The distinctive part of an outlet's name ("walb" for "walb.com", "dailyherald" for "www.dailyherald.com"). */
const outletStem = (outlet: string | null): string | null => {
  if (outlet === null) return null
  const stem = outlet.toLowerCase().replace(/^www\./, "").replace(/\.(com|org|net|co\.uk|tv|gov|us)$/, "").split(/[.\s]/)[0] ?? ""
  return stem.length >= 4 ? stem : null
}

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

/** Whether two stories fit in time as reports of one event. */
const fitInTime = (a: StoryEventKeys, b: StoryEventKeys, e: { readonly weight: number; readonly people: number }): boolean => {
  // two people's names, or one very rare one with more besides, tie a follow-up to its event at any distance
  if (e.people >= 2 || e.weight >= 2 * LINK) return true
  const da = dayOf(a.date)
  const db = dayOf(b.date)
  if (da !== null && db !== null) return Math.abs(da - db) <= 3
  const pa = dayOf(a.published)
  const pb = dayOf(b.published)
  return pa === null || pb === null || Math.abs(pa - pb) <= 31
}

/** Groups stories into events; every story is in exactly one. Input order does not matter. */
export const groupEvents = (input: ReadonlyArray<StoryEventKeys>): { events: Array<EventGroup>; eventOf: Map<string, EventGroup> } => {
  const stories = [...input].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.story - b.story))
  const index = new Map(stories.map((s, i) => [keyOf(s), i]))
  // documents per name, and the stories that hold it
  const holders = new Map<string, Array<number>>()
  stories.forEach((s, i) => {
    // the same kind of happening, in the same place, on the same stated day
    const when = s.place !== null && s.date !== null ? [`k:${s.kind}|${s.place.toLowerCase()}|${s.date}`] : []
    const own = outletStem(s.outlet)
    for (const n of new Set([...s.names, ...when])) {
      if (own !== null && n.includes(own)) continue
      const list = holders.get(n)
      if (list) list.push(i)
      else holders.set(n, [i])
    }
  })
  const docCount = new Set(stories.map((s) => s.document)).size
  // in a small corpus a name in a dozen documents is in a third of it: background there too
  const maxDf = Math.max(3, Math.min(MAX_DF, Math.floor(docCount / 8)))
  const evidence = new Map<number, { weight: number; people: number }>()
  const pairKey = (i: number, j: number) => i * stories.length + j
  for (const [name, list] of holders) {
    const df = new Set(list.map((i) => stories[i]!.document)).size
    if (df < 2 || df > maxDf) continue
    const idf = Math.log((docCount + 1) / df)
    const person = name.startsWith("p:") && name.includes(" ")
    // a word of a name counts less than a whole name, but two of them together say as much
    const w = person ? idf : name.startsWith("t:") ? idf / 3 : name.startsWith("k:") ? KEY_WEIGHT * idf : idf / 2
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!
        const j = list[y]!
        if (stories[i]!.document === stories[j]!.document) continue
        // an outlet repeats its own local names from story to story: they say less between two of its pieces
        const sameOutlet = stories[i]!.outlet !== null && stories[i]!.outlet === stories[j]!.outlet
        const k = pairKey(i, j)
        const e = evidence.get(k) ?? { weight: 0, people: 0 }
        e.weight += sameOutlet ? w / 2 : w
        if (person && !sameOutlet) e.people++
        evidence.set(k, e)
      }
    }
  }
  const uf = new UnionFind(stories.length)
  // what each group so far says of where and when: a link never joins two groups that disagree on both
  const where = stories.map((s) => new Set(s.place === null ? [] : [s.place.toLowerCase()]))
  const when = stories.map((s) => { const d = dayOf(s.date); return d === null ? [] : [d] })
  const agree = (ri: number, rj: number, e: { readonly weight: number; readonly people: number }): boolean => {
    if (e.people >= 2) return true
    const pa = where[ri]!
    const pb = where[rj]!
    const placesClash = pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p))
    const daysClash = when[ri]!.length > 0 && when[rj]!.length > 0 && !when[ri]!.some((x) => when[rj]!.some((y) => Math.abs(x - y) <= 3))
    if (e.people >= 1 && e.weight >= 2 * LINK) return !(placesClash && daysClash)
    return !(placesClash && daysClash) && !(daysClash && e.people === 0)
  }
  // strongest evidence first, so a group forms around what is surest before weaker links reach it
  const links = [...evidence].filter(([, e]) => e.weight >= LINK || e.people >= 2).sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])
  for (const [k, e] of links) {
    const i = Math.floor(k / stories.length)
    const j = k % stories.length
    const a = stories[i]!
    const b = stories[j]!
    if (!compatibleKinds(a.kind, b.kind) || !fitInTime(a, b, e)) continue
    const ri = uf.find(i)
    const rj = uf.find(j)
    if (ri === rj || !agree(ri, rj, e)) continue
    uf.union(ri, rj)
    const root = uf.find(ri)
    const other = root === ri ? rj : ri
    for (const p of where[other]!) where[root]!.add(p)
    when[root]!.push(...when[other]!)
  }
  stories.forEach((s, i) => {
    const j = s.copyOf ? index.get(keyOf(s.copyOf)) : undefined
    if (j !== undefined) uf.union(i, j)
  })

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
  const date = mostCommon(stories.flatMap((s) => (s.date === null ? [] : [s.date]))) ??
    ([...stories.map((s) => s.published).filter((p): p is string => p !== null)].sort()[0]?.slice(0, 10) ?? null)
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
