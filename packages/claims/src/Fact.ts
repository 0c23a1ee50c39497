/**
 * Facts across sources: claims with the same key (subject, metric, unit
 * dimension) and the same time are lined up; compatible values become one fact,
 * incompatible ones a conflict.
 *
 * Grouping blocks on the key, so its cost grows with the number of claims, not
 * with its square. Values agree when their intervals overlap after hedges,
 * rounding of the stated digits and unit conversion.
 */
import { stableId } from "./Hash.js"
import { comparable, toBase, unitBySymbol } from "./Unit.js"
import { aboutHalfWidth } from "./Quantity.js"
import type { MetricClass } from "./Metric.js"
import { stem } from "./Lemma.js"
import { nameRuns } from "./EntityRegistry.js"
import type { ConflictReport, FactReport, FactStatus, InconsistencyReport, UpdateReport } from "./Report.js"

export interface KeyedClaim {
  readonly id: string
  readonly document: string
  readonly origin: string
  readonly subject: string
  readonly metric: string
  readonly metricClass: MetricClass
  readonly value: number
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly qualifier: string | null
  readonly change: string | null
  readonly step: number
  readonly asOf: string | null
  readonly asOfStated: boolean
  /** "implied" values (one victim named without a number) are lower bounds. */
  readonly role?: string
  /** A part or an increment is its own key; the whole, the others and a total compare. */
  readonly scope?: string
  readonly counted?: string | null
  /** "words": the property was read from nearby words, not the lexicon; such claims never conflict. */
  readonly propertyFrom?: string
  /** The words of the value: a day written without digits ("Tuesday") was worked out from the publication day. */
  readonly text?: string
}

/** A claim as buildFacts takes it: a calendar date carries its day in `date` and no numeric value. */
export type KeyedClaimInput = Omit<KeyedClaim, "value"> & {
  readonly value: number | null
  readonly date?: string | null
}

/** Days since 1970-01-01 of an ISO day, so dates compare as numbers. */
export const dayNumber = (iso: string): number =>
  Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7) || "1") - 1, Number(iso.slice(8, 10) || "1")) / 86400000
  )
/** A day as a reader says it: "Sunday, 31 December 2017". */
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC"
})

/** The ISO day of a day number. */
export const isoDay = (day: number): string => new Date(day * 86400000).toISOString().slice(0, 10)

/** How far apart two values may be and still agree, beyond the rounding of their stated digits. */
export interface Tolerances {
  /** Relative slack added to every exact value (0.0 = only the rounding of the stated digits). */
  readonly relative: number
}
export const defaultTolerances: Tolerances = { relative: 0 }

// ---------------------------------------------------------------------------
// Keys

/** The legal form after a company's name: "Norlex Bank Group Inc" is Norlex Bank. */
const LEGAL_FORM = /(?<!\s)\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|Co|Group|Holdings|Holding|SA|AG|NV|SE)\.?$/i
/** Where a company sits, written before its name: "Oslo-based Norlex", "Port Aldous-headquartered Vantor". */
const SEAT_PREFIX =
  /^(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-(?:based|headquartered|registered|listed)\s+(?=\p{Lu})/u

export const normaliseName = (s: string): string => {
  let n = s
    .replace(/[’']s$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(SEAT_PREFIX, "")
  // "Norlex Bank Group Inc": each legal form word in turn, keeping at least one word of the name
  for (let i = 0; i < 3 && LEGAL_FORM.test(n) && n.replace(LEGAL_FORM, "").length > 0; i++)
    n = n.replace(LEGAL_FORM, "")
  return n
}

/**
 * Maps short subject names onto the one longer name they abbreviate across the
 * corpus ("Halcyon" -> "Halcyon Grid", "Musk" -> "Elon Musk"). A short name that
 * could stand for two longer ones stays as it is.
 */
export const subjectAliases = (subjects: ReadonlyArray<string>): Map<string, string> => {
  const names = [...new Set(subjects.map(normaliseName))].sort()
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]))
  // longer names by each of their leading and trailing word runs: one pass, not every pair
  const extending = new Map<string, Set<string>>()
  const note = (part: string, whole: string) => {
    let set = extending.get(part)
    if (!set) extending.set(part, (set = new Set()))
    set.add(whole)
  }
  for (const k of lower.keys()) {
    const runs = nameRuns(k)
    for (const part of [...runs.leading, ...runs.trailing]) note(part, k)
  }
  const out = new Map<string, string>()
  for (const n of names) {
    const longer = extending.get(n.toLowerCase())
    out.set(n, longer?.size === 1 ? lower.get([...longer][0]!)! : n)
  }
  // follow chains (a -> b -> c)
  for (const [k, v] of out) {
    let t = v
    for (let i = 0; i < 5 && out.get(t) !== t && out.has(t); i++) t = out.get(t)!
    out.set(k, t)
  }
  return out
}

const dimensionOf = (unit: string | null): string => {
  if (unit === null) return "none"
  const d = unitBySymbol(unit)
  return d ? d.dimension : unit
}

// ---------------------------------------------------------------------------
// Intervals

/** The interval a claim allows, in its dimension's base unit. */
export const intervalOf = (
  c: Pick<KeyedClaim, "value" | "low" | "high" | "unit" | "qualifier" | "step" | "change"> & { readonly role?: string },
  tol: Tolerances = defaultTolerances
): [number, number] => {
  const sign = c.change === "down" ? -1 : 1
  const v = c.value
  if (c.unit === "year") {
    // years read as the span they name: 2019 is all of 2019
    const lo = c.low ?? v
    const hi = c.high ?? v
    return [lo, (hi === lo && c.step >= 1 ? hi + 1 : hi + Math.min(c.step, 1)) - 1e-9]
  }
  const rounding = Math.min(c.step / 2, 0.025 * Math.abs(v)) + tol.relative * Math.abs(v)
  // one victim named without a number ("a man was killed") is at least one: it agrees with any larger count
  if (c.role === "implied") return [toBase(v - rounding, c.unit), Infinity]
  let lo: number
  let hi: number
  switch (c.qualifier) {
    case "about": {
      const w = aboutHalfWidth(v, c.step)
      lo = v - w
      hi = v + w
      break
    }
    case "more than":
      lo = v
      hi = Infinity
      break
    case "at least":
      lo = v - rounding
      hi = Infinity
      break
    case "less than":
      lo = -Infinity
      hi = v
      break
    case "at most":
    case "up to":
      lo = -Infinity
      hi = v + rounding
      break
    case "nearly":
      lo = v * 0.9
      hi = v
      break
    default:
      lo = (c.low ?? v) - rounding
      hi = (c.high ?? v) + rounding
  }
  if (sign < 0) [lo, hi] = [-hi, -lo]
  return [toBase(lo, c.unit), toBase(hi, c.unit)]
}

const overlaps = (a: [number, number], b: [number, number]) =>
  Math.max(a[0], b[0]) < Math.min(a[1], b[1]) ||
  (a[0] === a[1] && b[0] <= a[0] && a[0] <= b[1]) ||
  (b[0] === b[1] && a[0] <= b[0] && b[0] <= a[1])
const bounded = (i: [number, number]) => Number.isFinite(i[0]) && Number.isFinite(i[1])

const contentKey = (c: KeyedClaim) =>
  `${c.metric}\u0000${c.subject}\u0000${c.value}\u0000${c.unit}\u0000${c.qualifier}\u0000${c.asOf}`

// ---------------------------------------------------------------------------
// Time slots

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + (iso.length >= 7 ? Number(iso.slice(5, 7)) - 1 : 0)

/**
 * Whether two claims speak of the same time. A stated time must contain the
 * other; two times inferred from publication dates (the article says "now" or
 * nothing) are the same when the pieces appeared within a month of each other,
 * so that reports from 31 March and 1 April still corroborate each other.
 */
const sameSlot = (a: KeyedClaim, b: KeyedClaim): boolean => {
  if (a.metricClass === "event") {
    // a one-off amount is the same whenever it is reported, unless a stated time puts it months away: another round, another offer
    if (a.asOf === null || b.asOf === null || (!a.asOfStated && !b.asOfStated)) return true
    return Math.abs(monthIndex(a.asOf) - monthIndex(b.asOf)) <= 1
  }
  if (a.metricClass !== "state") return true
  if (a.asOf === null || b.asOf === null) return true
  if (!a.asOfStated && !b.asOfStated) {
    // an incident's figures as of the day each report appeared: reports a day apart speak of the same time
    if (a.asOf.length === 10 && b.asOf.length === 10) return Math.abs(dayNumber(a.asOf) - dayNumber(b.asOf)) <= 1
    return Math.abs(monthIndex(a.asOf) - monthIndex(b.asOf)) <= 1
  }
  return a.asOf.startsWith(b.asOf) || b.asOf.startsWith(a.asOf)
}

const slotsOf = (claims: ReadonlyArray<KeyedClaim>): Array<Array<KeyedClaim>> => {
  const slots: Array<Array<KeyedClaim>> = []
  // most specific times first so coarser ones join them
  const ordered = [...claims].sort(
    (a, b) =>
      (b.asOf?.length ?? 0) - (a.asOf?.length ?? 0) ||
      (a.asOf ?? "").localeCompare(b.asOf ?? "") ||
      contentKey(a).localeCompare(contentKey(b)) ||
      a.id.localeCompare(b.id)
  )
  // sameSlot reads only the class and the time of a claim: claims alike in those join the same slot (slots
  // only grow stricter, and such claims agree with each other), so each slot is tested once per kind of
  // time against one claim per kind of time it holds, not against every claim of a key with thousands
  const signature = (c: KeyedClaim) => `${c.metricClass}\u0000${c.asOf ?? ""}\u0000${c.asOfStated}`
  const slotOf = new Map<string, number>()
  const kinds: Array<Map<string, KeyedClaim>> = []
  for (const c of ordered) {
    const sig = signature(c)
    let k = slotOf.get(sig)
    if (k === undefined) {
      k = kinds.findIndex((held) => [...held.values()].every((o) => sameSlot(o, c)))
      if (k < 0) {
        k = slots.length
        slots.push([])
        kinds.push(new Map())
      }
      slotOf.set(sig, k)
      kinds[k]!.set(sig, c)
    }
    slots[k]!.push(c)
  }
  return slots
}

// ---------------------------------------------------------------------------
// Value clusters

const clustersOf = (claims: ReadonlyArray<KeyedClaim>, tol: Tolerances): Array<Array<KeyedClaim>> => {
  const withI = claims
    .map((c) => ({ c, i: intervalOf(c, tol) }))
    .sort((a, b) => a.i[0] - b.i[0] || contentKey(a.c).localeCompare(contentKey(b.c)) || a.c.id.localeCompare(b.c.id))
  const tight = withI.filter((x) => bounded(x.i))
  const loose = withI.filter((x) => !bounded(x.i))
  const clusters: Array<{ members: Array<KeyedClaim>; lo: number; hi: number }> = []
  for (const x of tight) {
    // join the cluster whose intersection still overlaps this value
    const hit = clusters.find((k) => overlaps([k.lo, k.hi], x.i))
    if (hit) {
      hit.members.push(x.c)
      hit.lo = Math.max(hit.lo, x.i[0])
      hit.hi = Math.min(hit.hi, x.i[1])
    } else clusters.push({ members: [x.c], lo: x.i[0], hi: x.i[1] })
  }
  for (const x of loose) {
    // a one-sided hedge agrees with every value on its side; it joins the best-supported one
    const fits = clusters.filter((k) => overlaps([k.lo, k.hi], x.i)).sort((a, b) => b.members.length - a.members.length)
    if (fits[0]) fits[0].members.push(x.c)
    else clusters.push({ members: [x.c], lo: x.i[0], hi: x.i[1] })
  }
  return clusters.map((k) => k.members)
}

// ---------------------------------------------------------------------------
// Statements

const SCALE: ReadonlyArray<readonly [number, string]> = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"]
]
const CURRENCY_SIGN: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" }

export const formatNumber = (v: number, compact: boolean): string => {
  const a = Math.abs(v)
  if (compact) {
    for (const [s, suffix] of SCALE) {
      if (a >= s && suffix !== "K") return `${v < 0 ? "-" : ""}${Number((a / s).toPrecision(4))}${suffix}`
    }
  }
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)))
}

export const formatValue = (value: number, unit: string | null, qualifier: string | null = null): string => {
  const q = qualifier ? `${qualifier} ` : ""
  if (unit === null) return `${q}${formatNumber(value, true)}`
  if (unit === "year") return `${q}${value}`
  if (unit === "date") return `${q}${isoDay(value)} (${DAY_FORMAT.format(new Date(value * 86400000))})`
  if (unit === "percent") return `${q}${formatNumber(value, false)}%`
  if (unit === "pp") return `${q}${formatNumber(value, false)} percentage points`
  const sign = CURRENCY_SIGN[unit]
  if (sign) return `${q}${sign}${formatNumber(value, true)}`
  // a rate: "$58.24 per bbl", "500,000 bbl per day"
  const rate = /^(.+)\/([^/]+)$/.exec(unit)
  if (rate && !unitBySymbol(unit)) return `${formatValue(value, rate[1]!, qualifier)} per ${rate[2]}`
  if (/^[A-Z]{3}$/.test(unit)) return `${q}${formatNumber(value, true)} ${unit}`
  if (unitBySymbol(unit)) return `${q}${formatNumber(value, false)} ${unit}`
  return `${q}${formatNumber(value, true)} ${unit}`
}

/** How a statement says a casualty property of an event. */
const TOLL_WORDS: Readonly<Record<string, string>> = {
  deaths: "dead",
  injuries: "injured",
  "people shot": "shot",
  "people stabbed": "stabbed",
  arrests: "arrested",
  "people charged": "charged",
  missing: "missing",
  "deaths including the shooter": "dead, the shooter included"
}

export const statementOf = (
  subject: string,
  metric: string,
  value: number,
  unit: string | null,
  qualifier: string | null,
  change: string | null,
  asOf: string | null,
  asOfStated: boolean
): string => {
  const v = formatValue(value, unit, qualifier)
  const when = asOfStated && asOf ? ` (${asOf})` : ""
  if (metric.startsWith("target ")) return `${subject} aims for ${v}${asOf ? ` by ${asOf}` : ""}`
  switch (metric) {
    case "funding":
      return `${subject} raised ${v}`
    case "valuation":
      return `${subject} valued at ${v}`
    case "pre-money valuation":
      return `${subject} pre-money valuation ${v}`
    case "investment":
      return `${subject} investment of ${v}`
    case "spending":
      return `${subject} spent ${v}`
    case "founded":
      return `${subject} founded in ${v}`
    case "released":
      return `${subject} released in ${v}`
    case "break-even":
      return `${subject} expects to break even in ${v}`
    case "IPO":
      return `${subject} went public in ${v}`
    case "layoffs":
      return `${subject} lays off ${v}`
    case "employees":
      return `${subject} has ${v}${when}`
    case "revenue":
      return `${subject} revenue ${v}${when}`
  }
  // an incident's toll as news writes it: "shooting, Millbrook, 2021-03-06: 2 dead, 4 injured"
  const toll = TOLL_WORDS[metric]
  if (toll !== undefined && unit === null) return `${subject}: ${v} ${toll}${when}`
  if (metric === "change" || metric.endsWith(" change"))
    return `${subject} ${metric.replace(/ ?change$/, "")}${metric === "change" ? "" : " "}${change === "down" ? "down" : "up"} ${v}${when}`.replace(
      / {2,}/g,
      " "
    )
  if (unit !== null && (metric === unit || metric.endsWith(` ${unit}`))) {
    const mods = metric.slice(0, metric.length - unit.length).trim()
    return `${subject} has ${formatValue(value, mods ? `${mods} ${unit}` : unit, qualifier)}${when}`
  }
  return `${subject} ${metric}: ${v}${when}`
}

/** Facts, conflicts and updates while they are built: every value a number (a date as its day number). */
type Numeric<T> = Omit<T, "value" | "date"> & { readonly value: number }
type NumFact = Numeric<FactReport>
type NumConflict = Omit<ConflictReport, "values"> & {
  readonly values: ReadonlyArray<Numeric<ConflictReport["values"][number]>>
}
type NumInconsistency = Omit<InconsistencyReport, "values"> & {
  readonly values: ReadonlyArray<Numeric<InconsistencyReport["values"][number]>>
}
type NumUpdate = Omit<UpdateReport, "timeline"> & {
  readonly timeline: ReadonlyArray<Numeric<UpdateReport["timeline"][number]>>
}

/**
 * Days of one event more than a week apart are not one day told two ways: the
 * reports speak of different happenings, so nothing is set against anything.
 */
const farApartDays = (clusters: ReadonlyArray<ReadonlyArray<KeyedClaim>>): boolean => {
  if (clusters[0]![0]!.unit !== "date") return false
  const days = clusters.map((c) => c[0]!.value)
  if (Math.max(...days) - Math.min(...days) > 7) return true
  // a weekday in reports a week apart may name two different days: only reports of one news cycle are compared
  const published = clusters.flatMap((c) =>
    c.flatMap((m) => (m.asOf !== null && m.asOf.length === 10 ? [dayNumber(m.asOf)] : []))
  )
  return published.length > 0 && Math.max(...published) - Math.min(...published) > 1
}

/**
 * Values more than ten times apart are not two readings of one quantity: a
 * price per share beside a deal's total, a city's yearly tally beside one
 * incident's count. The key was wrong, not a source: the values are split into
 * groups of one order of magnitude, and only values within a group are set
 * against each other.
 */
const sameOrder = (slot: ReadonlyArray<KeyedClaim>): Array<Array<KeyedClaim>> => {
  if (slot[0]!.unit === "date" || slot[0]!.unit === "year") return [[...slot]]
  const sorted = [...slot].sort((a, b) => Math.abs(a.value) - Math.abs(b.value) || a.id.localeCompare(b.id))
  const groups: Array<Array<KeyedClaim>> = []
  let floor = -1
  for (const c of sorted) {
    const size = Math.max(Math.abs(c.value), 1)
    if (groups.length === 0 || size > 10 * floor) {
      groups.push([c])
      floor = size
    } else groups[groups.length - 1]!.push(c)
  }
  return groups
}

/**
 * Values that change by the hour (patients discharged, conditions upgraded) or the minute (a share's move in
 * the day's trading): reports at different hours differ, no source is wrong.
 */
const VOLATILE = new Set([
  "hospitalized",
  "critical condition",
  "stable condition",
  "share change",
  "stock change",
  "share price",
  "stock price"
])

/** Counts that only grow as a case goes on: "no arrests have been made" is true until the first one. */
const GROWS = new Set(["arrests", "people charged", "suspects"])

/** "No arrests" beside "one arrest": the case moved between the reports, no source is wrong. */
const noneYet = (clusters: ReadonlyArray<ReadonlyArray<KeyedClaim>>): boolean =>
  GROWS.has(clusters[0]![0]!.metric) && clusters.some((c) => c[0]!.value === 0)

/** A day named without digits ("Tuesday", "last night") was worked out, not stated: too weak to say a source is wrong. */
const inferredDay = (c: KeyedClaim): boolean => c.unit === "date" && c.text !== undefined && !/\d/.test(c.text)

/** One side of a disagreement: a fact's value, its label and where it stands. */
const sideOf = (v: NumFact): NumConflict["values"][number] => ({
  fact: v.id,
  label: formatValue(v.value, v.unit),
  value: v.value,
  low: v.low,
  high: v.high,
  unit: v.unit,
  documents: v.documents,
  origins: v.origins,
  sources: v.sources,
  claims: v.claims
})

/**
 * How the value clusters of one slot disagree. Between sources: some document
 * holds one value and not the other, another document of a different origin
 * the other and not the first. Inside documents: a document holds two of them.
 * Two values in one document never make a conflict between sources.
 */
const disagreement = (
  clusters: ReadonlyArray<ReadonlyArray<KeyedClaim>>
): { betweenSources: boolean; insideDocuments: Array<string> } => {
  const docs = clusters.map((c) => new Map(c.map((m) => [m.document, m.origin])))
  let betweenSources = false
  for (let i = 0; i < docs.length && !betweenSources; i++) {
    for (let j = i + 1; j < docs.length && !betweenSources; j++) {
      const onlyA = [...docs[i]!].filter(([d]) => !docs[j]!.has(d)).map(([, o]) => o)
      const onlyB = [...docs[j]!].filter(([d]) => !docs[i]!.has(d)).map(([, o]) => o)
      betweenSources = onlyA.some((a) => onlyB.some((b) => a !== b))
    }
  }
  const seen = new Map<string, number>()
  for (const d of docs) for (const doc of d.keys()) seen.set(doc, (seen.get(doc) ?? 0) + 1)
  return {
    betweenSources,
    insideDocuments: [...seen]
      .filter(([, n]) => n > 1)
      .map(([d]) => d)
      .sort()
  }
}

/** A value as reports give it: a calendar date as its ISO day (`date`), with no numeric value. */
const asDate = (x: {
  readonly value: number | null
  readonly unit: string | null
}): { value: number | null; date: string | null } =>
  x.unit === "date" && x.value !== null ? { value: null, date: isoDay(x.value) } : { value: x.value, date: null }

// ---------------------------------------------------------------------------

export interface FactFindings {
  readonly facts: ReadonlyArray<FactReport>
  readonly conflicts: ReadonlyArray<ConflictReport>
  /** Incompatible values inside one document: the article contradicts itself, no source disagrees. */
  readonly inconsistencies: ReadonlyArray<InconsistencyReport>
  readonly updates: ReadonlyArray<UpdateReport>
  /** Claim id -> fact id. */
  readonly factOf: ReadonlyMap<string, string>
}

const uniqSorted = (xs: Iterable<string>) => [...new Set(xs)].sort()

const mostCommon = <A>(xs: ReadonlyArray<A>, key: (a: A) => string): A => {
  const counts = new Map<string, { n: number; a: A }>()
  for (const x of xs) {
    const k = key(x)
    const e = counts.get(k)
    if (e) e.n++
    else counts.set(k, { n: 1, a: x })
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))[0]![1].a
}

/**
 * The block a claim is compared in: its holder (through the subject aliases), the stems of its
 * property with the part it states, and the dimension of its unit. Blocks are independent of
 * each other, so a reduce can build the facts of a share of the blocks at a time.
 */
export const factBlockOf = (
  c: KeyedClaimInput,
  aliases: ReadonlyMap<string, string>
): { readonly key: string; readonly subject: string; readonly part: string } => {
  const subject = aliases.get(normaliseName(c.subject)) ?? c.subject
  // metrics meet on their stems: "harvest" and "harvested", "valuation" and "valuations"
  // a part ("two of the victims", "four women") or an increment is never set against the whole, nor
  // against another part: it only meets the same statement of the same part
  const part =
    c.scope === "part" || c.scope === "increment" || c.scope === "elsewhere"
      ? `\u0000${c.scope}\u0000${c.counted ?? ""}\u0000${c.value}`
      : c.scope === "others"
        ? "\u0000others"
        : ""
  const metricKey = c.metric.split(" ").map(stem).join(" ") + part
  return { key: `${subject.toLowerCase()}\u0000${metricKey}\u0000${dimensionOf(c.unit)}`, subject, part }
}

/** The order of facts in a report: by holder, property, time and value. */
export const factOrder = (a: FactReport, b: FactReport): number =>
  a.subject.localeCompare(b.subject) ||
  a.metric.localeCompare(b.metric) ||
  (a.asOf ?? "").localeCompare(b.asOf ?? "") ||
  (a.value ?? dayNumber(a.date ?? "")) - (b.value ?? dayNumber(b.date ?? "")) ||
  a.id.localeCompare(b.id)
/** The order of conflicts and updates in a report: by holder, property and id. */
export const findingOrder = (a: { subject: string; metric: string; id: string }, b: typeof a): number =>
  a.subject.localeCompare(b.subject) || a.metric.localeCompare(b.metric) || a.id.localeCompare(b.id)
/** The order of a report's inconsistencies: by document and id. */
export const inconsistencyOrder = (a: { document: string; id: string }, b: typeof a): number =>
  a.document.localeCompare(b.document) || a.id.localeCompare(b.id)

/**
 * Lines claims up into facts and conflicts. Order of the input does not matter.
 * `aliases` are the subject aliases of the whole audit, when the claims are one share of it.
 */
export const buildFacts = (
  claims: ReadonlyArray<KeyedClaimInput>,
  tol: Tolerances = defaultTolerances,
  aliases: ReadonlyMap<string, string> = subjectAliases(claims.map((c) => c.subject))
): FactFindings => {
  const blocks = new Map<string, Array<KeyedClaim>>()
  const partOf = new Map<string, string>()
  for (const c of claims) {
    const { key, subject, part } = factBlockOf(c, aliases)
    const kc: KeyedClaim = { ...c, subject, value: c.value ?? (c.date ? dayNumber(c.date) : 0) }
    const list = blocks.get(key)
    if (list) list.push(kc)
    else {
      blocks.set(key, [kc])
      partOf.set(key, part)
    }
  }

  const facts: Array<NumFact> = []
  const conflicts: Array<NumConflict> = []
  const inconsistencies: Array<NumInconsistency> = []
  const updates: Array<NumUpdate> = []
  const factOf = new Map<string, string>()
  for (const [blockKey, block] of [...blocks.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    // a part is in its fact's id: "two of the victims" and "two dead" are two facts of one holder and property
    const part = partOf.get(blockKey)!
    // different currencies are never compared: split the block by unit family
    const families = new Map<string, Array<KeyedClaim>>()
    for (const c of block) {
      const fam = [...families.keys()].find((u) => comparable(u === "null" ? null : u, c.unit)) ?? String(c.unit)
      const l = families.get(fam)
      if (l) l.push(c)
      else families.set(fam, [c])
    }
    for (const fam of [...families.keys()].sort()) {
      const timeline: Array<NumFact> = []
      for (const slot of slotsOf(families.get(fam)!).flatMap(sameOrder)) {
        const clusters = clustersOf(slot, tol)
        // a property read only from nearby words is too uncertain to set sources against each other
        // a value of unknown time (an undated page) is never set against a dated one
        const undated = slot.filter((m) => m.asOf === null && m.metricClass !== "timeless").length
        const timeKnown = undated === 0 || undated === slot.length
        const certain =
          timeKnown &&
          !farApartDays(clusters) &&
          !noneYet(clusters) &&
          !VOLATILE.has(clusters[0]![0]!.metric) &&
          clusters.every((c) => c.every((m) => m.propertyFrom !== "words" && !inferredDay(m) && m.role !== "earlier"))
        const split =
          clusters.length > 1 && certain ? disagreement(clusters) : { betweenSources: false, insideDocuments: [] }
        const conflict = split.betweenSources
        const built = clusters.map((unordered) => {
          // order by content, never by id, so that renaming documents cannot change the representative
          const members = [...unordered].sort(
            (a, b) => contentKey(a).localeCompare(contentKey(b)) || a.id.localeCompare(b.id)
          )
          const rep = mostCommon(
            [...members].sort(
              (a, b) =>
                (a.qualifier === null ? 0 : 1) - (b.qualifier === null ? 0 : 1) ||
                contentKey(a).localeCompare(contentKey(b))
            ),
            (m) => `${m.qualifier === null ? 0 : 1}|${m.value}|${m.unit}`
          )
          // a value the text states outranks one it implies ("a man was killed" is one of "two dead")
          const stated = members.filter((m) => m.qualifier === null && m.role !== "implied")
          const exact = stated.length > 0 ? stated : members.filter((m) => m.qualifier === null)
          const representative = exact.length > 0 ? mostCommon(exact, (m) => `${m.value}|${m.unit}`) : rep
          const asOf = representative.metricClass === "timeless" ? null : mostCommon(members, (m) => m.asOf ?? "").asOf
          const asOfStated = members.some((m) => m.asOfStated && m.asOf === asOf)
          const origins = uniqSorted(members.map((m) => m.origin))
          const documents = uniqSorted(members.map((m) => m.document))
          const id = stableId(
            "fact",
            representative.subject.toLowerCase(),
            representative.metric,
            representative.unit,
            asOf,
            representative.value,
            ...(part === "" ? [] : [part])
          )
          const lows = members.map((m) => m.low).filter((x): x is number => x !== null)
          const highs = members.map((m) => m.high).filter((x): x is number => x !== null)
          const low = lows.length === members.length ? Math.max(...lows) : representative.low
          const high = highs.length === members.length ? Math.min(...highs) : representative.high
          const fact: NumFact = {
            id,
            statement: statementOf(
              representative.subject,
              representative.metric,
              representative.value,
              representative.unit,
              representative.qualifier,
              representative.change,
              asOf,
              asOfStated
            ),
            subject: representative.subject,
            metric: representative.metric,
            value: representative.value,
            low: low !== null && high !== null && low > high ? representative.low : low,
            high: low !== null && high !== null && low > high ? representative.high : high,
            unit: representative.unit,
            asOf,
            status: (conflict ? "conflict" : origins.length >= 2 ? "corroborated" : "single-source") as FactStatus,
            sources: origins.length,
            origins,
            documents,
            claims: uniqSorted(members.map((m) => m.id))
          }
          for (const m of members) factOf.set(m.id, id)
          return fact
        })
        facts.push(...built)
        timeline.push(...built)
        for (const document of split.insideDocuments) {
          const values = built.filter((f) => f.documents.includes(document)).sort((a, b) => a.value - b.value)
          const first = values[0]!
          inconsistencies.push({
            id: stableId(
              "inconsistency",
              document,
              first.subject.toLowerCase(),
              first.metric,
              values.map((v) => v.id).join(",")
            ),
            document,
            subject: first.subject,
            metric: first.metric,
            asOf: first.asOf,
            values: values.map(sideOf),
            reason: `${document} gives ${first.subject} ${first.metric} as ${values.map((v) => formatValue(v.value, v.unit)).join(" and as ")}`
          })
        }
        if (conflict) {
          const values = built.sort((a, b) => b.sources - a.sources || a.value - b.value)
          const first = values[0]!
          const label = `${first.subject} ${first.metric}`
          conflicts.push({
            id: stableId(
              "conflict",
              first.subject.toLowerCase(),
              first.metric,
              dimensionOf(first.unit),
              values
                .map((v) => v.id)
                .sort()
                .join(",")
            ),
            subject: first.subject,
            metric: first.metric,
            asOf: first.asOf,
            values: values.map(sideOf),
            reason: `${label}: ${values.map((v) => `${formatValue(v.value, v.unit)} in ${v.sources} source${v.sources === 1 ? "" : "s"}`).join(" vs ")}`
          })
        }
      }
      // values of the same key at different times: a series
      const times = new Set(timeline.map((f) => f.asOf))
      if (times.size > 1 && new Set(timeline.map((f) => f.value)).size > 1) {
        const points = [...timeline].sort((a, b) => (a.asOf ?? "").localeCompare(b.asOf ?? "") || a.value - b.value)
        const first = points[0]!
        updates.push({
          id: stableId(
            "update",
            first.subject.toLowerCase(),
            first.metric,
            dimensionOf(first.unit),
            points.map((p) => p.id).join(",")
          ),
          subject: first.subject,
          metric: first.metric,
          unit: first.unit,
          timeline: points.map((p) => ({
            asOf: p.asOf,
            value: p.value,
            low: p.low,
            high: p.high,
            fact: p.id,
            status: p.status,
            documents: p.documents
          })),
          reason: `${first.subject} ${first.metric}: ${points.map((p) => `${formatValue(p.value, p.unit)} (${p.asOf ?? "undated"})`).join(" then ")}`
        })
      }
    }
  }
  updates.sort(findingOrder)
  conflicts.sort(findingOrder)
  return {
    facts: facts.map((f) => ({ ...f, ...asDate(f) })).sort(factOrder),
    conflicts: conflicts.map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, ...asDate(v) })) })),
    inconsistencies: inconsistencies
      .sort(inconsistencyOrder)
      .map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, ...asDate(v) })) })),
    updates: updates.map((u) => ({
      ...u,
      timeline: u.timeline.map((p) => ({ ...p, ...asDate({ ...p, unit: u.unit }) }))
    })),
    factOf
  }
}
