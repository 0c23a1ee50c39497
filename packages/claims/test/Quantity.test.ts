import { describe, expect, it } from "vitest"
import { extractMentions, isQuantity, type Mention } from "../src/Quantity.js"

const all = (t: string, pub: string | null = "2025-04-01") =>
  extractMentions(t, pub).filter((m) => m.kind !== "date" && isQuantity(m))
const one = (t: string): Mention => {
  const ms = all(t)
  expect(ms, JSON.stringify(ms.map((m) => m.text))).toHaveLength(1)
  return ms[0]!
}

describe("numbers", () => {
  it.each([
    ["1,350 workers", 1350],
    ["26.1 gigawatts", 26.1],
    ["Nineteen people died", 19],
    ["two dozen eggs", 24],
    ["2.3 million users", 2.3e6],
    ["3k users", 3000],
    ["one hundred and six", 106],
    ["three million, two hundred & forty", 3000240]
  ] as const)("reads %s", (text, value) => {
    expect(one(text).value).toBe(value)
  })
})

describe("money", () => {
  it.each([
    ["$40bn", 40e9, "USD"],
    ["40 billion dollars", 40e9, "USD"],
    ["$40B", 40e9, "USD"],
    ["€48.5m", 48.5e6, "EUR"],
    ["£2,000", 2000, "GBP"],
    ["US$5 million", 5e6, "USD"],
    ["20 million pounds", 20e6, "GBP"],
    ["50 cents", 0.5, "USD"],
    ["EUR 30 million", 30e6, "EUR"]
  ] as const)("reads %s", (text, value, unit) => {
    expect(one(text)).toMatchObject({ kind: "money", value, unit })
  })
})

describe("percentages and ratios", () => {
  it("reads percent forms", () => {
    expect(one("a 25% tariff")).toMatchObject({ kind: "percent", value: 25, unit: "percent" })
    expect(one("30 per cent")).toMatchObject({ value: 30, unit: "percent" })
    expect(one("rose 2 percentage points")).toMatchObject({ value: 2, unit: "pp" })
  })
  it("reads a fraction of a unit as that much of the unit, the fraction slash included", () => {
    expect(one("The dose is 1/8 of a teaspoon.")).toMatchObject({ value: 0.125, unit: "tsp", kind: "measure" })
    expect(one("A drop is 1\u2044400 of a US cup.")).toMatchObject({ value: 0.0025, unit: "cup" })
    expect(one("The shelter is half a mile away.")).toMatchObject({ value: 0.5, unit: "mi" })
  })
  it("reads ratios as percentages", () => {
    expect(one("one in five adults")).toMatchObject({ kind: "percent", value: 20 })
    expect(one("half of the voters")).toMatchObject({ kind: "percent", value: 50 })
  })
})

describe("measures, durations and counts", () => {
  it("normalises units", () => {
    expect(one("0.41 kilometres")).toMatchObject({ kind: "measure", unit: "km", value: 0.41 })
    expect(one("a span of 412 m.")).toMatchObject({ unit: "m", value: 412 })
    expect(one("a three-foot trip")).toMatchObject({ unit: "ft", value: 3 })
    expect(one("500,000 barrels a day")).toMatchObject({ unit: "bbl/day" })
  })
  it("reads durations", () => {
    expect(one("for nearly six years")).toMatchObject({
      kind: "duration",
      unit: "years",
      value: 6,
      qualifier: "nearly"
    })
  })
  it("takes the counted noun as the unit", () => {
    expect(one("500 million weekly users")).toMatchObject({ kind: "count", unit: "users", modifiers: ["weekly"] })
    expect(one("900 U.S. employees")).toMatchObject({ unit: "employees", value: 900 })
    expect(one("38 storage sites across Norway")).toMatchObject({ unit: "sites", value: 38 })
  })
})

describe("hedges, ranges and changes", () => {
  it("keeps the qualifier and widens the interval", () => {
    expect(one("about 450 people")).toMatchObject({ qualifier: "about", low: 405, high: 495 })
    expect(one("more than 400 employees")).toMatchObject({ qualifier: "more than", low: 400, high: null })
    expect(one("nearly $25 million")).toMatchObject({ qualifier: "nearly", high: 25e6 })
    expect(one("up to 4,000 km")).toMatchObject({ qualifier: "up to", low: null, high: 4000 })
  })
  it("reads ranges", () => {
    expect(one("between 44 and 50 mg")).toMatchObject({ low: 44, high: 50, unit: "mg" })
    expect(one("3 to 4 L of wine")).toMatchObject({ low: 3, high: 4, unit: "L" })
    expect(one("10-15 exabytes")).toMatchObject({ low: 10, high: 15 })
    // the text states the bounds; a hedge only implies them
    expect(one("about 30-34 mpg")).toMatchObject({ low: 30, high: 34, range: true })
    expect(one("about 40 owners").range).toBeUndefined()
  })
  it("shares the scale of the second bound with a first written in words", () => {
    expect(one("a refit costing two to five million dollars")).toMatchObject({ low: 2e6, high: 5e6, unit: "USD" })
  })
  it("reads no amount in a fraction word hyphened to a noun", () => {
    expect(all("a third-party auditor watched the quarter-final and the half-time show")).toEqual([])
    expect(one("three-quarters of the crew")).toMatchObject({ value: 75, unit: "percent" })
  })
  it("gives numbers left on a hyphen the noun their list ends on", () => {
    expect(all("trucks with two-, three- and four-axle trailers").map((m) => [m.value, m.unit])).toEqual([
      [2, "axles"],
      [3, "axles"],
      [4, "axles"]
    ])
  })
  it("counts things named with an ordinal compound, and reads no unit of time in one", () => {
    expect(one("the club let 9 first-team regulars go")).toMatchObject({ value: 9, unit: "regulars" })
    expect(one("she refereed 4 second-round ties")).toMatchObject({ value: 4, unit: "ties" })
  })
  it("reads a unit squared or cubed without a superscript", () => {
    expect(one("a graft of 12 cm2")).toMatchObject({ value: 12, unit: "cm2" })
    expect(one("a tank of 5 m3")).toMatchObject({ value: 5, unit: "m3" })
  })
  it("joins a scale hyphened to a number word as a space would", () => {
    expect(one("a half-million visitors")).toMatchObject({ value: 5e5, unit: "visitors" })
    expect(one("a quarter-billion dollars")).toMatchObject({ value: 2.5e8, unit: "USD" })
  })
  it("reads neighbouring alternatives as a range, and far-apart ones as two figures", () => {
    expect(one("it took three or four years")).toMatchObject({ low: 3, high: 4, unit: "years", range: true })
    expect(one("shipments of 3 or 4 million crates")).toMatchObject({ low: 3e6, high: 4e6 })
    expect(all("a fee of 2 or 20 francs").map((m) => m.value)).toEqual([2, 20])
  })
  it("reads changes and the earlier value", () => {
    expect(one("revenue rose 13%")).toMatchObject({ change: "up", value: 13 })
    expect(one("a 13% decline in volumes")).toMatchObject({ change: "down" })
    const [now, before] = all("now counts 80 million weekly users, up from 65 million last month")
    expect(now).toMatchObject({ value: 8e7, change: "up" })
    expect(before).toMatchObject({ value: 6.5e7, role: "earlier", unit: "users" })
  })
})

describe("years", () => {
  it("tells calendar years from counts and fiscal years", () => {
    expect(one("founded in 2019")).toMatchObject({ kind: "year", value: 2019 })
    expect(one("We produced nothing in 2012-13.")).toMatchObject({
      kind: "year",
      unit: "fiscal year",
      low: 2012,
      high: 2013
    })
    expect(one("2000 employees")).toMatchObject({ kind: "count", unit: "employees" })
  })
})

describe("not quantities", () => {
  it.each([
    "OpenAI's GPT-4o model",
    "Meta released Llama 4 models",
    "models like o1 and R1",
    "a weak Q1 for sales",
    "the iPhone 16 launch",
    "under Section 427 of the code",
    "in Row 21",
    "on Route 9",
    "call 555-123-4567 today",
    "he lives at 221 Baker Street",
    "the meeting starts at 2.15pm",
    "see page 12",
    "one of the biggest",
    "a number of analysts",
    "the COVID-19 pandemic",
    "version 1.2.3"
  ])("%s", (text) => {
    expect(all(text)).toEqual([])
  })
  it("skips a list marker", () => {
    expect(all("1. Model Type: reasoning")).toEqual([])
  })
})

describe("more number forms", () => {
  it.each([
    ["$5m", 5e6],
    ["€3mn", 3e6],
    ["$2M", 2e6],
    ["$1.5b", 1.5e9],
    ["$2tn", 2e12],
    ["a quarter of a million", null],
    ["a third of voters", 33.333333333333],
    ["half a dozen", 6],
    ["3 hundred and 21", 321],
    ["35 lakh", 3.5e6],
    ["two and a half miles", 2.5],
    ["1 234 567", 1234567],
    ["1.3e6", 1.3e6]
  ] as const)("reads %s", (text, value) => {
    const m = one(text)
    if (value !== null) expect(m.value).toBeCloseTo(value, 6)
  })

  it("reads money with the code or word after the number", () => {
    expect(one("30 EUR")).toMatchObject({ unit: "EUR", value: 30 })
    expect(one("5 euros")).toMatchObject({ unit: "EUR", value: 5 })
    expect(one("3 dollars 50 cents")).toMatchObject({ unit: "USD", value: 3.5 })
    expect(one("a C$300 charge")).toMatchObject({ unit: "CAD", value: 300 })
  })

  it("reads energy, power, speed, temperature, area, volume and rates", () => {
    expect(one("7.3 MWh")).toMatchObject({ unit: "MWh" })
    expect(one("a 2 GW plant")).toMatchObject({ unit: "GW" })
    expect(one("200 kilometres per hour")).toMatchObject({ unit: "km/h" })
    expect(one("40 degrees Celsius")).toMatchObject({ unit: "°C" })
    expect(one("45 hectares")).toMatchObject({ unit: "ha" })
    expect(one("6 gallons")).toMatchObject({ unit: "gal" })
    expect(one("10,000 vehicles a day")).toMatchObject({ unit: "vehicles/day" })
  })

  it("reads an amount in brackets after another amount as the same sum in another currency, not a loss", () => {
    const ms = all("The estate is worth 4.2 billion rupees ($61 million), its lawyers said.")
    expect(ms.map((m) => [m.value, m.unit])).toEqual([
      [4.2e9, "INR"],
      [61e6, "USD"]
    ])
    expect(one("Quarterly net income was ($12.5 million).")).toMatchObject({ value: -12.5e6 })
  })

  it("tells an index level in points from a change in percentage points", () => {
    expect(one("The rate index ended at 2,410.5 points.")).toMatchObject({ unit: "points" })
    expect(one("Its margin rose 2 points to a record.")).toMatchObject({ unit: "pp" })
    expect(one("a 40 basis point rise in the rate")).toMatchObject({ value: 40, unit: "bp" })
  })

  it("reads no fraction in a period of the year, no data in 'a bit', and a tie as a score", () => {
    expect(all("Sales rose in the fourth quarter and again this half.")).toEqual([])
    expect(all("The fee is a bit steep.")).toEqual([])
    expect(extractMentions("The game ended 2-2 after extra time.", null).map((m) => m.kind)).toEqual(["score"])
  })

  it("reads 'minus-' as a sign, the '5pc' of some papers, and crowns by their country", () => {
    expect(one("Overnight it fell to minus-40 degrees Fahrenheit.")).toMatchObject({ value: -40, unit: "°F" })
    expect(one("The index was up 3pc by noon.")).toMatchObject({ value: 3, unit: "percent" })
    expect(all("The fine was 2 million Norwegian crowns (US $190,000).").map((m) => [m.value, m.unit])).toEqual([
      [2e6, "NOK"],
      [190000, "USD"]
    ])
  })

  it("reads 'revised upward by' and 'downward by' as the direction of a change", () => {
    expect(one("The outlook was revised upward by $3 million.")).toMatchObject({ value: 3e6, change: "up" })
    expect(one("Estimates were marked downward by 4 percent.")).toMatchObject({ value: 4, change: "down" })
  })

  it("reads the yen sign as wire copy writes it, and no currency in an equation", () => {
    expect(one("Net profit reached Y=412 billion.")).toMatchObject({ value: 412e9, unit: "JPY" })
    expect(one("Set Y = 7 and solve.")).toMatchObject({ value: 7, unit: null })
  })

  it("reads dollars with the country after the sign and the ringgit's RM", () => {
    expect(all("The flat sold for $US2,450,000 ($A3,610,000).").map((m) => [m.value, m.unit])).toEqual([
      [2450000, "USD"],
      [3610000, "AUD"]
    ])
    expect(one("The stock closed at RM4.15.")).toMatchObject({ value: 4.15, unit: "MYR" })
  })

  it("reads ranges whose bounds each carry their unit or currency", () => {
    expect(one("Fees run from 2 per cent to 2.5 per cent.")).toMatchObject({ low: 2, high: 2.5, unit: "percent" })
    expect(one("Penalties run from $500 to $2 million.")).toMatchObject({ low: 500, high: 2e6, unit: "USD" })
    expect(one("Lots sell for $650,000 to $1 million.")).toMatchObject({ low: 650000, high: 1e6 })
    expect(one("It will cost between $2 and $3 billion.")).toMatchObject({ low: 2e9, high: 3e9 })
  })

  it("keeps the denominator of a rate: per unit, per thing, per period", () => {
    expect(one("Diesel sold at $3.10 a gallon.")).toMatchObject({ value: 3.1, unit: "USD/gal", text: "$3.10 a gallon" })
    expect(one("Offices lease for $62 per square foot.")).toMatchObject({ unit: "USD/ft2" })
    expect(one("The buyer pays 410 pence a share.")).toMatchObject({ unit: "GBP/share" })
    expect(one("The field pumps 80,000 barrels per day.")).toMatchObject({ unit: "bbl/day" })
    expect(one("The hatchback manages 52 miles per gallon.")).toMatchObject({ unit: "mpg" })
    expect(one("Lamb fetched $6 a pound at the market.")).toMatchObject({ unit: "USD/lb" })
    // a time, not a rate
    expect(all("The startup raised $5 million a year ago.")[0]).toMatchObject({ unit: "USD" })
  })

  it("keeps the hedge word: approximately, upwards of, at most, just under", () => {
    expect(one("approximately 300 staff")).toMatchObject({ qualifier: "about" })
    expect(one("upwards of 300 staff")).toMatchObject({ qualifier: "at least" })
    expect(one("at most 300 staff")).toMatchObject({ qualifier: "at most" })
    expect(one("just under 300 staff")).toMatchObject({ qualifier: "nearly" })
    expect(one("less than 300 staff")).toMatchObject({ qualifier: "less than" })
  })

  it("reads 'from X to Y' as a range and 'fell from X to Y' as a level that moved", () => {
    expect(one("from 200 to 300 people")).toMatchObject({ low: 200, high: 300 })
    const [before, after] = all("sales fell from $5 million to $3 million")
    expect(before).toMatchObject({ value: 5e6, role: "earlier" })
    // the level reached is no amount of change: it carries where it started
    expect(after).toMatchObject({ value: 3e6, change: null, earlier: 5e6 })
  })

  it("reads ordinals where they are amounts", () => {
    expect(one("the third consecutive month")).toMatchObject({ kind: "ordinal", value: 3 })
    expect(one("for the 21st time")).toMatchObject({ kind: "ordinal", value: 21 })
  })

  it("reads durations of days, weeks and months", () => {
    expect(one("for three weeks")).toMatchObject({ kind: "duration", unit: "weeks", value: 3 })
    expect(one("a 90-day pause")).toMatchObject({ kind: "duration", unit: "days", value: 90 })
  })

  it("reads dates, and clock times are not measures", () => {
    const d = extractMentions("It closed on April 7, 2025 at 2.15pm.", null)
    expect(d.filter(isQuantity).map((m) => [m.kind, m.date])).toEqual([["date", "2025-04-07"]])
  })
})

describe("one of a unit, and powers of units", () => {
  it("reads 'a gallon', 'a mile', 'a penny' as one of the unit, but not 'once a day'", () => {
    expect(one("a gallon of beer")).toMatchObject({ kind: "measure", value: 1, unit: "gal" })
    expect(one("They walked a mile.")).toMatchObject({ value: 1, unit: "mi" })
    expect(one("Oh look, a penny!")).toMatchObject({ kind: "money", value: 0.01, unit: "GBP" })
    expect(all("They meet once a day.")).toEqual([])
  })
  it("reads km^2 and km^3", () => {
    expect(one("an area of 4km^2")).toMatchObject({ unit: "km2", value: 4 })
    expect(one("4 km cubed")).toMatchObject({ unit: "km3" })
  })
})

describe("changes and hedges in market copy", () => {
  it("reads a glued plus sign as a rise and a tilde as a hedge", () => {
    expect(one("The index closed +0.4% on the day.")).toMatchObject({ value: 0.4, change: "up" })
    expect(one("Bake for ~35 min.")).toMatchObject({ value: 35, unit: "minutes", qualifier: "about" })
  })

  it("reads 'lost' and 'added' as moves of a percentage only", () => {
    expect(one("The insurer lost 3.1 percent in early trading.")).toMatchObject({ change: "down" })
    expect(one("The insurer lost $40 million last year.")).toMatchObject({ change: null })
  })
})

describe("forms of scraped and market copy", () => {
  it("reads a transliterated pound sign on a price, not on a console", () => {
    expect(one("The club paid PS4.5m for him.")).toMatchObject({ value: 4.5e6, unit: "GBP" })
    expect(all("She queued all night for a PS5.")).toHaveLength(0)
  })

  it("reads an en dash between numbers as a range", () => {
    expect(one("Simmer for 20 – 30 minutes.")).toMatchObject({ low: 20, high: 30, unit: "minutes" })
  })

  it("reads a measure after a capitalised word as a measure, not a model number", () => {
    expect(one("The Air 13 inch model is lighter.")).toMatchObject({ value: 13, unit: "in" })
    expect(all("The Galaxy 9 arrives in May.")).toHaveLength(0)
  })

  it("reads multiples and frequencies", () => {
    expect(one("The shares trade at 14.5 times earnings.")).toMatchObject({ value: 14.5, unit: "times" })
    expect(one("Buses run four times a day.")).toMatchObject({ value: 4, unit: "times/day" })
  })
})

describe("units as written, never invented", () => {
  it("reads pence through a market report that names its shares once", () => {
    const ms = all(
      "The biggest fallers were Acme Group, down 68 p at 1112 p, and Kelpline Foods, down 1.95 p at 125.8 p."
    )
    expect(ms.map((m) => m.unit)).toEqual(["GBP", "GBP", "GBP", "GBP"])
    expect(ms[1]).toMatchObject({ value: 11.12 })
  })

  it("takes no letter alone for the thing counted, and keeps capitals as written", () => {
    expect(one("The crate weighs 5 q.")).toMatchObject({ value: 5, unit: null })
    expect(one("The closer was worth 2.1 WAR last season.")).toMatchObject({ unit: "win above replacement" })
    expect(one("The firm bought 30 SUV this spring.").unit).toBe("SUV")
  })

  it("reads a price per unit after the dollar's country, and gas in millions of its energy unit", () => {
    expect(one("Crude peaked at $76 US a barrel.")).toMatchObject({ value: 76, unit: "USD/bbl" })
    expect(one("Gas settled at $2.24 per mmBtu.")).toMatchObject({ unit: "USD/MMBtu" })
    expect(one("Gas settled at $3 per million british thermal units.")).toMatchObject({ unit: "USD/MMBtu" })
  })

  it("reads a ratio of two units written with a slash", () => {
    expect(one("The cell reached 1.3 A/cm2 in tests.")).toMatchObject({ value: 1.3, unit: "A/cm2" })
    expect(one("Nitrate stood at 5 mg/L.")).toMatchObject({ unit: "mg/L" })
  })

  it("takes '24/7' and '50/50' for no fraction", () => {
    expect(all("The clinic is open 24/7 and the odds are 50/50.")).toEqual([])
    expect(one("About 3/4 of the seats were sold.")).toMatchObject({ value: 75, unit: "percent" })
  })

  it("reads primes as inches and feet, and typewriter quotes only before a word of size", () => {
    expect(one("The neck is 25.5\u2033 from nut to saddle.")).toMatchObject({ value: 25.5, unit: "in" })
    expect(one("He stands 6\u2032 in socks.")).toMatchObject({ value: 6, unit: "ft" })
    expect(one('The board is 12" wide.')).toMatchObject({ value: 12, unit: "in" })
    expect(one('He shouted "12" twice.').unit).toBeNull()
  })

  it("reads 'kn' as the kuna where money is spoken of, and as knots elsewhere", () => {
    expect(one("The ferry ticket cost me 150 kn.")).toMatchObject({ unit: "HRK" })
    expect(one("The yacht made 12 kn past the pier.")).toMatchObject({ unit: "kt" })
  })

  it("takes 'the quarter' for a period and 'rpm' for a unit", () => {
    expect(all("Revenue in the quarter was flat.")).toEqual([])
    expect(one("The engine peaks at 6000 rpm.")).toMatchObject({ unit: "rpm" })
  })

  it("reads ranges below zero, ranges stated high to low after 'ranged', and no range across units", () => {
    expect(one("Nights ranged from -18 °C to -34 °C.")).toMatchObject({ low: -34, high: -18, unit: "°C" })
    expect(one("Tolls ranged from $9 to $5.")).toMatchObject({ low: 5, high: 9, unit: "USD" })
    expect(all("The dose went from 44 ml to 50 mg.").map((m) => m.unit)).toEqual(["mL", "mg"])
  })

  it("reads a price per dozen, and no cents after an amount in cents", () => {
    expect(one("Eggs averaged 64.2 cents a dozen.")).toMatchObject({ value: 0.642, unit: "USD/dozen" })
  })

  it("reads CJK currency characters, and gives a currency word to its own amount", () => {
    expect(one("The ticket is 100元 today.")).toMatchObject({ value: 100, unit: "CNY" })
    expect(all("It costs 50 dollar 40 rmb.").map((m) => m.unit)).toEqual(["USD", "CNY"])
  })

  it("reads a degree sign before the scale's name, sizes with spaced quotes and crosses, and output per day", () => {
    expect(one("Water boils at 100° Celsius.")).toMatchObject({ value: 100, unit: "°C" })
    expect(one('The pen is 10 " long.')).toMatchObject({ unit: "in" })
    expect(all("The slab is 1 m x 1 m.").map((m) => m.unit)).toEqual(["m", "m"])
    expect(one("The mill handles 4,500 tpd.")).toMatchObject({ unit: "t/day" })
    expect(one("The field pumps 300,000 bpd.")).toMatchObject({ unit: "bbl/day" })
  })

  it("reads a currency hyphened to its amount, a code after an amount as that amount's, and 'over' with digits as time", () => {
    expect(one("She found a 5-dollar bill.")).toMatchObject({ value: 5, unit: "USD" })
    expect(all("Change 10 rmb 20 usd.").map((m) => m.unit)).toEqual(["CNY", "USD"])
    expect(all("He will repay $10000 over 3 years.")[0]).toMatchObject({ value: 10000, unit: "USD" })
    expect(one("The odds are one over three.").value).toBeCloseTo(1 / 3, 6)
  })

  it("names the time below a rate's line as other rates do, and reads superscript powers there", () => {
    expect(one("The dose ran at 12 mg/hr.")).toMatchObject({ unit: "mg/hour" })
    expect(one("The probe flew at 5 km/s.")).toMatchObject({ unit: "km/s" })
    expect(one("The alloy weighs 3 kg/cm\u00b3.")).toMatchObject({ unit: "kg/cm3" })
  })

  it("reads units of science writing: accelerations, powers minus one, millions of years, turns", () => {
    expect(one("Objects fall at 9.8 m/s2.")).toMatchObject({ unit: "m/s2" })
    expect(one("The beam delivered 5 fb-1 of data.")).toMatchObject({ unit: "fb-1" })
    expect(one("The laser light oscillates at 7e14 s-1.")).toMatchObject({ unit: "Hz" })
    expect(one("The rocks formed about 66 Ma ago.")).toMatchObject({ value: 66, unit: "Ma" })
    expect(one("Give the valve a half turn.")).toMatchObject({ value: 0.5, unit: "turns" })
  })

  it("reads the 'c $' of wire copy as CAD but never the article before a dollar sign", () => {
    expect(one("The charge was c $ 300 million.")).toMatchObject({ unit: "CAD" })
    expect(one("He paid a $150 fee.")).toMatchObject({ unit: "USD" })
  })

  it("takes a letter and digits hyphened to a number for a code ('24703 L-202', 'scp2-173m')", () => {
    expect(all("We shipped 24703 L-202 valves.").every((m) => m.unit !== "L")).toBe(true)
    expect(all("The file scp2-173m was lost.")).toEqual([])
  })

  it("reads years further out and back where a preposition of time says so, and a year before a singular noun", () => {
    expect(all("Seas may rise a metre by 2120.").find((m) => m.value === 2120)).toMatchObject({ kind: "year" })
    expect(all("Between 1600 and 1900 the glaciers grew.").map((m) => m.kind)).toEqual(["year", "year"])
    expect(all("Read the 2019 review here.")[0]).toMatchObject({ kind: "year" })
    expect(one("The plant hired 2019 workers.")).toMatchObject({ kind: "count", unit: "workers" })
  })

  it("takes a network's generation and a model named after its number for no amounts", () => {
    expect(one("The plan gives 54GB of 5G data.")).toMatchObject({ value: 54, unit: "GB" })
    expect(all("The airline grounded its 450 Skylark fleet.")).toEqual([])
    expect(one("The blast leaves 3 Dead, police say.")).toMatchObject({ value: 3 })
  })

  it("reads a range stated high to low when both bounds carry the unit and no verb moves it", () => {
    expect(one("The cell ran at 1.3 A/cm2 to 0.03 A/cm2.")).toMatchObject({ low: 0.03, high: 1.3, unit: "A/cm2" })
  })

  it("takes a name's number set off by a stray space as part of the name", () => {
    expect(one("They bought thousands of COVID -19 tests.")).toMatchObject({ unit: "tests", low: 1000 })
  })
})
