import { describe, expect, it } from "vitest"
import { PairLog } from "../src/PairEvidence.js"

describe("PairEvidence", () => {
  it("sums each pair's evidence in the order it was added and counts the participants' names", () => {
    const log = new PairLog(4)
    log.add(0, 2, 0.1, false)
    log.add(1, 3, 1, true)
    log.add(0, 2, 0.2, true)
    log.add(0, 1, 5, false)
    log.add(0, 2, 0.3, false)
    const e = log.sum()
    expect(e.size).toBe(3)
    // the running total's sum, bit for bit
    expect(e.get(0, 2)).toEqual({ weight: 0 + 0.1 + 0.2 + 0.3, people: 1 })
    expect(e.get(1, 3)).toEqual({ weight: 1, people: 1 })
    expect(e.get(0, 3)).toBeUndefined()
    expect(e.get(2, 3)).toBeUndefined()
  })

  it("lists the pairs that pass, strongest first, then by first story and second", () => {
    const log = new PairLog(5)
    for (const [i, j, w] of [
      [3, 4, 2],
      [0, 4, 2],
      [0, 1, 0.5],
      [0, 3, 3]
    ] as const)
      log.add(i, j, w, false)
    const e = log.sum()
    expect([...e.strongest((x) => x.weight >= 1)].map((at) => e.pairAt(at)).map(([i, j]) => `${i}-${j}`)).toEqual([
      "0-3",
      "0-4",
      "3-4"
    ])
  })

  it("gives each story its strongest partner, the first in story order of equals, and none to a story without pairs", () => {
    const log = new PairLog(6)
    for (const [i, j, w] of [
      [0, 1, 2],
      [0, 2, 3],
      [1, 3, 2],
      [2, 3, 3]
    ] as const)
      log.add(i, j, w, false)
    const { partner, weight } = log.sum().strongestPartners()
    // story 2 has two partners of 3: story 0 comes first
    expect([...partner]).toEqual([2, 0, 0, 2, -1, -1])
    expect([...weight]).toEqual([3, 2, 3, 3, 0, 0])
  })

  it("holds many pairs", () => {
    const log = new PairLog(3000)
    for (let i = 0; i < 3000; i++) for (let j = i + 1; j < Math.min(3000, i + 40); j++) log.add(i, j, 1, j % 2 === 0)
    const e = log.sum()
    expect(e.size).toBe(3000 * 39 - (39 * 40) / 2)
    expect(e.get(10, 49)).toEqual({ weight: 1, people: 0 })
  })
})
