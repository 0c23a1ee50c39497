/**
 * Scores an extractor on a suite: for each expected quantity, the mention that
 * overlaps its span; value right (within 1e-6 relative), value and unit right;
 * and the mentions that overlap nothing expected (spurious).
 */
import type { Case, Expected, Suite } from "./Suites.js"

export interface Found {
  readonly start: number
  readonly end: number
  readonly kind: string
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly date: string | null
}

export interface SuiteScore {
  readonly suite: string
  readonly cases: number
  readonly expected: number
  readonly value: number
  readonly valueUnit: number
  readonly spurious: number
  readonly units: boolean
  readonly misses: ReadonlyArray<string>
}

const near = (a: number | null | undefined, b: number | null | undefined) =>
  (a === null || a === undefined) && (b === null || b === undefined)
    ? true
    : a !== null &&
      a !== undefined &&
      b !== null &&
      b !== undefined &&
      Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

const overlaps = (e: Expected, f: Found) => f.start < e.end && e.start < f.end

const valueOk = (suite: Suite, e: Expected, f: Found): boolean => {
  // a date resolved at a coarser precision ("a month ago" -> 2016-10) counts when it is a prefix of the expected day
  if (suite.kind === "date")
    return f.date !== null && e.unit !== null && (f.date === e.unit || e.unit.startsWith(`${f.date}-`))
  if (suite.kind === "range") return near(f.low, e.low) && near(f.high, e.high)
  if (e.low !== undefined && e.low !== null && e.high !== undefined)
    return (
      near(f.value, e.value! * (e.factor ?? 1)) ||
      (near(f.low, e.low * (e.factor ?? 1)) && near(f.high, e.high! * (e.factor ?? 1)))
    )
  if (e.value === null) return false
  const v = e.value * (e.factor ?? 1)
  // suites without ranges label one bound of ours ("eight to 10 feet" is "10 feet" to them): that bound is right
  return near(f.value, v) || (f.low !== f.high && (near(f.low, v) || near(f.high, v)))
}

const unitOk = (e: Expected, f: Found): boolean => {
  // a bare fraction ("two thirds") is as dimensionless as a count
  if (e.unit === "*") return f.kind === "count" || f.kind === "year" || f.kind === "ordinal" || f.unit === "fraction"
  // suites without rates ("$98 a share" is plain dollars to them) are right about the numerator of ours
  if (e.unit !== null && f.unit !== null && !e.unit.includes("/") && f.unit.startsWith(`${e.unit}/`)) return true
  return e.unit === f.unit
}

export const scoreSuite = (suite: Suite, run: (c: Case) => ReadonlyArray<Found>): SuiteScore => {
  let expected = 0
  let value = 0
  let valueUnit = 0
  let spurious = 0
  const misses: Array<string> = []
  for (const c of suite.cases) {
    const found = run(c)
    for (const e of c.expected) {
      expected++
      const cands = found.filter((f) => overlaps(e, f))
      const v = cands.find((f) => valueOk(suite, e, f))
      if (v) {
        value++
        if (!suite.units || cands.some((f) => valueOk(suite, e, f) && unitOk(e, f))) valueUnit++
        else
          misses.push(
            `unit  ${JSON.stringify(c.text.slice(0, 90))}: ${e.text} -> ${cands.map((f) => f.unit).join("|")} (want ${e.unit})`
          )
      } else
        misses.push(
          `value ${JSON.stringify(c.text.slice(0, 90))}: ${e.text}=${e.value ?? `${e.low}..${e.high}`}${e.unit ?? ""} -> ${cands.map((f) => `${f.value ?? f.date}${f.unit ?? ""}[${f.low},${f.high}]`).join("|") || "nothing"}`
        )
    }
    const inScope = (f: Found) =>
      suite.scope === "all"
        ? true
        : suite.scope === "ranges"
          ? f.low !== f.high && f.kind !== "date" && f.kind !== "year"
          : suite.scope.includes(f.kind) && !(f.unit !== null && suite.otherSuiteUnits?.includes(f.unit))
    for (const f of found)
      if (inScope(f) && !c.expected.some((e) => overlaps(e, f))) {
        spurious++
        misses.push(`spurious ${JSON.stringify(c.text.slice(0, 90))}: ${c.text.slice(f.start, f.end)}`)
      }
  }
  return {
    suite: suite.name,
    cases: suite.cases.length,
    expected,
    value: expected ? value / expected : 1,
    valueUnit: expected ? valueUnit / expected : 1,
    spurious,
    units: suite.units,
    misses
  }
}
