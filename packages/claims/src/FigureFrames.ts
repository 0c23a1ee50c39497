/**
 * Figure readers for business and general news: what a money amount, a
 * percentage, a count, a measure, a duration or a calendar year measures, read
 * from the cue table of Metric.ts or, failing it, from the words around the
 * number. One reader per kind of mention, in the order FIGURE_READERS sets;
 * the news readers (ages, casualties, bail, dates) run before them, in Claim.ts.
 */
import type { Mention, MentionKind, Token } from "./Quantity.js"
import type { RawClaim } from "./Claim.js"
import {
  countedThing,
  countMetric,
  isGoalWord,
  METRIC_CUES,
  PERCENT_LEAD,
  PERCENT_NOUNS,
  salientCount,
  type MetricCue
} from "./Metric.js"
import { singular } from "./Lemma.js"
import { tagsOf } from "./PartOfSpeech.js"
import { countPredicate, genericProperty } from "./GenericProperty.js"

/** Punctuation that closes a clause. */
export const BOUNDARY_SYMBOLS = new Set([";", ":", "\u2014", "(", ")", '"'])

export interface FigureInput {
  readonly m: Mention
  /** Every mention of the sentence. */
  readonly all: ReadonlyArray<Mention>
  readonly tokens: ReadonlyArray<Token>
  readonly mi: number
  readonly mEnd: number
  readonly cs: number
  readonly ce: number
  /** Lower-case words of the clause before the number. */
  readonly lowerBefore: ReadonlyArray<string>
}

/** What a figure reader found: the claim's figure fields; the claim adds its holder and time. */
export type Figure = Pick<
  RawClaim,
  "metric" | "metricClass" | "kind" | "value" | "low" | "high" | "step" | "unit" | "change" | "counted"
> & {
  /** The cue of the metric table, and where it stands. */
  readonly cue: { readonly cue: MetricCue; readonly at: number } | null
  /** The property was read from nearby words, not from the table. */
  readonly generic: boolean
}

type Draft = { -readonly [K in Exclude<keyof Figure, "metric">]: Figure[K] } & { metric: string | null }

const draft = (input: FigureInput, over: Partial<Draft>): Draft => ({
  metric: null,
  metricClass: "state",
  kind: input.m.kind,
  value: input.m.value!,
  low: input.m.low,
  high: input.m.high,
  step: input.m.step,
  unit: input.m.unit,
  change: input.m.change,
  cue: null,
  generic: false,
  counted: null,
  ...over
})

/**
 * The cues (ranks in METRIC_CUES) a token starts, as a word, a pair and a triple of words, worked
 * out once per token of a sentence: every figure of the sentence looks at the same tokens.
 */
const cueCache = new WeakMap<
  ReadonlyArray<Token>,
  Map<number, { word: Array<number>; pair: Array<number>; triple: Array<number> }>
>()
const cuesAt = (
  tokens: ReadonlyArray<Token>,
  k: number,
  w: string
): { word: Array<number>; pair: Array<number>; triple: Array<number> } => {
  let byToken = cueCache.get(tokens)
  if (byToken === undefined) cueCache.set(tokens, (byToken = new Map()))
  const known = byToken.get(k)
  if (known !== undefined) return known
  const pair = k + 1 < tokens.length ? `${w} ${tokens[k + 1]!.lower}` : null
  const triple = pair !== null && k + 2 < tokens.length ? `${pair} ${tokens[k + 2]!.lower}` : null
  const found = { word: [] as Array<number>, pair: [] as Array<number>, triple: [] as Array<number> }
  METRIC_CUES.forEach((c, rank) => {
    if (c.pattern.test(w)) found.word.push(rank)
    else if (pair !== null && c.pattern.test(pair)) found.pair.push(rank)
    else if (triple !== null && c.pattern.test(triple)) found.triple.push(rank)
  })
  byToken.set(k, found)
  return found
}

/** How many tokens before and after a figure its cue may stand. */
const CUE_WINDOW = 24

export const findCue = (
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  kind: MentionKind,
  mi: number,
  mEnd: number
): { cue: MetricCue; at: number } | null => {
  const hits: Array<{ cue: MetricCue; at: number; dist: number; rank: number }> = []
  // a cue names the figure beside it: looked for within a window of the clause, so that a clause of
  // thousands of numbers (a table run into one line, a hostile document) is not read once per number
  const start = Math.max(from, mi - CUE_WINDOW)
  const end = Math.min(to, mEnd + CUE_WINDOW)
  for (let k = start; k < end; k++) {
    if (k >= mi && k < mEnd) continue
    let w = tokens[k]!.lower
    let last = k
    // hyphenated compounds are one cue: "pre-money", "break-even", "co-founded"
    if (tokens[k + 1]?.text === "-" && !tokens[k + 1]!.space && tokens[k + 2] && !tokens[k + 2]!.space) {
      w = `${w}-${tokens[k + 2]!.lower}`
      last = k + 2
    }
    const matches = cuesAt(tokens, k, w)
    for (const rank of matches.word) addHit(rank)
    if (k + 1 < to) for (const rank of matches.pair) addHit(rank)
    if (k + 2 < to) for (const rank of matches.triple) addHit(rank)
    function addHit(rank: number) {
      const c = METRIC_CUES[rank]!
      // (a cue is in one of the three lists of a token at most, so no hit is added twice)
      if (!c.kinds.includes(kind)) return
      // cues after the number count a little less than cues before it
      const dist = k < mi ? mi - last : k - mEnd + 1 + 0.5
      hits.push({ cue: c, at: k, dist, rank })
    }
  }
  if (hits.length === 0) return null
  // the nearest cue wins; among cues about as near, the more specific one (earlier in the table)
  const nearest = hits.reduce((a, b) => (b.dist < a.dist ? b : a))
  const before = nearest.at < mi
  const best = hits
    .filter((h) => h.dist <= nearest.dist + 2 && h.at < mi === before)
    .sort((a, b) => a.rank - b.rank || a.dist - b.dist)[0]!
  return { cue: best.cue, at: best.at }
}

export const CHANGE_VERB =
  /^(rose|rise|rises|risen|grew|grow|grows|grown|jumped|climbed|gained|soared|surged|increased|fell|falls|fallen|dropped|declined|decreased|slipped|sank|plunged|tumbled|shrank|slid|slumped|dipped|up|down)$/
const NOT_NOUN =
  /^(it|its|they|their|he|she|this|that|which|who|the|a|an|and|or|but|has|have|had|was|were|is|are|be|been|also|then|now|sharply|slightly|steadily|nearly|almost|about|some)$/

/**
 * Where the phrase around a number starts for reading its property: the last
 * punctuation before it, not a clause word ("fell as low as $5,967": "as" opens
 * no new clause for "low").
 */
const phraseStart = (tokens: ReadonlyArray<Token>, mi: number): number => {
  // a phrase is looked back over at most CUE_WINDOW tokens: a run of thousands of numbers has no phrase to find
  const floor = Math.max(0, mi - CUE_WINDOW)
  let k = mi - 1
  while (k >= floor && !BOUNDARY_SYMBOLS.has(tokens[k]!.text) && tokens[k]!.text !== ",") k--
  return k + 1
}

/** Words that name a stage of something that changed: the first version and the later one. */
const STAGE = new Map<string, string>([
  ...["original", "initial", "earlier", "previous", "prior", "first", "opening"].map((w) => [w, "original"] as const),
  ...["revised", "sweetened", "improved", "final", "updated"].map((w) => [w, "revised"] as const)
])

/** Words that place money outside the home country. */
const ABROAD = /\b(?:abroad|overseas|offshore|foreign|international)\b/

/** Words that make a figure someone's forecast or estimate. */
const FORECAST =
  /^(?:expected|estimated|forecast|forecasts|forecasted|projected|anticipated|predicted|consensus|estimate|estimates|expectations)$/

/**
 * Participles and adverbs right after a cue noun that narrow what it names:
 * "earnings reinvested abroad", "profit attributable", "revenue generated overseas".
 */
function postModifier(tokens: ReadonlyArray<Token>, cueAt: number, ce: number): string {
  const words: Array<string> = []
  for (let k = cueAt + 1; k < ce && words.length < 2; k++) {
    const t = tokens[k]!
    if (t.type !== "word") break
    const first = tagsOf(t.lower)[0] ?? ""
    if (words.length === 0 ? first !== "VBN" : !/^(?:RB|VBN|JJ)$/.test(first)) break
    if (words.length === 0 && /^(?:said|reported|announced|expected|estimated|based)$/.test(t.lower)) break
    words.push(t.lower)
  }
  return words.length > 0 ? ` ${words.join(" ")}` : ""
}

/** The noun whose change a clause reports: the word before its change verb ("prices fell", "harvest rose"). */
function changedNoun(tokens: ReadonlyArray<Token>, cs: number, before: number): string | null {
  for (let v = before - 1; v > cs && v >= before - 8; v--) {
    if (!CHANGE_VERB.test(tokens[v]!.lower)) continue
    let n = v - 1
    while (n >= cs && /ly$/.test(tokens[n]!.lower)) n--
    const t = tokens[n]
    if (
      t &&
      t.type === "word" &&
      !NOT_NOUN.test(t.lower) &&
      /^\p{L}+$/u.test(t.text) &&
      !(
        n === 0 &&
        /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
        !/^(revenue|sales|profit|prices|shares|output|production|exports|imports|demand|income|inflation|unemployment)$/i.test(
          t.text
        )
      )
    )
      return singular(t.lower)
    return null
  }
  return null
}

/** A calendar date or year is a claim only for a dated event ("founded in 2015", "released GPT-2 in November 2019"). */
const readCalendar = (input: FigureInput): Draft | null => {
  const { m, tokens, mi, mEnd, cs, ce } = input
  if (m.kind === "year") {
    if (m.unit === "fiscal year") return null
    const cue = findCue(tokens, cs, ce, "year", mi, mEnd)
    return cue ? draft(input, { cue }) : null
  }
  if (
    m.date === null ||
    m.unresolved ||
    !/^\d{4}/.test(m.date) ||
    /^(yesterday|today|tomorrow|last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.test(m.text)
  )
    return null
  if (!/\d{4}/.test(m.text)) return null
  const cue = findCue(tokens, cs, ce, "date", mi, mEnd)
  if (!cue) return null
  const y = Number(m.date.slice(0, 4))
  const mo = m.date.length >= 7 ? Number(m.date.slice(5, 7)) : null
  return draft(input, {
    cue,
    value: y,
    low: mo === null ? y : y + (mo - 1) / 12,
    high: mo === null ? y : y + mo / 12 - 1e-9,
    step: mo === null ? 1 : 1 / 12,
    unit: "year",
    kind: "year"
  })
}

/** Money: a cue of the table ("raised", "valued at"), else the words around the amount. */
const readMoney = (input: FigureInput): Draft => {
  const { tokens, mi, mEnd, cs, ce } = input
  const cue = findCue(tokens, cs, ce, "money", mi, mEnd)
  return cue
    ? draft(input, { cue })
    : draft(input, { metric: genericProperty(tokens, mi, mEnd, phraseStart(tokens, mi), ce), generic: true })
}

const CHANGE_NOUNS =
  /^(revenue|revenues|sales|profit|profits|earnings|shares|stock|price|prices|volumes|volume|deliveries|output|production|exports|imports|users|traffic|demand|income|spending|costs|value|population|inflation|unemployment|emissions|turnover|ridership|subscribers|orders)$/
const DOWN_WORD =
  /^(fell|falls|fallen|dropped|declined|decreased|slipped|sank|plunged|tumbled|shrank|slid|slumped|dipped|down)$/

/** A percentage: of a change ("revenue grew 64%"), of a named rate ("a 25% tariff"), a share ("40% of users"), or a lead noun. */
const readPercent = (input: FigureInput): Draft | null => {
  const { m, tokens, mi, mEnd, cs, ce, lowerBefore } = input
  const after = tokens[mEnd]?.lower ?? ""
  const after2 = tokens[mEnd + 1]?.lower ?? ""
  if (m.change) {
    // "Revenue grew 64%", "milk prices fell 4%", "a 13% decline in volumes"
    let noun: string | null = changedNoun(tokens, cs, mi)
    if (noun === null && (after === "in" || (after2 === "in" && !m.text.includes(after)))) {
      const t = tokens[mEnd + (after === "in" ? 1 : 2)]
      if (t && t.type === "word" && /^\p{Ll}/u.test(t.text) && t.lower !== "the") noun = t.lower
    }
    for (let j = mi - 1; noun === null && j >= cs && j >= mi - 4; j--) {
      const w = tokens[j]!
      if (w.type === "word" && CHANGE_NOUNS.test(w.lower)) noun = w.lower
    }
    // "down around 22 percent": a change of the holder itself when no noun says of what
    return draft(input, { metric: noun === null ? "change" : `${singular(noun)} change`, generic: noun === null })
  }
  if (
    PERCENT_NOUNS.test(after) ||
    (after2 && PERCENT_NOUNS.test(after2) && /^[a-z]+$/.test(after) && !/^(of|in|on|to|and|or)$/.test(after))
  ) {
    return draft(input, { metric: singular(PERCENT_NOUNS.test(after) ? after : after2) })
  }
  if (after === "of" && tokens[mEnd + 1]?.type === "word") {
    let k = mEnd + 1
    if (/^(the|its|their|all|his|her)$/.test(tokens[k]!.lower)) k++
    const noun = tokens[k]
    return noun && noun.type === "word" ? draft(input, { metric: `share of ${noun.lower}` }) : null
  }
  const lead = [...lowerBefore].reverse().find((w) => PERCENT_LEAD.test(w))
  const changeWord = lowerBefore.slice(-3).find((w) => CHANGE_VERB.test(w))
  const metric =
    lead ??
    genericProperty(tokens, mi, mEnd, phraseStart(tokens, mi), ce) ??
    (changeWord !== undefined ? "change" : null)
  const change =
    metric === "change" && changeWord !== undefined ? (DOWN_WORD.test(changeWord) ? "down" : "up") : m.change
  return draft(input, { metric, change, generic: lead === undefined })
}

/** A count of things: staff, users, stores, or what happened to them ("12 victims were transported"). */
const readCount = (input: FigureInput): Draft | null => {
  const { m, tokens, mi, mEnd, cs, ce, lowerBefore } = input
  const unit = m.unit
  if (unit === null || /^(years|months|weeks|days|hours|minutes|times|percent)$/.test(unit)) return null
  const wordy =
    /^[a-z]/i.test(m.text.replace(/^(about|around|nearly|more than|over|some|almost|at least|up to)\s+/i, "")) &&
    !/\d/.test(m.text)
  const predicate = countPredicate(tokens, mi, mEnd, cs, ce)
  // "two countries" is description; "two trains collided" is news
  if (wordy && Math.abs(m.value!) < 10 && !salientCount(unit) && predicate === null) return null
  const cm = countMetric(unit, m.modifiers, lowerBefore)
  let metric = cm.metric
  let generic = false
  // "12 victims were transported": what happened to them is part of what the number counts
  if (predicate !== null && cm.unit === unit && metric.endsWith(unit)) metric = `${predicate} ${metric}`
  // a bare counted noun ("4 people") says what is counted, not what the count is of
  else if (metric === unit && !/^(employees|staff|workers|jobs)$/.test(unit)) generic = true
  // "apps with more than 50 million monthly users": a threshold, not a count of the subject
  const withIdx = lowerBefore.lastIndexOf("with")
  if (withIdx > 0 && withIdx >= lowerBefore.length - 3 && /^[a-z]+s$/.test(lowerBefore[withIdx - 1]!))
    metric = `${lowerBefore[withIdx - 1]} with ${metric}`
  if (lowerBefore.some((w) => isGoalWord(w))) metric = `target ${metric}`
  return draft(input, { metric, unit: cm.unit, generic, counted: countedThing(cm.unit, m.modifiers) })
}

const MEASURE_JOINERS =
  /^(a|an|the|record|of|at|to|hit|reached|reaches|was|is|were|are|stood|totalled|totaled|rose|fell|about|around|nearly|some|more|than|over|almost|roughly|with|by|new|all-time|high|low)$/

/** A measure: the nouns before its verb ("summer grid load reached 14.2 gigawatts"), else the words around it. */
const readMeasure = (input: FigureInput): Draft => {
  const { tokens, mi, mEnd, cs } = input
  // "harvest rose 38% last year to 9,200 tonnes": the level after a change is the changed noun
  const viaChange = tokens[mi - 1]?.lower === "to" ? changedNoun(tokens, cs, mi - 1) : null
  const words: Array<string> = viaChange ? [viaChange] : []
  for (let j = mi - 1; j >= cs && !viaChange; j--) {
    const w = tokens[j]!
    if (w.type !== "word") break
    if (MEASURE_JOINERS.test(w.lower)) {
      if (words.length > 0) break
      continue
    }
    if (/^\p{Lu}/u.test(w.text) && j !== 0) break
    words.unshift(w.lower)
    if (words.length >= 3) break
  }
  if (words.length > 0) return draft(input, { metric: words.join(" ") })
  return draft(input, {
    metric: genericProperty(tokens, mi, mEnd, phraseStart(tokens, mi), tokens.length),
    generic: true
  })
}

/** A duration: "a three-hour standoff", "the chase lasted 15 minutes". */
const readDuration = (input: FigureInput): Draft =>
  draft(input, {
    metric: genericProperty(input.tokens, input.mi, input.mEnd, phraseStart(input.tokens, input.mi), input.ce),
    generic: true
  })

/** The reader of each kind of mention; other kinds make no figure. */
const FIGURE_READERS: Partial<Record<MentionKind, (input: FigureInput) => Draft | null>> = {
  date: readCalendar,
  year: readCalendar,
  money: readMoney,
  percent: readPercent,
  count: readCount,
  measure: readMeasure,
  duration: readDuration
}

/**
 * The figure a mention gives, with the refinements every kind shares: the cue's
 * metric and what narrows it ("profit reinvested abroad"), a stage ("original",
 * "revised") and a forecast ("expected"), which are properties of their own.
 */
export const readFigure = (input: FigureInput): Figure | null => {
  const found = FIGURE_READERS[input.m.kind]?.(input) ?? null
  if (found === null) return null
  const { m, all, tokens, mi, cs, ce, lowerBefore } = input
  if (found.cue) {
    const post = postModifier(tokens, found.cue.at, ce)
    // "undistributed foreign earnings", "earnings reinvested abroad", "profits held overseas": one property, foreign profit
    const abroad =
      ABROAD.test(post) ||
      tokens.slice(Math.max(cs, found.cue.at - 2), Math.min(ce, found.cue.at + 2)).some((t) => ABROAD.test(t.lower))
    found.metric = abroad ? `foreign ${found.cue.cue.metric}` : found.cue.cue.metric + post
    found.metricClass = found.cue.cue.metricClass
  }
  if (found.metric === null) return null
  if (m.kind === "money" || m.kind === "percent") {
    // "its original $105 billion approach", "the revised offer": two stages of one thing are two properties
    const stage = tokens
      .slice(Math.max(cs, Math.min(mi, found.cue?.at ?? mi) - 4), mi)
      .map((t) => t.lower)
      .find((w) => STAGE.has(w))
    if (stage !== undefined) found.metric = `${STAGE.get(stage)} ${found.metric}`
    // "had been expected to post net income of $2.07 billion": a forecast is not the figure itself
    const hedgedAsEstimate = /estimated|expected|projected/i.test(m.qualifierText ?? "")
    const forecast = lowerBefore.findLastIndex((w) => FORECAST.test(w))
    const at = hedgedAsEstimate ? mi : forecast < 0 ? -1 : mi - lowerBefore.length + forecast
    // (only looked for when there is a forecast word: a sentence may hold thousands of figures)
    const otherBetween = () =>
      all.some(
        (o) =>
          o !== m &&
          (o.kind === "money" || o.kind === "percent" || o.kind === "count" || o.kind === "measure") &&
          o.start > (tokens[at]?.end ?? Infinity) &&
          o.start < m.start
      )
    if (at >= cs && !found.metric.startsWith("target ") && !otherBetween()) found.metric = `expected ${found.metric}`
  }
  return { ...found, metric: found.metric }
}
