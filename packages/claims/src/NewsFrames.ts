/**
 * Frame readers for the claims of event news: ages of people, casualty counts
 * of an incident, and the money tied to a person or an incident (bail, bond,
 * reward, fine, damages). Each reads one mention in its clause and says what
 * it counts, whom it belongs to and in what scope, or declines.
 *
 * The order in which readers run is set in Claim.ts; business figures
 * (funding, revenue, valuation) and the generic count are read there.
 */
import type { Mention, Token } from "./Quantity.js"
import type { EntitySpan } from "./Entity.js"
import { readCasualty, speaksOfElsewhere, type Scope } from "./Casualty.js"
import { legalMoneyAt, type HolderKind } from "./Property.js"
import { tagsOf } from "./PartOfSpeech.js"

export type ClaimRole = "stated" | "earlier" | "implied" | "derived"

/** What a frame reader found: the parts of a claim beyond the value. */
export interface Frame {
  readonly holder: string
  readonly holderKind: HolderKind
  readonly property: string
  readonly predicate: string | null
  readonly counted: string | null
  readonly scope: Scope
  /** Time behaviour of the property (see Metric.ts). */
  readonly metricClass: "timeless" | "event" | "state"
  readonly unit: string | null
  /** For a date frame: the ISO day it gives, when it differs from the mention's reading. */
  readonly date?: string
}

export interface FrameInput {
  readonly m: Mention
  readonly tokens: ReadonlyArray<Token>
  /** The tokens in lower case. */
  readonly words: ReadonlyArray<string>
  readonly mi: number
  readonly mEnd: number
  readonly cs: number
  readonly ce: number
  readonly sentenceText: string
  readonly entities: ReadonlyArray<EntitySpan & { canonical: string }>
  readonly event: string
  readonly lastPerson: string | null
  /** The sentence is one of the story's first five (headline included). */
  readonly inLead: boolean
  readonly published: string | null
}

const PERSON_HEAD =
  /^(?:man|woman|boy|girl|teen|teenager|child|person|victim|suspect|gunman|student|officer|deputy|toddler|infant|baby|father|mother|son|daughter|husband|wife|brother|sister|driver|resident|shooter|friend|neighbor|neighbour|girlfriend|boyfriend|soldier|youth|juvenile|male|female|grandmother|grandfather|relative|cousin|nephew|niece|uncle|aunt)$/i

/** Between an age and the name it describes: a few lower-case words, none that leads elsewhere ("of", "and"). */
const AGE_TO_NAME = /^[\s,-]*(?:(?!(?:of|and|or|to|for|with|at|by|in|on|from)\b)\p{Ll}[\p{Ll}-]*[\s,]+){0,2}$/u

/** Whether the words after a name make it a modifier of a common noun ("the Harrow Foundry steel plant"). */
const modifiesNoun = (after: string): boolean => {
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1]
  return next !== undefined && (tagsOf(next)[0] ?? "").startsWith("NN")
}

const personNear = (input: FrameInput): string | null => {
  const { m, entities, sentenceText } = input
  const people = entities.filter((e) => e.type === "person" || e.type === "other")
  // "Smith, 23," / "John Smith, a 23-year-old" / "Jo Smith age 6": the name just before
  const before = people
    .filter(
      (e) =>
        e.end <= m.start &&
        /^[\s,]*(?:(?:a|an|the|age|aged)\s+)?$/i.test(sentenceText.slice(e.end, m.start).replace(/\([^()]*\)/g, ""))
    )
    .pop()
  // "Port Aldous, Ohio, 15-year-old Dana Reyes": a written age right before a name is that name's, not the place's before it
  const fronted =
    before !== undefined &&
    /^\s*,\s*$/.test(sentenceText.slice(before.end, m.start)) &&
    /-old$/i.test(m.text) &&
    people.find((e) => e.start >= m.end && /^\s+$/.test(sentenceText.slice(m.end, e.start)))
  if (fronted) return fronted.canonical
  if (before) return before.canonical
  // an age set off after a word ("McNeil, 21, and ...", "Smith age 6,") is that word's, even when it was not read as a name
  if (/\p{L}(?:,\s*|\s+aged?\s+)$/u.test(sentenceText.slice(Math.max(0, m.start - 8), m.start))) return null
  // "23-year-old John Smith", "a 23-year-old man, John Smith,"; not "an 18-year-old friend of Smith's"
  const after = people.find(
    (e) =>
      e.start >= m.end &&
      e.start - m.end <= 30 &&
      AGE_TO_NAME.test(sentenceText.slice(m.end, e.start)) &&
      // "the 150-year-old Harrow Foundry steel plant": a name that modifies a thing
      !modifiesNoun(sentenceText.slice(e.end, e.end + 24))
  )
  if (after) return after.canonical
  return null
}

/** Holders readAge writes for a person it cannot name: "23-year-old man", "person aged 23". */
const UNNAMED_PERSON = /^(?:\d+-year-old \S+|person aged \d+)$/
/** Whether a holder describes a person without naming one (such a person is someone of its story's event). */
export const isUnnamedPerson = (holder: string): boolean => UNNAMED_PERSON.test(holder)

/** The person an age belongs to; an unnamed one is described as written ("23-year-old man"). */
export const readAge = (input: FrameInput): Frame | null => {
  if (input.m.kind !== "age") return null
  const found = personNear(input)
  // only a full name says which person: "Girl, 4" and "Smith, 23" may be anyone, so they are described, never compared
  const named = found !== null && /\s/.test(found.trim()) ? found : null
  let holder = named
  if (holder === null) {
    const noun = input.tokens.slice(input.mEnd, input.mEnd + 3).find((t) => PERSON_HEAD.test(t.lower))
    holder = noun ? `${input.m.value}-year-old ${noun.lower}` : `person aged ${input.m.value}`
  }
  return {
    holder,
    holderKind: "person",
    property: "age",
    predicate: "aged",
    counted: null,
    scope: "whole",
    metricClass: "state",
    unit: input.m.unit
  }
}

/** Deaths, injuries, people shot, arrests of the story's event. */
export const readCasualtyFrame = (input: FrameInput): Frame | null => {
  if (input.m.kind !== "count") return null
  const f = readCasualty(input.tokens, input.words, input.mi, input.mEnd, input.m.unit, input.cs, input.ce)
  if (f === null) return null
  // what comes before the count in its sentence can name the other happening: "a separate shooting [that left] two dead"
  // and a round-up's tally anywhere in it counts the day's happenings together: "in Monday shootings on the South Side"
  const scope = speaksOfElsewhere(input.words.slice(0, input.ce).join(" "), input.sentenceText) ? "elsewhere" : f.scope
  // "four dead, including the gunman": a toll that counts the shooter is another figure than the victims'
  const withShooter =
    f.property === "deaths" &&
    /^(?:\S+ ){0,5}?, including the (?:shooter|gunman|suspect|attacker)\b/.test(
      input.words.slice(input.mEnd, input.mEnd + 10).join(" ")
    )
  return {
    holder: input.event,
    holderKind: "event",
    property: withShooter ? "deaths including the shooter" : f.property,
    predicate: f.predicate,
    counted: f.counted,
    scope,
    metricClass: "state",
    unit: null
  }
}

/** Bail, bond, reward, fine, damages: money whose cue stands within a few words of the amount. */
export const readLegalMoney = (input: FrameInput): Frame | null => {
  if (input.m.kind !== "money") return null
  const words = input.words
  let hit = null
  for (let k = input.mEnd; k < input.ce && k < input.mEnd + 3 && hit === null; k++) hit = legalMoneyAt(words, k)
  for (let k = input.mi - 1; k >= input.cs && k >= input.mi - 12 && hit === null; k--) hit = legalMoneyAt(words, k)
  if (hit === null) return null
  const e = hit.entry
  let holder = input.event
  if (e.holder === "person") {
    // "$1 million bail for Smith", else the person the sentence is about, else the story's last one
    const cueEnd = input.tokens[hit.to - 1]!.end
    const named =
      input.entities.find(
        (x) =>
          x.type !== "org" &&
          x.type !== "product" &&
          x.start > cueEnd &&
          /^\s+for\s+$/.test(input.sentenceText.slice(cueEnd, x.start))
      ) ?? input.entities.find((x) => (x.type === "person" || x.type === "other") && x.end <= input.m.start)
    holder = named?.canonical ?? input.lastPerson ?? input.event
  }
  return {
    holder,
    holderKind: e.holder === "person" ? "person" : "event",
    property: e.property,
    predicate: words.slice(hit.from, hit.to).join(" "),
    counted: null,
    scope: "whole",
    metricClass: "event",
    unit: input.m.unit
  }
}

/** Words of the happening itself: a day in their clause is the event's date. */
const EVENT_WORD =
  /^(?:shooting|shootings|shot|shots|killed|killing|slain|stabbing|stabbed|crash|crashed|collided|collision|attack|attacked|explosion|exploded|blast|fire|happened|occurred|incident|opened|gunfire|robbery|robbed|standoff|rampage|ambush|ambushed|derailed|struck|hit|erupted|began|broke)$/
const FUTURE =
  /\b(?:will|plans? to|is set to|are set to|scheduled|to be held|upcoming|intends? to|expects? to|would)\b/i

/**
 * A day written without its year in a sentence about what is to come ("plans to
 * nominate directors at the March 6 meeting") is the next such day, not the last.
 */
const futureDay = (text: string, iso: string, input: FrameInput): string => {
  if (/\d{4}/.test(text) || input.published === null || iso >= input.published || !FUTURE.test(input.sentenceText))
    return iso
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`
}

/** Nouns of things that happen on a day someone set. */
const SCHEDULED =
  /^(?:meeting|hearing|vote|election|deadline|trial|sentencing|arraignment|funeral|vigil|memorial|launch|release|summit|conference|ceremony|debate|referendum|auction|closing|opening|anniversary)$/

/** Verbs that report or give a level rather than happen: "said Monday" dates the saying, "rose to 11 on Monday" a reading. */
const NOT_A_HAPPENING =
  /^(?:said|says|say|told|tells|reported|reports|added|noted|stated|wrote|writes|posted|confirmed|explained|according|asked|declined|announced|announces|disclosed|revealed|did|does|was|were|is|are|has|have|had|be|been|rose|fell|climbed|increased|decreased|dropped|reached|stood|remained|stayed|traded|closed|opened)$/

/**
 * A calendar day and what happened on it: the event's date ("shot Monday night",
 * "the shooting on April 2") or the date of a later step ("was arrested
 * Tuesday", "died on Nov. 9"). Days a source only speaks on are no claim.
 */
export const readDate = (input: FrameInput): Frame | null => {
  const { m, tokens, mi, mEnd, cs, ce } = input
  if (m.kind !== "date" || m.precision !== "day" || m.date === null) return null
  let verb: string | null = null
  let best = Infinity
  for (let k = Math.max(cs, mi - 8); k < Math.min(ce, mEnd + 6); k++) {
    if (k >= mi && k < mEnd) continue
    const t = tokens[k]!
    if (t.type !== "word") continue
    const event = EVENT_WORD.test(t.lower)
    const tags = tagsOf(t.lower)
    const isVerb = tags[0] === "VBD" || tags[0] === "VBN"
    const speech = NOT_A_HAPPENING.test(t.lower)
    if (!event && !isVerb && !speech) continue
    const dist = k < mi ? mi - k : k - mEnd + 0.5
    if (dist < best) {
      best = dist
      // phrasal verbs keep their particle: "set off", "broke out"
      const particle = /^(?:off|out|up|down|back|over|away)$/.test(tokens[k + 1]?.lower ?? "")
        ? ` ${tokens[k + 1]!.lower}`
        : ""
      verb = speech ? "said" : event ? "" : t.lower + particle
    }
  }
  // "the annual shareholder meeting on March 6", "a hearing set for May 2": the day of a scheduled happening
  if (verb === null) {
    const noun =
      tokens
        .slice(Math.max(cs, mi - 4), mi)
        .map((t) => t.lower)
        .findLast((w) => SCHEDULED.test(w)) ??
      tokens
        .slice(mEnd, Math.min(ce, mEnd + 3))
        .map((t) => t.lower)
        .find((w) => SCHEDULED.test(w))
    if (noun !== undefined) verb = noun
  }
  // the day a source spoke on is no claim about the event ("said on Friday it had hired")
  if (verb === null || verb === "said") return null
  // the lead says when the event happened; a day of the happening later in a story is often another one's
  if (verb === "" && !input.inLead) return null
  return {
    holder: input.event,
    holderKind: "event",
    property: verb === "" ? "date" : `date ${verb}`,
    date: futureDay(m.text, m.date, input),
    predicate: verb || null,
    counted: null,
    scope: "whole",
    metricClass: "timeless",
    unit: "date"
  }
}

/** The news readers, in the order they are tried. */
export const NEWS_READERS: ReadonlyArray<(input: FrameInput) => Frame | null> = [
  readAge,
  readCasualtyFrame,
  readLegalMoney,
  readDate
]
