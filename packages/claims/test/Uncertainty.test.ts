import { describe, expect, it } from "vitest"
import { extractMentions } from "../src/Quantity.js"

const figures = (t: string) => extractMentions(t, null).filter((m) => m.kind !== "date" && m.kind !== "year")

describe("refineUncertainty: a figure with its uncertainty", () => {
  it("joins the value and its uncertainty into one figure with bounds, in the unit either gives", () => {
    expect(figures("The sample weighs 12 ± 2 kg.")).toEqual([
      expect.objectContaining({ value: 12, low: 10, high: 14, unit: "kg", text: "12 ± 2 kg" })
    ])
    expect(figures("Support stands at 45% +/- 3%.")).toEqual([
      expect.objectContaining({ value: 45, low: 42, high: 48, unit: "percent" })
    ])
  })

  it("keeps figures in two units apart", () => {
    expect(figures("It weighs 12 kg ± 2 lb.")).toHaveLength(2)
  })
})
