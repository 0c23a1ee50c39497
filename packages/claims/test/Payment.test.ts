/** Parts of a payment and prices per thing. Sentences written for these tests. */
import { describe, expect, it } from "vitest"
import { claimsOfParagraph } from "./OneParagraph.js"

const claims = (text: string, published = "2019-06-11") => claimsOfParagraph(text, published)

describe("payments", () => {
  it("keeps the parts of a payment apart from the whole: in cash, in stock", () => {
    const c = claims("Corvane Foods raised its offer to $14 a share, with $9 in cash and $5 in Corvane stock.")
    expect(c.filter((x) => x.kind === "money").map((x) => [x.value, x.scope, x.counted])).toEqual([
      [14, "whole", null],
      [9, "part", "cash"],
      [5, "part", "stock"]
    ])
  })

  it("keeps a price per thing in its currency, the thing in its property", () => {
    const c = claims("Corvane Foods agreed to pay $14 a share for the bakery chain.")
    expect(c.filter((x) => x.kind === "money").map((x) => [x.unit, x.metric.endsWith("per share")])).toEqual([
      ["USD", true]
    ])
  })
})
