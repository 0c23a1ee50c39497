/** The `corroborate` command end to end: exit codes, report files, determinism. */
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join, relative, sep } from "node:path"
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { audit, type SourceDocument } from "@corroborate/claims"
import { auditTo, runCli, tempDir } from "./Cli.js"
import { repoRoot } from "./Shared.js"

const example = join(repoRoot, "examples/corpus")

describe("corroborate audit", () => {
  it("writes the four report files and exits 1 on the example corpus's planted conflicts", async () => {
    const run = await auditTo(example)
    expect(run.code).toBe(1)
    expect(readdirSync(run.out).sort()).toEqual([
      "claims.csv",
      "conflicts.csv",
      "events.csv",
      "facts.csv",
      "quotes.csv",
      "report.html",
      "report.json",
      "report.sarif"
    ])
    expect(run.stdout).toMatch(/2 in conflict/)
    expect(run.report.conflicts.map((c: { metric: string }) => c.metric).sort()).toEqual(["founded", "funding"])
  })

  it("exits 0 when nothing conflicts", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "a.md"),
      "---\noutlet: A\npublished: 2026-01-05\n---\nAcme Corp raised $5 million in a seed round.\n"
    )
    writeFileSync(
      join(dir, "b.md"),
      "---\noutlet: B\npublished: 2026-01-06\n---\nAcme Corp has raised $5 million from investors.\n"
    )
    const run = await auditTo(dir)
    expect(run.code).toBe(0)
    expect(run.report.facts[0]).toMatchObject({ status: "corroborated", sources: 2 })
  })

  it("exits 2 when nothing is readable, naming why", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "empty.txt"), "")
    const run = await runCli(["audit", dir, "--out", tempDir()])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/nothing to audit: .*empty file/)
  })

  it("exits 2 on bad arguments", async () => {
    expect((await runCli(["audit", example, "--format", "fancy"])).code).toBe(2)
    expect((await runCli(["audit", example, "--no-such-option"])).code).toBe(2)
  })

  it("reports unreadable documents and goes on", async () => {
    const dir = tempDir()
    cpSync(example, dir, { recursive: true })
    writeFileSync(join(dir, "broken.md"), "---\ntitle: [oops\n---\nText.")
    const run = await auditTo(dir)
    expect(run.code).toBe(1)
    const broken = run.report.documents.find((d: { id: string }) => d.id === "broken")
    expect(broken).toMatchObject({ status: "error" })
    expect(broken.error).toMatch(/front matter/)
    expect(run.stdout).toMatch(/broken\.md/)
  })

  it("writes byte-identical reports for the same input, whatever the order of files on disk", async () => {
    const a = tempDir()
    const b = tempDir()
    const files = readdirSync(example)
    for (const f of files) cpSync(join(example, f), join(a, f))
    for (const f of [...files].reverse()) cpSync(join(example, f), join(b, f))
    const ra = await auditTo(a)
    const rb = await auditTo(b)
    for (const f of [
      "report.json",
      "facts.csv",
      "conflicts.csv",
      "claims.csv",
      "quotes.csv",
      "events.csv",
      "report.sarif",
      "report.html"
    ]) {
      // locations are relative to the working directory: the folder's name is cut in both spellings
      const strip = (text: string, dir: string) =>
        text.replaceAll(relative(repoRoot, dir).split(sep).join("/"), "").replaceAll(dir, "")
      expect(strip(readFileSync(join(ra.out, f), "utf8"), a)).toBe(strip(readFileSync(join(rb.out, f), "utf8"), b))
    }
  })
})

describe("audit as a library", () => {
  const docs: Array<SourceDocument> = readdirSync(example)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({
      id: f.replace(/\.txt$/, ""),
      path: f,
      text: readFileSync(join(example, f), "utf8"),
      bodyLine: 1,
      meta: { outlet: f, title: null, published: "2026-05-05", url: null, author: null }
    }))

  it("gives the same result for any order of the documents", () => {
    const expected = JSON.stringify(audit(docs, []))
    fc.assert(
      fc.property(
        fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }),
        (shuffled) => JSON.stringify(audit(shuffled, [])) === expected
      ),
      { numRuns: 20 }
    )
  })
})

describe("findings do not depend on document order or ids", () => {
  const project = (r: ReturnType<typeof audit>, rename: (id: string) => string) => ({
    facts: r.facts
      .map((f) => [f.statement, f.status, f.sources, f.value, f.unit, f.asOf, f.documents.map(rename).sort()])
      .sort(),
    conflicts: r.conflicts.map((c) => [c.reason, c.values.map((v) => v.documents.map(rename).sort())]).sort(),
    quotes: r.quotes.map((q) => [q.speaker, q.text, q.status, q.sources, q.documents.map(rename).sort()]).sort(),
    updates: r.updates.map((u) => u.reason).sort()
  })
  const docs: Array<SourceDocument> = readdirSync(example)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({
      id: f.replace(/\.\w+$/, ""),
      path: f,
      text: readFileSync(join(example, f), "utf8").replace(/^---[\s\S]*?---\n/, ""),
      bodyLine: 1,
      meta: { outlet: `Outlet ${f}`, title: null, published: "2026-05-05", url: null, author: null }
    }))
  const expected = project(audit(docs, []), (id) => id)

  it("shuffling the documents or renaming their ids changes nothing in the findings", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }),
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/), { minLength: docs.length, maxLength: docs.length }),
        (shuffled, names) => {
          const renamed = shuffled.map((d, i) => ({ ...d, id: names[i]! }))
          const back = new Map(renamed.map((d) => [d.id, docs.find((x) => x.text === d.text)!.id]))
          const got = project(audit(renamed, []), (id) => back.get(id) ?? id)
          expect(got).toEqual(expected)
        }
      ),
      { numRuns: 40 }
    )
  })
})

describe("output never becomes input", () => {
  it("audits the working directory without its own reports, baseline or configuration, and says which folder it audits", async () => {
    const dir = tempDir("corroborate-cwd-")
    writeFileSync(
      join(dir, "a.md"),
      "---\noutlet: A\npublished: 2026-01-05\n---\nKiln Robotics raised $5 million in a seed round.\n"
    )
    writeFileSync(
      join(dir, "b.md"),
      "---\noutlet: B\npublished: 2026-01-06\n---\nKiln Robotics has raised $5 million from investors.\n"
    )
    writeFileSync(join(dir, "corroborate.config.json"), '{ "out": "reports" }\n')
    const first = await runCli(["audit", "--format", "line"], { cwd: dir })
    expect(first.stderr).toMatch(/auditing .*no path given/)
    await runCli(["audit", "--format", "line", "--update-baseline"], { cwd: dir })
    const second = await runCli(["audit", "--format", "line"], { cwd: dir })
    expect([first.code, second.code]).toEqual([0, 0])
    const report = JSON.parse(readFileSync(join(dir, "reports", "report.json"), "utf8"))
    expect(report.documents.map((d: { id: string }) => d.id)).toEqual(["a", "b"])
  })
})
