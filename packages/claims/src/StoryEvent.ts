/**
 * The event a story reports, as the holder of its incident figures: what
 * happened (a shooting, a crash, an offer), where, and on which day. Casualty
 * counts, arrests and rewards belong to it, so a report reads "shooting, Millbrook,
 * 2015-04-27: deaths = 2", and two stories meet on it only when kind, place and
 * day agree.
 *
 * Read from the story's lead (headline and first sentences), where news states
 * what, where and when.
 */
import { extractMentions } from "./Quantity.js"
import { tagsOf } from "./PartOfSpeech.js"

export interface StoryEvent {
  readonly kind: string
  readonly place: string | null
  /** ISO day the event happened on, from the text; else the publication day. */
  readonly date: string | null
  readonly dateStated: boolean
  readonly label: string
}

const LEAD = 4

/** Nouns that name a happening, most specific first (a shooting is also an incident). */
const EVENT_NOUNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:mass shooting|shootings?|shootouts?|gunfire|gunman|gunmen|shot|shoots)\b/i, "shooting"],
  [/\b(?:stabbings?|stabbed)\b/i, "stabbing"],
  [/\b(?:bombings?|explosions?|blasts?|exploded)\b/i, "explosion"],
  [/\b(?:crash(?:es|ed)?|collisions?|collided|derail(?:ed|ment))\b/i, "crash"],
  [/\b(?:fires?|blaze|wildfires?)\b/i, "fire"],
  [/\b(?:earthquakes?|quakes?|floods?|flooding|storms?|hurricanes?|tornado(?:es)?|typhoons?)\b/i, "disaster"],
  [/\b(?:attacks?|attacked|assault(?:ed)?)\b/i, "attack"],
  [/\b(?:robbery|robberies|robbed|carjacking|burglary|home invasion)\b/i, "robbery"],
  [/\b(?:homicides?|murders?|murdered|killings?)\b/i, "killing"],
  [/\b(?:offers?|bids?|takeover|acquisitions?|mergers?|deals?)\b/i, "deal"],
  [/\b(?:elections?|votes?|polls?|referendum)\b/i, "vote"],
  [/\b(?:trials?|sentenced|sentencing|convicted|indicted|charged|verdict)\b/i, "case"],
  [/\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|releases?|released)\b/i, "launch"],
  [/\b(?:prices?|shares?|stocks?|markets?)\b/i, "market move"]
]

const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|This|That|Police|Officers|Authorities)$/
/** "in Millbrook", "near Port Aldous", "outside St. Kevern": the first capitalised place after a locative. */
const PLACE = /\b(?:in|near|outside|at)\s+((?:St\.\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu
/** A dateline: "MILLBROOK, Vt. (AP) —", "Millbrook —". */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}\p{L}. '-]{2,30}?)(?:,\s+[\p{L}. ]{2,20}?)?\s*(?:\([\p{L} ]{1,20}\)\s*)?[\u2014\u2013-]\s/u

const kindOf = (lead: string): string => {
  let best: { kind: string; n: number; at: number } | null = null
  for (const [re, kind] of EVENT_NOUNS) {
    const g = new RegExp(re.source, "gi")
    let n = 0
    let at = -1
    for (let m = g.exec(lead); m !== null; m = g.exec(lead)) {
      if (at < 0) at = m.index
      n++
    }
    if (n > 0 && (best === null || n > best.n)) best = { kind, n, at }
  }
  return best?.kind ?? "event"
}

/** A place name is proper nouns only: "Fatal Shooting Outside" and "City Court" in a title-case headline are not places. */
const properName = (name: string): boolean =>
  name.split(/\s+/).every((w) => {
    const first = tagsOf(w.replace(/[.'’]s?$/, ""))[0]
    return first === undefined || first === "NNP" || first === "NNPS"
  })

const placeOf = (lead: ReadonlyArray<string>): string | null => {
  for (const s of lead) {
    const d = DATELINE.exec(s)
    if (d && !NOT_PLACE.test(d[1]!.split(" ")[0]!) && properName(titleCase(d[1]!.trim()))) return titleCase(d[1]!.trim())
  }
  for (const s of lead) {
    PLACE.lastIndex = 0
    for (let m = PLACE.exec(s); m !== null; m = PLACE.exec(s)) {
      const name = m[1]!
      if (!NOT_PLACE.test(name.split(" ")[0]!) && properName(name)) return name
    }
  }
  return null
}

const titleCase = (s: string): string => (s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s)

/** The first day-precision date of the lead, in a sentence that names the happening. */
const dateOf = (lead: ReadonlyArray<string>, published: string | null): { date: string | null; stated: boolean } => {
  for (const s of lead) {
    for (const m of extractMentions(s, published)) {
      if (m.kind === "date" && m.precision === "day" && m.date !== null && (published === null || m.date <= published)) return { date: m.date, stated: true }
    }
  }
  return { date: published?.slice(0, 10) ?? null, stated: false }
}

/** The event of a story from its headline and lead sentences. */
export const storyEvent = (headline: string | null, sentences: ReadonlyArray<string>, published: string | null): StoryEvent => {
  const lead = [...(headline ? [headline] : []), ...sentences.slice(0, LEAD)]
  const kind = kindOf(lead.join(" "))
  const place = placeOf(lead)
  const { date, stated } = dateOf(lead, published)
  const label = [kind, place, date].filter((x) => x !== null).join(", ")
  return { kind, place, date, dateStated: stated, label }
}
