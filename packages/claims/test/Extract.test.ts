import { describe, expect, it } from "vitest"
import { extract } from "../src/Extract.js"

describe("extract: the public extraction API", () => {
  it("gives each mention its span in the text as given", () => {
    const text = "Revenue\u00a0rose to $4.2 billion.\n\nThe plant   ships 300 shipping containers a week."
    for (const m of extract(text)) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it("names a count's unit with the nouns that make the thing, not the adjectives that describe it", () => {
    const [a, b] = extract("The clinic did 41 heart transplants and treated 12 elderly patients.")
    expect(a).toMatchObject({ value: 41, unit: "heart transplants" })
    expect(b).toMatchObject({ value: 12, unit: "patients" })
  })

  it("shows numbers that are no quantity with their kind and no value", () => {
    const ms = extract("Call 555-0142 before 9:30 a.m. at 1200 Harbour Road.")
    expect(ms.every((m) => m.value === null)).toBe(true)
    expect(new Set(ms.map((m) => m.kind))).toEqual(new Set(["phone", "time", "address"]))
  })
})
