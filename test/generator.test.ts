import { describe, expect, it } from "vitest"
import { makeEvent, rng } from "../apps/bench/src/GenCorpus.js"

// the bench's gold holds only while no two generated events share a company or a chief executive
describe("generated corpus", () => {
  // a million documents make about 220,000 events; the names gain a syllable at 102,400 and 160,000
  it("names every company and chief executive apart for the events of a million documents and more", () => {
    const companies = new Set<string>()
    const people = new Set<string>()
    const events = 400_000
    for (let i = 0; i < events; i++) {
      const e = makeEvent(rng(7, i), i)
      companies.add(e.company.slice(0, e.company.lastIndexOf(" ")))
      people.add(e.ceo)
    }
    expect(companies.size).toBe(events)
    expect(people.size).toBe(events)
  })
})
