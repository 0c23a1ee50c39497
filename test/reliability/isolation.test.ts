/** One document cannot stall or sink a run: deep markup among many files, with the worker pool. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "../Cli.js"

describe("isolation per document", () => {
  it("audits a page of 5,000 nested elements among 70 articles, the others' facts intact", async () => {
    const dir = tempDir()
    mkdirSync(join(dir, "articles"))
    writeFileSync(
      join(dir, "articles", "deep.html"),
      `<html><body>${"<div>".repeat(5000)}Brill Mills hired 40 bakers.${"</div>".repeat(5000)}</body></html>`
    )
    for (let i = 0; i < 70; i++)
      writeFileSync(
        join(dir, "articles", `a${i}.md`),
        `---\noutlet: Paper ${i}\n---\nBrill Mills hired 40 bakers this spring.\n`
      )
    const out = tempDir()
    const r = await runCli(["audit", join(dir, "articles"), "--out", out], { timeoutMs: 60_000 })
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(report.documents).toHaveLength(71)
    expect(report.documents.find((d: { id: string }) => d.id === "deep")).toMatchObject({ status: "ok" })
    // (the 70 identical articles are copies of one origin; the page is a second)
    const fact = report.facts.find((f: { value: number }) => f.value === 40)
    expect(fact.documents).toHaveLength(71)
  }, 90_000)

  /** Seventy short pieces and one long one, in a folder of their own. */
  const withOneLong = (longBytes: number) => {
    const dir = tempDir()
    for (let i = 0; i < 70; i++)
      writeFileSync(
        join(dir, `a${i}.md`),
        `---\noutlet: Paper ${i % 5}\n---\nBrill Mills hired 40 bakers this spring.\n`
      )
    const words = ["harbour", "council", "said", "the", "plan", "would", "cost", "more", "than", "hoped", "bakers"]
    const parts: Array<string> = []
    for (let i = 0, size = 0; size < longBytes; i++) {
      const line = `${words.map((w, k) => words[(i * 7 + k * 3) % words.length]!).join(" ")} ${(i * 37) % 997} dollars.`
      parts.push(line)
      size += line.length + 1
    }
    writeFileSync(join(dir, "long.txt"), parts.join(" "))
    return dir
  }
  const errorsOf = (out: string) => {
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    return {
      report,
      errors: report.documents
        .filter((d: { status: string }) => d.status === "error")
        .map((d: { id: string; error: string }) => [d.id, d.error])
    }
  }

  // a run with the long file and `others` short ones: the long one over a budget of 0.2 s, the others' fact intact
  it.each([
    ["in a pooled run, replacing its worker", 70, { CORROBORATE_WORKERS: "2" }],
    ["in a small run too, where a large file is analysed in a worker of its own", 3, {}]
  ] as const)(
    "reports a file over the time budget %s, and audits the rest",
    async (_, others, env) => {
      const dir = withOneLong(2_000_000)
      for (let i = others; i < 70; i++) rmSync(join(dir, `a${i}.md`))
      const out = tempDir()
      const r = await runCli(["audit", dir, "--out", out, "--max-document-time", "0.2"], { env, timeoutMs: 60_000 })
      expect(r.code).toBe(0)
      const { report, errors } = errorsOf(out)
      expect(errors).toEqual([
        ["long", "took longer than 0.2 s to analyse; split the file, or raise --max-document-time"]
      ])
      expect(report.facts.find((f: { value: number }) => f.value === 40).documents).toHaveLength(others)
    },
    90_000
  )

  it("reports a file over the size budget without reading it", async () => {
    const dir = withOneLong(1_200_000)
    const out = tempDir()
    const r = await runCli(["audit", dir, "--out", out, "--max-document-size", "1"])
    expect(r.code).toBe(0)
    expect(errorsOf(out).errors).toEqual([
      ["long", "document too large: 1.1 MB, limit 1 MB; split it or raise --max-document-size"]
    ])
  })

  it("says which value is wrong for a budget", async () => {
    const r = await runCli(["audit", "examples/corpus", "--out", tempDir(), "--max-document-size", "0"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--max-document-size must be a number of MB above 0")
  })
})
