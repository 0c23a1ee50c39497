/**
 * What a number measures. A synonym table maps the wordings of business and
 * news reporting onto one metric ("raised", "closed a round", "brings in" are
 * all funding; "valued at", "valuation", "values it at" are all valuation), and
 * each metric has a time behaviour:
 *  - `timeless`: the value is itself a date (founded in 2015);
 *  - `event`: a one-off amount, the same whenever it is reported (a funding round);
 *  - `state`: a level that changes over time (users, employees, valuation).
 */
import type { MentionKind } from "./Quantity.js"
import { tagsOf } from "./PartOfSpeech.js"

/**
 * The thing a count counts, with the noun modifiers that make it ("shell
 * casings", "heart transplants"), not the adjectives that describe it. Reported
 * with the claim; facts key on the head noun, so "38 storage sites" and "38
 * battery sites" of one company still meet.
 */
export const countedThing = (unit: string, modifiers: ReadonlyArray<string>): string =>
  [...modifiers.filter((m) => DEFINING_MODIFIERS.has(m) || /^NN/.test(tagsOf(m)[0] ?? "")), unit].join(" ")

export type MetricClass = "timeless" | "event" | "state"

export interface MetricCue {
  readonly pattern: RegExp
  readonly metric: string
  readonly metricClass: MetricClass
  readonly kinds: ReadonlyArray<MentionKind>
  /** For valuation-like verbs, the subject is the object: "values it at $1.1B". */
  readonly objectSubject?: boolean
  /** For release-like cues, the subject is the named thing nearest the date: "the launch of GPT-2 in 2019". */
  readonly namedThing?: boolean
}

const MONEY: ReadonlyArray<MentionKind> = ["money"]
const YEARS: ReadonlyArray<MentionKind> = ["year", "date"]
const cue = (
  pattern: RegExp,
  metric: string,
  metricClass: MetricClass,
  kinds: ReadonlyArray<MentionKind>,
  extra: Partial<MetricCue> = {}
): MetricCue => ({ pattern, metric, metricClass, kinds, ...extra })

/** Matched against single lower-case words (or word pairs joined by a space). */
export const METRIC_CUES: ReadonlyArray<MetricCue> = [
  cue(/^pre-money$/, "pre-money valuation", "state", MONEY),
  cue(/^post-money$/, "valuation", "state", MONEY),
  cue(/^(valuation|valuations)$/, "valuation", "state", MONEY),
  cue(/^(valued|valuing|values|value)$/, "valuation", "state", MONEY, { objectSubject: true }),
  cue(/^(market value|market cap|market capitalisation|market capitalization)$/, "market cap", "state", MONEY),
  // a bid for a company, which a revised bid replaces: before "raised" and "acquisition", which name its verb and its aim
  cue(
    /^(offer|offers|bid|bids|approach|proposal|tender offer|takeover bid|takeover offer|buyout offer)$/,
    "offer",
    "event",
    MONEY
  ),
  cue(
    /^(raised|raise|raises|raising|funding|round|financing|closed|closes|secured|secures|brings in|bring in|series [a-h])$/,
    "funding",
    "event",
    MONEY
  ),
  cue(/^(investment|invested|invests|invest|stake)$/, "investment", "event", MONEY),
  // "the stock had been trading at less than $55", "shares closed at $12.40": a share's price in the market
  cue(
    /^(trading at|traded at|trades at|trade at|closed at|closing at|opened at|ended at)$/,
    "share price",
    "state",
    MONEY
  ),
  cue(/^(revenue|revenues|sales|turnover)$/, "revenue", "state", MONEY),
  cue(/^(profit|profits|net income|earnings)$/, "profit", "state", MONEY),
  cue(/^(loss|losses)$/, "loss", "state", MONEY),
  cue(/^(spent|spend|spends|spending|splurged|poured)$/, "spending", "event", MONEY),
  cue(/^(fine|fined|penalty|settlement)$/, "fine", "event", MONEY),
  cue(/^(acquire|acquired|acquires|acquisition|bought|buy|buys|takeover)$/, "acquisition price", "event", MONEY),
  cue(/^(salary|pay|compensation|wage|wages|bonus)$/, "pay", "state", MONEY),
  cue(/^(budget|budgets)$/, "budget", "state", MONEY),
  cue(/^(debt|debts|borrowing)$/, "debt", "state", MONEY),
  cue(/^(price|priced|costs|cost)$/, "price", "state", MONEY),
  cue(/^(founded|co-founded|cofounded|established|incorporated|formed)$/, "founded", "timeless", YEARS),
  cue(
    /^(launched|launch|launches|released|release|releases|releasing|debut|debuted|debuts|introduced|unveiled|unveiling)$/,
    "released",
    "timeless",
    YEARS,
    { namedThing: true }
  ),
  cue(/^(break even|breakeven|break-even|profitable|profitability|turn a profit)$/, "break-even", "timeless", YEARS),
  cue(/^(went public|ipo|listed|listing)$/, "IPO", "timeless", YEARS),
  cue(/^(born)$/, "born", "timeless", YEARS),
  cue(/^(died)$/, "died", "timeless", YEARS)
]

/** Nouns that name what a percentage measures when they follow it: "a 25% tariff". */
export const PERCENT_NOUNS =
  /^(tariffs?|stakes?|shares?|discounts?|tax(es)?|rates?|interest|margins?|commission|cut|cuts|raise|premium|duty|duties|levy|levies|surcharge|fee|fees|royalty|royalties|return|returns|yield|turnout|majority|approval|unemployment|inflation|vote|votes|ownership|markup)$/
/** Nouns before "of N%" or "at N%": "an unemployment rate of 4%". */
export const PERCENT_LEAD =
  /^(rate|share|stake|margin|inflation|unemployment|turnout|approval|rating|growth|yield|return|majority|support|ownership|tariff|tax|probability|chance|likelihood)$/

const GOAL =
  /^(wants|want|aims|aim|plans|plan|targets|target|goal|expects|expect|hopes|hope|seeks|seek|intends|intend|aspires|projects|forecasts)$/
export const isGoalWord = (w: string): boolean => GOAL.test(w)

/** Counted nouns that mean staff, so "employs 450 people" and "400 employees" meet. */
const STAFF_NOUNS = /^(people|persons|employees|workers|staff|staffers|personnel|workforce|headcount)$/
const STAFF_VERBS = /^(employs|employ|employed|employing|staff|staffs|workforce|headcount)$/
const LAYOFF =
  /^(layoff|layoffs|lay off|laid off|lays off|laying off|cut|cuts|cutting|eliminate|eliminating|axe|axing|shed|shedding|furlough|furloughs|furloughed)$/
const HIRE = /^(hire|hires|hired|hiring|recruit|recruits|recruited|add|adds|added|create|creates|created)$/
/** Modifiers that change what is counted ("weekly users" are not "monthly users"). */
const DEFINING_MODIFIERS = new Set([
  "daily",
  "weekly",
  "monthly",
  "yearly",
  "annual",
  "quarterly",
  "active",
  "paying",
  "paid",
  "unique",
  "registered",
  "full-time",
  "part-time",
  "new",
  "total",
  "subscribed",
  "net"
])
const SALIENT_COUNTS =
  /^(counts|charges|shots|rounds|bullets|wounds|suspects|gunmen|shooters|calls|people|persons|deaths|dead|killed|injured|wounded|victims|casualties|employees|workers|staff|users|customers|subscribers|jobs|homes|houses|vehicles|cars|patients|cases|children|students|members|visitors|passengers|tourists|refugees|migrants|troops|soldiers|arrests|votes|units|sites|stores|shops|branches|plants|factories|flights)$/

export interface CountMetric {
  readonly metric: string
  readonly unit: string
}

/** The metric of a count from its noun and the words around it. */
export const countMetric = (
  unit: string,
  modifiers: ReadonlyArray<string>,
  before: ReadonlyArray<string>
): CountMetric => {
  const defining = modifiers.filter((m) => DEFINING_MODIFIERS.has(m))
  const near = before.slice(-4)
  const layoff = near.some((w, i) => LAYOFF.test(w) || LAYOFF.test(`${w} ${near[i + 1] ?? ""}`))
  const staff = STAFF_NOUNS.test(unit) || unit === "jobs"
  if (layoff && (staff || unit === "jobs"))
    return { metric: unit === "jobs" ? "job cuts" : "layoffs", unit: unit === "jobs" ? "jobs" : "employees" }
  if (near.some((w) => HIRE.test(w)) && staff) return { metric: "hires", unit: "employees" }
  if (STAFF_NOUNS.test(unit) && (near.some((w) => STAFF_VERBS.test(w)) || unit !== "people"))
    return { metric: "employees", unit: "employees" }
  return { metric: [...defining, unit].join(" "), unit }
}

/** Whether a small spelled-out count is worth a claim ("two countries" is description, "five people died" is news). */
export const salientCount = (unit: string): boolean => SALIENT_COUNTS.test(unit)
