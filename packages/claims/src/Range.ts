/**
 * Ranges: the separator after a first bound ("to", "-", "and", "through"),
 * and two one-sided hedges that bound one quantity from both sides ("more
 * than 100 and less than 300").
 */
import { isNumberWord, SCALES } from "./NumberWords.js"
import { CURRENCY_SYMBOLS } from "./Unit.js"
import { round, type Mention, type Qualifier } from "./Quantity.js"
import type { TokenView } from "./Tokens.js"
import type { RangeRead, RangeStart, Reader } from "./Reader.js"
import { currencyAfter, currencyBefore } from "./CurrencyReader.js"
import { rateAfter, unitAfter } from "./UnitReader.js"
import { countedNoun } from "./CountedNoun.js"
import { changeAround, DOWN_VERBS, UP_VERBS } from "./Change.js"

/** Index of a range separator after a bound ("to", "-", "and", "through", "~"), or null. */
export const rangeSeparator = (v: TokenView, numberEnd: number, quantityEnd: number): number | null => {
  for (const k of [quantityEnd, numberEnd]) {
    const s = v.lw(k)
    if (s === "to" || s === "through" || s === "and" || s === "or" || s === "~" || s === "till") {
      const n = v.t(k + 1)
      // "to -34 °C": a minus glued to the bound
      const signed = (n?.text === "-" || n?.text === "\u2212") && v.t(k + 2)?.type === "num" && v.glued(k + 2)
      if (
        n &&
        (n.type === "num" ||
          signed ||
          isNumberWord(n.text) ||
          (n.type === "sym" && CURRENCY_SYMBOLS.some(([c]) => c === n.text)))
      )
        return k
    }
    if ((s === "-" || s === "\u2013") && v.t(k + 1)?.type === "num") {
      // 10-15 exabytes, 3.5-4.0 TeV, 8- to 16-meter
      return k
    }
    if (s === "-" && v.lw(k + 1) === "to") return k + 1
  }
  return null
}

const LOWER_BOUND = new Set<Qualifier | null>(["more than", "at least"])
const UPPER_BOUND = new Set<Qualifier | null>(["less than", "at most", "up to"])

/**
 * "more than 100 and less than 300", "at most 100 and at least 20": two one-sided
 * hedges joined by "and"/"but" bound one quantity from both sides.
 */
export const mergeBounds = (text: string, ms: Array<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!
    const b = ms[k + 1]
    if (
      b &&
      a.kind !== "date" &&
      (b.kind === a.kind || (b.kind === "count" && b.unit === null)) &&
      ((LOWER_BOUND.has(a.qualifier) && UPPER_BOUND.has(b.qualifier)) ||
        (UPPER_BOUND.has(a.qualifier) && LOWER_BOUND.has(b.qualifier))) &&
      /^\s*(?:,|and|but|,\s*and|,\s*but)\s*$/i.test(text.slice(a.end, b.start))
    ) {
      const lower = LOWER_BOUND.has(a.qualifier) ? a : b
      const upper = lower === a ? b : a
      if (lower.value !== null && upper.value !== null && lower.value <= upper.value) {
        out.push({
          ...a,
          end: b.end,
          text: text.slice(a.start, b.end),
          low: lower.value,
          high: upper.value,
          value: (lower.value + upper.value) / 2,
          qualifier: null,
          qualifierText: `${a.qualifierText} ... ${b.qualifierText}`
        })
        k++
        continue
      }
    }
    out.push(a)
  }
  return out
}

/**
 * The second bound of a range after a first quantity ("between X and Y", "X to Y",
 * "X-Y", "from X to Y"), or, after a change verb, the level a change reached
 * ("rose from X to Y": X is pushed as the earlier value and the token after Y
 * returned).
 */
export const readRange = (s: Reader, r: RangeStart): RangeRead | number => {
  const { i, n, first, q, qStart } = r
  let { kind, unit, value, step, to, start, modifiers } = r
  let low: number | null = null
  let high: number | null = null
  const sepIdx = rangeSeparator(s, n.to, to)
  if (sepIdx !== null) {
    const between = s.lw(qStart - 1) === "between"
    const from = s.lw(qStart - 1) === "from"
    const sep = s.lw(sepIdx)
    // "rose by $4 million to $10 million", "dropped $11 billion to $106 billion": a change, then the level it reached
    const before = s.lw((q ? q.from : qStart) - 1)
    // ...but "dropped by 1 to 1.5 degrees": a bare first bound the second's unit completes is a range
    const bareBound =
      unit === null &&
      kind === "count" &&
      s.readNumber(sepIdx + 1) !== null &&
      s.readNumber(sepIdx + 1)!.value <= 3 * value &&
      s.readNumber(sepIdx + 1)!.value > value
    const changeThenLevel =
      sep === "to" && (before === "by" || UP_VERBS.has(before) || DOWN_VERBS.has(before)) && !bareBound
    if ((sep !== "and" || between) && !changeThenLevel) {
      // a second bound below zero: "from -18 °C to -34 °C"
      const minus =
        sep !== "-" &&
        (s.lw(sepIdx + 1) === "-" || s.lw(sepIdx + 1) === "\u2212") &&
        s.t(sepIdx + 2)?.type === "num" &&
        s.glued(sepIdx + 2)
      const read = s.readNumber(
        sepIdx + 1 + (minus ? 1 : 0) + (currencyBefore(s, sepIdx + 2) && s.t(sepIdx + 1)?.type === "sym" ? 1 : 0)
      )
      const second = read && minus ? { ...read, value: -read.value, from: read.from - 1 } : read
      // both bounds measure the same thing: "46% to $85 million" is a change, not a range
      const secondCurrency = second ? currencyBefore(s, second.from) !== null : false
      const secondNext = second ? s.t(second.to) : undefined
      const secondPercent =
        secondNext !== undefined &&
        (secondNext.text === "%" ||
          secondNext.lower === "percent" ||
          (secondNext.lower === "per" && s.lw(second!.to + 1) === "cent"))
      const sameKind =
        second !== null &&
        (kind === "money" ? true : !secondCurrency) &&
        (kind !== "percent" ||
          secondPercent ||
          ((sep === "-" || sep === "to") &&
            !secondCurrency &&
            (secondNext === undefined || secondNext.type !== "word" || secondNext.lower === "percent")))
      const yearLike = /^\d{4}$/.test(first.text) && value >= 1800 && value <= 2100
      // "from 44 ml to 50 mg": bounds in units of their own are two figures
      const ownUnit = second !== null && unit !== null && kind === "measure" ? unitAfter(s, second.to, false) : null
      const otherUnit = ownUnit !== null && ownUnit.def.symbol !== unit
      if (second && sameKind && !otherUnit && !s.isIdentifier(second.from, second) && !(yearLike && kind === "count")) {
        const v2 = second.value
        let end2 = second.to
        // the second bound may carry the scale/unit for both: "$3 to $4 billion", "8- to 16-meter"
        let scale = 1
        // (the scale word's own factor: "two to five million" has no digits to divide by)
        if (second.scaled && !n.scaled)
          scale =
            SCALES[s.lw(second.to - 1)] ??
            v2 / Number(s.text.slice(s.t(second.from)!.start, s.t(second.from)!.end).replace(/,/g, "") || v2)
        // the scale is shared only where the bounds then stay in order: "$3 to $4 billion", not "$200 to $4 million"
        if (!Number.isFinite(scale) || scale <= 0 || value * scale > v2) scale = 1
        const v1 = value * scale
        // the unit after the second bound
        const secondNt = s.t(end2)
        if (kind === "count" || unit === null) {
          const perCent = secondNt?.lower === "per" && s.lw(end2 + 1) === "cent"
          const pAfter = secondNt && (secondNt.text === "%" || secondNt.lower === "percent" || perCent)
          if (pAfter) {
            kind = "percent"
            unit = "percent"
            end2 += perCent ? 2 : 1
          } else {
            let us = end2
            if (s.lw(us) === "-" && s.glued(us)) us++
            const ua2 = unitAfter(s, us, false)
            const ca2 = currencyAfter(s, end2, second.scaled)
            if (ua2) {
              kind = ua2.def.dimension === "duration" ? "duration" : "measure"
              unit = ua2.def.symbol
              end2 = ua2.to
            } else if (ca2) {
              kind = "money"
              unit = ca2.code
              end2 = ca2.to
            } else {
              const noun = countedNoun(s, end2, v2)
              if (noun && unit === null) {
                unit = noun.unit
                modifiers = noun.modifiers
                end2 = noun.to
              }
            }
          }
        } else if (secondNt && (secondNt.text === "%" || secondNt.lower === "percent") && kind === "percent") {
          end2++
        } else if (secondNt && secondNt.lower === "per" && s.lw(end2 + 1) === "cent" && kind === "percent") {
          end2 += 2
        } else {
          let us = end2
          if (s.lw(us) === "-" && s.glued(us)) us++
          const ua2 = unitAfter(s, us, false)
          if (ua2 && ua2.def.symbol === unit) end2 = ua2.to
          else if (kind === "money") {
            const ca2 = currencyAfter(s, end2, second.scaled)
            if (ca2) end2 = ca2.to
          }
        }
        // a rate after the second bound is the rate of both: "between $62 and $68 per share"
        const rate =
          unit !== null && kind !== "percent" && kind !== "duration" && !unit.includes("/") ? rateAfter(s, end2) : null
        if (rate) {
          unit = `${unit}/${rate.period}`
          end2 = rate.to
        }
        const changeVerb = from && changeAround(s, qStart - 1, to)
        if (changeVerb) {
          // "rose from X to Y": X is where it started and Y the level it reached (a level, not an amount of change)
          s.push({
            start,
            end: s.t(n.to - 1)!.end,
            kind,
            value: v1,
            low: v1,
            high: v1,
            unit,
            step,
            to: n.to,
            from: i,
            role: "earlier"
          })
          const endTok = s.t(end2 - 1)!
          const s2 = s.t(sepIdx + 1)!.start
          return s.push({
            start: s2,
            end: endTok.end,
            kind,
            value: v2,
            low: v2,
            high: v2,
            unit,
            step: second.step,
            to: end2,
            from: sepIdx + 1,
            earlier: round(v1)
          })
        }
        // "three or four years", "one or two people": neighbouring alternatives are a range; "2 or 20" are two figures
        const alternatives = sep === "or" && !(v2 > v1 && v2 <= 2 * v1 + 1)
        // "ranged from -18 to -34": a verb of range makes a range of bounds in either order
        const ranged =
          (from && /^(?:range|ranges|ranged|ranging|varied|varies|vary|varying)$/.test(s.lw(qStart - 2))) ||
          // "a current density of 1.3 A/cm2 to 0.03 A/cm2": both bounds in their unit, and no verb that makes it a move
          (!from && sep === "to" && ownUnit !== null && ownUnit.def.symbol === unit)
        if (!alternatives && (v2 > v1 || (v2 === v1 && sep !== "-" && sep !== "or") || (ranged && v2 !== v1))) {
          low = Math.min(v1, v2)
          high = Math.max(v1, v2)
          value = (v1 + v2) / 2
          step = Math.min(step * (scale || 1), second.step)
          to = end2
          if (between || from) start = s.t(qStart - 1)!.start
        }
      }
    }
  }
  return { kind, unit, modifiers, low, high, value, step, to, start }
}
