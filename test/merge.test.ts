/** Map and reduce: per-document analyses in shards (extract --jsonl --analyse), merged into one report. */
import { readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { auditTo, runCli, tempDir } from "./Cli.js"
import { repoRoot } from "./Shared.js"

const example = join(repoRoot, "examples/corpus")

describe("corroborate merge", () => {
  it("turns shards of per-document analyses into the same findings as one audit", async () => {
    const whole = await auditTo(example)
    const records = readdirSync(example)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => {
        const id = f.replace(/\.\w+$/, "")
        const doc = whole.report.documents.find((d: { id: string }) => d.id === id)
        const text = readFileSync(join(example, f), "utf8").replace(/^---[\s\S]*?---\n/, "")
        return JSON.stringify({ id, path: `examples/corpus/${f}`, text, outlet: doc.outlet, published: doc.published })
      })
    const dir = tempDir()
    const shards = await Promise.all(
      [records.slice(0, 2), records.slice(2)].map(async (part, i) => {
        const r = await runCli(["extract", "--jsonl", "--analyse"], { input: part.join("\n") })
        expect(r.code).toBe(0)
        const file = join(dir, `shard-${i}.jsonl`)
        writeFileSync(file, r.stdout)
        return file
      })
    )
    const out = tempDir()
    const merged = await runCli(["merge", ...shards, "--out", out, "--format", "json"])
    expect(merged.code).toBe(1)
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(report.conflicts.map((c: { reason: string }) => c.reason)).toEqual(
      whole.report.conflicts.map((c: { reason: string }) => c.reason)
    )
    expect(
      report.facts.map((f: { statement: string; status: string; sources: number }) => [
        f.statement,
        f.status,
        f.sources
      ])
    ).toEqual(
      whole.report.facts.map((f: { statement: string; status: string; sources: number }) => [
        f.statement,
        f.status,
        f.sources
      ])
    )
  })

  it("reports a bad shard line and goes on; exits 2 when no line is an analysis", async () => {
    const dir = tempDir()
    const good = (
      await runCli(["extract", "--jsonl", "--analyse"], {
        input: JSON.stringify({ id: "a", text: "Acme Corp raised $5 million.", published: "2026-01-05", outlet: "A" })
      })
    ).stdout
    writeFileSync(join(dir, "s.jsonl"), `${good}not json\n{"id":"x","line":3,"error":"record needs a 'text' string"}\n`)
    const out = tempDir()
    const r = await runCli(["merge", join(dir, "s.jsonl"), "--out", out, "--format", "json"])
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(report.documents.filter((d: { status: string }) => d.status === "error")).toHaveLength(2)
    writeFileSync(join(dir, "bad.jsonl"), "nope\n")
    expect((await runCli(["merge", join(dir, "bad.jsonl"), "--out", tempDir()])).code).toBe(2)
  })
})
