import { describe, expect, it } from "vitest"
import { extractMentions, type Mention } from "../src/Quantity.js"

const figures = (t: string): Array<Mention> =>
  extractMentions(t, null).filter((m) => m.kind !== "date" && m.kind !== "time" && m.kind !== "year")

describe("refineElidedUnits: a unit a sentence states once for parallel figures", () => {
  it("gives a bare figure the unit of the figure in the same slot before it", () => {
    const [, b] = figures("The Kelpline index rose by 2 percent while the Millbrook index slipped by 1.")
    expect(b).toMatchObject({ value: 1, unit: "percent", change: "down" })
    const [, level, , close] = figures(
      "The Acme index ended down 1% at 2,410.5 points, while the broader index lost 0.8% to end at 1,802.25."
    )
    expect(level).toMatchObject({ value: 2410.5, unit: "points" })
    // the slot "at" matches "at 2,410.5 points", not the nearer "0.8%"
    expect(close).toMatchObject({ value: 1802.25, unit: "points" })
  })

  it("carries only units of shares and scores, and only within a sentence", () => {
    expect(figures("Coach bookings rose by 40 cars while rail bookings fell by 9.")[1]!.unit).toBeNull()
    const [, b] = figures("Shares rose by 3 percent. Later they fell by 1.")
    expect(b!.unit).toBeNull()
    // a year in the clause keeps no unit
    const years = extractMentions("Sales rose by 4 percent and will grow by 2030.", null)
    expect(years.filter((m) => m.unit === "percent")).toHaveLength(1)
  })

  it("gives the second bound of a from-to pair the first one's unit, whatever it is", () => {
    const [, b] = figures("Mileage went from about 14-18 mpg to 24 on the new models.")
    expect(b).toMatchObject({ value: 24, unit: "mpg" })
  })

  it("gives a part the unit of its whole when the whole counts things or money", () => {
    const [part] = figures("He has raised 280 million of the 1.5 billion shekels he needs.")
    expect(part).toMatchObject({ value: 280e6, unit: "ILS", kind: "money" })
    expect(figures("The chain shut 12 of its 40 stores.")[0]).toMatchObject({ value: 12, unit: "stores" })
    // a size is no whole: five of the three-ton satellites are not tons
    expect(figures("The yard will build five of the three-ton satellites.")[0]!.unit).toBeNull()
  })

  it("gives a figure the measure stated after the next one when 'and' or 'or' joins them", () => {
    const [a] = figures("Patients were given 45 and 50 mg of the drug.")
    expect(a).toMatchObject({ value: 45, unit: "mg" })
    expect(figures("He scored 3 and 4 goals.")[0]!.unit).toBeNull()
  })

  it("gives a bare figure after 'and' the unit of the nearest figure before, if that unit is a share, score or angle", () => {
    const after = figures("The launch angle was minus-1.4 degrees in 2018 and 2.1 last year.").filter(
      (m) => m.kind !== "year"
    )
    expect(after[1]).toMatchObject({ value: 2.1, unit: "deg" })
    expect(figures("It was 5 percent of 40 people and 3 more.")[2]!.unit).toBeNull()
  })
})
