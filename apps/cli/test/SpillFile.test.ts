import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { mergeSorted, readSpill, reiterable, SpillWriter } from "../src/SpillFile.js"

const made: Array<string> = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})
const file = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-spill-"))
  made.push(dir)
  return join(dir, name)
}

describe("SpillFile", () => {
  it("reads back every record in the order written, across many frames", () => {
    const path = file("records")
    const w = new SpillWriter<{ n: number; text: string }>(path)
    const records = Array.from({ length: 20_000 }, (_, n) => ({ n, text: `line ${n} with a "quote" and \n a break` }))
    for (const r of records) w.write(r)
    w.close()
    expect(w.count).toBe(20_000)
    expect([...readSpill(path)]).toEqual(records)
  })

  it("reads an empty spill as no records", () => {
    const path = file("empty")
    new SpillWriter(path).close()
    expect([...readSpill(path)]).toEqual([])
  })

  it("says so when a spill ends inside a frame", () => {
    const path = file("cut")
    writeFileSync(path, Buffer.from([200, 0, 0, 0, 1, 2, 3]))
    expect(() => [...readSpill(path)]).toThrow(/ends inside a frame/)
  })

  it("merges sorted sources into one sorted walk, ties to the earlier source", () => {
    const a = [
      { k: 1, s: "a" },
      { k: 3, s: "a" },
      { k: 5, s: "a" }
    ]
    const b = [
      { k: 1, s: "b" },
      { k: 2, s: "b" }
    ]
    const merged = [...mergeSorted([a, [], b], (x, y) => x.k - y.k)]
    expect(merged.map((x) => `${x.k}${x.s}`)).toEqual(["1a", "1b", "2b", "3a", "5a"])
  })

  it("walks a reiterable list afresh each time", () => {
    let walks = 0
    const list = reiterable(() => {
      walks++
      return [1, 2][Symbol.iterator]()
    })
    expect([...list]).toEqual([1, 2])
    expect([...list]).toEqual([1, 2])
    expect(walks).toBe(2)
  })
})
