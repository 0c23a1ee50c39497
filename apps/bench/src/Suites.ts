/**
 * Peer test suites (../shared/peer-suites) read into one shape: a text and the
 * quantities a peer project expects in it. Unit names are mapped to ours here,
 * never by editing the suites.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const sharedDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared")
export const suitesDir = join(sharedDir, "peer-suites")
export const hasSuites = existsSync(suitesDir)

export interface Expected {
  readonly start: number
  /** exclusive */
  readonly end: number
  readonly text: string
  /** null when the suite's value is not a number (relative ordinals, open ranges) */
  readonly value: number | null
  readonly low?: number | null
  readonly high?: number | null
  /** our canonical unit, "*" for dimensionless (any count), null when the suite gives none */
  readonly unit: string | null
  readonly factor?: number
}

export interface Case {
  readonly text: string
  readonly published: string | null
  readonly expected: ReadonlyArray<Expected>
}

export interface Suite {
  readonly name: string
  /** whether its expectations carry units (value+unit is scored) */
  readonly units: boolean
  readonly kind: "number" | "percent" | "range" | "ordinal" | "unit" | "date"
  /** Our mention kinds this suite labels; others are out of its scope, not spurious. */
  readonly scope: ReadonlyArray<string> | "ranges" | "all"
  /** Units of mentions another suite of the same peer labels (temperatures are not dimensions): not spurious here. */
  readonly otherSuiteUnits?: ReadonlyArray<string>
  readonly cases: ReadonlyArray<Case>
}

/** Suite unit names -> [our unit, factor from their value to ours]. */
const UNIT_MAP: Record<string, readonly [string, number]> = {
  dollar: ["USD", 1],
  "united states dollar": ["USD", 1],
  "canadian dollar": ["CAD", 1],
  "australian dollar": ["AUD", 1],
  "hong kong dollar": ["HKD", 1],
  "new zealand dollar": ["NZD", 1],
  "singapore dollar": ["SGD", 1],
  "taiwan new dollar": ["TWD", 1],
  cent: ["cent", 1],
  penny: ["penny", 1],
  pence: ["penny", 1],
  dime: ["dime", 1],
  pound: ["GBP", 1],
  "british pound": ["GBP", 1],
  "pound sterling": ["GBP", 1],
  euro: ["EUR", 1],
  yen: ["JPY", 1],
  "japanese yen": ["JPY", 1],
  "chinese yuan": ["CNY", 1],
  yuan: ["CNY", 1],
  "finnish markka": ["FIM", 1],
  "swiss franc": ["CHF", 1],
  "indian rupee": ["INR", 1],
  rupee: ["INR", 1],
  "south korean won": ["KRW", 1],
  "norwegian krone": ["NOK", 1],
  "swedish krona": ["SEK", 1],
  "danish krone": ["DKK", 1],
  "mexican peso": ["MXN", 1],
  peso: ["MXN", 1],
  "german mark": ["DEM", 1],
  "deutsche mark": ["DEM", 1],
  "russian ruble": ["RUB", 1],
  "brazilian real": ["BRL", 1],
  mile: ["mi", 1],
  foot: ["ft", 1],
  inch: ["in", 1],
  yard: ["yd", 1],
  kilometer: ["km", 1],
  kilometre: ["km", 1],
  meter: ["m", 1],
  metre: ["m", 1],
  centimeter: ["cm", 1],
  centimetre: ["cm", 1],
  millimeter: ["mm", 1],
  millimetre: ["mm", 1],
  nanometre: ["nm", 1],
  nanometer: ["nm", 1],
  picometre: ["pm", 1],
  "square meter": ["m2", 1],
  "square metre": ["m2", 1],
  "square kilometer": ["km2", 1],
  "square kilometre": ["km2", 1],
  "square mile": ["mi2", 1],
  "square foot": ["ft2", 1],
  acre: ["acre", 1],
  hectare: ["ha", 1],
  "cubic foot": ["ft3", 1],
  "cubic meter": ["m3", 1],
  "cubic kilometre": ["km3", 1],
  "cubic centimetre": ["mL", 1],
  gallon: ["gal", 1],
  barrel: ["bbl", 1],
  liter: ["L", 1],
  litre: ["L", 1],
  milliliter: ["mL", 1],
  millilitre: ["mL", 1],
  centilitre: ["cL", 1],
  cup: ["cup", 1],
  tablespoon: ["tbsp", 1],
  ounce: ["oz", 1],
  "pound-mass": ["lb", 1],
  kilogram: ["kg", 1],
  gram: ["g", 1],
  milligram: ["mg", 1],
  ton: ["ton", 1],
  tonne: ["t", 1],
  "metric ton": ["t", 1],
  c: ["°C", 1],
  f: ["°F", 1],
  "degree celsius": ["°C", 1],
  "degree fahrenheit": ["°F", 1],
  kelvin: ["K", 1],
  year: ["years", 1],
  month: ["months", 1],
  week: ["weeks", 1],
  day: ["days", 1],
  hour: ["hours", 1],
  minute: ["minutes", 1],
  second: ["seconds", 1],
  percentage: ["percent", 1],
  degree: ["deg", 1],
  radian: ["rad", 1],
  turn: ["turns", 1],
  franc: ["CHF", 1],
  peseta: ["ESP", 1],
  "netherlands guilder": ["NLG", 1],
  "turkish lira": ["TRY", 1],
  bitcoin: ["BTC", 1],
  satoshi: ["satoshi", 1],
  dram: ["dram", 1],
  "kilometer per hour": ["km/h", 1],
  decimeter: ["dm", 1],
  picometer: ["pm", 1],
  microgram: ["µg", 1],
  megabit: ["Mbit", 1],
  teaspoon: ["tsp", 1],
  "dollar per hour": ["USD/hour", 1],
  "ton per day": ["t/day", 1],
  "litre per kilometre": ["L/km", 1],
  "count per week": ["times/week", 1],
  "megawatt hour": ["MWh", 1],
  "watt hour": ["Wh", 1],
  "kilowatt hour": ["kWh", 1],
  watt: ["W", 1],
  megawatt: ["MW", 1],
  gigawatt: ["GW", 1],
  "kilometre per hour": ["km/h", 1],
  "mile per hour": ["mph", 1],
  gigahertz: ["GHz", 1],
  megabyte: ["MB", 1],
  gigabyte: ["GB", 1],
  exabyte: ["EB", 1],
  byte: ["B", 1],
  bit: ["bit", 1],
  electronvolt: ["eV", 1],
  teraelectronvolt: ["TeV", 1],
  "british thermal unit": ["BTU", 1],
  horsepower: ["hp", 1],
  knot: ["kn", 1],
  "costa rican colón": ["CRC", 1],
  "georgian lari": ["GEL", 1],
  "lao kip": ["LAK", 1],
  "sri lankan rupee": ["LKR", 1],
  "inverse second": ["Hz", 1],
  "metre per square second": ["m/s2", 1],
  "kilometre per square second": ["km/s2", 1],
  megayear: ["Ma", 1],
  femtobarn: ["fb", 1],
  gigayear: ["Ga", 1],
  joule: ["J", 1],
  kibibyte: ["KiB", 1],
  milligray: ["mGy", 1]
}

/** In measure suites a "pound" is mass and a "ton" the short ton. */
const MEASURE_OVERRIDES: Record<string, readonly [string, number]> = { pound: ["lb", 1], ton: ["ton", 1] }

export const mapUnit = (name: string | undefined, measures = false): { unit: string | null; factor: number } => {
  if (name === undefined || name === "") return { unit: null, factor: 1 }
  const key = name.toLowerCase()
  if (measures && MEASURE_OVERRIDES[key])
    return { unit: MEASURE_OVERRIDES[key]![0], factor: MEASURE_OVERRIDES[key]![1] }
  if (key === "dimensionless") return { unit: "*", factor: 1 }
  const hit = UNIT_MAP[key] ?? UNIT_MAP[key.replace(/s$/, "")]
  if (hit) return { unit: hit[0], factor: hit[1] }
  // a unit to the power minus one, as we write it: "inverse femtobarn" is "fb-1"
  const inverse = /^inverse (.+)$/.exec(key)
  if (inverse) {
    const of = mapUnit(inverse[1], measures)
    if (of.unit !== null && !of.unit.startsWith("?")) return { unit: `${of.unit}-1`, factor: 1 / of.factor }
  }
  // a rate named in words, "dollar per kilogram", as our rates are written: "USD/kg", "t/day"
  const per = /^(.+?) per (.+)$/.exec(key)
  if (per) {
    const top = mapUnit(per[1], measures)
    const below = PERIODS.has(per[2]!) ? { unit: per[2]!, factor: 1 } : mapUnit(per[2], measures)
    if (top.unit !== null && below.unit !== null && !top.unit.startsWith("?") && !below.unit.startsWith("?"))
      return { unit: `${top.unit}/${below.unit}`, factor: top.factor / below.factor }
  }
  return { unit: `?${name}`, factor: 1 }
}

/** Times below the line of a rate keep their names: "USD/hour", "t/day". */
const PERIODS = new Set(["millisecond", "second", "minute", "hour", "day", "week", "month", "quarter", "year"])

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, "utf8").replace(/^\uFEFF/, ""))

interface RtCase {
  Input: string
  Results: Array<{
    Text: string
    TypeName?: string
    Start: number
    End?: number
    Length?: number
    Resolution?: Record<string, string>
    Value?: { PastResolution?: { date?: string } }
  }>
  Context?: { ReferenceDateTime?: string }
}

const num = (s: string | null | undefined): number | null => {
  if (s === undefined || s === null) return null
  const v = Number(String(s).replace(/%$/, "").replace(/,/g, ""))
  return Number.isFinite(v) ? v : null
}

const parseRange = (s: string): { low: number | null; high: number | null } => {
  const m = /^[[(]\s*([^,]*),\s*([^\])]*)[\])]$/.exec(s)
  if (!m) return { low: null, high: null }
  return { low: m[1] === "" ? null : Number(m[1]), high: m[2] === "" ? null : Number(m[2]) }
}

const recognizers = (
  file: string,
  kind: Suite["kind"],
  units: boolean,
  scope: Suite["scope"],
  measures = false
): Suite => {
  const cases = (readJson(join(suitesDir, "recognizers-text/Specs", file)) as Array<RtCase>).map(
    (c): Case => ({
      text: c.Input,
      published: c.Context?.ReferenceDateTime?.slice(0, 10) ?? null,
      expected: c.Results.map((r): Expected => {
        const start = r.Start
        const end = r.End !== undefined ? r.End + 1 : start + (r.Length ?? r.Text.length)
        if (kind === "date")
          return { start, end, text: r.Text, value: null, unit: r.Value?.PastResolution?.date ?? null }
        const res = r.Resolution ?? {}
        if (kind === "range") {
          const { low, high } = parseRange(res["value"] ?? "")
          return { start, end, text: r.Text, value: null, low, high, unit: null }
        }
        const raw = res["value"]
        const pct = typeof raw === "string" && raw.endsWith("%")
        const mapped = units
          ? mapUnit(res["isoCurrency"] && res["unit"] === undefined ? res["isoCurrency"] : res["unit"], measures)
          : { unit: pct ? "percent" : null, factor: 1 }
        return { start, end, text: r.Text, value: num(raw), unit: mapped.unit, factor: mapped.factor }
      })
    })
  )
  return { name: `recognizers ${file.split("/").pop()!.replace(".json", "")}`, units, kind, scope, cases }
}

interface QCase {
  req: string
  res: Array<{ value: number; unit: string; surface: string; uncertainty?: number | null }>
}

const quantulum = (file: string): Suite => {
  const cases = (readJson(join(suitesDir, "quantulum3", file)) as Array<QCase>).map((c): Case => {
    let from = 0
    return {
      text: c.req,
      published: null,
      expected: c.res.map((r): Expected => {
        let start = c.req.indexOf(r.surface, from)
        if (start < 0) start = c.req.indexOf(r.surface)
        from = start + r.surface.length
        const mapped = mapUnit(r.unit, true)
        const u = r.uncertainty ?? null
        return {
          start,
          end: start + r.surface.length,
          text: r.surface,
          value: r.value,
          unit: mapped.unit,
          factor: mapped.factor,
          ...(u ? { low: r.value - u, high: r.value + u } : {})
        }
      })
    }
  })
  // quantulum3 labels quantities, not dates: our date mentions are out of its scope
  return {
    name: `quantulum3 ${file.replace(".json", "")}`,
    units: true,
    kind: "unit",
    // nor ordinals, which it never labels
    scope: ["money", "percent", "count", "measure", "year", "duration"],
    cases
  }
}

export const loadSuites = (): ReadonlyArray<Suite> => [
  recognizers("Number/English/NumberModel.json", "number", false, ["count"]),
  recognizers("Number/English/NumberModelExperimentalMode.json", "number", false, ["count"]),
  recognizers("Number/English/PercentModel.json", "percent", false, ["percent"]),
  recognizers("Number/English/PercentModelPercentMode.json", "percent", false, ["percent"]),
  recognizers("Number/English/NumberRangeModel.json", "range", false, "ranges"),
  recognizers("Number/English/NumberRangeModelExperimentalMode.json", "range", false, "ranges"),
  recognizers("Number/English/OrdinalModel.json", "ordinal", false, ["ordinal"]),
  recognizers("NumberWithUnit/English/CurrencyModel.json", "unit", true, ["money"]),
  {
    ...recognizers("NumberWithUnit/English/DimensionModel.json", "unit", true, ["measure"], true),
    otherSuiteUnits: ["°C", "°F", "K"]
  },
  recognizers("NumberWithUnit/English/AgeModel.json", "unit", true, ["duration"]),
  recognizers("NumberWithUnit/English/TemperatureModel.json", "unit", true, ["measure"], true),
  recognizers("DateTime/English/DateParser.json", "date", false, ["date"]),
  quantulum("quantities.json"),
  quantulum("quantities.ambiguity.json")
]
