/**
 * Spelled-out numbers: "nineteen", "two dozen", "one hundred and six",
 * "three million, two hundred & forty", "two and a half", "a quarter", "two thirds".
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, tn: 1e12, thousands: 1e3, millions: 1e6, billions: 1e9, hundreds: 100
}
/** Denominators: "a third", "two fifths", "one-half". */
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000, millionth: 1e6, millionths: 1e6,
  billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12
}
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100
}

export const isNumberWord = (w: string): boolean => {
  const l = w.toLowerCase()
  return l in UNITS || l in TENS || l === "hundred" || l === "thousand" || l === "million" || l === "billion" ||
    l === "trillion" || l === "dozen" || l === "dozens" || l === "half" || l === "quarter"
}

export interface WordToken {
  readonly text: string
  readonly start: number
  readonly end: number
}

export interface ParsedWords {
  readonly value: number
  /** Tokens consumed. */
  readonly length: number
  /** Unit of the last stated place, for rounding ("two hundred" -> 100). */
  readonly precision: number
}

/**
 * Parses the longest spelled-out number at tokens[i]. Tokens are lower-cased
 * words and the separators "-", "and", "&", ",", "a", "an".
 */
export const parseNumberWords = (tokens: ReadonlyArray<WordToken>, i: number): ParsedWords | null => {
  let total = 0
  let current = 0
  let consumed = 0
  let lastGood = 0
  let lastValue = 0
  let precision = 1
  let sawNumber = false
  let j = i
  const at = (k: number) => tokens[k]?.text.toLowerCase()
  // "a"/"an" stand for one before a scale or fraction: "a million", "a dozen", "a third".
  if ((at(j) === "a" || at(j) === "an") && at(j + 1) !== undefined) {
    const next = at(j + 1)!
    if (next in SCALES || next === "dozen" || next === "half" || next === "quarter" || next === "third") {
      current = 1
      sawNumber = true
      j++
    } else return null
  }
  for (; j < tokens.length; j++) {
    const w = at(j)!
    if (w === "-" || w === "and" || w === "&" || w === ",") {
      // Separators only count when a number word follows: "one hundred and six".
      const next = at(j + 1)
      if (next === undefined || !(next in UNITS || next in TENS || next === "a")) break
      if (w === "," && !(current === 0 && total > 0)) break
      continue
    }
    if (w in UNITS) {
      if (sawNumber && current % 100 !== 0 && current % 10 !== 0) break // "two three" is two numbers
      if (sawNumber && current % 10 === 0 && current % 100 !== 0 && current !== 0 && UNITS[w]! >= 10) break
      current += UNITS[w]!
      precision = 1
    } else if (w in TENS) {
      if (sawNumber && current % 100 !== 0) break
      current += TENS[w]!
      precision = 10
    } else if (w === "dozen" || w === "dozens") {
      current = (current || 1) * 12
      precision = 12
    } else if (w === "hundred") {
      current = (current || 1) * 100
      precision = 100
    } else if (w === "thousand" || w === "million" || w === "billion" || w === "trillion") {
      const scale = SCALES[w]!
      total += (current || 1) * scale
      precision = precision * scale
      current = 0
    } else if (w === "half" && at(j - 1) === "a" && at(j - 2) === "and" && sawNumber) {
      // "two and a half"
      current += 0.5
      precision = 0.5
    } else if (w in FRACTIONS && sawNumber && (w.endsWith("s") || current === 1) && !(w in ORDINALS && current > 1 && !w.endsWith("s"))) {
      current = (current || 1) / FRACTIONS[w]!
      precision = current
    } else if (w === "a" && at(j + 1) === "half" && at(j - 1) === "and") {
      continue
    } else break
    sawNumber = true
    consumed = j - i + 1
    lastGood = consumed
    lastValue = total + current
  }
  if (!sawNumber || lastGood === 0) return null
  void consumed
  return { value: lastValue, length: lastGood, precision }
}

/** "one in five", "one out of every three": a ratio as a percentage. */
export const smallNumber = (w: string): number | undefined => {
  const l = w.toLowerCase()
  return UNITS[l] ?? TENS[l] ?? (/^\d+$/.test(l) ? Number(l) : undefined)
}

export const fractionDenominator = (w: string): number | undefined => FRACTIONS[w.toLowerCase()]
