/**
 * Units: currencies (ISO 4217) and physical measures, each normalised to a
 * canonical symbol with a factor to its dimension's base unit, so 0.41 km and
 * 412 m compare. Currencies are never converted into each other.
 */

export type Dimension =
  | "currency" | "length" | "mass" | "area" | "volume" | "energy" | "power" | "speed" | "temperature"
  | "duration" | "data" | "frequency" | "percent" | "angle" | "ratio" | "fuel economy" | "torque"
  /** Kinds of js-quantities beyond these (pressure, charge, force...): see UnitLibrary.ts. */
  | (string & {})

export interface UnitDef {
  readonly symbol: string
  readonly dimension: Dimension
  /** Multiply by this to get the dimension's base unit (m, kg, m2, L, Wh, W, km/h, s, B, Hz). */
  readonly factor: number
}

import { libraryUnit } from "./UnitLibrary.js"

const u = (symbol: string, dimension: Dimension, factor: number): UnitDef => ({ symbol, dimension, factor })

export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["US$", "USD"], ["U.S.$", "USD"], ["C$", "CAD"], ["CA$", "CAD"], ["A$", "AUD"], ["AU$", "AUD"], ["NZ$", "NZD"],
  ["HK$", "HKD"], ["S$", "SGD"], ["R$", "BRL"], ["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"],
  ["₩", "KRW"], ["₽", "RUB"], ["₺", "TRY"], ["₪", "ILS"], ["₦", "NGN"], ["Fr.", "CHF"], ["kr", "SEK"], ["zł", "PLN"],
  ["₡", "CRC"], ["₾", "GEL"], ["₭", "LAK"], ["₴", "UAH"], ["₱", "PHP"], ["฿", "THB"], ["₫", "VND"], ["₿", "BTC"], ["元", "CNY"], ["￥", "CNY"]
]

/** Letters before "$" that name a dollar ("C$", "c $", "mxn$", "HK$"). */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: "USD", usd: "USD", c: "CAD", ca: "CAD", can: "CAD", cad: "CAD", a: "AUD", au: "AUD", aud: "AUD", nz: "NZD", nzd: "NZD",
  hk: "HKD", hkd: "HKD", s: "SGD", sg: "SGD", sgd: "SGD", mx: "MXN", mxn: "MXN", mex: "MXN", r: "BRL", nt: "TWD", ntd: "TWD"
}

export const CURRENCY_CODES = new Set([
  "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "KRW", "RUB", "BRL", "MXN", "ZAR",
  "NOK", "SEK", "DKK", "PLN", "CZK", "HUF", "TRY", "ILS", "AED", "SAR", "NGN", "KES", "EGP", "IDR", "THB", "TWD", "PHP", "MYR", "VND",
  "ISK", "BTC", "ESP", "NLG", "DEM", "FIM", "CRC", "GEL", "LAK", "UAH"
])

/** Currency names, longest first when matched. A bare "dollars" is USD; "pounds" is GBP only in money context. */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["canadian dollars", "CAD"], ["canadian dollar", "CAD"], ["australian dollars", "AUD"], ["australian dollar", "AUD"],
  ["new zealand dollars", "NZD"], ["hong kong dollars", "HKD"], ["singapore dollars", "SGD"], ["us dollars", "USD"],
  ["u.s. dollars", "USD"], ["american dollars", "USD"], ["taiwan dollars", "TWD"],
  ["dollars", "USD"], ["dollar", "USD"], ["bucks", "USD"], ["euros", "EUR"], ["euro", "EUR"],
  ["pounds sterling", "GBP"], ["pound sterling", "GBP"], ["sterling", "GBP"], ["british pounds", "GBP"], ["pounds", "GBP"], ["pound", "GBP"],
  ["pence", "GBP:0.01"], ["cents", "USD:0.01"], ["cent", "USD:0.01"], ["sen", "MYR:0.01"], ["ringgit", "MYR"], ["kuna", "HRK"], ["croatian kuna", "HRK"],
  ["yen", "JPY"], ["yuan", "CNY"], ["renminbi", "CNY"], ["rupees", "INR"], ["rupee", "INR"], ["rubles", "RUB"], ["roubles", "RUB"],
  ["norwegian kroner", "NOK"], ["norwegian krone", "NOK"], ["danish kroner", "DKK"], ["danish krone", "DKK"],
  ["danish crowns", "DKK"], ["swedish crowns", "SEK"], ["norwegian crowns", "NOK"], ["czech crowns", "CZK"], ["czech korunas", "CZK"],
  ["swedish kronor", "SEK"], ["swedish krona", "SEK"], ["swiss francs", "CHF"], ["swiss franc", "CHF"], ["francs", "CHF"],
  ["finnish markka", "FIM"], ["markka", "FIM"], ["deutsche marks", "DEM"], ["pesos", "MXN"], ["rand", "ZAR"], ["won", "KRW"],
  ["lira", "TRY"], ["shekels", "ILS"], ["naira", "NGN"], ["real", "BRL"], ["reais", "BRL"], ["zloty", "PLN"], ["dirhams", "AED"],
  ["riyals", "SAR"], ["bitcoin", "BTC"], ["bitcoins", "BTC"], ["satoshis", "BTC:0.00000001"], ["satoshi", "BTC:0.00000001"],
  ["us dollar", "USD"], ["chinese yuan", "CNY"], ["japanese yen", "JPY"], ["turkish lira", "TRY"], ["turkish liras", "TRY"], ["indian rupees", "INR"],
  ["dutch guilders", "NLG"], ["guilders", "NLG"], ["pesetas", "ESP"], ["marks", "DEM"], ["kuai", "CNY"], ["mao", "CNY:0.1"],
  ["pennies", "GBP:0.01"], ["penny", "GBP:0.01"], ["dimes", "USD:0.1"], ["dime", "USD:0.1"], ["nickels", "USD:0.05"], ["rmb", "CNY"], ["yuans", "CNY"]
]

/** Measure units by spelling; matched case-sensitively for symbols, case-insensitively for words. */
const MEASURE_WORDS: ReadonlyArray<readonly [string, UnitDef]> = [
  ["kilometres", u("km", "length", 1000)], ["kilometers", u("km", "length", 1000)], ["kilometre", u("km", "length", 1000)], ["kilometer", u("km", "length", 1000)],
  ["metres", u("m", "length", 1)], ["meters", u("m", "length", 1)], ["metre", u("m", "length", 1)], ["meter", u("m", "length", 1)],
  ["centimetres", u("cm", "length", 0.01)], ["centimeters", u("cm", "length", 0.01)], ["centimetre", u("cm", "length", 0.01)], ["centimeter", u("cm", "length", 0.01)],
  ["millimetres", u("mm", "length", 0.001)], ["millimeters", u("mm", "length", 0.001)], ["millimetre", u("mm", "length", 0.001)], ["millimeter", u("mm", "length", 0.001)],
  ["nanometres", u("nm", "length", 1e-9)], ["nanometers", u("nm", "length", 1e-9)], ["micrometres", u("µm", "length", 1e-6)], ["microns", u("µm", "length", 1e-6)],
  ["miles", u("mi", "length", 1609.344)], ["mile", u("mi", "length", 1609.344)], ["yards", u("yd", "length", 0.9144)], ["yard", u("yd", "length", 0.9144)],
  ["feet", u("ft", "length", 0.3048)], ["foot", u("ft", "length", 0.3048)], ["inches", u("in", "length", 0.0254)], ["inch", u("in", "length", 0.0254)],
  ["nautical miles", u("nmi", "length", 1852)], ["light years", u("ly", "length", 9.4607e15)], ["light-years", u("ly", "length", 9.4607e15)],
  ["kilograms", u("kg", "mass", 1)], ["kilogram", u("kg", "mass", 1)], ["kilos", u("kg", "mass", 1)], ["kilo", u("kg", "mass", 1)],
  ["grams", u("g", "mass", 0.001)], ["gram", u("g", "mass", 0.001)], ["grammes", u("g", "mass", 0.001)], ["milligrams", u("mg", "mass", 1e-6)], ["milligram", u("mg", "mass", 1e-6)],
  ["micrograms", u("µg", "mass", 1e-9)], ["tonnes", u("t", "mass", 1000)], ["tonne", u("t", "mass", 1000)], ["metric tons", u("t", "mass", 1000)],
  ["tons", u("ton", "mass", 907.18474)], ["ton", u("ton", "mass", 907.18474)], ["ounces", u("oz", "mass", 0.0283495)], ["ounce", u("oz", "mass", 0.0283495)],
  ["pounds", u("lb", "mass", 0.45359237)], ["pound", u("lb", "mass", 0.45359237)], ["stone", u("st", "mass", 6.35029)],
  ["square kilometres", u("km2", "area", 1e6)], ["square kilometers", u("km2", "area", 1e6)], ["square kilometre", u("km2", "area", 1e6)], ["square kilometer", u("km2", "area", 1e6)],
  ["sq km", u("km2", "area", 1e6)], ["square metres", u("m2", "area", 1)], ["square meters", u("m2", "area", 1)], ["square metre", u("m2", "area", 1)], ["square meter", u("m2", "area", 1)],
  ["sq m", u("m2", "area", 1)], ["square miles", u("mi2", "area", 2589988.11)], ["square mile", u("mi2", "area", 2589988.11)], ["sq mi", u("mi2", "area", 2589988.11)],
  ["square feet", u("ft2", "area", 0.09290304)], ["square foot", u("ft2", "area", 0.09290304)], ["sq ft", u("ft2", "area", 0.09290304)],
  ["hectares", u("ha", "area", 1e4)], ["hectare", u("ha", "area", 1e4)], ["acres", u("acre", "area", 4046.8564)], ["acre", u("acre", "area", 4046.8564)],
  ["cubic metres", u("m3", "volume", 1000)], ["cubic meters", u("m3", "volume", 1000)], ["cubic metre", u("m3", "volume", 1000)], ["cubic meter", u("m3", "volume", 1000)],
  ["cubic feet", u("ft3", "volume", 28.3168)], ["cubic foot", u("ft3", "volume", 28.3168)], ["cubic kilometres", u("km3", "volume", 1e12)], ["cubic kilometers", u("km3", "volume", 1e12)],
  ["litres", u("L", "volume", 1)], ["liters", u("L", "volume", 1)], ["litre", u("L", "volume", 1)], ["liter", u("L", "volume", 1)],
  ["millilitres", u("mL", "volume", 0.001)], ["milliliters", u("mL", "volume", 0.001)], ["centilitres", u("cL", "volume", 0.01)],
  ["gallons", u("gal", "volume", 3.78541)], ["gallon", u("gal", "volume", 3.78541)], ["barrels", u("bbl", "volume", 158.987)], ["barrel", u("bbl", "volume", 158.987)],
  ["cups", u("cup", "volume", 0.2366)], ["cup", u("cup", "volume", 0.2366)], ["tablespoons", u("tbsp", "volume", 0.01479)], ["teaspoons", u("tsp", "volume", 0.00493)],
  ["kilowatt hours", u("kWh", "energy", 1e3)], ["kilowatt-hours", u("kWh", "energy", 1e3)], ["megawatt hours", u("MWh", "energy", 1e6)], ["megawatt-hours", u("MWh", "energy", 1e6)],
  ["gigawatt hours", u("GWh", "energy", 1e9)], ["gigawatt-hours", u("GWh", "energy", 1e9)], ["terawatt hours", u("TWh", "energy", 1e12)], ["terawatt-hours", u("TWh", "energy", 1e12)],
  ["watt hours", u("Wh", "energy", 1)], ["joules", u("J", "energy", 1 / 3600)], ["kilojoules", u("kJ", "energy", 1000 / 3600)], ["calories", u("cal", "energy", 4.184 / 3600)],
  ["kilocalories", u("kcal", "energy", 4184 / 3600)], ["electronvolts", u("eV", "energy", 4.45e-23)], ["british thermal units", u("BTU", "energy", 0.29307)],
  ["watts", u("W", "power", 1)], ["watt", u("W", "power", 1)], ["kilowatts", u("kW", "power", 1e3)], ["kilowatt", u("kW", "power", 1e3)],
  ["megawatts", u("MW", "power", 1e6)], ["megawatt", u("MW", "power", 1e6)], ["gigawatts", u("GW", "power", 1e9)], ["gigawatt", u("GW", "power", 1e9)],
  ["terawatts", u("TW", "power", 1e12)], ["horsepower", u("hp", "power", 745.7)],
  ["kilometres per hour", u("km/h", "speed", 1)], ["kilometers per hour", u("km/h", "speed", 1)], ["kilometres an hour", u("km/h", "speed", 1)], ["kilometers an hour", u("km/h", "speed", 1)],
  ["miles per hour", u("mph", "speed", 1.609344)], ["miles an hour", u("mph", "speed", 1.609344)],
  ["miles per gallon", u("mpg", "fuel economy", 1)], ["mile per gallon", u("mpg", "fuel economy", 1)], ["metres per second", u("m/s", "speed", 3.6)], ["meters per second", u("m/s", "speed", 3.6)],
  ["knots", u("kn", "speed", 1.852)],
  ["degrees celsius", u("°C", "temperature", 1)], ["degrees centigrade", u("°C", "temperature", 1)], ["degree celsius", u("°C", "temperature", 1)],
  ["degrees fahrenheit", u("°F", "temperature", 1)], ["degree fahrenheit", u("°F", "temperature", 1)], ["kelvin", u("K", "temperature", 1)],
  ["degrees farenheit", u("°F", "temperature", 1)], ["degree farenheit", u("°F", "temperature", 1)], ["degrees celcius", u("°C", "temperature", 1)],
  ["deg celsius", u("°C", "temperature", 1)], ["deg fahrenheit", u("°F", "temperature", 1)], ["deg c", u("°C", "temperature", 1)], ["deg f", u("°F", "temperature", 1)],
  ["degrees c", u("°C", "temperature", 1)], ["degrees f", u("°F", "temperature", 1)], ["degree c", u("°C", "temperature", 1)], ["degree f", u("°F", "temperature", 1)],
  ["celsius", u("°C", "temperature", 1)], ["celcius", u("°C", "temperature", 1)], ["centigrade", u("°C", "temperature", 1)], ["fahrenheit", u("°F", "temperature", 1)],
  ["farenheit", u("°F", "temperature", 1)], ["degrees", u("deg", "angle", 1)], ["degree", u("deg", "angle", 1)], ["radians", u("rad", "angle", 57.2958)],
  ["decimetres", u("dm", "length", 0.1)], ["decimeters", u("dm", "length", 0.1)], ["picometres", u("pm", "length", 1e-12)], ["picometers", u("pm", "length", 1e-12)],
  ["microgrammes", u("µg", "mass", 1e-9)], ["microgram", u("µg", "mass", 1e-9)], ["megabits", u("Mbit", "data", 125000)], ["kilobits", u("kbit", "data", 125)],
  ["teaspoon", u("tsp", "volume", 0.00493)], ["tablespoon", u("tbsp", "volume", 0.01479)], ["pints", u("pt", "volume", 0.473)], ["quarts", u("qt", "volume", 0.946)],
  ["kilometres squared", u("km2", "area", 1e6)], ["kilometers squared", u("km2", "area", 1e6)], ["km squared", u("km2", "area", 1e6)], ["km cubed", u("km3", "volume", 1e12)],
  ["metres squared", u("m2", "area", 1)], ["meters squared", u("m2", "area", 1)],
  ["terabytes", u("TB", "data", 1e12)], ["gigabytes", u("GB", "data", 1e9)], ["megabytes", u("MB", "data", 1e6)], ["kilobytes", u("kB", "data", 1e3)],
  ["exabytes", u("EB", "data", 1e18)], ["petabytes", u("PB", "data", 1e15)], ["bytes", u("B", "data", 1)], ["bits", u("bit", "data", 0.125)],
  ["gigahertz", u("GHz", "frequency", 1e9)], ["megahertz", u("MHz", "frequency", 1e6)], ["kilohertz", u("kHz", "frequency", 1e3)], ["hertz", u("Hz", "frequency", 1)],
  ["milliseconds", u("milliseconds", "duration", 0.001)], ["seconds", u("seconds", "duration", 1)], ["second", u("seconds", "duration", 1)], ["minutes", u("minutes", "duration", 60)], ["minute", u("minutes", "duration", 60)],
  ["hours", u("hours", "duration", 3600)], ["hour", u("hours", "duration", 3600)], ["hrs", u("hours", "duration", 3600)], ["days", u("days", "duration", 86400)], ["day", u("days", "duration", 86400)],
  ["weeks", u("weeks", "duration", 604800)], ["week", u("weeks", "duration", 604800)], ["fortnights", u("weeks", "duration", 1209600)],
  ["months", u("months", "duration", 2629800)], ["month", u("months", "duration", 2629800)],
  ["years", u("years", "duration", 31557600)], ["year", u("years", "duration", 31557600)], ["decades", u("years", "duration", 315576000)], ["decade", u("years", "duration", 315576000)],
  ["centuries", u("years", "duration", 3155760000)], ["century", u("years", "duration", 3155760000)],
  ["pound-feet", u("lb-ft", "torque", 1.35582)], ["pound-foot", u("lb-ft", "torque", 1.35582)], ["foot-pounds", u("lb-ft", "torque", 1.35582)]
]

/** Symbols, case-sensitive: "m" is metres, "M" is million; "C" after a number is Celsius only with a degree sign or space. */
const MEASURE_SYMBOLS: ReadonlyArray<readonly [string, UnitDef]> = [
  ["km/h", u("km/h", "speed", 1)], ["kph", u("km/h", "speed", 1)], ["mph", u("mph", "speed", 1.609344)], ["m/s", u("m/s", "speed", 3.6)],
  ["km²", u("km2", "area", 1e6)], ["km2", u("km2", "area", 1e6)], ["m²", u("m2", "area", 1)], ["m2", u("m2", "area", 1)], ["km³", u("km3", "volume", 1e12)], ["m³", u("m3", "volume", 1000)],
  ["km", u("km", "length", 1000)], ["cm", u("cm", "length", 0.01)], ["mm", u("mm", "length", 0.001)], ["nm", u("nm", "length", 1e-9)], ["mi", u("mi", "length", 1609.344)],
  ["ft", u("ft", "length", 0.3048)], ["m", u("m", "length", 1)], ["kg", u("kg", "mass", 1)], ["mg", u("mg", "mass", 1e-6)], ["g", u("g", "mass", 0.001)], ["lbs", u("lb", "mass", 0.45359237)],
  ["lb", u("lb", "mass", 0.45359237)], ["oz", u("oz", "mass", 0.0283495)], ["ha", u("ha", "area", 1e4)],
  ["ml", u("mL", "volume", 0.001)], ["mL", u("mL", "volume", 0.001)], ["cl", u("cL", "volume", 0.01)], ["L", u("L", "volume", 1)], ["l", u("L", "volume", 1)],
  ["kWh", u("kWh", "energy", 1e3)], ["MWh", u("MWh", "energy", 1e6)], ["GWh", u("GWh", "energy", 1e9)], ["TWh", u("TWh", "energy", 1e12)], ["Wh", u("Wh", "energy", 1)],
  ["kW", u("kW", "power", 1e3)], ["MW", u("MW", "power", 1e6)], ["GW", u("GW", "power", 1e9)], ["TW", u("TW", "power", 1e12)], ["W", u("W", "power", 1)],
  ["hp", u("hp", "power", 745.7)], ["°C", u("°C", "temperature", 1)], ["°F", u("°F", "temperature", 1)], ["ºC", u("°C", "temperature", 1)], ["ºF", u("°F", "temperature", 1)],
  ["TB", u("TB", "data", 1e12)], ["GB", u("GB", "data", 1e9)], ["MB", u("MB", "data", 1e6)], ["KB", u("kB", "data", 1e3)], ["kB", u("kB", "data", 1e3)],
  ["GHz", u("GHz", "frequency", 1e9)], ["MHz", u("MHz", "frequency", 1e6)], ["kHz", u("kHz", "frequency", 1e3)], ["Hz", u("Hz", "frequency", 1)],
  ["eV", u("eV", "energy", 4.45e-23)], ["TeV", u("TeV", "energy", 4.45e-11)], ["ms", u("milliseconds", "duration", 0.001)], ["hrs", u("hours", "duration", 3600)], ["hr", u("hours", "duration", 3600)],
  ["min", u("minutes", "duration", 60)], ["sec", u("seconds", "duration", 1)], ["yrs", u("years", "duration", 31557600)],
  ["t", u("t", "mass", 1000)], ["dm", u("dm", "length", 0.1)], ["μg", u("µg", "mass", 1e-9)], ["µg", u("µg", "mass", 1e-9)], ["mcg", u("µg", "mass", 1e-9)],
  ["kmph", u("km/h", "speed", 1)], ["km/hr", u("km/h", "speed", 1)], ["tbsp", u("tbsp", "volume", 0.01479)], ["tsp", u("tsp", "volume", 0.00493)],
  ["km^2", u("km2", "area", 1e6)], ["m^2", u("m2", "area", 1)], ["km^3", u("km3", "volume", 1e12)], ["m^3", u("m3", "volume", 1000)],
  ["sq", u("sq", "area", 1)], ["bbl", u("bbl", "volume", 158.987)], ["gal", u("gal", "volume", 3.78541)], ["yd", u("yd", "length", 0.9144)],
  ["°", u("deg", "angle", 1)], ["rad", u("rad", "angle", 57.2958)],
  // customary units a general table lacks: fuel economy, engine torque and power
  ["mpg", u("mpg", "fuel economy", 1)], ["Nm", u("Nm", "torque", 1)], ["N·m", u("Nm", "torque", 1)], ["lb-ft", u("lb-ft", "torque", 1.35582)], ["bhp", u("bhp", "power", 745.7)]
]

const wordIndex = new Map<string, UnitDef>(MEASURE_WORDS.map(([k, v]) => [k, v]))
// singular forms, as in hyphenated adjectives: "a 16-bit chip", "a 10-gallon cooler"
for (const [k, v] of MEASURE_WORDS) {
  const single = k.replace(/ies$/, "y").replace(/(ches|shes|sses)$/, (m) => m.slice(0, -2)).replace(/([^s])s$/, "$1").replace(/feet$/, "foot")
  if (!wordIndex.has(single)) wordIndex.set(single, v)
}
const symbolIndex = new Map<string, UnitDef>(MEASURE_SYMBOLS)
const bySymbol = new Map<string, UnitDef>()
for (const [, d] of [...MEASURE_WORDS, ...MEASURE_SYMBOLS]) if (!bySymbol.has(d.symbol)) bySymbol.set(d.symbol, d)

/** The longest measure unit spelled as `words` (lower-cased, up to three words), or as a symbol. */
export const measureWord = (phrase: string): UnitDef | undefined => wordIndex.get(phrase.toLowerCase())
export const measureSymbol = (symbol: string): UnitDef | undefined => symbolIndex.get(symbol)
export const unitBySymbol = (symbol: string): UnitDef | undefined => bySymbol.get(symbol) ?? libraryUnit(symbol) ?? undefined
export const MAX_UNIT_WORDS = 3

/** Whether two unit symbols measure the same dimension and so can be compared. */
export const comparable = (a: string | null, b: string | null): boolean => {
  if (a === b) return true
  if (a === null || b === null) return false
  const da = unitBySymbol(a)
  const db = unitBySymbol(b)
  return da !== undefined && db !== undefined && da.dimension === db.dimension && da.dimension !== "temperature"
}

/** A value in its dimension's base unit (money and counts stay as they are). */
export const toBase = (value: number, unit: string | null): number => {
  if (unit === null) return value
  const d = unitBySymbol(unit)
  return d ? value * d.factor : value
}
