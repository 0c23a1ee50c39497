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
import { extractMentions, type Mention } from "./Quantity.js"
import { tagsOf } from "./PartOfSpeech.js"
import { HOLIDAYS, MONTHS_AND_DAYS } from "./Entity.js"
import { contentStems } from "./Lemma.js"

export interface StoryEvent {
  readonly kind: string
  /** Every kind of happening the lead names, the main one among them: a shooting that ends in a crash is also a crash. */
  readonly kinds: ReadonlyArray<string>
  readonly place: string | null
  /** ISO day the event happened on, from the text; else the publication day. */
  readonly date: string | null
  readonly dateStated: boolean
  readonly label: string
  /** Stems of the lead's content words ("accident", "girlfriend", "apart"): what two reports of one happening share besides names. */
  readonly terms: ReadonlyArray<string>
}

const LEAD = 4
/** The lead's stems kept as event terms: enough to tell one happening from another in the same days. */
const MAX_TERMS = 40

/** Nouns that name a happening, most specific first (a shooting is also an incident). */
const EVENT_NOUNS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:mass shooting|shootings?|shootouts?|gunfights?|gunfire|gunshots?|gunman|gunmen|gunned|shot|shoots)\b/gi,
    "shooting"
  ],
  [/\b(?:stabbings?|stabbed)\b/gi, "stabbing"],
  [/\b(?:bombings?|explosions?|blasts?|exploded)\b/gi, "explosion"],
  [/\b(?:crash(?:es|ed)?|collisions?|collided|derail(?:ed|ment))\b/gi, "crash"],
  // "opened fire", "returned fire" and "gunfire" are shots, not a fire
  [
    // nor is a fire department, captain or company that answered the call, a club that fires its coach,
    // a country that fires a missile, or "fire arms" written apart
    /\b(?<!(?:open(?:ed|s|ing)?|return(?:ed|s|ing)?|exchang(?:ed|ing)?|trad(?:ed|ing)|under|cross)\s)(?:fires?|blaze|wildfires?)\b(?!\s(?:arms?\b|department|dept|officials?|chief|captain|company|station|district|rescue|apparatus|protection)\b|\s(?:(?:a|an|the|its|their|his|her|head|another|two|three)\s){0,2}(?:coach(?:es)?|manager|ceo|employees?|workers?|staff|director|executive|boss|missiles?|rockets?|shots?|rounds?|projectiles?|torpedo(?:es)?)\b)/gi,
    "fire"
  ],
  [/\b(?:earthquakes?|quakes?|floods?|flooding|storms?|hurricanes?|tornado(?:es)?|typhoons?)\b/gi, "disaster"],
  [/\b(?:attacks?|attacked|assault(?:ed)?)\b/gi, "attack"],
  [/\b(?:robbery|robberies|robbed|carjacking|burglary|home invasion)\b/gi, "robbery"],
  [/\b(?:homicides?|murders?|murdered|killings?)\b/gi, "killing"],
  [/\b(?:offers?|bids?|takeover|acquisitions?|mergers?|deals?)\b/gi, "deal"],
  [/\b(?:elections?|votes?|polls?|referendum)\b/gi, "vote"],
  [/\b(?:trials?|sentenced|sentencing|convicted|indicted|charged|verdict)\b/gi, "case"],
  // not "released": police release names and suspects
  [/\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|releases)\b/gi, "launch"],
  // lower case only: "Price" and "Marks" are also surnames
  [/\b(?:prices?|shares?|stocks?|markets?)\b/g, "market move"]
]

const notPlace = (word: string): boolean => {
  const bare = word.replace(/['’]s$/, "")
  return (
    MONTHS_AND_DAYS.test(bare) ||
    HOLIDAYS.test(bare) ||
    /^(?:The|A|An|His|Her|Their|This|That|Police|Officers|Authorities|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Both)$/.test(
      word
    )
  )
}
/** Where people are taken, held or tried: "died at Harbour General Hospital", "Sheriff's deputies" name no place of the event. */
const HANDLED_AT = /\b(?:Hospital|Medical|Jail|Court|Courthouse|Sheriff's|Sheriff)\b/
/** Whether a name read after a locative or before people can be the event's place. */
const mayBePlace = (name: string): boolean =>
  !notPlace(name.split(" ")[0]!) && properName(name) && !HANDLED_AT.test(name)
/** "in Millbrook", "near Port Aldous", "outside St. Kevern": the first capitalised place after a locative. */
const PLACE = /\b(?:in|near|outside|at)\s+((?:(?:St|Mt|Ft|Pt)\.\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu
/** "Millbrook man charged ...", "a Port Aldous teenager was hurt": local news names its place before the people it is about. */
const PEOPLE_PLACE =
  /(?:^(?:An?\s)?|\b(?:a|an|of|for|two|three|four|five|six)\s)((?:(?:St|Mt|Ft|Pt)\.\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})\s+(\p{L}+)\b/gu
const PEOPLE_NOUNS = new Set(
  "man men woman women teen teens teenager teenagers boy boys girl girls couple mother father mom dad police officer officers deputy deputies student students toddler child children resident residents youth youths".split(
    " "
  )
)
/** A dateline: "MILLBROOK, Vt. (AP) —", "Millbrook —". */
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu}\p{L}. '-]{2,30}?)(?:,\s+[\p{L}. ]{2,20}?)?\s*(?:\([\p{L} ]{1,20}\)\s*)?[\u2014\u2013-]\s/u

/** The kind the lead names most often (the more specific on a tie), and every kind it names. */
const kindsOf = (lead: string): { kind: string; kinds: Array<string> } => {
  let best: { kind: string; n: number } | null = null
  const kinds: Array<string> = []
  for (const [g, kind] of EVENT_NOUNS) {
    g.lastIndex = 0
    let n = 0
    for (let m = g.exec(lead); m !== null; m = g.exec(lead)) n++
    if (n > 0) kinds.push(kind)
    if (n > 0 && (best === null || n > best.n)) best = { kind, n }
  }
  return { kind: best?.kind ?? "event", kinds: kinds.sort() }
}

/** A place name is proper nouns only: "Fatal Shooting Outside" and "City Court" in a title-case headline are not places. */
const properName = (name: string): boolean =>
  name.split(/\s+/).every((w) => {
    const first = tagsOf(w.replace(/[.'’]s?$/, ""))[0]
    return first === undefined || first === "NNP" || first === "NNPS"
  })

/** One spelling of a place for every outlet: "Mt. Kelpline" and "Mount Kelpline", "Ft. Brookhallow" and "Fort Brookhallow". */
const PLACE_ABBREVIATIONS: Record<string, string> = { Mt: "Mount", Ft: "Fort", Pt: "Point" }
const canonicalPlace = (name: string | null): string | null =>
  name === null ? null : name.replace(/^(Mt|Ft|Pt)\.?(?=\s)/, (_, a: string) => PLACE_ABBREVIATIONS[a]!)

const placeOf = (lead: ReadonlyArray<string>): string | null => canonicalPlace(statedPlace(lead))

const statedPlace = (lead: ReadonlyArray<string>): string | null => {
  for (const s of lead) {
    const d = DATELINE.exec(s)
    if (d && !notPlace(d[1]!.split(" ")[0]!) && properName(titleCase(d[1]!.trim()))) return titleCase(d[1]!.trim())
  }
  for (const s of lead) {
    const headline = titleCased(s)
    PLACE.lastIndex = 0
    for (let m = PLACE.exec(s); m !== null; m = PLACE.exec(s)) {
      const name = m[1]!
      if (!mayBePlace(name)) continue
      // a title-case headline capitalises every word: "Hit in Head", "Shot at Home" name no place
      if (headline && !name.includes(" ") && commonWord(name)) continue
      return name
    }
  }
  for (const s of lead) {
    // in a title-case headline every word is capitalised: "Judge Denies Bail For Teen" names no place
    if (titleCased(s)) continue
    PEOPLE_PLACE.lastIndex = 0
    for (let m = PEOPLE_PLACE.exec(s); m !== null; m = PEOPLE_PLACE.exec(s)) {
      const name = m[1]!
      if (!PEOPLE_NOUNS.has(m[2]!.toLowerCase()) || !mayBePlace(name)) continue
      // "Local man", "Former officer" are not places; "Mt. Kelpline teen" is, whatever its words mean
      if (/^(?:St|Mt|Ft|Pt)\./.test(name) || !name.split(/\s+/).some(commonWord)) return name
    }
  }
  return null
}

/** Most words of four letters or more capitalised: a headline in title case. */
const titleCased = (s: string): boolean => {
  const words = s.match(/\p{L}{4,}/gu) ?? []
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length
}

/** A word the lexicon knows in lower case, and not as a proper noun: "head", "home", "court". */
const commonWord = (w: string): boolean => {
  const tags = tagsOf(w.toLowerCase())
  return tags.length > 0 && !tags.includes("NNP")
}

const titleCase = (s: string): string =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s

/** How far before publication a day of the lead may be and still be the event's: older days are history. */
const EVENT_DAYS_BEFORE = 60

/**
 * The earliest day-precision date of the lead within EVENT_DAYS_BEFORE of
 * publication: a follow-up's lead names the day of its own step (an arrest, a
 * death in hospital) beside the day of the event, which came first.
 */
const dateOf = (
  leadMentions: ReadonlyArray<ReadonlyArray<Mention>>,
  published: string | null
): { date: string | null; stated: boolean } => {
  const floor =
    published === null
      ? null
      : new Date(Date.parse(published.slice(0, 10)) - EVENT_DAYS_BEFORE * 86_400_000).toISOString().slice(0, 10)
  let earliest: string | null = null
  // "gunfire rang out Saturday night ... police early Sunday confirmed", published on the Saturday: the
  // Sunday is the morning after (the story was updated), not the Sunday six days before
  const pub = published?.slice(0, 10) ?? null
  const dayBefore = (iso: string, n: number) => new Date(Date.parse(iso) - n * 86_400_000).toISOString().slice(0, 10)
  const relativeOnPub =
    pub !== null && leadMentions.some((ms) => ms.some((m) => m.kind === "date" && m.relative && m.date === pub))
  for (const mentions of leadMentions) {
    for (const m of mentions) {
      if (m.kind !== "date" || m.precision !== "day" || m.date === null) continue
      if (published !== null && (m.date > published || m.date < floor!)) continue
      if (relativeOnPub && m.relative && m.date === dayBefore(pub!, 6)) continue
      if (earliest === null || m.date < earliest) earliest = m.date
    }
  }
  return earliest === null ? { date: published?.slice(0, 10) ?? null, stated: false } : { date: earliest, stated: true }
}

/**
 * The event of a story from its lead sentences (the headline first), given
 * with their mentions when the caller has read them already.
 */
export const storyEvent = (
  sentences: ReadonlyArray<string>,
  published: string | null,
  mentionsOf: (i: number) => ReadonlyArray<Mention> = (i) => extractMentions(sentences[i]!, published)
): StoryEvent => {
  const lead = sentences.slice(0, LEAD)
  const { kind, kinds } = kindsOf(lead.join(" "))
  const place = placeOf(lead)
  const { date, stated } = dateOf(
    lead.map((_, i) => mentionsOf(i)),
    published
  )
  const label = [kind, place, date].filter((x) => x !== null).join(", ")
  const terms = [...contentStems(lead.join(" "))]
    .filter((t) => t.length >= 4)
    .sort()
    .slice(0, MAX_TERMS)
  return { kind, kinds, place, date, dateStated: stated, label, terms }
}
