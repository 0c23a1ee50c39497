/**
 * Amounts given by their order of magnitude only: "dozens of people",
 * "thousands of tests", "tens of millions of dollars". Each is the decade it
 * names, from one unit of the scale to ten ("dozens" is 12 to 120, "tens of
 * thousands" 10,000 to 100,000): a reading other numbers agree or disagree with,
 * never the single number 12. "Several hundred" and "a few thousand" are some
 * of one scale.
 */
import type { TokenView } from "./Tokens.js"

const SCALES: Readonly<Record<string, number>> = {
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12
}
const MULTIPLES: Readonly<Record<string, number>> = { tens: 10, hundreds: 100 }

export interface VagueAmount {
  readonly low: number
  readonly high: number
  /** Token index of "of" after the amount ("dozens of people"), or of the token after it. */
  readonly to: number
}

/** A scale named once after a word of few or several: "several hundred", "a few thousand". */
const ONE_SCALE: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9
}
/** How many of the scale each word means: "a few" two to five, "several" three to nine. */
const FEW: Readonly<Record<string, readonly [number, number]>> = { few: [2, 5], several: [3, 9] }

/** The vague amount starting at token i, or null. */
export const vagueAmount = (v: TokenView, i: number): VagueAmount | null => {
  const w = v.lw(i)
  // "several hundred people", "a few thousand dollars": some of one scale, never the scale alone (100)
  const fewAt = w === "a" && v.lw(i + 1) === "few" ? i + 1 : i
  const few = FEW[v.lw(fewAt)]
  const one = ONE_SCALE[v.lw(fewAt + 1)]
  if (few !== undefined && one !== undefined && v.t(fewAt + 2)?.text !== "-")
    return { low: few[0] * one, high: few[1] * one, to: fewAt + 2 }
  // "two hundreds", "the 1990s": a number before makes the word part of a number
  if (v.t(i - 1)?.type === "num") return null
  let k = i
  let multiple = 1
  if (w in MULTIPLES && v.lw(i + 1) === "of" && v.lw(i + 2) in SCALES && v.lw(i + 2) !== "dozens") {
    multiple = MULTIPLES[w]!
    k = i + 2
  }
  const scale = SCALES[v.lw(k)]
  if (scale === undefined) return null
  const low = scale * multiple
  return { low, high: 10 * low, to: k + 1 }
}
