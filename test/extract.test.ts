/** `corroborate extract` end to end: a file, standard input, and the --jsonl batch mode. */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "./Cli.js"

const lines = (s: string) =>
  s
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))

describe("corroborate extract", () => {
  it("prints one JSON line per mention of a file, with offsets into the file", async () => {
    const dir = tempDir()
    const text = "Acme raised \u20ac48.5m.\nNineteen people died last month."
    writeFileSync(join(dir, "a.txt"), text)
    const r = await runCli(["extract", join(dir, "a.txt"), "--published", "2025-04-01"])
    expect(r.code).toBe(0)
    const ms = lines(r.stdout)
    expect(ms.map((m) => [m.kind, m.value, m.unit, m.date])).toEqual([
      ["money", 48.5e6, "EUR", null],
      ["count", 19, "people", null],
      ["date", null, null, "2025-03"]
    ])
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(Object.keys(ms[0])).toEqual([
      "text",
      "start",
      "end",
      "kind",
      "value",
      "low",
      "high",
      "range",
      "unit",
      "qualifier",
      "change",
      "from",
      "date",
      "precision",
      "relative",
      "resolved"
    ])
  })

  it("says whether low and high are a range the text states or the bounds of a hedge", async () => {
    const r = await runCli(["extract", "-"], { input: "Owners report about 30-34 mpg, and about 40 owners wrote in." })
    const ms = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(ms.map((m) => [m.text, m.low, m.high, m.range])).toEqual([
      ["about 30-34 mpg", 30, 34, true],
      ["about 40 owners", 35, 45, false]
    ])
  })

  it("reads standard input with -", async () => {
    const r = await runCli(["extract", "-"], { input: "It employs nearly 900 people." })
    expect(lines(r.stdout)).toMatchObject([{ value: 900, qualifier: "nearly", unit: "people" }])
  })

  it("answers each JSON line in order, and reports a bad line without stopping", async () => {
    const input = [
      JSON.stringify({ id: "a", text: "Sales rose 13% yesterday.", published: "2026-03-11" }),
      "not json",
      JSON.stringify({ id: 2, text: "Nothing here." }),
      JSON.stringify({ id: "c", text: "x", published: "March" })
    ].join("\n")
    const r = await runCli(["extract", "--jsonl"], { input })
    expect(r.code).toBe(0)
    const out = lines(r.stdout)
    expect(out.map((o) => o.id)).toEqual(["a", null, 2, "c"])
    expect(
      out[0].mentions.map((m: { kind: string; change: string | null; date: string | null }) => [
        m.kind,
        m.change,
        m.date
      ])
    ).toEqual([
      ["percent", "up", null],
      ["date", null, "2026-03-10"]
    ])
    expect(out[1].error).toMatch(/malformed JSON/)
    expect(out[2].mentions).toEqual([])
    expect(out[3].error).toMatch(/published/)
  })

  it("rejects a malformed --published with exit 2", async () => {
    const r = await runCli(["extract", "-", "--published", "yesterday"], { input: "x" })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--published/)
  })
})
