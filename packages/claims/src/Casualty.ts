/**
 * Casualty frames: what a count of people says happened to them. "Six people
 * were shot, two fatally", "leaving two dead and four others injured", "killed
 * three", "the death toll rose to 19", "two of the victims died".
 *
 * Reads the words right after the number (through auxiliaries and "of the
 * victims"), then right before it, for a predicate of the property lexicon, and
 * the scope the wording gives: a part ("two of the victims"), the others ("four
 * others"), an increment ("three more"), a total ("the toll rose to 19").
 */
import type { Token } from "./Quantity.js"
import { casualtyAt, PERSON_NOUNS, type PropertyHit } from "./Property.js"
import { AUXILIARIES } from "./PartOfSpeech.js"

/** "elsewhere": figures of other happenings told beside this one (another shooting, a city's toll for the year). */
export type Scope = "whole" | "part" | "others" | "increment" | "total" | "elsewhere"

/**
 * Words that put a figure on other happenings than the story's own: a separate
 * shooting, last month's, a city's tally over a day or a year. Not "last
 * week's", which is how a follow-up names its own event.
 */
const ELSEWHERE =
  /\b(?:(?:separate|unrelated|other|earlier|previous|prior) (?:shootings|incidents|attacks|killings|homicides)|(?:another|an earlier|a previous|a prior|a separate|an unrelated|a similar) (?:shooting|incident|attack|killing|homicide|case)|shootings (?:across|around|throughout) |(?:across|around|throughout) the (?:city|county|state|country|region|nation)|citywide|so far this|(?:this|last) year|last month|earlier this (?:year|month)|since (?:january|the (?:start|beginning) of)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|several|a few|\d+) (?:years?|months?) (?:ago|earlier|before|after)|in the past (?:year|month|decade|\d+ (?:years|months)))\b/i

/**
 * A round-up's tally: "killed in weekend shootings", "wounded in Monday shootings on the South and West
 * sides". Its figures count the day's happenings together, wherever in the sentence the shootings are named.
 */
const ROUND_UP =
  /\b(?:weekend|overnight|several|multiple|various|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?)(?:'s)? (?:shootings|stabbings|attacks)\b/i

/**
 * Whether a figure speaks of other happenings than the story's own: its clause (the words up to it)
 * names another, or its sentence is a round-up's.
 */
export const speaksOfElsewhere = (clause: string, sentence: string = clause): boolean =>
  ELSEWHERE.test(clause) || ROUND_UP.test(sentence)

export interface CasualtyFrame {
  readonly property: string
  readonly predicate: string
  readonly counted: string
  readonly scope: Scope
}

/** Words between a count and its predicate: "two [of the victims were later] killed". */
const AFTER_FILLER = new Set([
  ...AUXILIARIES,
  "of",
  "them",
  "whom",
  "who",
  "which",
  "the",
  "people",
  "persons",
  "victims",
  "others",
  "other",
  "critically",
  "seriously",
  "gravely",
  "badly",
  "mortally",
  "severely",
  "slightly",
  "minor",
  "non-life-threatening",
  "life-threatening",
  "subsequently",
  "eventually",
  "each",
  "either",
  "initially",
  "allegedly",
  "apparently",
  "still",
  "now",
  "confirmed",
  "believed",
  "to",
  "left",
  "remain",
  "remained",
  "men",
  "women",
  "those",
  "inside",
  "in",
  "more",
  "additional",
  "said",
  "police",
  "say",
  "taken",
  "rushed",
  "transported",
  "airlifted",
  "flown",
  "brought",
  "with",
  "a",
  "local",
  "area"
])
/** Words between a predicate and the count after it: "killing [at least] two", "injuring [another] three". */
const BEFORE_FILLER = new Set([
  "and",
  "also",
  "another",
  "at",
  "least",
  "an",
  "additional",
  "other",
  "fatally",
  "critically",
  "seriously",
  "the",
  "a",
  "of",
  "total"
])
const NEGATION = new Set(["not", "no", "none", "nobody", "never", "n't", "neither", "nor", "without"])

/** Words after a bare count that say it counts something other than people. */
const NOT_PEOPLE =
  /^(?:times|rounds|shots|bullets|casings|shell|gunshots|wounds|blocks|miles|feet|yards|hours|minutes|days|weeks|months|years|counts)$/

const isPersonCount = (unit: string | null): boolean => unit === null || PERSON_NOUNS.has(unit.toLowerCase())

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|several|many)$/

/** "shot" followed by "and killed", "dead" or "to death" is a death; by "and wounded" an injury. */
const refineShot = (words: ReadonlyArray<string>, hit: PropertyHit): string => {
  if (hit.entry.property !== "people shot") return hit.entry.property
  for (let k = hit.to; k < hit.to + 3 && k < words.length; k++) {
    const w = words[k]!
    // "four people shot, two dead": the next figure's predicate is not this one's
    if (w === "," || w === ";" || /^\d/.test(w) || NUMBER_WORD.test(w)) break
    if (w === "killed" || w === "dead" || (w === "to" && words[k + 1] === "death")) return "deaths"
    if (w === "wounded" || w === "injured" || w === "hurt") return "injuries"
  }
  if (words[hit.from - 1] === "fatally") return "deaths"
  return "people shot"
}

/** Counted nouns that stand for everyone the count is about; any other ("four women", "two officers") names a group within. */
const EVERYONE = new Set(["people", "persons", "victims", "individuals", "casualties"])

const scopeOf = (words: ReadonlyArray<string>, mi: number, mEnd: number, unit: string | null, stop: number): Scope => {
  if (unit !== null && unit.toLowerCase() === "others") return "others"
  // "five other people", "two more victims"
  if (words.slice(mi, mEnd).includes("other")) return "others"
  if (unit !== null && !EVERYONE.has(unit.toLowerCase())) return "part"
  const after = words.slice(mEnd, Math.min(stop, mEnd + 3))
  if (after[0] === "of" || words[mi - 1] === "including") return "part"
  if (after[0] === "more" || after[0] === "additional" || words[mi - 1] === "another") return "increment"
  // "the other two victims"
  if (words[mi - 1] === "other") return "others"
  if (after[0] === "others" || after[0] === "other") return "others"
  // "Baby, 4 people hurt in drive-by": a headline naming one person, then the count of the rest
  if (
    words[mi - 1] === "," &&
    ONE_NAMED.test(words[mi - 2] ?? "") &&
    (mi === 2 || (mi === 3 && ARTICLE.test(words[0]!)))
  )
    return "others"
  const before = words.slice(Math.max(0, mi - 5), mi)
  if (before.includes("toll") || before.includes("total") || before.includes("tally")) return "total"
  return "whole"
}

/**
 * The casualty frame of a count at tokens [mi, mEnd) in a clause [cs, ce), or
 * null when no casualty predicate governs it or a negation stands between.
 */
export const readCasualty = (
  tokens: ReadonlyArray<Token>,
  words: ReadonlyArray<string>,
  mi: number,
  mEnd: number,
  unit: string | null,
  cs: number,
  ce: number
): CasualtyFrame | null => {
  if (!isPersonCount(unit)) return null
  // "shot three times", "fired 15 rounds": a count of shots, not of people
  if (NOT_PEOPLE.test(words[mEnd] ?? "")) return null
  let hit: PropertyHit | null = null
  // after the number: "two [were] killed", "four others injured", "two fatally"
  for (let k = mEnd; k < ce && k < mEnd + 8; k++) {
    const w = words[k]!
    if (NEGATION.has(w)) return null
    const h = casualtyAt(words, k)
    if (h) {
      hit = h
      break
    }
    if (!AFTER_FILLER.has(w) && !(tokens[k]!.type === "sym" && tokens[k]!.text !== "," && tokens[k]!.text !== "-"))
      break
    if (tokens[k]!.type === "num") break
  }
  // before it: "killing two", "injured at least three", "the death toll rose to 19"
  if (hit === null) {
    let k = mi - 1
    while (k >= cs && BEFORE_FILLER.has(words[k]!)) k--
    if (k >= cs) hit = casualtyAt(words, k)
    if (hit === null && k >= cs && words[k] === "to") {
      // "toll rose to 19", "the number of dead climbed to 12"
      for (let j = k - 1; j >= cs && j >= k - 6; j--) {
        const h = casualtyAt(words, j)
        if (h && h.entry.property !== "people shot") {
          hit = h
          break
        }
      }
    }
    if (hit && words.slice(Math.max(cs, hit.from - 3), hit.from).some((w) => NEGATION.has(w))) return null
  }
  if (hit === null) return null
  const counted = unit === null || unit.toLowerCase() === "others" ? "people" : unit.toLowerCase()
  return {
    property: refineShot(words, hit),
    predicate: words.slice(hit.from, hit.to).join(" "),
    counted,
    scope: scopeOf(words, mi, mEnd, unit, ce)
  }
}

// ---------------------------------------------------------------------------
// Implied counts: one person, stated by a singular verb or noun

const ADVERB =
  "(?:later|also|reportedly|allegedly|then|eventually|accidentally|apparently|critically|mortally|seriously|fatally|subsequently|initially|both|all)"
const PERSON_SINGULAR =
  "(?:man|woman|boy|girl|teen|teenager|child|person|victim|student|officer|deputy|toddler|infant|baby|father|mother|son|daughter|husband|wife|brother|sister|driver|resident|bystander|worker|clerk|employee|guard|friend|neighbor|neighbour|girlfriend|boyfriend|grandmother|grandfather|trooper|soldier|youth|juvenile|teenager|customer|passenger|pedestrian)"
/** One person named at the head of a list ("Baby, 4 people injured"). */
const ONE_NAMED = new RegExp(`^${PERSON_SINGULAR}$`)
const ARTICLE = /^(?:a|an|the)$/
const DEATH_PASSIVE = new RegExp(
  `\\b(?:was|has been|had been|is)\\s+(?:${ADVERB}\\s+)?(shot and killed|shot dead|shot to death|stabbed to death|beaten to death|fatally (?:shot|wounded|stabbed|struck|injured)|killed|slain|murdered|found dead|pronounced dead|declared dead)\\b`,
  "gi"
)
const DEATH_DIED = new RegExp(
  `(?:\\b(?:he|she|${PERSON_SINGULAR})|\\b\\p{Lu}\\p{Ll}+(?:,\\s+\\d{1,3},)?)\\s+(?:${ADVERB}\\s+)?(died|dies)\\b`,
  "giu"
)
// headlines drop the article: "shooting that killed teen"
const DEATH_ACTIVE = new RegExp(
  `\\b(shot and killed|fatally shot|fatally wounded|killed|killing|kills|murdered|murdering|gunned down|shot to death)\\s+(?:(?:a|an|one|his|her|the|their)\\s+)?(?:[\\w-]+\\s+){0,3}?${PERSON_SINGULAR}\\b`,
  "gi"
)
/** "striking and killing Brandvold", "fatally shot Ilse Brandvold": a named victim. */
const DEATH_NAMED =
  /\b(shot and killed|fatally shot|killing|killed|murdered)\s+(?!(?:In|On|At|By|For|After|During|Near|Outside|Inside|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Himself|Herself|Police|Officers)\b)\p{Lu}\p{Ll}+\b/gu
/** "one teen is dead and another in custody", "A man dead after shooting": one person stated dead. */
const DEATH_STATE = new RegExp(
  `\\b(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON_SINGULAR}\\s+(?:(?:is|was|lay|lies)\\s+)?(dead)\\b(?!-|\\s+(?:set|ringer|heat|serious)\\b)`,
  "gi"
)
/** The end of a clause, or a word that opens the next: where an object pronoun stands alone ("killing him."). */
const PRONOUN_END =
  "(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:and|before|after|in|on|at|with|outside|inside|near|as|while|during)\\b)"
/** "shot another teen, killing him", "fatally wounding her": the victim named by a pronoun, not "killed her husband". */
const DEATH_PRONOUN = new RegExp(
  `\\b(killing|killed|fatally shot|fatally shooting|fatally wounding|shot and killed|murdered|murdering)\\s+(?:him|her)\\b${PRONOUN_END}`,
  "gi"
)
const INJURY_PRONOUN = new RegExp(`\\b(wounding|wounded|injuring|injured)\\s+(?:him|her)\\b${PRONOUN_END}`, "gi")
/** "the shooting death of a woman", "the killing of a 17-year-old". */
const DEATH_NOUN = new RegExp(
  `\\b(death|killing|murder|slaying)\\s+of\\s+(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON_SINGULAR}\\b`,
  "gi"
)
const INJURY_PASSIVE = new RegExp(
  `\\b(?:was|has been|had been|is)\\s+(?:${ADVERB}\\s+)?(shot and wounded|wounded|injured|hurt|grazed)\\b`,
  "gi"
)
const INJURY_ACTIVE = new RegExp(
  `\\b(shot and wounded|wounded|wounding|injured|injuring)\\s+(?:a|an|one|his|her|the|their)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON_SINGULAR}\\b`,
  "gi"
)
const SHOT_PASSIVE = new RegExp(
  `\\b(?:was|has been|had been|is)\\s+(?:${ADVERB}\\s+)?(shot)\\b(?!\\s+(?:and|to death|dead))`,
  "gi"
)
const ARREST_PASSIVE = new RegExp(
  `\\b(?:was|has been|had been|is being)\\s+(?:${ADVERB}\\s+)?(arrested|taken into custody|booked|apprehended|detained)\\b`,
  "gi"
)
const ARREST_ACTIVE = new RegExp(
  `\\b(arrested|detained|apprehended)\\s+(?:a|an|one|his|her|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${PERSON_SINGULAR}|suspect|gunman|shooter)\\b`,
  "gi"
)
const CHARGED_PASSIVE = new RegExp(
  `\\b(?:was|has been|had been|is being|is)\\s+(?:${ADVERB}\\s+)?(charged|indicted)\\b`,
  "gi"
)
/**
 * Counts of none: "no one was hurt", "no arrests have been made", "none of the injuries appeared fatal".
 * Not "no one else was hurt" nor "no other people": none besides those named says nothing of the total.
 */
const NONE_HURT =
  /\b(?:no one|nobody|no (?:people|person|passengers?|customers?|students?|children|bystanders?|officers?|residents?|employees?|workers?|crew members?))\s+(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(injured|hurt|wounded|harmed|killed)\b/gi
const NONE_ARRESTED =
  /\b(?:no arrests?\s+(?:have|has|had)\s+been\s+(made)|no arrests?\s+(?:were|was)\s+(made)|(?:no one|nobody|no suspects?)\s+(?:(?:has|have|had)\s+)?(?:been\s+)?(arrested|charged|taken into custody|identified))\b/gi
const NONE_IN_CUSTODY =
  /\b(?:no (?:suspects?|one|arrests?)|nobody)\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:currently\s+)?(in custody|under arrest)\b|\bthere (?:are|were) no (suspects?)\b/gi
const THERE_WERE_NONE = /\bthere (?:were|was|are|had been) no (\p{L}+s)\b(?! (?:of|to|for|in) )/giu
const NONE_FATAL =
  /\bnone of the (?:\w+\s+)?(?:injuries|wounds|victims)\s+(?:appeared|appear|were|was|are|is)\s+(?:to be\s+)?(fatal|life-threatening)\b/gi

/** The shooter's own death: "then killed himself", "turned the gun on herself", "took his own life". */
export const SUICIDE =
  /\b(killed (?:himself|herself)|shot and killed (?:himself|herself)|fatally shot (?:himself|herself)|turned the (?:gun|weapon|rifle|firearm) on (?:himself|herself)|took (?:his|her) own life|committed suicide|died (?:of|from) a self-inflicted)\b/gi

/** The text after the last comma or semicolon: the clause the patterns below look in. */
const lastClause = (s: string): string => s.slice(Math.max(s.lastIndexOf(","), s.lastIndexOf(";")) + 1)
const NEGATED = /\b(?:not|no one|nobody|none|never|n't|neither|without)\b/i
/** A clause that speaks of another time or a hypothetical: no count of this event. */
const IRREALIS =
  /\b(?:could have|would have|might have|may have|if|threatened|threatening|tried to|attempted to|plotting|plotted)\b/i

/** Stems every pattern below needs one of. */
const CASUALTY_STEM =
  /kill|dead|die|death|shot|wound|injur|hurt|graz|slain|murder|stabb|beaten|fatal|suicide|own life|arrest|custody|booked|apprehend|detain|charged|indicted|no one|nobody|none of|there (?:were|was|are|had been) no|no (?:other |suspects?|arrests?)/i

export interface ImpliedCasualty {
  /** A casualty property, or for "there were no passengers" the people named. */
  readonly property: string
  /** 1 for one person stated without a number; 0 for "no one was hurt". */
  readonly value: 0 | 1
  readonly predicate: string
  /** Offsets of the predicate in the sentence. */
  readonly start: number
  readonly end: number
}

/**
 * One death, injury or person shot stated without a number: "a 23-year-old man
 * was shot and killed", "killing the victim", "she died at the hospital". The
 * value is 1 and implied: a lower bound when compared with stated counts.
 */
export const impliedCasualties = (sentence: string): Array<ImpliedCasualty> => {
  const out: Array<ImpliedCasualty> = []
  // one cheap test first: most sentences name no casualty at all
  if (!CASUALTY_STEM.test(sentence)) return out
  const taken: Array<[number, number]> = []
  const scan = (re: RegExp, property: ImpliedCasualty["property"], value: 0 | 1 = 1) => {
    re.lastIndex = 0
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const verb = m[1] ?? m[2] ?? m[3] ?? m[0]
      const start = m.index + m[0].lastIndexOf(verb)
      const end = start + verb.length
      const clause = lastClause(sentence.slice(Math.max(0, m.index - 60), m.index))
      if (value === 1 && (NEGATED.test(clause) || IRREALIS.test(clause))) continue
      if (taken.some(([s, e]) => start < e && s < end)) continue
      taken.push([start, end])
      out.push({ property, value, predicate: verb.toLowerCase(), start, end })
    }
  }
  scan(NONE_FATAL, "deaths", 0)
  for (const none of scanNone(sentence)) {
    out.push(none)
    taken.push([none.start, none.end])
  }
  scan(DEATH_PASSIVE, "deaths")
  scan(DEATH_ACTIVE, "deaths")
  scan(DEATH_NAMED, "deaths")
  scan(DEATH_NOUN, "deaths")
  scan(DEATH_STATE, "deaths")
  scan(DEATH_PRONOUN, "deaths")
  scan(SUICIDE, "deaths")
  scan(DEATH_DIED, "deaths")
  scan(INJURY_PASSIVE, "injuries")
  scan(INJURY_ACTIVE, "injuries")
  scan(INJURY_PRONOUN, "injuries")
  scan(SHOT_PASSIVE, "people shot")
  scan(ARREST_PASSIVE, "arrests")
  scan(ARREST_ACTIVE, "arrests")
  scan(CHARGED_PASSIVE, "people charged")
  return out.sort((a, b) => a.start - b.start)
}

/** "No one was hurt", "no arrests have been made": a count of zero, by the verb it names. */
const scanNone = (sentence: string): Array<ImpliedCasualty> => {
  const out: Array<ImpliedCasualty> = []
  // "there were no passengers on board": none of the people named
  THERE_WERE_NONE.lastIndex = 0
  for (let m = THERE_WERE_NONE.exec(sentence); m !== null; m = THERE_WERE_NONE.exec(sentence)) {
    if (PERSON_NOUNS.has(m[1]!.toLowerCase()))
      out.push({
        property: m[1]!.toLowerCase() as ImpliedCasualty["property"],
        value: 0,
        predicate: "none",
        start: m.index,
        end: m.index + m[0].length
      })
  }
  for (const [re, prop] of [
    [NONE_HURT, null],
    [NONE_ARRESTED, "arrests"],
    [NONE_IN_CUSTODY, "arrests"]
  ] as const) {
    re.lastIndex = 0
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const verb = (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase()
      const property: ImpliedCasualty["property"] = prop ?? (verb === "killed" ? "deaths" : "injuries")
      out.push({
        property: verb === "charged" ? "people charged" : /^suspects?$/.test(verb) ? "suspects" : property,
        value: 0,
        predicate: verb,
        start: m.index,
        end: m.index + m[0].length
      })
    }
  }
  return out
}
