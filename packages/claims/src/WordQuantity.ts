/**
 * Quantities led by a word rather than digits: one of a unit ("a gallon of
 * beer", "a penny"), orders of magnitude ("dozens of people", "several hundred
 * people") and ordinals in the frames that make them figures ("a fifth
 * victim", "the third time"). The scanner tries them, in that order, at a
 * word that can open one.
 */
import { countedNoun, NOUN_STOP } from "./CountedNoun.js"
import { currencyAfter } from "./CurrencyReader.js"
import { ORDINALS } from "./NumberWords.js"
import type { MentionKind } from "./Quantity.js"
import { MINOR_UNITS } from "./QuantitySteps.js"
import type { Reader } from "./Reader.js"
import { unitAfter } from "./UnitReader.js"
import { vagueAmount } from "./Vague.js"

/** "a gallon of beer", "a mile away", "a penny": one of a unit of measure or money (not of time: "once a day"). */
export const articleUnitAt = (s: Reader, i: number): number | null => {
  const w = s.t(i)!
  if (!(w.lower === "a" || w.lower === "an") || s.lw(i - 1) === "per" || /^(once|twice|times)$/.test(s.lw(i - 1)))
    return null
  const money = currencyAfter(s, i + 1, false)
  if (money && s.t(i + 1)?.type === "word" && money.to === i + 2) {
    const stated = money.factor < 1 ? { unit: MINOR_UNITS[s.lw(i + 1)] ?? s.lw(i + 1), factor: money.factor } : null
    return s.push({
      start: w.start,
      end: s.t(money.to - 1)!.end,
      kind: "money",
      value: money.factor,
      low: money.factor,
      high: money.factor,
      unit: money.code,
      step: money.factor,
      to: money.to,
      from: i,
      stated
    })
  }
  const ua = unitAfter(s, i + 1, false)
  // "a bit" is a little, never a binary digit
  if (
    ua &&
    ua.def.dimension !== "duration" &&
    ua.def.dimension !== "angle" &&
    s.t(i + 1)?.type === "word" &&
    s.t(i + 1)!.text.length > 2 &&
    s.lw(i + 1) !== "bit"
  ) {
    return s.push({
      start: w.start,
      end: s.t(ua.to - 1)!.end,
      kind: "measure",
      value: 1,
      low: 1,
      high: 1,
      unit: ua.def.symbol,
      step: 1,
      to: ua.to,
      from: i
    })
  }
  return null
}

/** "dozens of people", "tens of millions of dollars": an order of magnitude of a thing, money or a unit. */
export const vagueAt = (s: Reader, i: number): number | null => {
  const a = vagueAmount(s, i)
  if (a === null) return null
  let kind: MentionKind = "count"
  let unit: string | null = null
  let modifiers: Array<string> = []
  let to = a.to
  // "dozens of people"; "several hundred people" names its thing without "of"
  const of = s.lw(to) === "of" ? to + 1 : /^(?:several|few)$/.test(s.lw(to - 2)) ? to : null
  if (of !== null) {
    const money = currencyAfter(s, of, true)
    const ua = money ? null : unitAfter(s, of, false)
    const noun = money || ua ? null : countedNoun(s, of, a.low)
    if (money) ({ kind, unit, to } = { kind: "money", unit: money.code, to: money.to })
    else if (ua)
      ({ kind, unit, to } = {
        kind: ua.def.dimension === "duration" ? "duration" : "measure",
        unit: ua.def.symbol,
        to: ua.to
      })
    else if (noun) ({ unit, modifiers, to } = noun)
  }
  const w = s.t(i)!
  return s.push({
    start: w.start,
    end: s.t(to - 1)!.end,
    kind,
    value: (a.low + a.high) / 2,
    low: a.low,
    high: a.high,
    unit,
    step: a.low,
    to,
    from: i,
    modifiers
  })
}

/** Ordinal words that are no amount, or an amount of their own ("the fifth time"); null when the word is read as a number. */
export const ordinalWordAt = (s: Reader, i: number): number | null => {
  const w = s.t(i)!
  // "fourth-quarter", "second-half": a period named by its ordinal, no fraction
  if (
    (w.lower === "quarter" || w.lower === "half") &&
    s.lw(i - 1) === "-" &&
    s.glued(i) &&
    s.glued(i - 1) &&
    s.lw(i - 2) in ORDINALS
  )
    return i + 1
  // "the fourth quarter", "its second half": the ordinal and the period are one name of a time
  if (w.lower in ORDINALS && /^(quarter|half|quarters|halves)$/.test(s.lw(i + 1)) && s.lw(i + 2) !== "of") return i + 2
  // "a sixth victim", "a third shooting": an ordinal before a noun, not a fraction ("a third of", "cut by a third")
  if (
    (w.lower === "a" || w.lower === "an") &&
    s.lw(i + 1) in ORDINALS &&
    !/^(half|quarter|halves|quarters)$/.test(s.lw(i + 1)) &&
    s.t(i + 2)?.type === "word" &&
    !NOUN_STOP.has(s.lw(i + 2))
  ) {
    const o = s.t(i + 1)!
    return s.push({
      start: w.start,
      end: o.end,
      kind: "ordinal",
      value: ORDINALS[o.lower]!,
      low: null,
      high: null,
      unit: null,
      step: 1,
      to: i + 2,
      from: i
    })
  }
  // "a fifth was also hurt", "a third remains missing": one more of them, never the fraction 0.2
  if (
    (w.lower === "a" || w.lower === "an") &&
    s.lw(i + 1) in ORDINALS &&
    !/^(half|quarter|halves|quarters)$/.test(s.lw(i + 1)) &&
    /^(was|is|were|are|has|had|have|will|would|could|may|might|remains|remained|died|suspect|person|victim)$/.test(
      s.lw(i + 2)
    )
  )
    return i + 2
  // word ordinals count only as amounts in a few frames ("the fifth time", "third consecutive month")
  if (
    w.type === "word" &&
    w.lower in ORDINALS &&
    w.lower !== "first" &&
    !(s.lw(i - 1) === "a" || s.lw(i - 1) === "an")
  ) {
    if (
      /^(time|times|consecutive|straight|successive|largest|biggest|highest|lowest|round|quarter|year|month|week|day)$/.test(
        s.lw(i + 1)
      ) &&
      /^(the|its|their|his|her|a)$/.test(s.lw(i - 1))
    ) {
      return s.push({
        start: w.start,
        end: w.end,
        kind: "ordinal",
        value: ORDINALS[w.lower]!,
        low: null,
        high: null,
        unit: null,
        step: 1,
        to: i + 1,
        from: i
      })
    }
    if (!(w.lower in { half: 1, quarter: 1 })) return i
  }
  return null
}
