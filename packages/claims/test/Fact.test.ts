import { describe, expect, it } from "vitest"
import { buildFacts, intervalOf, subjectAliases, type KeyedClaim } from "../src/Fact.js"

let n = 0
const claim = (over: Partial<KeyedClaim>): KeyedClaim => ({
  id: `c${++n}`,
  document: `d${n}`,
  origin: "o",
  subject: "Acme",
  metric: "funding",
  metricClass: "event",
  value: 1,
  low: null,
  high: null,
  unit: "USD",
  qualifier: null,
  change: null,
  step: 1,
  asOf: null,
  asOfStated: false,
  ...over
})

describe("compatibility", () => {
  it("lets hedges overlap: about 450 and more than 400 agree", () => {
    const f = buildFacts([
      claim({ metric: "employees", unit: "employees", value: 450, step: 10, qualifier: "about", origin: "a" }),
      claim({ metric: "employees", unit: "employees", value: 400, step: 100, qualifier: "more than", origin: "b" }),
      claim({ metric: "employees", unit: "employees", value: 450, step: 10, origin: "c" })
    ])
    expect(f.conflicts).toEqual([])
    expect(f.facts[0]).toMatchObject({ status: "corroborated", sources: 3 })
  })

  it("allows rounding: $1.1 billion and $1.08 billion agree, $120M and $150M do not", () => {
    expect(
      buildFacts([claim({ value: 1.1e9, step: 1e8, origin: "a" }), claim({ value: 1.08e9, step: 1e7, origin: "b" })])
        .conflicts
    ).toEqual([])
    const f = buildFacts([
      claim({ value: 120e6, step: 1e7, origin: "a" }),
      claim({ value: 120e6, step: 1e7, origin: "b" }),
      claim({ value: 150e6, step: 1e7, origin: "c" })
    ])
    expect(f.conflicts).toHaveLength(1)
    expect(f.conflicts[0]!.reason).toBe("Acme funding: $120M in 2 sources vs $150M in 1 source")
  })

  it("converts units: 0.41 km and 412 m agree", () => {
    const f = buildFacts([
      claim({ metric: "length", metricClass: "state", unit: "km", value: 0.41, step: 0.01, origin: "a" }),
      claim({ metric: "length", metricClass: "state", unit: "m", value: 412, step: 1, origin: "b" })
    ])
    expect(f.conflicts).toEqual([])
  })

  it("converts durations: two years and 24 months agree", () => {
    const f = buildFacts([
      claim({ metric: "contract", metricClass: "event", unit: "years", value: 2, origin: "a" }),
      claim({ metric: "contract", metricClass: "event", unit: "months", value: 24, step: 1, origin: "b" })
    ])
    expect(f.conflicts).toEqual([])
  })

  it("keeps a pre-money valuation apart from the post-money valuation", () => {
    const f = buildFacts([
      claim({ metric: "valuation", metricClass: "state", value: 1.1e9, step: 1e8, origin: "a" }),
      claim({ metric: "pre-money valuation", metricClass: "state", value: 980e6, step: 1e7, origin: "b" })
    ])
    expect(f.conflicts).toEqual([])
    expect(f.facts).toHaveLength(2)
  })

  it("never compares different currencies", () => {
    const f = buildFacts([
      claim({ value: 100, unit: "USD", origin: "a" }),
      claim({ value: 90, unit: "EUR", origin: "b" })
    ])
    expect(f.conflicts).toEqual([])
    expect(f.facts).toHaveLength(2)
  })

  it("reads years as spans: 2016 and 2017 conflict, 2019 and November 2019 agree", () => {
    expect(
      buildFacts([
        claim({ metric: "founded", metricClass: "timeless", unit: "year", value: 2016, origin: "a" }),
        claim({ metric: "founded", metricClass: "timeless", unit: "year", value: 2017, origin: "b" })
      ]).conflicts
    ).toHaveLength(1)
    const nov = claim({
      metric: "released",
      metricClass: "timeless",
      unit: "year",
      value: 2019,
      low: 2019 + 10 / 12,
      high: 2019 + 11 / 12 - 1e-9,
      step: 1 / 12,
      origin: "b"
    })
    expect(
      buildFacts([claim({ metric: "released", metricClass: "timeless", unit: "year", value: 2019, origin: "a" }), nov])
        .conflicts
    ).toEqual([])
    expect(
      intervalOf({ value: 2019, low: null, high: null, unit: "year", qualifier: null, step: 1, change: null })[0]
    ).toBe(2019)
  })
})

describe("time", () => {
  it("reports a series of values for different times as an update", () => {
    const f = buildFacts([
      claim({
        metric: "death toll",
        metricClass: "state",
        unit: "people",
        value: 14,
        asOf: "2026-03-09",
        asOfStated: true,
        origin: "a"
      }),
      claim({
        metric: "death toll",
        metricClass: "state",
        unit: "people",
        value: 19,
        asOf: "2026-03-10",
        asOfStated: true,
        origin: "b"
      })
    ])
    expect(f.conflicts).toEqual([])
    expect(f.updates).toHaveLength(1)
    expect(f.updates[0]!.timeline.map((p) => [p.asOf, p.value])).toEqual([
      ["2026-03-09", 14],
      ["2026-03-10", 19]
    ])
  })

  it("makes values for different times a series, not a conflict", () => {
    const f = buildFacts([
      claim({ metric: "weekly users", metricClass: "state", unit: "users", value: 5e8, asOf: "2025-04", origin: "a" }),
      claim({
        metric: "weekly users",
        metricClass: "state",
        unit: "users",
        value: 4e8,
        asOf: "2025-03",
        asOfStated: true,
        origin: "a"
      })
    ])
    expect(f.conflicts).toEqual([])
    expect(f.facts).toHaveLength(2)
  })
  it("flags different values for the same time", () => {
    const f = buildFacts([
      claim({ metric: "revenue change", metricClass: "state", unit: "percent", value: 64, asOf: "2025", origin: "a" }),
      claim({ metric: "revenue change", metricClass: "state", unit: "percent", value: 46, asOf: "2025", origin: "b" })
    ])
    expect(f.conflicts).toHaveLength(1)
  })
})

describe("sources and subjects", () => {
  it("counts origins, not documents", () => {
    const f = buildFacts([claim({ document: "a", origin: "Ledger" }), claim({ document: "b", origin: "Ledger" })])
    expect(f.facts[0]).toMatchObject({ sources: 1, status: "single-source", documents: ["a", "b"] })
  })
  it("maps a short name onto the one longer name it abbreviates", () => {
    const a = subjectAliases(["Halcyon", "Halcyon Grid", "Musk", "Elon Musk", "Meta"])
    expect(a.get("Halcyon")).toBe("Halcyon Grid")
    expect(a.get("Musk")).toBe("Elon Musk")
    expect(a.get("Meta")).toBe("Meta")
  })
  it("is independent of input order", () => {
    const cs = [
      claim({ value: 120e6, step: 1e7, origin: "a" }),
      claim({ value: 150e6, step: 1e7, origin: "b" }),
      claim({ value: 120e6, step: 1e7, origin: "c" })
    ]
    expect(JSON.stringify(buildFacts([...cs].reverse()))).toBe(JSON.stringify(buildFacts(cs)))
  })

  it("does not set counts of the hospitalized against each other: they change by the hour", () => {
    const f = buildFacts([
      claim({
        subject: "shooting, Millbrook",
        metric: "hospitalized",
        metricClass: "state",
        unit: null,
        value: 6,
        origin: "a"
      }),
      claim({
        subject: "shooting, Millbrook",
        metric: "hospitalized",
        metricClass: "state",
        unit: null,
        value: 3,
        origin: "b"
      })
    ])
    expect(f.conflicts).toEqual([])
  })

  it("does not set a case's 'no arrests yet' against a later arrest", () => {
    const f = buildFacts([
      claim({
        subject: "shooting, Millbrook",
        metric: "arrests",
        metricClass: "state",
        unit: null,
        value: 0,
        origin: "a"
      }),
      claim({
        subject: "shooting, Millbrook",
        metric: "arrests",
        metricClass: "state",
        unit: null,
        value: 1,
        origin: "b"
      })
    ])
    expect(f.conflicts).toEqual([])
  })

  it("does not set a day worked out from a weekday, or a value the text says is over, against another source", () => {
    const day = (value: number, text: string, origin: string) =>
      claim({
        subject: "shooting, Millbrook",
        metric: "date",
        metricClass: "timeless",
        unit: "date",
        value,
        text,
        origin
      })
    expect(buildFacts([day(18000, "Tuesday", "a"), day(18001, "March 12", "b")]).conflicts).toEqual([])
    expect(buildFacts([day(18000, "March 11", "a"), day(18001, "March 12", "b")]).conflicts).toHaveLength(1)
    const rate = (value: number, origin: string, role?: string) =>
      claim({ metric: "tax rate", unit: "%", value, origin, ...(role ? { role } : {}) })
    expect(buildFacts([rate(15.5, "a"), rate(35, "b", "earlier")]).conflicts).toEqual([])
  })

  it("keeps a one-off amount of another time apart: an offer made months before is another offer", () => {
    const offer = (value: number, asOf: string, asOfStated: boolean, origin: string) =>
      claim({ metric: "acquisition price", metricClass: "event", value, asOf, asOfStated, origin })
    expect(buildFacts([offer(121e9, "2018-02", false, "a"), offer(103e9, "2017-11", true, "b")]).conflicts).toEqual([])
    expect(
      buildFacts([offer(121e9, "2018-02", false, "a"), offer(117e9, "2018-02", false, "b")]).conflicts
    ).toHaveLength(1)
  })
})

describe("what is set against what", () => {
  it("compares values of one order of magnitude, apart from a stray per-share figure", () => {
    const f = buildFacts([
      claim({ metric: "offer", value: 103e9, step: 1e9, asOf: "2018-02", origin: "a" }),
      claim({ metric: "offer", value: 105e9, step: 1e9, asOf: "2018-02", origin: "b" }),
      claim({ metric: "offer", value: 10, step: 1, asOf: "2018-02", origin: "c" })
    ])
    expect(f.conflicts).toHaveLength(1)
    expect(f.conflicts[0]!.values.map((v) => v.value)).toEqual([103e9, 105e9])
  })

  it("never sets an undated value against a dated one", () => {
    const f = buildFacts([
      claim({ metric: "offer", value: 103e9, step: 1e9, asOf: "2017-11", origin: "a" }),
      claim({ metric: "offer", value: 121e9, step: 1e9, asOf: null, origin: "b" })
    ])
    expect(f.conflicts).toEqual([])
  })

  it("knows a company by its name without its legal form or seat", () => {
    const f = buildFacts([
      claim({ subject: "Norlex Holdings Group Inc", value: 5e6, step: 1e6, origin: "a" }),
      claim({ subject: "Oslo-based Norlex", value: 5e6, step: 1e6, origin: "b" })
    ])
    expect(f.facts).toHaveLength(1)
    expect(f.facts[0]).toMatchObject({ status: "corroborated", sources: 2 })
  })
})

describe("fact ids", () => {
  it("keeps a part and the whole of the same value apart: two facts, two ids", () => {
    const f = buildFacts([
      claim({ metric: "deaths", unit: null, value: 2, origin: "a" }),
      claim({ metric: "deaths", unit: null, value: 2, origin: "b", scope: "part", counted: "women" })
    ])
    expect(f.facts).toHaveLength(2)
    expect(new Set(f.facts.map((x) => x.id)).size).toBe(2)
  })

  it("builds the same facts from a share of the blocks when given the whole audit's aliases", () => {
    const all = [
      claim({ subject: "Acme", value: 5, origin: "a" }),
      claim({ subject: "Acme Corp", value: 5, origin: "b" }),
      claim({ subject: "Kelpline", metric: "revenue", value: 9, origin: "c" })
    ]
    const aliases = subjectAliases(all.map((c) => c.subject))
    const whole = buildFacts(all)
    const acme = buildFacts(all.slice(0, 2), undefined, aliases)
    expect(acme.facts).toHaveLength(1)
    expect(acme.facts).toEqual(whole.facts.filter((x) => x.metric === "funding"))
  })
})
