import { describe, expect, it } from "vitest"
import { extractMentions, isQuantity } from "../src/Quantity.js"
import { referenceSpans } from "../src/Reference.js"

const kinds = (t: string) => extractMentions(t, "2024-03-04").map((m) => [m.kind, m.text])

describe("numbers that are no claim", () => {
  it.each([
    ["Officers were called to the 2300 block of Elm Avenue.", "address", "2300 block of"],
    ["The shop at 118 Harbor View Road was closed.", "address", "118 Harbor View Road"],
    ["Send letters to Kilnworth, IL 62799 by Friday.", "address", "IL 62799"],
    ["The firm leased Unit 3 at 16-18 Kelpline Avenue to a printer.", "address", "16-18 Kelpline Avenue"],
    ["The flat at 22 Ave Brandvold sold last year.", "address", "22 Ave Brandvold"],
    ["Homes in the 90312 ZIP Code sold for less.", "address", "90312 ZIP Code"],
    ["Tips can be left at 1-888-555-CASH anonymously.", "phone", "1-888-555-CASH"],
    ["Call the desk at (614) 555-0199 for details.", "phone", "(614) 555-0199"],
    ["Anyone who saw it should call 555-0142.", "phone", "555-0142"],
    ["The crash closed I-70 near the bridge.", "identifier", "I-70"],
    ["Traffic backed up on Route 31 for hours.", "identifier", "Route 31"],
    ["The Hawks won 31-17 on the road.", "score", "31-17"],
    ["They finished the year 44-30-8.", "score", "44-30-8"],
    ["Image 3 of 25", "page", "Image 3 of 25"],
    ["The post drew 412 comments by noon.", "page", "412 comments"],
    ["Copyright 2016 Example Media Group.", "page", "Copyright 2016"],
    ["Shots rang out at 11:45 p.m. on the corner.", "time", "11:45 p.m."]
  ])("%s is a %s", (text, kind, span) => {
    expect(kinds(text)).toContainEqual([kind, span])
    expect(extractMentions(text, "2024-03-04").filter((m) => isQuantity(m) && m.text.includes(span))).toEqual([])
  })

  it("keeps an ascending pair as a range, not a score", () => {
    expect(referenceSpans("Volunteers aged 18-25 signed up.").filter((r) => r.kind === "score")).toEqual([])
  })

  it("reads an ordinal before a noun, and a fraction before 'of'", () => {
    expect(extractMentions("A fourth victim died on Sunday.", null)[0]).toMatchObject({ kind: "ordinal", value: 4 })
    expect(extractMentions("A fourth of the budget went to roads.", null)[0]).toMatchObject({
      kind: "percent",
      value: 25
    })
  })
})
