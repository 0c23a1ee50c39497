/**
 * Claims: a quantity mention tied to what it is about (subject), what it
 * measures (metric) and the time it holds for.
 *
 * The subject is found in the clause that holds the number: a name there, or a
 * referring expression ("the company", "it", "the Tesla CEO") resolved to the
 * nearest fitting name earlier in the story; failing both, the organisation the
 * story is about. Numbers inside direct quotes are left to the quote stage.
 */
import type { Change, Mention, MentionKind, Qualifier } from "./Quantity.js"
import { extractMentions, isQuantity, tokenize, type Token } from "./Quantity.js"

import { findEntities, type EntitySpan } from "./Entity.js"
import { EntityRegistry } from "./EntityRegistry.js"
import type { MetricClass } from "./Metric.js"
import { monthOf } from "./TimeExpression.js"
import type { Sentence } from "./Sentence.js"
import { firstQuoteFrom, insideQuote, quotesOfSentence, type RawQuote } from "./Quote.js"
import type { HolderKind } from "./Property.js"
import { impliedCasualties, speaksOfElsewhere, SUICIDE, type Scope } from "./Casualty.js"
import { NEWS_READERS, type ClaimRole, type Frame, type FrameInput } from "./NewsFrames.js"
import { storyEvent, type StoryEvent } from "./StoryEvent.js"
import { eventNames } from "./EventKeys.js"
import { storyWords, type StoryWords } from "./Wording.js"
import { refinePayment } from "./Payment.js"
import { dayNumber } from "./Fact.js"
import { BOUNDARY_SYMBOLS, findCue, readFigure } from "./FigureFrames.js"

/** How many words before a figure are read for what it measures. */
const LOOK_BACK = 40

/** A possessive and at most two lower-case words before a value: "'s ongoing ", "'s ". */
const POSSESSIVE_BEFORE = /^['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u

/** A lone "one" before a noun: a quantity to the extractor, seldom a count a source asserts. */
const LONE_ONE = /^one\s+\p{L}/iu

export interface RawClaim {
  /** Offsets in the normalised document text. */
  readonly start: number
  readonly end: number
  readonly text: string
  readonly sentence: Sentence
  readonly subject: string
  readonly metric: string
  readonly metricClass: MetricClass
  readonly kind: MentionKind
  readonly value: number
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly qualifier: Qualifier | null
  readonly change: Change | null
  readonly step: number
  /** Time the value holds for: ISO at its precision, or null for timeless metrics. */
  readonly asOf: string | null
  /** The text stated the time (not inferred from the publication date). */
  readonly asOfStated: boolean
  /** A stated round label ("Series C") that refines the metric. */
  readonly detail: string | null
  /** What kind of thing the subject (the holder) is: an event, a person, an organisation. */
  readonly holderKind: HolderKind
  /** The thing counted or measured ("people", "rounds"), null for money, ages and rates. */
  readonly counted: string | null
  /** The word that says what happened to it or what it is ("killed", "raised", "aged"). */
  readonly predicate: string | null
  readonly scope: Scope
  /** Stated by the text; the earlier value of a change; implied (one victim, no number); derived from other claims. */
  readonly role: ClaimRole
  /** The property was read from the words around the number, not from the lexicon. */
  readonly generic?: boolean
}

const BOUNDARY_WORDS = new Set([
  "that",
  "which",
  "who",
  "while",
  "whereas",
  "because",
  "although",
  "though",
  "when",
  "where",
  "said",
  "says",
  "told",
  "according",
  "but",
  "after",
  "before",
  "whether",
  "if",
  "unless",
  "as",
  "saying",
  "adding"
])
const ORG_REF =
  /^(?:the|this|that|its)\s+(?:[\p{L}-]+\s+){0,3}?(company|startup|start-up|firm|group|operator|business|carmaker|automaker|maker|lender|bank|retailer|giant|brand|developer|provider|platform|utility|insurer|chipmaker|manufacturer|organisation|organization|venture|unicorn|outfit|newcomer|rival|company's|firm's|startup's)\b/iu
const ORG_PRONOUN = /^(it|its)$/i
const PERSON_PRONOUN = /^(he|his|she|her|him)$/i
const TITLE_REF =
  /^the\s+(?:([\p{Lu}][\p{L}]*)\s+)?(ceo|chief executive|president|founder|chairman|chair|cfo|boss|head|executive|billionaire|entrepreneur)\b/iu

interface StoryState {
  readonly registry: EntityRegistry
  /** The story's event, the holder of figures nothing else in the story claims. */
  readonly event: string
  topic: string | null
  lastPerson: string | null
  lastOrg: string | null
}

interface ClauseView {
  readonly tokens: ReadonlyArray<Token>
  readonly boundaries: ReadonlyArray<number>
}

const clauseBounds = (view: ClauseView, at: number): [number, number] => {
  let s = 0
  let e = view.tokens.length
  for (const b of view.boundaries) {
    if (b <= at) s = b + 1
    else {
      e = b
      break
    }
  }
  return [s, e]
}

/** The first token that ends after `offset` (tokens are in text order): a binary search, as a sentence may hold thousands. */
const tokenIndexAt = (tokens: ReadonlyArray<Token>, offset: number): number => {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Ranges of text inside double quotes (a quote may run over several sentences of a paragraph). */
export const quotedRanges = (
  text: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>
): Array<[number, number]> => {
  const out: Array<[number, number]> = []
  for (const p of paragraphs) {
    let open = -1
    for (let i = p.start; i < p.end; i++) {
      if (text[i] !== '"') continue
      if (open < 0) open = i
      else {
        out.push([open, i + 1])
        open = -1
      }
    }
  }
  return out
}

export interface StoryInput {
  readonly text: string
  /** End offset of the paragraph holding an offset (a quote continues only within its paragraph). */
  readonly paragraphEndOf: (offset: number) => number
  readonly sentences: ReadonlyArray<Sentence>
  readonly quoted: ReadonlyArray<[number, number]>
  readonly published: string | null
  readonly capitals: ReadonlySet<string>
}

const resolveRef = (
  phrase: string,
  state: StoryState,
  personBefore: string | null = null,
  orgBefore: string | null = null
): string | null => {
  const t = TITLE_REF.exec(phrase)
  if (t) {
    const byTitle = state.registry.personWithTitle(t[2]!)
    return byTitle ?? state.lastPerson
  }
  if (ORG_REF.test(phrase)) return orgBefore ?? state.topic ?? state.lastOrg
  const first = phrase.split(/\s+/)[0] ?? ""
  if (ORG_PRONOUN.test(first)) return orgBefore ?? state.topic ?? state.lastOrg
  if (PERSON_PRONOUN.test(first)) return personBefore ?? state.lastPerson
  return null
}

/** A sentence that opens on a state that no longer holds. */
const FORMERLY =
  /^\W*(?:previously|formerly|until now|until (?:then|recently)|in the past|before the (?:change|law|overhaul|reform|rule|cut|deal|merger))\b/i

/** Sentences of a story's lead whose names key its event. */
const LEAD_NAMES_SENTENCES = 12

/** Claims of one story, in text order. */
export const storyClaims = (input: StoryInput): Array<RawClaim> => readStory(input).claims

/**
 * Reads a story sentence by sentence, keeping track of the names seen so far,
 * and collects its claims and its quotes.
 */
export const readStory = (
  input: StoryInput
): {
  claims: Array<RawClaim>
  quotes: Array<RawQuote>
  event: StoryEvent & StoryWords & { readonly names: ReadonlyArray<string> }
} => {
  // the lead's mentions are read once: for the story's event here, for its claims below
  const mentionsOf = new Map<number, ReadonlyArray<Mention>>()
  const mentionsAt = (i: number): ReadonlyArray<Mention> => {
    let m = mentionsOf.get(i)
    if (m === undefined) mentionsOf.set(i, (m = extractMentions(input.sentences[i]!.text, input.published)))
    return m
  }
  const story = storyEvent(
    input.sentences.map((x) => x.text),
    input.published,
    mentionsAt
  )
  const event = story.label
  const state: StoryState = { registry: new EntityRegistry(), event, topic: null, lastPerson: null, lastOrg: null }
  // names of the lead are the event's keys: victims, suspects and places come first, officials later
  const leadNames = new Set<string>()
  const leadFigures = new Set<string>()
  let sentenceIndex = 0
  const claims: Array<RawClaim> = []
  const quotes: Array<RawQuote> = []
  let lastQuote: { speaker: string | null; paragraphEnd: number } | null = null
  const pubMonth = monthOf(input.published)
  // an incident's tolls move by the day: its figures hold as of the day they were published
  const pubDay = input.published?.slice(0, 10) ?? null
  for (const sentence of input.sentences) {
    const entities: Array<EntitySpan & { canonical: string }> = findEntities(
      sentence.text,
      state.registry.known,
      input.capitals
    ).map((e) => ({ ...e, canonical: "" }))
    const position = sentenceIndex++
    const lead = leadNames.size < 64 && position < LEAD_NAMES_SENTENCES
    for (const e of entities) {
      e.canonical = state.registry.add(e)
      if (lead) leadNames.add(e.canonical)
      if (e.affiliation)
        state.registry.add({
          start: e.start,
          end: e.start,
          name: e.affiliation,
          type: "org",
          affiliation: null,
          title: null
        })
    }
    const k = firstQuoteFrom(input.quoted, sentence.start)
    if (k < input.quoted.length && input.quoted[k]![0] < sentence.end) {
      const resolve = (
        phrase: string,
        ents: ReadonlyArray<EntitySpan & { canonical: string }>,
        at: { start: number; end: number }
      ) => {
        const named = ents.find(
          (e) => e.start >= at.start && e.end <= at.end && e.type !== "org" && e.type !== "product"
        )
        if (named) return named.canonical
        const personBefore = ents.filter((e) => e.type === "person" && e.end <= at.start).pop()?.canonical ?? null
        const ref = resolveRef(phrase.trim(), state, personBefore, null)
        if (ref !== null && state.registry.typeOf(ref) === "person") return ref
        // a bare capitalised name not seen before ("Solberg")
        const bare = /^([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+){0,2})$/u.exec(phrase.trim())
        if (
          !bare ||
          /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|It|They|We)$/.test(
            bare[1]!
          )
        )
          return null
        const known = state.registry.typeOf(bare[1]!)
        return known === "org" || known === "product" ? null : state.registry.canonical(bare[1]!)
      }
      const paragraphEnd = input.paragraphEndOf(sentence.start)
      const found = quotesOfSentence(
        input.text,
        sentence,
        input.quoted,
        entities,
        resolve,
        lastQuote && lastQuote.paragraphEnd === paragraphEnd ? lastQuote : null
      )
      for (const q of found) {
        quotes.push(q)
        lastQuote = { speaker: q.speaker, paragraphEnd }
        if (q.speaker !== null) state.lastPerson = q.speaker
      }
    }
    const mentions = mentionsOf.get(position) ?? extractMentions(sentence.text, input.published)
    mentionsOf.delete(position)
    // a lone "one" ("one shot", "one person at the scene") is seldom a count a source asserts; casualty frames read the singular themselves
    const numeric = mentions.filter((m) => isQuantity(m) && m.kind !== "ordinal" && !LONE_ONE.test(m.text))
    // clauses are only needed around numbers; most sentences have none
    const tokens = numeric.length > 0 ? tokenize(sentence.text) : []
    const boundaries: Array<number> = []
    tokens.forEach((t, k) => {
      // "as of the end of 2016", "as at June 30": the time of the clause, not a new one
      const asOf = t.lower === "as" && /^(of|at)$/.test(tokens[k + 1]?.lower ?? "")
      if (BOUNDARY_SYMBOLS.has(t.text) || (BOUNDARY_WORDS.has(t.lower) && !asOf)) boundaries.push(k)
      else if (t.lower === "and" && tokens[k - 1]?.text === ",") boundaries.push(k)
    })
    const view: ClauseView = { tokens, boundaries }
    const words = tokens.map((t) => t.lower)
    const entityAt = (from: number, to: number) =>
      to <= from
        ? []
        : entities.filter(
            (e) => e.start >= (tokens[from]?.start ?? 0) && e.end <= (tokens[to - 1]?.end ?? sentence.text.length)
          )

    const inQuote = (offset: number) => insideQuote(input.quoted, offset)
    const sentenceClaims: Array<RawClaim> = []
    for (const m of numeric) {
      if (inQuote(sentence.start + m.start)) continue
      const mi = tokenIndexAt(tokens, m.start)
      const mEnd = tokenIndexAt(tokens, m.end)
      const [cs, ce] = clauseBounds(view, mi)
      const frameInput: FrameInput = {
        m,
        tokens,
        words,
        mi,
        mEnd,
        cs,
        ce,
        sentenceText: sentence.text,
        entities,
        event,
        lastPerson: state.lastPerson,
        inLead: position < 5,
        published: input.published
      }
      let frame: Frame | null = null
      for (const read of NEWS_READERS) if ((frame = read(frameInput)) !== null) break
      const claim =
        frame !== null
          ? frameClaim(
              frame,
              m,
              sentence,
              timeOf(m, mentions, view, mi, cs, frame.holderKind === "event" ? pubDay : pubMonth, input.published)
            )
          : claimOf(m, mentions, view, entities, entityAt, state, sentence, pubMonth, input.published)
      if (claim) sentenceClaims.push(claim)
    }
    sentenceClaims.push(...impliedClaims(sentence, sentenceClaims, event, pubDay, inQuote))
    // "Previously, companies paid 35 percent": a state the story says is over is an earlier value, not today's
    const formerly = FORMERLY.test(sentence.text)
    claims.push(
      ...sentenceClaims.map((c) =>
        refinePayment(formerly && c.role === "stated" ? { ...c, role: "earlier" as const } : c)
      )
    )
    if (position < LEAD_NAMES_SENTENCES)
      for (const c of sentenceClaims) {
        // the lead's tolls and ages ("2 dead", "a 17-year-old") tell one happening from another of the same days and place
        if (
          c.role === "stated" &&
          c.unit !== "date" &&
          Number.isInteger(c.value) &&
          (c.holderKind === "event" || c.metric === "age")
        )
          leadFigures.add(`f:${c.metric}=${c.value}`)
      }
    // Salience: the first name of each clause becomes what later references point to.
    const firstInSentence = entities.find((e) => e.type !== "person" && e.type !== "product")
    // the first person of a sentence is its subject: "he" in the next sentence points there
    const firstPerson = entities.find((e) => e.type === "person")
    if (firstPerson) state.lastPerson = firstPerson.canonical
    for (const e of entities) {
      if (e.type === "org") state.lastOrg = e.canonical
      if (e.affiliation) state.lastOrg = state.registry.canonical(e.affiliation)
    }
    const subjectOrg = entities.find((e) => e.start < 40 && (e.type === "org" || e.affiliation))
    if (subjectOrg)
      state.topic = subjectOrg.affiliation ? state.registry.canonical(subjectOrg.affiliation) : subjectOrg.canonical
    else if (state.topic === null && firstInSentence) state.topic = firstInSentence.canonical
  }
  return {
    claims: withoutRepeats(claims),
    quotes,
    event: {
      ...story,
      names: [...eventNames(state.registry, leadNames), ...[...leadFigures].sort()],
      ...storyWords(input.sentences.map((x) => x.text))
    }
  }
}

function claimOf(
  m: Mention,
  all: ReadonlyArray<Mention>,
  view: ClauseView,
  entities: ReadonlyArray<EntitySpan & { canonical: string }>,
  entityAt: (from: number, to: number) => Array<EntitySpan & { canonical: string }>,
  state: StoryState,
  sentence: Sentence,
  pubMonth: string | null,
  published: string | null
): RawClaim | null {
  const tokens = view.tokens
  const mi = tokenIndexAt(tokens, m.start)
  const mEnd = tokenIndexAt(tokens, m.end)
  const [cs, ce] = clauseBounds(view, mi)
  // the words before the figure in its clause, at most LOOK_BACK of them: a clause of thousands of numbers stays linear
  const lowerBefore = tokens.slice(Math.max(cs, mi - LOOK_BACK), mi).map((t) => t.lower)

  const figure = readFigure({ m, all, tokens, mi, mEnd, cs, ce, lowerBefore })
  if (figure === null) return null
  const { metric, metricClass, kind, value, low, high, unit, step, change, generic } = figure
  const cueInfo = figure.cue

  // ---- subject
  let subject: string | null = null
  const cueAt = cueInfo?.at ?? mi
  // what a reference in this clause may point to within the sentence: the sentence's
  // subject (its first organisation) and the nearest person before the clause
  const clauseStartOffset = tokens[cs]?.start ?? 0
  const personBefore =
    entities.filter((e) => e.type === "person" && e.end <= clauseStartOffset).pop()?.canonical ?? null
  const orgBefore =
    entities.find((e) => (e.type === "org" || e.type === "other") && e.end <= clauseStartOffset)?.canonical ?? null
  if (cueInfo?.cue.objectSubject && cueInfo.at < mi) {
    const between = tokens
      .slice(cueInfo.at + 1, mi)
      .map((t) => t.text)
      .join(" ")
      .replace(/(?<!\s)\s+at$/i, "")
    const named = entityAt(cueInfo.at + 1, mi)[0]
    subject =
      named?.canonical ??
      resolveRef(
        between,
        state,
        personBefore,
        orgBefore ?? entities.find((e) => e.type === "org" && e.end <= tokens[cueInfo!.at]!.start)?.canonical ?? null
      )
  }
  // "Vantor's pending $9 billion purchase", "Norlex's original $64 billion approach": the owner holds the value
  if (subject === null) {
    const owner = entities.filter((e) => e.end <= m.start).pop()
    if (owner && POSSESSIVE_BEFORE.test(sentence.text.slice(owner.end, m.start))) subject = owner.canonical
  }
  if (subject === null && cueInfo?.cue.namedThing) {
    const named = entityAt(Math.min(cs, cueAt), mi).filter(
      (e) => e.type === "product" || e.type === "other" || e.type === "org"
    )
    const nearest = named[named.length - 1]
    if (nearest && (nearest.type === "product" || nearest.end > tokens[cueAt]!.start)) subject = nearest.canonical
  }
  if (subject === null) {
    const from = cs
    const upTo = Math.min(cueAt, mi)
    const clauseText = sentence.text.slice(tokens[from]?.start ?? 0, tokens[upTo]?.start ?? sentence.text.length)
    const firstNamed = entityAt(from, upTo)[0]
    const refText = clauseText
      .replace(/^\s*(?:and|but|so|then|while|,)\s+/i, "")
      .replace(/^(?:last year|this year|now|today|yesterday|on \w+|in \w+|late last month|earlier this \w+),?\s+/i, "")
    const ref = resolveRef(refText, state, personBefore, orgBefore)
    const refAt = refText === "" ? Infinity : clauseText.indexOf(refText)
    if (firstNamed && (ref === null || firstNamed.start - (tokens[from]?.start ?? 0) <= refAt))
      subject = firstNamed.canonical
    else if (ref !== null) subject = ref
    else if (firstNamed) subject = firstNamed.canonical
  }
  if (
    subject === null &&
    cs === 0 &&
    /^(founded|launched|established|based|headquartered)$/i.test(tokens[0]?.lower ?? "")
  ) {
    subject = entities.find((e) => e.start > m.end)?.canonical ?? null
  }
  if (subject === null) {
    const earlier = entities.filter((e) => e.end <= (tokens[cs]?.start ?? 0) && e.type !== "product")
    if (earlier.length > 0) subject = earlier[earlier.length - 1]!.canonical
  }
  if (subject === null) {
    // the story's topic, unless the value prices a share of it ("$82 per Vantor share"): then the topic is the target
    const priced = (name: string | null) => name !== null && m.text.includes(name.split(" ").pop()!)
    subject = [state.topic, state.lastOrg].find((n) => n !== null && !priced(n)) ?? state.event
  }
  subject = state.registry.canonical(subject)

  const { asOf, asOfStated } =
    metricClass === "timeless" ? { asOf: null, asOfStated: false } : timeOf(m, all, view, mi, cs, pubMonth, published)
  const absStart = sentence.start + m.start
  return {
    start: absStart,
    end: sentence.start + m.end,
    text: m.text,
    sentence,
    subject,
    metric,
    metricClass,
    kind,
    value,
    low,
    high,
    unit,
    qualifier: m.qualifier,
    change,
    step,
    asOf,
    asOfStated,
    detail: null,
    holderKind: "org",
    counted: figure.counted,
    predicate: cueInfo
      ? tokens
          .slice(cueInfo.at, cueInfo.at + 1)
          .map((t) => t.lower)
          .join(" ")
      : null,
    scope: "whole",
    role: m.role === "earlier" ? "earlier" : "stated",
    generic
  }
}

/**
 * A figure whose property was only read from nearby words says nothing new when
 * the story states the same figure of the same holder under a lexicon property
 * ("its $300 billion flex" beside "a $300 billion valuation").
 */
const withoutRepeats = (claims: ReadonlyArray<RawClaim>): Array<RawClaim> => {
  const known = new Set(claims.filter((c) => !c.generic).map((c) => `${c.subject}\u0000${c.value}\u0000${c.unit}`))
  return claims.filter((c) => !c.generic || !known.has(`${c.subject}\u0000${c.value}\u0000${c.unit}`))
}

/**
 * The time a value holds for: the nearest date or year in its clause (not one
 * that is itself a dated event, nor one that belongs to a nearer number), or
 * the publication month. A day within a week of publication is the news itself.
 */
function timeOf(
  m: Mention,
  all: ReadonlyArray<Mention>,
  view: ClauseView,
  mi: number,
  cs: number,
  pubMonth: string | null,
  published: string | null
): { asOf: string | null; asOfStated: boolean } {
  const tokens = view.tokens
  // a year that is itself a dated event ("cofounded in 2015") says nothing about when other values hold
  const isEventYear = (d: Mention) => {
    const di = tokenIndexAt(tokens, d.start)
    const c = findCue(tokens, Math.max(0, di - 3), Math.min(tokens.length, di + 2), "year", di, di + 1)
    return c !== null
  }
  const dates = all.filter(
    (d) =>
      (d.kind === "date" && d.date !== null && !isEventYear(d)) || (d.kind === "year" && d !== m && !isEventYear(d))
  )
  const numericOthers = all.filter(
    (o) => o !== m && isQuantity(o) && o.kind !== "date" && o.kind !== "year" && o.kind !== "ordinal"
  )
  let best: { d: Mention; dist: number } | null = null
  for (const d of dates) {
    const di = tokenIndexAt(tokens, d.start)
    const [dcs] = clauseBounds(view, di)
    if (dcs !== cs) continue
    const dist = Math.abs(di - mi)
    // a date right after another number belongs to that number ("up from 400 million last month")
    const closerOther = numericOthers.some(
      (o) => Math.abs(tokenIndexAt(tokens, o.start) - di) < dist && (o.role === "earlier" || m.role === "earlier")
    )
    if (closerOther) continue
    if (!best || dist < best.dist) best = { d, dist }
  }
  // "said on Monday", "announced yesterday": a day a few days before publication is the news itself, so "now"
  const recentDay =
    best !== null &&
    best.d.kind === "date" &&
    best.d.relative &&
    best.d.precision === "day" &&
    published !== null &&
    best.d.date !== null &&
    Math.abs(Date.parse(best.d.date) - Date.parse(published)) <= 7 * 86400000
  if (best && !recentDay) return { asOf: best.d.kind === "year" ? String(best.d.value) : best.d.date, asOfStated: true }
  return { asOf: pubMonth, asOfStated: false }
}

/** A claim from a news frame: the frame says whose it is and what it counts. */
function frameClaim(
  frame: Frame,
  m: Mention,
  sentence: Sentence,
  time: { asOf: string | null; asOfStated: boolean }
): RawClaim {
  return {
    start: sentence.start + m.start,
    end: sentence.start + m.end,
    text: m.text,
    sentence,
    subject: frame.holder,
    metric: frame.property,
    metricClass: frame.metricClass,
    kind: m.kind,
    value: frame.unit === "date" ? dayNumber(frame.date ?? m.date!) : m.value!,
    low: frame.unit === "date" ? null : m.low,
    high: frame.unit === "date" ? null : m.high,
    unit: frame.unit,
    qualifier: m.qualifier,
    change: m.change,
    step: m.step,
    asOf: time.asOf,
    asOfStated: time.asOfStated,
    detail: null,
    holderKind: frame.holderKind,
    counted: frame.counted,
    predicate: frame.predicate,
    scope: frame.scope,
    role: m.role === "earlier" ? "earlier" : "stated"
  }
}

/**
 * Casualties a sentence states without a number ("a man was shot and killed":
 * one death), and the injured a sentence implies by difference ("six people
 * were shot, two fatally": four injured). Neither is read where the sentence
 * already states that property.
 */
function impliedClaims(
  sentence: Sentence,
  stated: ReadonlyArray<RawClaim>,
  event: string,
  pubMonth: string | null,
  inQuote: (offset: number) => boolean
): Array<RawClaim> {
  const out: Array<RawClaim> = []
  const has = (property: string) =>
    stated.some((c) => c.metric === property && c.subject === event) || out.some((c) => c.metric === property)
  const base = (
    property: string,
    value: number,
    start: number,
    end: number,
    role: ClaimRole,
    predicate: string | null
  ): RawClaim => ({
    start: sentence.start + start,
    end: sentence.start + end,
    text: sentence.text.slice(start, end),
    sentence,
    subject: event,
    metric: property,
    metricClass: "state",
    kind: "count",
    value,
    low: value,
    high: value,
    unit: null,
    qualifier: null,
    change: null,
    step: 1,
    asOf: pubMonth,
    asOfStated: false,
    detail: null,
    holderKind: "event",
    counted: "people",
    predicate,
    scope: "whole",
    role
  })
  const implied = impliedCasualties(sentence.text)
  const elsewhere = implied.length > 0 && speaksOfElsewhere(sentence.text)
  for (const c of implied) {
    if (inQuote(sentence.start + c.start) || has(c.property)) continue
    const claim = base(c.property, c.value, c.start, c.end, c.value === 0 ? "stated" : "implied", c.predicate)
    out.push(elsewhere ? { ...claim, scope: "elsewhere" } : claim)
  }
  // "shot his family, killing three, then killed himself": four dead with the shooter
  // the event's own toll of a property, as stated without a hedge
  const exact = (metric: string) =>
    stated.find(
      (c) =>
        c.metric === metric &&
        c.subject === event &&
        c.role === "stated" &&
        c.qualifier === null &&
        c.scope !== "elsewhere"
    )
  const dead = exact("deaths")
  SUICIDE.lastIndex = 0
  const suicide = dead ? SUICIDE.exec(sentence.text) : null
  if (dead && suicide && suicide.index > dead.start - sentence.start) {
    out.push({
      ...base(
        "deaths including the shooter",
        dead.value + 1,
        dead.start - sentence.start,
        suicide.index + suicide[0].length,
        "derived",
        suicide[1]!.toLowerCase()
      ),
      scope: "total"
    })
  }
  const shot = exact("people shot")
  if (shot && dead && shot.value > dead.value && !has("injuries")) {
    const start = Math.min(shot.start, dead.start) - sentence.start
    const end = Math.max(shot.end, dead.end) - sentence.start
    out.push(base("injuries", shot.value - dead.value, start, end, "derived", null))
  }
  return out
}
