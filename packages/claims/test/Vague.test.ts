import { describe, expect, it } from "vitest"
import { extractMentions } from "../src/Quantity.js"

const one = (t: string) => {
  const ms = extractMentions(t, null).filter((m) => m.kind !== "date")
  expect(ms, JSON.stringify(ms.map((m) => m.text))).toHaveLength(1)
  return ms[0]!
}

describe("vague amounts: the decade an order of magnitude names", () => {
  it.each([
    ["Dozens of volunteers came.", 12, 120, "volunteers", "count"],
    ["Hundreds of flights were cancelled.", 100, 1000, "flights", "count"],
    ["The storm cost tens of millions of dollars.", 1e7, 1e8, "USD", "money"],
    ["Tens of thousands of Tasmanians marched.", 1e4, 1e5, "tasmanians", "count"],
    ["The smoke drifted hundreds of miles.", 100, 1000, "mi", "measure"],
    ["Several hundred people gathered.", 300, 900, "people", "count"],
    ["The club raised a few thousand dollars.", 2000, 5000, "USD", "money"]
  ] as const)("reads %s", (text, low, high, unit, kind) => {
    expect(one(text)).toMatchObject({ low, high, unit, kind })
  })

  it("leaves a scale word after a number to the number", () => {
    expect(one("They sold 3 thousand tickets.")).toMatchObject({ value: 3000, low: 3000, high: 3000 })
  })
})
