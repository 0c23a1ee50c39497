/**
 * The names a story's event is keyed by, typed by how much they say about
 * which happening it is:
 *
 * - `p:` a participant: a person named in the lead who is not an official;
 * - `n:` another name: a place, a business, a group;
 * - `o:` an official (a police sergeant, a prosecutor, a mayor) and `i:` an
 *   institution (a hospital, a sheriff's office, a court): they speak for or
 *   handle many events of one place, so they weigh little;
 * - `t:` the words of participant and other names on their own, since another
 *   outlet may write a name another way ("Brandvold", "Kiln").
 *
 * Page chrome that reads like a name ("Download Now", "Published Friday",
 * "Watch Live") is made of common words, which a person's name is not.
 */
import { HOLIDAYS, MONTHS_AND_DAYS } from "./Entity.js"
import type { EntityRegistry } from "./EntityRegistry.js"
import { tagsOf } from "./PartOfSpeech.js"
import { singular } from "./Lemma.js"

/** Keys kept per story, longest first: enough for any lead. */
const MAX_KEYS = 48

/** Words that make a name an organisation's or a place's, not a person's. */
const NOT_PERSON =
  /\b(?:county|city|police|department|office|sheriff|school|high|university|college|hospital|center|centre|street|avenue|road|drive|lane|park|church|news|times|post|tribune|journal|daily|weekly|radio|tv|channel|inc|corp|company|bank|group|club|court|state|national|federal|american|united|north|south|east|west|new|fort|lake|river|mount|mt|ft|saint|st|reservation|parish|district|township|village|island|beach|mall|store|market|bar|restaurant|hotel|airport|station|house|hall|building|jail|prison|army|navy|air|force|agency|bureau|board|council|committee|association|foundation|institute|service|services|weather|sports|updated|edt|est|pdt|pst|cdt|cst)\b/i

/** Institutions that handle many events of a place: hospitals, police forces, courts, coroners. */
const INSTITUTION =
  /\b(?:hospitals?|medical|health|healthcare|clinic|trauma|police|sheriff'?s?|department|dept|court|courthouse|jail|prison|coroner|examiner|prosecutor'?s?|attorney'?s?|bureau|agency|fire|rescue|ems|patrol|precinct|division|unit|institute)\b/i

/** Ranks and offices that mark an official rather than a participant. */
const OFFICIAL =
  /^(?:sgt|sergeant|capt|captain|lt|lieut|lieutenant|det|detective|officer|ofc|cpl|corporal|chief|deputy|trooper|inspector|insp|commander|cmdr|comdr|sheriff|spokesman|spokeswoman|spokesperson|coroner|prosecutor|judge|mayor|gov|governor|sen|senator|rep|commissioner|superintendent|marshal|agent|investigator|detectives|officers|deputies|troopers|investigators|agents)\b\.?\s/i
const OFFICIAL_TITLE =
  /\b(?:police|sheriff|spokes\w+|officer|sergeant|chief|lieutenant|captain|detective|coroner|examiner|prosecutor|district attorney|attorney general|judge|mayor|governor|commissioner|superintendent|trooper|deputy|investigator)\b/i

const WORD_OF_PLACE =
  /^(?:north|south|east|west|county|city|police|street|avenue|road|department|office|sheriff|school|high|university|hospital|center|centre)$/i

/** Number words, which the tagger's lexicon leaves to its rules. */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|first|second|third|fourth|fifth)$/

/** Answers already worked out: names repeat across a corpus, and singularising costs more than a lookup. */
const commonWords = new Map<string, boolean>()
const COMMON_CACHE = 100_000

/** A word the lexicon knows in lower case (or as a singular) as something other than a proper noun: "download", "images", "paramedics". */
const commonWord = (word: string): boolean => {
  const w = word.replace(/[.'’]s?$/, "").toLowerCase()
  if (w.length <= 1) return false
  const known = commonWords.get(w)
  if (known !== undefined) return known
  const first = NUMBER_WORD.test(w) ? "CD" : (tagsOf(w)[0] ?? tagsOf(singular(w))[0])
  const common = first !== undefined && !first.startsWith("NNP")
  if (commonWords.size >= COMMON_CACHE) commonWords.clear()
  commonWords.set(w, common)
  return common
}

/** Clock times a page stamps ("9:14 AM EDT Updated"). */
const CLOCK = /^(?:am|pm|a\.m\.|p\.m\.|edt|est|cdt|cst|mdt|mst|pdt|pst|gmt|utc)$/i
/** A headline's contracted verb ("Victims ID'd", "Plan OK'd"), capitalised as the headline is: no name's word. */
const CONTRACTED_VERB = /^\p{L}+['’]d$/u

/**
 * A word page chrome or a date reads like a name with: a common word, a day, a month or a holiday
 * ("Published Monday", "Hanukkah Eve"), a clock's ("AM EDT Updated"), a sign ("Weather & Sports").
 */
const chromeWord = (word: string): boolean =>
  commonWord(word) ||
  MONTHS_AND_DAYS.test(word.replace(/\.$/, "")) ||
  // many happenings of a year fall on one holiday: its day says which, not its name
  HOLIDAYS.test(word) ||
  CLOCK.test(word) ||
  CONTRACTED_VERB.test(word) ||
  !/[\p{L}\p{N}]/u.test(word)

/**
 * Words no person's name holds, whatever its context says: a street ("Brandvold Ave"), a town's
 * ("Norrie Ranch", "San Aldo"), a children's hospital ("Kiln Children"), a credit or a player
 * ("Harbour Images", "Quay Live"), a newspaper ("Kiln Herald"), a web address.
 */
const NEVER_PERSON =
  /\b(?:ave|blvd|boulevard|parkway|pkwy|hwy|highway|heights|ranch|valley|springs|falls|children|images|photos?|online|stations|suv|sedan|pickup|download|explorer|live|herald|courier|gazette|press)\b|\.(?:com|org|net)\b|^(?:san|santa|los|las|des|sw|nw|ne|se)\s/i
/**
 * A car's make, with its model or alone ("Volkswagen Passat", "an Audi"): thousands of cars answer to it,
 * so the car seen leaving tells no happening from another, and is no participant.
 */
const VEHICLE =
  /^(?:chevrolet|chevy|toyota|nissan|hyundai|subaru|volkswagen|mitsubishi|oldsmobile|chrysler|buick|pontiac|cadillac|infiniti|acura|lexus|mazda|audi|bmw|kia|jeep)\b/i
/** A state closing a name is a place's dateline ("Port Aldous Ohio", "Millbrook SC"), not a surname. */
const STATES =
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|ohio|oklahoma|oregon|pennsylvania|tennessee|texas|utah|vermont|virginia|washington|wisconsin|wyoming"
const STATE_LAST = new RegExp(`\\s(?:${STATES})$`, "i")
/**
 * A state, named whole: every event of a state's news holds it, so it says nothing of which one
 * (a person's name that holds one is still a key).
 */
const STATE = new RegExp(
  `^(?:${STATES}|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|rhode island|south carolina|south dakota|west virginia)$`,
  "i"
)
const POSTAL_LAST = /\s(?!II$|IV$|JR$|SR$)[A-Z]{2}$/

/** Whether a name is a person's: typed so by its context, or shaped so, and not made of common words or days. */
const isPerson = (name: string, typed: boolean): boolean => {
  const words = name.split(/\s+/)
  if (words.some((w) => MONTHS_AND_DAYS.test(w.replace(/\.$/, "")))) return false
  if (NEVER_PERSON.test(name) || STATE_LAST.test(name) || POSTAL_LAST.test(name)) return false
  if (typed) return !words.every(commonWord)
  // a first name is seldom a common word; many surnames are ("Grant", "Price")
  return (
    /^\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){1,2}$/u.test(name) &&
    !NOT_PERSON.test(name) &&
    !commonWord(words[0]!) &&
    !words.every(commonWord)
  )
}

/** An apostrophe inside a name ("Ta'lia", "Ke'Ondre"), which one outlet writes and another leaves out; not a possessive's. */
const INNER_APOSTROPHE = /(?<=\p{L})['’](?=\p{L}{2})/gu

const keyOfName = (registry: EntityRegistry, name: string, type: string): string => {
  const lower = name.toLowerCase().replace(INNER_APOSTROPHE, "")
  if (INSTITUTION.test(name)) return `i:${lower}`
  // a name its context made an organisation's ("Kelpline" before "CEO") is no person's, however shaped
  const person = type !== "org" && isPerson(name.replace(OFFICIAL, ""), type === "person")
  if (OFFICIAL.test(name) || (person && OFFICIAL_TITLE.test(registry.titleOf(name) ?? ""))) return `o:${lower}`
  return `${person ? "p" : "n"}:${lower}`
}

/** Generational suffixes and initials, which one outlet writes and another leaves out. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/

/**
 * A person's first and last name without middle names, initials or suffix:
 * "Dana Corin Whitlock III" and "Dana Whitlock" are one participant. Null
 * when the name is that already.
 */
const firstAndLast = (name: string): string | null => {
  const words = name.split(/\s+/).map((w) => w.replace(/,$/, ""))
  const kept = words.filter((w, i) => i === 0 || (!SUFFIX.test(w) && !/^\p{L}\.?$/u.test(w)))
  if (kept.length < 2) return null
  const short = `${kept[0]} ${kept[kept.length - 1]}`
  return short === name ? null : short
}

/** The event keys of a story from the names its lead mentions, longest first, at most MAX_KEYS. */
export const eventNames = (registry: EntityRegistry, lead: ReadonlySet<string>): Array<string> => {
  // a name made of common words only ("Friends", "Download Now") is a capitalised phrase, not a name
  const names = [...registry.known].filter(
    ([name]) =>
      name.length >= 4 &&
      /\p{Ll}/u.test(name) &&
      lead.has(registry.canonical(name)) &&
      !name.split(/\s+/).every(chromeWord)
  )
  const keys = names.flatMap(([name, type]) => {
    const key = keyOfName(registry, name, type)
    if ((key.startsWith("n:") && STATE.test(name)) || VEHICLE.test(name)) return []
    const short = key.startsWith("p:") ? firstAndLast(key.slice(2)) : null
    return short === null ? [key] : [key, `p:${short}`]
  })
  const words = keys
    .filter((k) => k.startsWith("p:") || k.startsWith("n:"))
    .flatMap((k) =>
      k
        .slice(2)
        .split(/\s+/)
        .filter((w) => k.startsWith("p:") || !STATE.test(w))
    )
    .filter((w) => w.length >= 4 && !WORD_OF_PLACE.test(w) && !commonWord(w))
  return [...new Set([...keys, ...words.map((w) => `t:${w.replace(/[.'’]s?$/, "")}`)])]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .slice(0, MAX_KEYS)
}
