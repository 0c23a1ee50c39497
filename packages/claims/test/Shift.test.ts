import { describe, expect, it } from "vitest"
import { extractMentions, type Mention } from "../src/Quantity.js"

const levels = (t: string): Array<Mention> =>
  extractMentions(t, null).filter((m) => m.kind !== "date" && m.kind !== "time" && m.kind !== "year")

describe("refineShifts: the levels a change moved between", () => {
  it("pairs levels with words between them", () => {
    const [a, b] = levels("The coin sank from $412 at noon on Monday to $388 later that night.")
    expect(a).toMatchObject({ value: 412, role: "earlier" })
    expect(b).toMatchObject({ value: 388, earlier: 412, change: null, unit: "USD" })
  })

  it("gives a bare level the unit of where it started", () => {
    const [a, b] = levels("The boxer has been dropping from 210 pounds to 196 before the bout.")
    expect(a).toMatchObject({ unit: "lb", role: "earlier" })
    expect(b).toMatchObject({ value: 196, unit: "lb", earlier: 210 })
  })

  it("reads a neutral verb of movement too", () => {
    const [, b] = levels("Inflation is forecast to slow from 3.1 to 2.6 percent next year.")
    expect(b).toMatchObject({ value: 2.6, unit: "percent", earlier: 3.1 })
  })

  it("keeps a range it started from as a range and pairs nothing without a verb of change", () => {
    const [range, level] = levels("Yields climbed from about 30-35 bushels to 41 on the new plots.")
    expect(range).toMatchObject({ low: 30, high: 35, role: "value" })
    expect(level).toMatchObject({ value: 41, earlier: null })
    expect(levels("Seats cost from $40 for students to $95 for boxes.").every((m) => m.earlier === null)).toBe(true)
  })
})
