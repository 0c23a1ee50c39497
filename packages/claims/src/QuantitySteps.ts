/**
 * The steps of reading a quantity after its number, in the order they run
 * (QUANTITY_STEPS, at the end). Each reads what surrounds the number into the
 * draft: a year, an ordinal, a ratio or fraction, a percent, currency or unit,
 * feet and inches, the thing counted, a rate, cents after dollars, the sign, a
 * hedge, a range, a change. A step that returns a token index has finished the
 * quantity (recorded it, or found it is none); null passes to the next step.
 */
import { isNumberWord, ORDINALS, smallNumber } from "./NumberWords.js"
import { round } from "./Quantity.js"
import type { Qualifier } from "./Quantity.js"
import type { Draft, Reader } from "./Reader.js"
import { currencyAfter } from "./CurrencyReader.js"
import { rateAfter, unitAfter } from "./UnitReader.js"
import { countedNoun, looksPlural } from "./CountedNoun.js"
import { qualifierBefore } from "./Qualifier.js"
import { changeAround } from "./Change.js"
import { readRange } from "./Range.js"

/** A share written as a fraction ("a third of", "one in five"): a percentage here, stated as the fraction. */
const AS_FRACTION = { unit: "fraction", factor: 100 } as const

/** Minor currency units by the word written, in the singular. */
export const MINOR_UNITS: Readonly<Record<string, string>> = {
  cents: "cent",
  pence: "penny",
  pennies: "penny",
  p: "penny",
  dimes: "dime",
  nickels: "nickel",
  satoshis: "satoshi"
}

/** Years: 1800-2100 read as calendar years, fiscal years 2012-13, decades 1990s. */
export const yearStep = (s: Reader, d: Draft): number | null => {
  const { i, n, first, start, to, value } = d
  const nt = s.t(to)
  // a year further out or further back only where a preposition of time says so: "by 2120", "between 1600 and 1900"
  const said = /^(by|in|until|till|before|after|through|since|between|from|circa)$/.test(s.lw(i - 1))
  const earlier = value >= 1000 && value < 1800 && said && !looksPlural(s.t(to)?.text ?? "")
  if (
    !(
      n.integerDigits &&
      !n.words &&
      !d.currency &&
      /^\d{4}$/.test(first.text) &&
      ((value >= 1800 && value <= 2100) || (value > 2100 && value <= 2200 && said) || earlier)
    )
  )
    return null
  if (nt && nt.lower === "s" && !nt.space) {
    return s.push({
      start,
      end: nt.end,
      kind: "year",
      value,
      low: value,
      high: value + 9,
      unit: "year",
      step: 10,
      to: to + 1,
      from: i
    })
  }
  if (nt && (nt.text === "-" || nt.text === "/") && !nt.space && s.t(to + 1)?.type === "num" && !s.t(to + 1)!.space) {
    const second = s.t(to + 1)!.text
    if (
      (/^\d{2}$/.test(second) && Number(second) === (value + 1) % 100) ||
      (/^\d{4}$/.test(second) && Number(second) === value + 1)
    ) {
      return s.push({
        start,
        end: s.t(to + 1)!.end,
        kind: "year",
        value,
        low: value,
        high: value + 1,
        unit: "fiscal year",
        step: 1,
        to: to + 2,
        from: i
      })
    }
  }
  const pv = s.t(i - 1)?.lower ?? ""
  const temporal =
    /^(in|since|by|from|until|till|of|during|before|after|early|late|mid|spring|summer|autumn|fall|winter|year|through|circa|around|between|and|to|the|fy)$/.test(
      pv
    )
  const counted = countedNoun(s, to, value)
  const followsUnit = nt && (nt.text === "%" || nt.lower === "percent" || unitAfter(s, to, false) !== null)
  // "the 2019 review" names a year; "2019 reviews" counts them (the word as written, not the unit made of it)
  const countedWord = counted ? (s.t(counted.to - 1)?.text ?? counted.unit) : ""
  if (!followsUnit && (temporal || !counted || !looksPlural(countedWord))) {
    return s.push({
      start,
      end: first.end,
      kind: "year",
      value,
      low: value,
      high: value,
      unit: "year",
      step: 1,
      to,
      from: i
    })
  }
  return null
}

/** Ordinals: "21st", "3rd"; word ordinals only in a few frames ("the fifth time"). */
export const ordinalStep = (s: Reader, d: Draft): number | null => {
  const { i, n, first, start, to, value } = d
  const nt = s.t(to)
  if (nt && !nt.space && /^(st|nd|rd|th)$/i.test(nt.text) && n.integerDigits) {
    return s.push({
      start,
      end: nt.end,
      kind: "ordinal",
      value,
      low: value,
      high: value,
      unit: null,
      step: 1,
      to: to + 1,
      from: i
    })
  }
  if (n.words && first.lower in ORDINALS && n.to === i + 1 && !(first.lower in { half: 1 })) {
    if (
      /^(time|times|consecutive|straight|successive|largest|biggest|highest|lowest|round|year|month|quarter|week|day)$/.test(
        s.lw(to)
      ) &&
      first.lower !== "first"
    ) {
      return s.push({
        start,
        end: first.end,
        kind: "ordinal",
        value: ORDINALS[first.lower]!,
        low: null,
        high: null,
        unit: null,
        step: 1,
        to,
        from: i
      })
    }
    return to
  }
  return null
}

/** Ratios: "one in five", "one out of every three", a share given as its fraction. */
export const ratioStep = (s: Reader, d: Draft): number | null => {
  const { i, n, first, start, to, value } = d
  if (!(s.lw(to) === "in" || (s.lw(to) === "out" && s.lw(to + 1) === "of"))) return null
  let k = s.lw(to) === "in" ? to + 1 : to + 2
  if (s.lw(k) === "every") k++
  const den = smallNumber(s.lw(k))
  if (den === undefined || den <= 0 || value > den || !(n.words || /^\d+$/.test(first.text))) return null
  const pct = round((100 * value) / den)
  return s.push({
    start,
    end: s.t(k)!.end,
    kind: "percent",
    value: pct,
    low: pct,
    high: pct,
    unit: "percent",
    step: 100 / den / 2,
    to: k + 1,
    from: i,
    stated: AS_FRACTION
  })
}

/** Fractions: of a unit ("1/16 of a US pint", "a quarter of a mile") or of a whole ("a fifth of", "half of"). */
export const fractionStep = (s: Reader, d: Draft): number | null => {
  const { i, n, first, start, to, value } = d
  const ofA =
    s.lw(to) === "of" && /^an?$/.test(s.lw(to + 1))
      ? to + 2
      : first.lower === "half" && /^an?$/.test(s.lw(to))
        ? to + 1
        : -1
  if (ofA > 0 && ((first.lower === "half" && n.value === 1) || (n.value < 1 && n.value > 0))) {
    const u = /^(us|u\.s\.|imperial|metric)$/.test(s.lw(ofA)) ? ofA + 1 : ofA
    const ua = unitAfter(s, u, false)
    if (ua && ua.def.dimension !== "percent") {
      const v = first.lower === "half" ? 0.5 : round(value)
      return s.push({
        start,
        end: s.t(ua.to - 1)!.end,
        kind: ua.def.dimension === "duration" ? "duration" : "measure",
        value: v,
        low: v,
        high: v,
        unit: ua.def.symbol,
        step: v,
        to: ua.to,
        from: i
      })
    }
  }
  if (
    (first.lower === "half" && s.lw(to) === "of") ||
    (n.value < 1 && n.value > 0 && s.lw(to) === "of" && (n.words || s.lw(i + 1) === "/" || s.lw(i + 1) === "\u2044"))
  ) {
    const v = first.lower === "half" ? 50 : round(100 * value)
    return s.push({
      start,
      end: s.t(to - 1)!.end,
      kind: "percent",
      value: v,
      low: v,
      high: v,
      unit: "percent",
      step: 1,
      to,
      from: i,
      stated: AS_FRACTION
    })
  }
  return null
}

/** What the number is of: a percent sign or word, a currency after it, or a unit of measure. */
export const unitStep = (s: Reader, d: Draft): number | null => {
  const { i, n, to } = d
  const nt = s.t(to)
  let percentTo = -1
  let pp = false
  if (nt && nt.text === "%") percentTo = to + 1
  // "5pc", as some papers write a percentage
  else if (nt && nt.text === "pc" && s.glued(to)) percentTo = to + 1
  else if (
    nt &&
    (nt.lower === "percent" || nt.lower === "pct" || nt.lower === "percents" || nt.lower === "percentage")
  ) {
    percentTo = to + 1
    if (nt.lower === "percentage" && s.lw(to + 1) === "points") {
      percentTo = to + 2
      pp = true
    }
  } else if (nt && nt.lower === "per" && s.lw(to + 1) === "cent") percentTo = to + 2
  else if (nt && nt.lower === "basis" && (s.lw(to + 1) === "points" || s.lw(to + 1) === "point")) {
    percentTo = to + 2
    pp = true
  }
  // "rose 2 points" near a rate is percentage points; "ended at 1,463.78 points" is an index level
  if (
    percentTo < 0 &&
    s.lw(to) === "points" &&
    !/^(at|to|of|from|above|below)$/.test(s.lw(i - 1)) &&
    /percent|%|rate|margin|share/.test(
      s.tokens
        .slice(Math.max(0, i - 8), i)
        .map((t) => t.lower)
        .join(" ")
    )
  ) {
    percentTo = to + 1
    pp = true
  }
  if (percentTo >= 0) {
    d.kind = "percent"
    d.unit = pp ? (s.lw(to) === "basis" ? "bp" : "pp") : "percent"
    d.to = percentTo
    return null
  }
  const ca = currencyAfter(s, to, n.scaled)
  if (d.currency === null && ca) {
    d.currency = ca.code
    if (ca.factor < 1) d.stated = { unit: MINOR_UNITS[s.lw(ca.to - 1)] ?? s.lw(ca.to - 1), factor: ca.factor }
    d.value *= ca.factor
    d.step *= ca.factor
    d.to = ca.to
  }
  if (d.currency !== null) {
    d.kind = "money"
    d.unit = d.currency
    return null
  }
  // hyphenated adjectives: "three-foot", "10-year", "68-ounce"
  let unitStart = to
  if (s.lw(to) === "-" && s.glued(to) && s.glued(to + 1)) unitStart = to + 1
  let ua = unitAfter(s, unitStart, false)
  // "20 (kg)", "20 [kg]"
  if (!ua && /^[([{<]$/.test(s.lw(to))) {
    const inner = unitAfter(s, to + 1, false)
    if (inner && /^[)\]}>]$/.test(s.lw(inner.to))) ua = { def: inner.def, to: inner.to + 1 }
  }
  // "24703L202" is a code, not litres
  if (ua && s.t(ua.to)?.type === "num" && s.glued(ua.to)) return ua.to + 1
  if (ua) {
    d.kind = ua.def.dimension === "duration" ? "duration" : "measure"
    d.unit = ua.def.symbol
    d.to = ua.to
    if (s.lw(d.to) === "-" && s.lw(d.to + 1) === "old") d.to += 2
  }
  return null
}

/** "5 ft 2 in", "5 feet and 2 inches": one length. */
export const feetAndInchesStep = (s: Reader, d: Draft): number | null => {
  if (d.kind !== "measure" || d.unit !== "ft") return null
  let k = d.to
  if (s.lw(k) === "and") k++
  const inches = s.t(k)?.type === "num" ? s.readNumber(k) : null
  if (inches && /^(in|inch|inches)$/.test(s.lw(inches.to)) && inches.value < 12) {
    d.value += inches.value / 12
    d.step = 1 / 12
    d.to = inches.to + 1
  }
  return null
}

/** The thing a bare number counts: "300 shipping containers", a multiple ("6.5 times earnings", "10x"). */
/**
 * "four-, five- and six-cylinder engines": a number left on a hyphen takes the
 * noun the list ends on. The list is numbers, hyphens, commas and "and"/"or"
 * only, and short; the mention keeps its own hyphen.
 */
const suspendedNoun = (
  s: Reader,
  to: number,
  value: number
): { unit: string; modifiers: Array<string>; to: number } | null => {
  if (s.lw(to) !== "-" || !s.glued(to) || !/^(?:,|and|or)$/.test(s.lw(to + 1))) return null
  for (let j = to + 1; j < to + 16; j++) {
    const t = s.t(j)
    if (t === undefined) return null
    const before = s.t(j - 1)
    const afterNumber = before !== undefined && (before.type === "num" || isNumberWord(before.text))
    if (t.lower === "-" && afterNumber && s.glued(j) && s.t(j + 1)?.type === "word" && s.glued(j + 1)) {
      const noun = countedNoun(s, j, value)
      return noun ? { unit: noun.unit, modifiers: noun.modifiers, to: to + 1 } : null
    }
    if (
      !(
        t.type === "num" ||
        t.lower === "," ||
        t.lower === "and" ||
        t.lower === "or" ||
        t.lower === "-" ||
        isNumberWord(t.text)
      )
    )
      return null
  }
  return null
}

export const countedNounStep = (s: Reader, d: Draft): number | null => {
  if (d.kind !== "count") return null
  const { n, first, to, value } = d
  // "a company" is no amount; "one company" is, when a noun follows ("one count of fraud", "one hand")
  if (n.words && n.value === 1 && !n.scaled && (first.lower === "a" || first.lower === "an")) return to
  if (n.words && n.value === 1 && !n.scaled && first.lower === "one" && countedNoun(s, to, 1) === null) return to
  // a multiple or a frequency: "6.5 times earnings", "10x", "three times a week"
  const times = s.lw(to) === "times" || (s.lw(to) === "x" && s.glued(to) && s.t(to + 1)?.type !== "num")
  const noun = times
    ? { unit: "times", modifiers: [], to: to + 1 }
    : (countedNoun(s, to, value) ?? suspendedNoun(s, to, value))
  if (noun) {
    d.unit = noun.unit
    d.modifiers = noun.modifiers
    d.to = noun.to
  } else if ((first.lower === "a" || first.lower === "an") && value === 1) return to
  return null
}

/** A rate: "500,000 barrels a day", "$15.4/hour", "$12 per share". */
export const rateStep = (s: Reader, d: Draft): number | null => {
  if (d.kind === "percent" || d.kind === "duration" || d.unit === null) return null
  // "$76 US a barrel", "$75 U.S. per barrel": the country of the dollar said again before the rate
  const restated = d.kind === "money" && /^(?:us|u\.s\.?|usd)$/.test(s.lw(d.to)) ? rateAfter(s, d.to + 1) : null
  const r = restated ?? rateAfter(s, d.to)
  if (r) {
    d.unit = `${d.unit}/${r.period}`
    d.to = r.to
  }
  return null
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50." */
export const minorUnitsStep = (s: Reader, d: Draft): number | null => {
  // an amount already in minor units ("64.2 cents a dozen") has none after it
  if (d.kind !== "money" || d.unit === null || d.currency === null || d.n.scaled || d.stated !== null) return null
  const to = d.to
  let k = to
  if (s.lw(k) === "and") k++
  const minor = s.readNumber(k)
  if (minor && minor.value < 100 && minor.value >= 0 && Number.isInteger(minor.value) && s.lw(k) !== "a") {
    const after = currencyAfter(s, minor.to, false)
    const ends = s.t(minor.to) === undefined || /^[.,;!?)]$/.test(s.lw(minor.to))
    if ((after && after.factor < 1) || (ends && s.lw(k - 1) !== "and" && s.t(k - 1)?.type === "word")) {
      d.value += minor.value / 100
      d.step = 0.01
      d.to = after && after.factor < 1 ? after.to : minor.to
    }
  }
  return null
}

/** The sign read before the number, and an amount in brackets as accounts write a loss. */
export const signStep = (s: Reader, d: Draft): number | null => {
  if (d.negative) d.value = -d.value
  if (d.parenthesised) {
    d.value = -Math.abs(d.value)
    d.start = s.t(d.cb!.from - 1)!.start
    d.to = d.to + 1
  }
  return null
}

/** Hedges: before ("about", "more than") and after ("or more", "or so", "plus"). */
export const qualifierStep = (s: Reader, d: Draft): number | null => {
  d.qStart = d.cb ? d.cb.from : d.negative ? d.i - 1 : d.i
  const q = qualifierBefore(s, d.qStart)
  d.q = q
  if (q) {
    d.qualifier = q.q
    d.qualifierText = q.text
    d.start = Math.min(d.start, s.t(q.from)!.start)
  }
  const to = d.to
  const a = s.lw(to)
  const b = s.lw(to + 1)
  const numberNext = s.t(to + 2)?.text.match(/^\d/) || isNumberWord(s.lw(to + 2))
  const after = (qualifier: Qualifier, text: string, width: number) => {
    d.qualifier = qualifier
    d.qualifierText = text
    d.to += width
  }
  if (a === "or" && /^(more|greater|higher|above|over)$/.test(b)) after("at least", "or more", 2)
  else if (a === "or" && /^(less|fewer|lower|below|under)$/.test(b)) after("at most", "or less", 2)
  else if (a === "and" && /^(more|above|over|up|upwards|greater|higher)$/.test(b) && !numberNext)
    after("at least", "and more", 2)
  else if (a === "and" && /^(less|below|under|fewer|lower)$/.test(b) && !numberNext) after("at most", "and less", 2)
  else if (a === "or" && b === "so") after("about", "or so", 2)
  else if (a === "plus" || (a === "+" && s.glued(to))) after("at least", "plus", 1)
  return null
}

/** Ranges: between X and Y, X to Y, X-Y, from X to Y. */
export const rangeStep = (s: Reader, d: Draft): number | null => {
  const range = readRange(s, d)
  if (typeof range === "number") return range
  ;({
    kind: d.kind,
    unit: d.unit,
    modifiers: d.modifiers,
    low: d.low,
    high: d.high,
    value: d.value,
    step: d.step,
    to: d.to,
    start: d.start
  } = range)
  return null
}

/** The direction of a change ("rose 13%"), and the value a change started from ("up from 400 million"). */
export const changeStep = (s: Reader, d: Draft): number | null => {
  const { qStart } = d
  const ch = changeAround(s, qStart, d.to, d.kind === "percent")
  if (ch) {
    d.change = ch.change
    if (ch.to > d.to) d.to = ch.to
  }
  if (s.lw(qStart - 1) === "from" && (s.lw(qStart - 2) === "up" || s.lw(qStart - 2) === "down")) {
    d.role = "earlier"
    const prevMention = [...s.mentions].reverse().find((m) => m.end <= s.t(qStart - 2)!.start && m.kind !== "date")
    if (prevMention) {
      const idx = s.mentions.indexOf(prevMention)
      s.mentions[idx] = { ...prevMention, change: s.lw(qStart - 2) === "up" ? "up" : "down" }
      // the earlier value counts the same thing: "500 million weekly users, up from 400 million"
      if (d.unit === null && prevMention.unit !== null && (d.kind === "count" || d.kind === prevMention.kind)) {
        d.unit = prevMention.unit
        d.modifiers = [...prevMention.modifiers]
        if (d.kind === "count") d.kind = prevMention.kind
      }
    }
  }
  return null
}

/** The steps in the order they run. */
export const QUANTITY_STEPS: ReadonlyArray<(s: Reader, d: Draft) => number | null> = [
  yearStep,
  ordinalStep,
  ratioStep,
  fractionStep,
  unitStep,
  feetAndInchesStep,
  countedNounStep,
  rateStep,
  minorUnitsStep,
  signStep,
  qualifierStep,
  rangeStep,
  changeStep
]
