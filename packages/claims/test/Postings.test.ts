import { describe, expect, it } from "vitest"
import { Postings } from "../src/Postings.js"

describe("Postings", () => {
  const keys = [["harbour", "ferry"], [], ["ferry", "storm", "ferry"], ["harbour"]]
  const postings = new Postings(keys.length, (i) => keys[i]!)

  it("lists each key's items in item order, keys in the order first met, as a map of arrays would", () => {
    const asMap = new Map<string, Array<number>>()
    for (const [i, ks] of keys.entries()) for (const k of ks) asMap.set(k, [...(asMap.get(k) ?? []), i])
    expect([...postings.entries()].map(([k, l]) => [k, [...l]])).toEqual([...asMap.entries()])
    expect([...postings.get("ferry")!]).toEqual([0, 2, 2])
  })

  it("knows no key that no item holds", () => {
    expect(postings.get("bridge")).toBeUndefined()
    expect([...new Postings(0, () => ["x"]).entries()]).toEqual([])
  })

  it("keeps a value with each item in each of its keys' lists", () => {
    const weighted = new Postings(
      keys.length,
      (i) => keys[i]!,
      (i, n) => i * 10 + n
    )
    expect([...weighted.valuesOf("ferry")!]).toEqual([1, 20, 22])
    expect([...weighted.valuesOf("harbour")!]).toEqual([0, 30])
    expect(postings.valuesOf("ferry")).toBeUndefined()
  })
})
