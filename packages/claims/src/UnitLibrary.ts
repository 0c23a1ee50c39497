/**
 * Measure units beyond the news table of Unit.ts, read from js-quantities: its
 * unit definitions (SI and customary units, their names, symbols and SI
 * prefixes, each with a kind and a factor to SI) are a maintained table we do
 * not rewrite. Unit.ts keeps the units news writes most and the readings a
 * general table gets wrong for news ("m" metres, "M" million, "pounds" money
 * or mass, "t" tonnes); this module answers for the rest: "mAh", "GPa",
 * "psi", "ppb", "kV", "lbf", "Gbps", "mSv".
 *
 * Only symbols are looked up, and spelled-out names of technical kinds
 * (pressure, charge, force...): a general table also knows "point", "league"
 * and "cup" as units, which in news are mostly not.
 */
import Qty from "js-quantities"
import type { Dimension, UnitDef } from "./Unit.js"
import { tagsOf } from "./PartOfSpeech.js"

/** Our dimensions and the unit their factors count in (see Unit.ts). */
const OUR_BASE: Record<string, readonly [Dimension, string]> = {
  length: ["length", "m"],
  mass: ["mass", "kg"],
  area: ["area", "m^2"],
  volume: ["volume", "l"],
  energy: ["energy", "Wh"],
  power: ["power", "W"],
  speed: ["speed", "kph"],
  frequency: ["frequency", "Hz"],
  information: ["data", "byte"],
  angle: ["angle", "deg"]
}

/** Kinds whose spelled-out unit names are not everyday words ("volts", "amps", "pascals"). */
const TECHNICAL = new Set([
  "pressure",
  "charge",
  "force",
  "current",
  "potential",
  "capacitance",
  "resistance",
  "inductance",
  "conductance",
  "magnetism",
  "radiation",
  "radiation_exposure",
  "illuminance",
  "luminous_power",
  "information_rate",
  "substance"
])

/** Kinds read elsewhere (durations, temperatures, money) or too loose to trust after a number. */
const SKIP = new Set(["time", "temperature", "currency", "unitless", "yank", "snap", "jolt", "wavenumber", "redshift"])
/** Ratios news writes with a symbol: parts per million, billion, trillion. */
const RATIOS = new Set(["ppm", "ppb", "ppt"])

const cache = new Map<string, UnitDef | null>()

const lookUp = (token: string): UnitDef | null => {
  let q: ReturnType<typeof Qty.parse>
  try {
    q = Qty.parse(`1 ${token}`)
  } catch {
    return null
  }
  if (q === null) return null
  const kind = q.kind()
  const symbol = q.units().replace(/^u(?=[A-Za-z])/, "µ")
  if (RATIOS.has(token)) return { symbol: token, dimension: "ratio" as Dimension, factor: q.baseScalar }
  if (SKIP.has(kind)) return null
  const ours = OUR_BASE[kind]
  if (ours) {
    const base = Qty.parse(`1 ${ours[1]}`)
    return base === null ? null : { symbol, dimension: ours[0], factor: q.baseScalar / base.baseScalar }
  }
  return { symbol, dimension: kind as Dimension, factor: q.baseScalar }
}

/**
 * The unit a token after a number names, when Unit.ts's table does not know
 * it: a symbol ("mAh", "GPa", "psi"), or the name of a technical unit
 * ("volts"). Words of everyday English are never looked up.
 */
/**
 * A one-letter SI symbol ("A", "V", "N") where the text makes it a unit, as
 * the numerator of a ratio ("1.3 A/cm2"): alone, such a letter is as often
 * a name, an initial or a grade.
 */
export const letterUnit = (letter: string): UnitDef | null => (/^[AVWJNgmsL]$/.test(letter) ? lookUp(letter) : null)

export const libraryUnit = (token: string): UnitDef | null => {
  const hit = cache.get(token)
  if (hit !== undefined) return hit
  let def: UnitDef | null = null
  // a symbol squared or cubed as typed without a superscript: "cm2", "m3", "ft2"
  const power = /^(\p{L}{1,3})([23])$/u.exec(token)
  if (power) {
    const found = lookUp(`${power[1]}^${power[2]}`)
    if (found && (found.dimension === "area" || found.dimension === "volume")) def = { ...found, symbol: token }
  } else if (/^[\p{L}µμΩ]{2,8}$/u.test(token)) {
    const everyday = tagsOf(token.toLowerCase()).length > 0
    const symbolLike = /^\p{L}\p{Ll}*\p{Lu}/u.test(token) || /^[µμΩ]/u.test(token) || !everyday
    const found = lookUp(token.replace(/^μ/, "µ"))
    // a technical kind keeps its own name as its dimension (none of them is one of ours)
    if (found && (symbolLike ? !(/^\p{Lu}\p{Ll}+$/u.test(token) && everyday) : TECHNICAL.has(found.dimension)))
      def = found
  }
  if (cache.size > 10_000) cache.clear()
  cache.set(token, def)
  return def
}
