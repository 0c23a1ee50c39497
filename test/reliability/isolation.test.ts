/** One document cannot stall or sink a run: deep markup among many files, with the worker pool. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "../Cli.js"

describe("isolation per document", () => {
  it("audits a page of 5,000 nested elements among 70 articles, the others' facts intact", () => {
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
    const r = runCli(["audit", join(dir, "articles"), "--out", out], { timeoutMs: 60_000 })
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(report.documents).toHaveLength(71)
    expect(report.documents.find((d: { id: string }) => d.id === "deep")).toMatchObject({ status: "ok" })
    // (the 70 identical articles are copies of one origin; the page is a second)
    const fact = report.facts.find((f: { value: number }) => f.value === 40)
    expect(fact.documents).toHaveLength(71)
  }, 90_000)
})
