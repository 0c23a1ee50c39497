/**
 * Properties of news claims: the predicates and nouns that say what a number
 * counts, mapped onto one canonical property each ("were killed", "dead",
 * "fatally", "lost their lives" are all deaths), with whom the value belongs to:
 *  - `event`: casualties, arrests, shots of an incident;
 *  - `person`: an age, a bail or bond;
 *  - `org`: money raised, revenue (the business table in Metric.ts).
 *
 * Words are matched on their lower-case form, one token or a run of tokens.
 */
import { METRIC_CUES } from "./Metric.js"

export type HolderKind = "event" | "person" | "org" | "other"

export interface PropertyEntry {
  /** Canonical property name, as reports show it. */
  readonly property: string
  readonly holder: HolderKind
  /** Word runs (space-separated) that name the property as a predicate or noun. */
  readonly words: ReadonlyArray<string>
}

const entry = (property: string, holder: HolderKind, words: string): PropertyEntry => ({
  property,
  holder,
  words: words.split("|")
})

/** Properties of counts of people, in precedence order (a death is more specific than a shooting). */
export const CASUALTY_PROPERTIES: ReadonlyArray<PropertyEntry> = [
  entry(
    "deaths",
    "event",
    "killed|kill|kills|killing|dead|died|die|dies|dying|slain|fatally|fatal|deaths|death|fatalities|murdered|murders|lost their lives|lost his life|lost her life|shot dead|shot to death|stabbed to death|pronounced dead|dead bodies|bodies|homicide victims"
  ),
  entry("injuries", "event", "injured|injuring|injure|injures|wounded|wounding|wounds|hurt|injuries|grazed"),
  // who went to hospital or is in a given condition is a part of the wounded (or of the dead): never set against the injured
  entry("hospitalized", "event", "hospitalized|hospitalised|hospital|hospitals|treated|airlifted"),
  entry(
    "critical condition",
    "event",
    "critical condition|serious condition|grave condition|critically injured|critically wounded|seriously injured|seriously wounded"
  ),
  entry("stable condition", "event", "stable condition|fair condition|good condition"),
  entry("people shot", "event", "shot|shooting|shootings|struck|hit|gunshot|gunshots|gunfire"),
  entry("people stabbed", "event", "stabbed|stabbing|stabbings|knifed"),
  entry("arrests", "event", "arrested|arrest|arrests|detained|apprehended|custody|booked|rounded up"),
  entry("people charged", "event", "charged|indicted|accused"),
  entry("missing", "event", "missing|unaccounted"),
  entry("people rescued", "event", "rescued|saved"),
  entry("people evacuated", "event", "evacuated|evacuate|fled|displaced"),
  entry("people affected", "event", "affected")
]

/** Money a person or an incident is tied to: bail, bond, reward, fine, damages. */
export const LEGAL_MONEY_PROPERTIES: ReadonlyArray<PropertyEntry> = [
  entry("bail", "person", "bail"),
  entry("bond", "person", "bond|bonds"),
  entry("reward", "event", "reward|rewards|crime stoppers"),
  entry("fine", "other", "fine|fined|fines|penalty|penalties"),
  entry("damages", "other", "damages|damage|settlement|compensation|lawsuit"),
  entry("losses", "other", "losses|lost|stolen|theft")
]

/** Nouns for people: a count of these can be a casualty count. */
export const PERSON_NOUNS = new Set([
  "people",
  "persons",
  "person",
  "victims",
  "victim",
  "men",
  "man",
  "women",
  "woman",
  "children",
  "child",
  "kids",
  "kid",
  "teens",
  "teen",
  "teenagers",
  "teenager",
  "boys",
  "boy",
  "girls",
  "girl",
  "students",
  "student",
  "officers",
  "officer",
  "deputies",
  "deputy",
  "soldiers",
  "soldier",
  "troops",
  "bystanders",
  "bystander",
  "others",
  "adults",
  "adult",
  "residents",
  "resident",
  "civilians",
  "civilian",
  "passengers",
  "passenger",
  "workers",
  "worker",
  "employees",
  "employee",
  "pedestrians",
  "pedestrian",
  "suspects",
  "suspect",
  "gunmen",
  "gunman",
  "members",
  "relatives",
  "infants",
  "infant",
  "babies",
  "baby",
  "toddlers",
  "toddler",
  "patrons",
  "customers",
  "guests",
  "fans",
  "tourists",
  "migrants",
  "refugees",
  "protesters",
  "demonstrators",
  "worshippers",
  "worshipers",
  "attendees",
  "spectators",
  "partygoers",
  "youths",
  "juveniles",
  "minors",
  "siblings",
  "brothers",
  "sisters",
  "sons",
  "daughters",
  "friends",
  "neighbors",
  "neighbours",
  "agents",
  "firefighters",
  "inmates",
  "prisoners",
  "crew",
  "players",
  "individuals",
  "americans",
  "citizens",
  "journalists",
  "miners",
  "hostages",
  "motorists",
  "drivers",
  "cyclists",
  "shoppers",
  "diners",
  "clients",
  "patients",
  "staff",
  "staffers",
  "teachers",
  "pupils",
  "nationals"
])

const index = (
  entries: ReadonlyArray<PropertyEntry>
): Map<string, Array<{ entry: PropertyEntry; words: ReadonlyArray<string> }>> => {
  const byFirst = new Map<string, Array<{ entry: PropertyEntry; words: ReadonlyArray<string> }>>()
  for (const e of entries) {
    for (const w of e.words) {
      const words = w.split(" ")
      const list = byFirst.get(words[0]!) ?? []
      list.push({ entry: e, words })
      byFirst.set(words[0]!, list)
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  return byFirst
}

const CASUALTY_INDEX = index(CASUALTY_PROPERTIES)
const LEGAL_INDEX = index(LEGAL_MONEY_PROPERTIES)

export interface PropertyHit {
  readonly entry: PropertyEntry
  /** First and one-past-last word index of the cue. */
  readonly from: number
  readonly to: number
}

const lookup = (byFirst: ReturnType<typeof index>, words: ReadonlyArray<string>, at: number): PropertyHit | null => {
  const list = byFirst.get(words[at] ?? "")
  if (!list) return null
  for (const c of list) {
    if (c.words.every((w, k) => words[at + k] === w)) return { entry: c.entry, from: at, to: at + c.words.length }
  }
  return null
}

/** The casualty property named at word `at`, if any. */
export const casualtyAt = (words: ReadonlyArray<string>, at: number): PropertyHit | null =>
  lookup(CASUALTY_INDEX, words, at)
/** The legal-money property named at word `at`, if any. */
export const legalMoneyAt = (words: ReadonlyArray<string>, at: number): PropertyHit | null =>
  lookup(LEGAL_INDEX, words, at)

/** Number of properties and word forms in the lexicon: news properties here, business cues in Metric.ts. */
export const lexiconSize = (): { properties: number; forms: number } => {
  const all = [...CASUALTY_PROPERTIES, ...LEGAL_MONEY_PROPERTIES]
  const cueForms = METRIC_CUES.reduce((n, c) => n + c.pattern.source.split("|").length, 0)
  const properties = new Set([...all.map((e) => e.property), ...METRIC_CUES.map((c) => c.metric)]).size
  return { properties, forms: all.reduce((n, e) => n + e.words.length, 0) + PERSON_NOUNS.size + cueForms }
}
