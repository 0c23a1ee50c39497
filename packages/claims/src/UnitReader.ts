/**
 * The measure unit after a number ("5 km", "30 °C", "3 GPa", "two square
 * miles") and the denominator of a rate after it ("a day", "per barrel",
 * "per share", "/kg"). Units come from the news table of Unit.ts first, then
 * from the library table (UnitLibrary.ts).
 */
import { MAX_UNIT_WORDS, measureSymbol, measureWord, type UnitDef } from "./Unit.js"
import { letterUnit, libraryUnit } from "./UnitLibrary.js"
import { canHeadNoun } from "./PartOfSpeech.js"
import { moneyContext } from "./CurrencyReader.js"
import { looksPlural, NOUN_STOP } from "./CountedNoun.js"
import type { TokenView } from "./Tokens.js"

const RATE_PERIODS: Record<string, string> = {
  second: "second",
  minute: "minute",
  hour: "hour",
  day: "day",
  week: "week",
  month: "month",
  year: "year",
  annum: "year",
  quarter: "quarter",
  night: "night",
  // the symbols of times, below the line of a rate: "W/min", "km/s", "mg/hr"
  s: "second",
  sec: "second",
  ms: "millisecond",
  millisecond: "millisecond",
  min: "minute",
  h: "hour",
  hr: "hour",
  wk: "week",
  yr: "year"
}

/** Things a price is given for after "a"/"an" ("$12 a share", "$90 a head"); after "per" any singular noun is. */
const PRICED_BY = new Set([
  "dozen",
  "share",
  "person",
  "head",
  "ticket",
  "piece",
  "seat",
  "unit",
  "bottle",
  "pack",
  "room",
  "guest",
  "vote",
  "student",
  "patient",
  "user",
  "car",
  "vehicle",
  "passenger"
])

/** Words after a size in inches or feet written with a typewriter quote ("a 12\" wide board", "a 55\" TV"). */
const SIZE_WORD = /^(?:wide|long|tall|thick|high|deep|diameter|across|screen|display|monitor|tv|x|×)$/

/** Measure unit at token j (symbol glued or spaced, or 1-4 unit words). */
export const unitAfter = (v: TokenView, j: number, currency: boolean): { def: UnitDef; to: number } | null => {
  const t = v.t(j)
  if (!t) return null
  // primes glued to the number: 25.5″ is inches, 6′ feet; any of them and the typewriter quotes before a word of size ("a 12\" wide board")
  if ((v.glued(j) && (t.text === "″" || t.text === "′")) || (/^["'″′]$/.test(t.text) && SIZE_WORD.test(v.lw(j + 1)))) {
    const inch = t.text === "″" || t.text === '"'
    return { def: measureWord(inch ? "inches" : "feet")!, to: j + 1 }
  }
  // degree sign forms: 30°C, 30 °C, 30 degrees C
  if (t.text === "°" || t.text === "º") {
    const n = v.t(j + 1)
    if (n && (n.text === "C" || n.text === "F") && v.glued(j + 1))
      return { def: measureSymbol(`°${n.text}`)!, to: j + 2 }
    // "100° Celsius", "-40º Fahrenheit"
    if (n && /^(?:celsius|centigrade|fahrenheit)$/.test(n.lower))
      return { def: measureSymbol(n.lower === "fahrenheit" ? "°F" : "°C")!, to: j + 2 }
    return { def: measureSymbol("°")!, to: j + 1 }
  }
  if (t.lower === "degrees" || t.lower === "degree") {
    const n = v.t(j + 1)
    if (n && (n.text === "C" || n.text === "F")) return { def: measureSymbol(`°${n.text}`)!, to: j + 2 }
  }
  // a symbol squared or cubed without a superscript, which tokenises as letters and a glued digit: "12 cm2", "5 m3"
  const power = v.t(j + 1)
  if (t.type === "word" && power?.type === "num" && v.glued(j + 1) && (power.text === "2" || power.text === "3")) {
    const def = libraryUnit(`${t.text}${power.text}`)
    if (def) return { def, to: j + 2 }
  }
  // words, longest first
  for (let n = MAX_UNIT_WORDS; n >= 1; n--) {
    const toks = v.tokens.slice(j, j + n)
    if (toks.length < n || toks.some((x) => x.type === "num")) continue
    const phrase = v.text
      .slice(toks[0]!.start, toks[n - 1]!.end)
      .toLowerCase()
      .replace(/\s+/g, " ")
    const def = measureWord(phrase)
    if (def) {
      if ((phrase === "pounds" || phrase === "pound") && (currency || moneyContext(v, j))) return null
      // "3 second-round games": an ordinal hyphened to a word is a modifier, not a unit of time
      if (phrase === "second" && v.lw(j + n) === "-" && v.glued(j + n) && v.glued(j + n + 1)) return null
      return { def, to: j + n }
    }
  }
  // "in" is an inch only where it cannot be the preposition: "2 in.", "2 in thick"
  if (t.lower === "in" && !currency) {
    const after = v.t(j + 1)
    if (
      after === undefined ||
      (/^[.,;)]$/.test(after.text) && (v.t(j + 2) === undefined || v.t(j + 2)!.space)) ||
      /^(thick|long|wide|tall|deep|high|diameter|across)$/.test(after.lower)
    )
      return { def: measureWord("inches")!, to: j + 1 }
    return null
  }
  if (t.type === "word" || t.type === "sym") {
    // symbols: km, kg, GW, km/h, m², MWh
    const sym = t.text
    const to = j + 1
    const n1 = v.t(j + 1)
    const n2 = v.t(j + 2)
    if (n1 && (n1.text === "/" || n1.text === "-") && n2 && !n1.space && !n2.space) {
      // an acceleration: "9.8 m/s2", "m/s²"
      const n3 = v.t(j + 3)
      const squared =
        n3 && !n3.space && (n3.text === "2" || n3.text === "²")
          ? measureSymbol(`${sym}${n1.text}${n2.text}2`)
          : undefined
      if (squared) return { def: squared, to: j + 4 }
      // "km/h", and the hyphenated "lb-ft"
      const joined = measureSymbol(`${sym}${n1.text}${n2.text}`)
      if (joined) return { def: joined, to: j + 3 }
      // a part or model code: "24703 L-202" (not a power: "1 fb-1", "4e14 s-1")
      if (n1.text === "-" && n2.type === "num" && n2.text.length >= 2) return null
      // a ratio of two units written with a slash: "1.3 A/cm2", "5 mg/L", "20 W/m2"
      const num = n1.text === "/" && !currency ? (measureSymbol(sym) ?? libraryUnit(sym) ?? letterUnit(sym)) : null
      const den = num ? unitAfter(v, j + 2, false) : null
      // a time below the line is a rate, which reads its period by name ("W/min" is watts per minute)
      if (num && den && den.def.dimension !== "currency" && den.def.dimension !== "duration")
        return {
          def: {
            symbol: `${num.symbol}/${den.def.symbol}`,
            dimension: `${num.dimension}/${den.def.dimension}`,
            factor: num.factor / den.def.factor
          },
          to: den.to
        }
    }
    if (n1 && /^[²³23]$/.test(n1.text) && !n1.space) {
      const sq =
        measureSymbol(`${sym}${n1.text}`) ?? libraryUnit(`${sym}${n1.text === "²" ? 2 : n1.text === "³" ? 3 : n1.text}`)
      if (sq) return { def: sq, to: j + 2 }
    }
    // "4km^2", "30 m^3"
    if (n1 && n1.text === "^" && !n1.space && n2 && /^[23]$/.test(n2.text) && !n2.space) {
      const pow = measureSymbol(`${sym}^${n2.text}`)
      if (pow) return { def: pow, to: j + 3 }
    }
    const def = measureSymbol(sym) ?? (t.type === "word" ? (libraryUnit(sym) ?? undefined) : undefined)
    if (!def) return null
    // a unit to the power minus one: "5 fb-1" (inverse femtobarns), "fb⁻¹"
    const inverse =
      (n1 && !n1.space && (n1.text === "-" || n1.text === "\u2212") && n2?.text === "1" && !n2.space) ||
      n1?.text === "\u207b\u00b9"
    if (inverse && !currency)
      return {
        def: { symbol: `${def.symbol}-1`, dimension: `1/${def.dimension}`, factor: 1 / def.factor },
        to: n1!.text === "\u207b\u00b9" ? j + 2 : j + 3
      }
    // Single letters are units only when glued or followed by no word: "5 m", not "5 m people".
    const after = v.t(to)
    // ("1 m x 1 m" is a size, and "a 3 m wall" a measure before the singular thing it sizes)
    if (
      sym.length === 1 &&
      t.space &&
      after !== undefined &&
      after.type === "word" &&
      !NOUN_STOP.has(after.lower) &&
      after.lower !== "x" &&
      (looksPlural(after.text) || !/^\p{Ll}+$/u.test(after.text))
    )
      return null
    // "25 min" is minutes; "a 5 min wage" is no unit
    if (sym === "min" && t.space && after !== undefined && after.type === "word" && !NOUN_STOP.has(after.lower))
      return null
    if (currency) return null
    return { def, to }
  }
  return null
}

/**
 * Rate suffix, the denominator of a rate: a period ("a day", "per year",
 * "/hour", "each week"), a unit ("a barrel", "per square foot", "/kg") or,
 * after "per", a thing ("per share", "per person").
 */
export const rateAfter = (v: TokenView, j: number): { period: string; to: number } | null => {
  // written as one adjective: "a $70-a-share offer", "a 52,000 barrel-a-day refinery"
  if (
    v.lw(j) === "-" &&
    v.glued(j) &&
    /^(a|an|per)$/.test(v.lw(j + 1)) &&
    v.lw(j + 2) === "-" &&
    v.glued(j + 2) &&
    v.glued(j + 3)
  ) {
    const w = v.lw(j + 3)
    if (w in RATE_PERIODS) return { period: RATE_PERIODS[w]!, to: j + 4 }
    if (PRICED_BY.has(w)) return { period: w, to: j + 4 }
    return null
  }
  // "$82 a Vantor share": the thing priced may carry its maker's name
  if (
    /^(a|an|per)$/.test(v.lw(j)) &&
    /^\p{Lu}/u.test(v.t(j + 1)?.text ?? "") &&
    PRICED_BY.has(v.lw(j + 2)) &&
    !looksPlural(v.lw(j + 2))
  ) {
    return { period: v.lw(j + 2), to: j + 3 }
  }
  const a = v.lw(j)
  if (!(a === "a" || a === "an" || a === "per" || a === "each" || a === "every" || a === "/")) return null
  const w = v.lw(j + 1)
  // "a year ago", "a day earlier": a time, not a rate
  if (/^(earlier|ago|before|later|after|from|since)$/.test(v.lw(j + 2))) return null
  if (w in RATE_PERIODS) return { period: RATE_PERIODS[w]!, to: j + 2 }
  if (a === "each" || a === "every" || (a === "/" && !v.glued(j + 1))) return null
  // after a price "pound" is the weight: "$4 a pound"
  if (w === "pound" || w === "lb") return { period: "lb", to: j + 2 }
  const ua = unitAfter(v, j + 1, false)
  if (ua && ua.def.dimension !== "duration" && ua.def.dimension !== "percent")
    return { period: ua.def.symbol, to: ua.to }
  const t = v.t(j + 1)
  if (
    t?.type === "word" &&
    (a === "per" || a === "/" || PRICED_BY.has(w)) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) &&
    !looksPlural(t.text) &&
    !NOUN_STOP.has(w) &&
    canHeadNoun(w, false)
  )
    return { period: w, to: j + 2 }
  return null
}
