import { describe, expect, it } from "vitest"
import { splitSentences } from "../src/Sentence.js"

const split = (t: string) => splitSentences(t, { start: 0, end: t.length }).map((s) => s.text)

describe("splitSentences", () => {
  it("splits on sentence ends and keeps offsets", () => {
    const t = "Acme raised $5 million. It plans to hire. Mr. Smith agreed."
    const s = splitSentences(t, { start: 0, end: t.length })
    expect(s.map((x) => x.text)).toEqual(["Acme raised $5 million.", "It plans to hire.", "Mr. Smith agreed."])
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text)
  })

  it("does not split inside abbreviations, initials or decimals", () => {
    expect(split("The U.S. plant in Mexico employs 900 people. Sales grew 3.5% in Q1.")).toEqual([
      "The U.S. plant in Mexico employs 900 people.",
      "Sales grew 3.5% in Q1."
    ])
    expect(split("Donald J. Trump spoke.")).toEqual(["Donald J. Trump spoke."])
    expect(
      split("The bank, which earns half its revenue outside the U.S., kept $9 billion abroad. It said so.")
    ).toHaveLength(2)
    expect(split("Sales in the U.K.; costs in the E.U. rose.")).toHaveLength(1)
  })

  it("splits after a word that ends like an abbreviation ('Mexico.')", () => {
    expect(split("It has a plant in Mexico. The plant closed.")).toHaveLength(2)
  })

  it("keeps a quote and its attribution together", () => {
    expect(split('"Why?" she asked. Nobody knew.')).toEqual(['"Why?" she asked.', "Nobody knew."])
  })
})
