import { describe, expect, it } from "vitest"
import { extractMentions } from "../src/Quantity.js"

const quantities = (t: string) => extractMentions(t, null).filter((m) => m.kind !== "date")

describe("refineConversions: a restatement in brackets says the same thing", () => {
  it("carries the hedge of what it restates, with its bounds", () => {
    const [, kw, ps] = quantities("The motor gives a little over 150 hp (112 kW / 152 PS) at the top.")
    expect(kw).toMatchObject({ value: 112, qualifier: "more than", high: null })
    expect(ps).toMatchObject({ value: 152, qualifier: "more than" })
  })

  it("carries the direction of change", () => {
    const [c, f] = quantities("Night lows fell by 2 to 3 degrees Celsius (3.6 to 5.4 Fahrenheit) last winter.")
    expect(c).toMatchObject({ low: 2, high: 3, unit: "°C", change: "down" })
    expect(f).toMatchObject({ low: 3.6, high: 5.4, unit: "°F", change: "down" })
  })

  it("leaves a bracketed figure of another kind alone", () => {
    const [, count] = quantities("Over 40 km (12 stations) were closed.")
    expect(count).toMatchObject({ value: 12, qualifier: null })
  })
})
