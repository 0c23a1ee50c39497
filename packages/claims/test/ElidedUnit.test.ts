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
    expect(figures("Ferry bookings rose by 40 cars while rail bookings fell by 9.")[1]!.unit).toBeNull()
    const [, b] = figures("Shares rose by 3 percent. Later they fell by 1.")
    expect(b!.unit).toBeNull()
    // a year in the clause keeps no unit
    const years = extractMentions("Sales rose by 4 percent and will grow by 2030.", null)
    expect(years.filter((m) => m.unit === "percent")).toHaveLength(1)
  })
})
