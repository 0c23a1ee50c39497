/**
 * Amounts given by their order of magnitude only: "dozens of people",
 * "thousands of tests", "tens of millions of dollars". Each is the decade it
 * names, from one unit of the scale to ten ("dozens" is 12 to 120, "tens of
 * thousands" 10,000 to 100,000): a reading other numbers agree or disagree with,
 * never the single number 12.
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

/** The vague amount starting at token i, or null. */
export const vagueAmount = (v: TokenView, i: number): VagueAmount | null => {
  const w = v.lw(i)
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
