import { describe, expect, it } from "vitest"
import { storyClaims } from "../src/Claim.js"
import { splitSentences } from "../src/Sentence.js"
import { claimsOfParagraph } from "./OneParagraph.js"
import { midSentenceCapitals } from "../src/Entity.js"

const claims = (text: string, published = "2026-03-10") => claimsOfParagraph(text, published)

describe("storyClaims", () => {
  it("names the speaker that opens a one-sentence story", () => {
    const text = "Brinewood said on Friday it had hired 40 divers for its oyster beds."
    const para = { start: 0, end: text.length }
    const sentences = splitSentences(text, para)
    const c = storyClaims({
      text,
      sentences,
      quoted: [],
      published: "2026-03-10",
      capitals: midSentenceCapitals(sentences.map((x) => x.text)),
      paragraphEndOf: () => text.length
    })
    expect(c.map((x) => [x.subject, x.value])).toEqual([["Brinewood", 40]])
  })

  it("finds subject, metric and time", () => {
    const c = claims(
      "Brightwell Foods, the Leeds-based oat milk maker, said on Friday it had raised $75 million from new backers, valuing the company at $640 million."
    )
    expect(c.map((x) => [x.subject, x.metric, x.value])).toEqual([
      ["Brightwell Foods", "funding", 75e6],
      ["Brightwell Foods", "valuation", 640e6]
    ])
  })

  it("resolves 'the company' and 'it' to the organisation the story is about", () => {
    const c = claims(
      "Acme Robotics raised $5 million. The company, established in 2011, today has roughly 230 staff on its payroll. It expects to break even in 2029."
    )
    expect(c.map((x) => [x.subject, x.metric])).toEqual([
      ["Acme Robotics", "funding"],
      ["Acme Robotics", "founded"],
      ["Acme Robotics", "employees"],
      ["Acme Robotics", "break-even"]
    ])
  })

  it("tells a pre-money valuation from the valuation and the amount raised", () => {
    const c = claims("Brightwell Foods' latest round brings in $75 million on a pre-money valuation of $565 million.")
    expect(c.map((x) => [x.metric, x.value])).toEqual([
      ["funding", 75e6],
      ["pre-money valuation", 565e6]
    ])
  })

  it("treats 'yesterday' and 'on Tuesday' in a fresh piece as the news itself, one time", () => {
    const a = claims("Acme Corp said on Tuesday it had raised $5 million.", "2026-03-11")
    const b = claims("Acme Corp announced yesterday it had raised $5 million.", "2026-03-11")
    expect(a.find((c) => c.metric === "funding")).toMatchObject({ asOf: "2026-03", asOfStated: false })
    expect(b.find((c) => c.metric === "funding")).toMatchObject({ asOf: "2026-03", asOfStated: false })
  })

  it("keeps a stated time apart from the publication date", () => {
    const [now, before] = claims(
      "The Pocketmap app now counts 80 million weekly users, up from 65 million last month.",
      "2025-04-01"
    )
    expect(now).toMatchObject({ asOf: "2025-04", asOfStated: false, metric: "weekly users" })
    expect(before).toMatchObject({ asOf: "2025-03", asOfStated: true, metric: "weekly users", value: 65e6 })
  })

  it("ties a release year to the named product", () => {
    const [c] = claims("It is the lab's biggest update since the launch of Model-7 in 2021.")
    expect(c).toMatchObject({ subject: "Model-7", metric: "released", value: 2021, asOf: null })
  })

  it("leaves numbers inside direct quotes to the quote stage", () => {
    expect(claims('"We have 300 employees," said Jane Doe of Acme Corp.')).toEqual([])
  })

  it("does not make claims of small spelled-out descriptive counts", () => {
    expect(claims("Acme Corp runs 38 sites in two countries.").map((c) => c.unit)).toEqual(["sites"])
  })
})

describe("holders and times of business figures", () => {
  it("gives a value to the owner named in a possessive before it", () => {
    const c = claims("Vantor's board turned down Norlex's original $64 billion approach last year.")
    expect(c.find((x) => x.value === 64e9)).toMatchObject({ subject: "Norlex", metric: "original offer" })
  })

  it("reads 'as of the end of 2019' as the time of its clause", () => {
    const c = claims("A filing showed Norlex kept $12.4 billion of its profits overseas as of the close of 2019.")
    expect(c.find((x) => x.value === 12.4e9)).toMatchObject({ metric: "foreign profit", asOf: "2019" })
  })

  it("reads a share's price in the market apart from an offer", () => {
    const c = claims("Before the $90-a-share offer, Vantor stock had been trading at about $61.")
    expect(c.find((x) => x.value === 61)).toMatchObject({ metric: "share price" })
    expect(c.find((x) => x.value === 90)).toMatchObject({ metric: "offer per share" })
  })
})
