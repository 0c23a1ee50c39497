/**
 * Number phrases: spelled-out numbers, digits mixed with scale words, fractions
 * and decimals in words. "nineteen", "two dozen", "one hundred and six",
 * "3 hundred and 21", "4 thousand 3 hundred", "half a million", "one million and
 * a half", "two thirds", "five point five", "one over three", "35 lakh".
 *
 * One accumulator reads them all: `current` holds the part below the last
 * scale word, `total` what has been scaled.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  nought: 0,
  naught: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
}
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
}
export const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  crore: 1e7,
  crores: 1e7,
  mln: 1e6,
  mn: 1e6,
  bln: 1e9,
  bn: 1e9,
  tn: 1e12,
  tln: 1e12,
  mil: 1e6,
  mm: 1e6
}
const DOZEN = new Set(["dozen", "dozens", "doz", "dozs", "dz", "dzs"])
/** Denominators: "a third", "two fifths", "a hundredth". */
const FRACTIONS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  eleventh: 11,
  elevenths: 11,
  twelfth: 12,
  twelfths: 12,
  thirteenth: 13,
  fifteenth: 15,
  twentieth: 20,
  twentieths: 20,
  thirtieth: 30,
  thirtieths: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1000,
  thousandths: 1000,
  millionth: 1e6,
  millionths: 1e6,
  billionth: 1e9,
  billionths: 1e9,
  trillionth: 1e12,
  trillionths: 1e12
}
const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  firsts: 1,
  second: 2,
  seconds: 2,
  third: 3,
  thirds: 3,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9
}
export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100
}
const DIGIT_WORDS: Record<string, string> = {
  zero: "0",
  nought: "0",
  naught: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9"
}

/** "third", "quarters", "half": a word that names a fraction. */
export const isFractionWord = (w: string): boolean => w in FRACTIONS

export const isNumberWord = (w: string): boolean => {
  const l = w.toLowerCase()
  return (
    l in UNITS ||
    l in TENS ||
    l === "hundred" ||
    (l in SCALES && l.length > 3) ||
    DOZEN.has(l) ||
    l === "half" ||
    l === "quarter" ||
    l === "minus" ||
    l === "negative"
  )
}

export interface PhraseToken {
  readonly text: string
  readonly lower: string
  readonly type: "num" | "word" | "sym"
  readonly space: boolean
}

export interface ParsedWords {
  readonly value: number
  /** Tokens consumed. */
  readonly length: number
  /** Unit of the last stated place, for rounding ("two hundred" -> 100). */
  readonly precision: number
  /** A scale word was read (thousand, million, lakh). */
  readonly scaled: boolean
}

const digitValue = (t: PhraseToken): number | null => (t.type === "num" ? Number(t.text.replace(/,/g, "")) : null)

/** A denominator word at k, with compounds: "twenty-firsts", "hundredths". Returns [denominator, tokens]. */
const denominatorAt = (tokens: ReadonlyArray<PhraseToken>, k: number): [number, number] | null => {
  const w = tokens[k]?.lower
  if (w === undefined) return null
  if (w in TENS && tokens[k + 1]?.text === "-" && tokens[k + 2] && tokens[k + 2]!.lower in ORDINAL_UNITS)
    return [TENS[w]! + ORDINAL_UNITS[tokens[k + 2]!.lower]!, 3]
  if (w in TENS && tokens[k + 1] && tokens[k + 1]!.lower in ORDINAL_UNITS && /s$/.test(tokens[k + 1]!.lower))
    return [TENS[w]! + ORDINAL_UNITS[tokens[k + 1]!.lower]!, 2]
  if (w in FRACTIONS) return [FRACTIONS[w]!, 1]
  return null
}

/**
 * Reads the longest number phrase at tokens[i]. `start` may carry a value
 * already read from digits at tokens[i - 1] (so "3 hundred and 21" continues it).
 */
/** A fraction word ("hundredths", "thirds") within the next few words: "fifty-four hundredths" is at most five. */
const fractionWordNear = (tokens: ReadonlyArray<PhraseToken>, from: number): boolean => {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) if (tokens[k]!.lower in FRACTIONS) return true
  return false
}

export const parseNumberWords = (
  tokens: ReadonlyArray<PhraseToken>,
  i: number,
  start: number | null = null
): ParsedWords | null => {
  let total = 0
  let current = start ?? 0
  let lastScale = 1
  let precision = 1
  let saw = start !== null
  let scaled = false
  let lastGood = 0
  let lastValue = start ?? 0
  let lastPrecision = 1
  let negative = false
  let hundred = false
  let j = i
  const at = (k: number) => tokens[k]?.lower
  const commit = () => {
    lastGood = j - i + 1
    lastValue = total + current
    lastPrecision = precision
  }
  if (start === null && (at(j) === "minus" || at(j) === "negative")) {
    negative = true
    j++
  }
  // "a"/"an" stand for one before a scale or fraction: "a million", "a dozen", "a third", "a half"
  if (start === null && (at(j) === "a" || at(j) === "an")) {
    const next = at(j + 1)
    if (next === undefined || !(next === "hundred" || next in SCALES || DOZEN.has(next) || next in FRACTIONS))
      return null
    current = 1
    saw = true
    j++
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j]!
    const w = t.lower
    if (w === "-" || w === "and" || w === "&" || w === ",") {
      const next = at(j + 1)
      if (next === undefined) break
      // "and a half", "and three quarters", "and two thirds" after a number
      if (w === "and" && saw) {
        let k = j + 1
        let num = 1
        if (at(k) === "a" || at(k) === "an" || at(k) === "one") k++
        else if (at(k) !== undefined && at(k)! in UNITS && at(k + 1) !== undefined && at(k + 1)! in FRACTIONS) {
          num = UNITS[at(k)!]!
          k++
        }
        const den = denominatorAt(tokens, k)
        // (tried only with a fraction word within a few words: a long chain of "and"s must not be re-read from each one)
        if (!den && at(j + 1) !== undefined && at(j + 1)! in TENS && fractionWordNear(tokens, j + 1)) {
          // "two and fifty-four hundredths": the phrase after "and" is itself a fraction
          const frac = parseNumberWords(tokens, j + 1)
          if (frac && frac.value > 0 && frac.value < 1) {
            current += frac.value
            precision = frac.precision
            j += frac.length
            commit()
            continue
          }
        }
        if (den && k > j + 1 && at(k) !== "second") {
          const frac = num / den[0]
          if (lastScale >= 1000 && current === 0) total += frac * lastScale
          else current += frac
          j = k + den[1] - 1
          precision = frac
          commit()
          continue
        }
      }
      // "one-eighth", "five - eighths"
      if (
        w === "-" &&
        saw &&
        current > 0 &&
        current < 10 &&
        total === 0 &&
        !(next === "second" || next === "seconds")
      ) {
        const den = denominatorAt(tokens, j + 1)
        if (den && den[0] > 1) {
          current = current / den[0]
          precision = current
          j += den[1]
          commit()
          break
        }
      }
      // "a half-million", "a quarter-billion": the hyphen joins the scale as a space would
      if (w === "-" && saw && next in SCALES && tokens[j + 1]?.space === false) continue
      const nt = tokens[j + 1]!
      const continues =
        next in UNITS ||
        next in TENS ||
        (nt.type === "num" && w !== "-" && w !== "," && (lastScale >= 100 || (current % 100 === 0 && current !== 0))) ||
        ((next === "a" || next === "an") && at(j + 2) === "half")
      if (!continues || !saw) break
      if (w === "," && !(current === 0 && total > 0)) break
      if (w === "-" && !(tokens[j - 1]!.lower in TENS)) break
      continue
    }
    if (t.type === "num") {
      const v = digitValue(t)!
      // digits continue a phrase only after "and" or a scale: "3 hundred and 21", "4 thousand 3 hundred"
      if (saw && !(current === 0 && total > 0) && !(current % 100 === 0 && current > 0 && at(j - 1) === "and")) break
      if (!Number.isInteger(v) && saw) break
      // after "and" digits fill the tens and units ("3 hundred and 21"); "1600 and 1900" are two numbers
      if (saw && at(j - 1) === "and" && v >= 100) break
      current += v
      precision = 1
    } else if (w in UNITS) {
      const n = UNITS[w]!
      if (saw && current !== 0 && current % 10 !== 0) break // "two three" is two numbers
      if (saw && current % 100 !== 0 && current % 10 === 0 && n >= 10) break
      if (saw && current !== 0 && current < 10) break
      current += n
      precision = 1
    } else if (w in TENS) {
      if (saw && current % 100 !== 0) break
      current += TENS[w]!
      precision = 10
    } else if (DOZEN.has(w)) {
      current = (current || 1) * 12
      precision = 12
    } else if (w === "hundred" || w === "hundreds") {
      if (hundred) break
      hundred = true
      current = (current || 1) * 100
      precision = 100
    } else if (w in SCALES && (w.length > 3 || saw)) {
      const scale = SCALES[w]!
      if (scale <= lastScale && total > 0 && current === 0) break
      // "lakh crore": scales multiply
      if (current === 0 && total > 0 && scale > lastScale) total *= scale
      else total += (current || 1) * scale
      precision = Math.max(1, precision) * scale
      lastScale = scale
      current = 0
      hundred = false
      scaled = true
    } else if (
      (w === "half" || w === "quarter") &&
      !saw &&
      (at(j + 1) === "a" || at(j + 1) === "an") &&
      (DOZEN.has(at(j + 2) ?? "") || (at(j + 2) ?? "") in SCALES)
    ) {
      // "half a dozen", "half a million"
      current = w === "half" ? 0.5 : 0.25
      j++
    } else if ((w === "half" || w === "quarter") && !saw) {
      current = w === "half" ? 0.5 : 0.25
      precision = current
    } else if (
      saw &&
      denominatorAt(tokens, j) !== null &&
      !(w === "second" || w === "seconds") &&
      (/s$/.test(w) || current === 1) &&
      current > 0 &&
      current < 1000 &&
      Number.isInteger(current)
    ) {
      // "two thirds", "a trillionth", "three twenty-firsts"
      const [den, len] = denominatorAt(tokens, j)!
      current = current / den
      precision = current
      j += len - 1
    } else if (
      w === "of" &&
      saw &&
      current > 0 &&
      current < 1 &&
      total === 0 &&
      (at(j + 1) === "a" || at(j + 1) === "an") &&
      (at(j + 2) ?? "") in SCALES &&
      (at(j + 2) ?? "").length > 3
    ) {
      // "a quarter of a million", "two thirds of a billion"
      total = current * SCALES[at(j + 2)!]!
      current = 0
      lastScale = SCALES[at(j + 2)!]!
      precision = total
      scaled = true
      j += 2
    } else if (w === "point" && saw && tokens[j + 1] !== undefined) {
      // "five point five", "two hundred point zero three", "point seventy-one"
      let digits = ""
      let k = j + 1
      for (; k < tokens.length; k++) {
        const x = tokens[k]!.lower
        if (x in DIGIT_WORDS) digits += DIGIT_WORDS[x]
        else if (x in TENS) {
          let d = TENS[x]!
          if (
            tokens[k + 1]?.text === "-" &&
            tokens[k + 2] &&
            tokens[k + 2]!.lower in UNITS &&
            UNITS[tokens[k + 2]!.lower]! < 10
          ) {
            d += UNITS[tokens[k + 2]!.lower]!
            k += 2
          } else if (
            tokens[k + 1] &&
            tokens[k + 1]!.lower in UNITS &&
            UNITS[tokens[k + 1]!.lower]! < 10 &&
            UNITS[tokens[k + 1]!.lower]! > 0
          ) {
            d += UNITS[tokens[k + 1]!.lower]!
            k++
          }
          digits += String(d)
        } else if (x in UNITS) digits += String(UNITS[x])
        else if (tokens[k]!.type === "num" && /^\d+$/.test(tokens[k]!.text)) digits += tokens[k]!.text
        else break
      }
      if (digits === "") break
      current += Number(`0.${digits}`)
      precision = 10 ** -digits.length
      j = k - 1
    } else if (w === "over" && saw && tokens[j + 1] !== undefined && total === 0) {
      // "one over three", "1 over 3"; but "$10000 over 3 years" is a time, not a fraction
      const den = parseNumberWords(tokens, j + 1)
      const dd = den ?? (tokens[j + 1]!.type === "num" ? { value: digitValue(tokens[j + 1]!)!, length: 1 } : null)
      if (dd && tokens[j + 1 + dd.length]?.type === "word") break
      if (!dd || dd.value === 0) break
      current = current / dd.value
      precision = current
      j += dd.length
    } else break
    saw = true
    commit()
  }
  if (!saw || lastGood === 0) return null
  return { value: negative ? -lastValue : lastValue, length: lastGood, precision: lastPrecision, scaled }
}

/** "one in five", "one out of every three": a ratio as a percentage. */
export const smallNumber = (w: string): number | undefined => {
  const l = w.toLowerCase()
  return UNITS[l] ?? TENS[l] ?? (/^\d+$/.test(l) ? Number(l) : undefined)
}

/** Scale words after a number, spelled out or abbreviated: "4 million", "4 mln", "4 bn", "$4 m". */
export const SPACED_SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mln: 1e6,
  mn: 1e6,
  bln: 1e9,
  bn: 1e9,
  tn: 1e12,
  m: 1e6,
  b: 1e9,
  k: 1e3
}
