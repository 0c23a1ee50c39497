import { describe, expect, it } from "vitest"
import { extract } from "../src/Extract.js"

describe("extract: the public extraction API", () => {
  it("gives each mention its span in the text as given", () => {
    const text = "Revenue\u00a0rose to $4.2 billion.\n\nThe plant   ships 300 shipping containers a week."
    for (const m of extract(text)) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it("names a count's unit with the words of its noun phrase, and a unit of measure alone", () => {
    const [a, b, c] = extract(
      "The clinic did 41 heart transplants, treated 12 elderly patients and ran 300 measured yards."
    )
    expect(a).toMatchObject({ value: 41, unit: "heart transplants" })
    expect(b).toMatchObject({ value: 12, unit: "elderly patients" })
    expect(c).toMatchObject({ value: 300, unit: "yards" })
  })

  it("gives ages their own unit, apart from durations", () => {
    const [age, span] = extract("The 34-year-old driver had worked there for 12 years.")
    expect(age).toMatchObject({ kind: "age", value: 34, unit: "year of age" })
    expect(span).toMatchObject({ kind: "duration", value: 12, unit: "years" })
  })

  it("folds where a level started into the level it reached", () => {
    const ms = extract("Ticket sales slid from 9,400 on Friday to 7,150 by Sunday.").filter((m) => m.kind !== "date")
    expect(ms).toHaveLength(1)
    expect(ms[0]).toMatchObject({ value: 7150, from: 9400, change: null, text: "9,400 on Friday to 7,150" })
  })

  it("gives minor currency units and fractions as the text states them", () => {
    const [cents, pence, share] = extract(
      "The dividend rose 14 cents a share, the stock ended at 231.5p in late trading, and a fifth of staff left."
    )
    expect(cents).toMatchObject({ value: 14, unit: "cent/share", kind: "money" })
    expect(pence).toMatchObject({ value: 231.5, unit: "penny" })
    expect(share).toMatchObject({ value: 0.2, unit: "fraction" })
  })

  it("shows numbers that are no quantity with their kind and no value", () => {
    const ms = extract("Call 555-0142 before 9:30 a.m. at 1200 Harbour Road.")
    expect(ms.every((m) => m.value === null)).toBe(true)
    expect(new Set(ms.map((m) => m.kind))).toEqual(new Set(["phone", "time", "address"]))
  })
})
