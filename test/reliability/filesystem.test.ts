/** The file system as it is: special files, links that loop, folders that cannot be read. */
import { execFileSync } from "node:child_process"
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { auditTo, runCli, tempDir } from "../Cli.js"

const article =
  "---\noutlet: Tideline\npublished: 2026-02-03\n---\nMarrow Foods said it had hired 85 packers for its new plant.\n"

describe("the file system as it is", () => {
  it("reports a FIFO without opening it, follows a link to a folder once, and goes on", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "a.md"), article)
    execFileSync("mkfifo", [join(dir, "pipe.md")])
    symlinkSync(".", join(dir, "self"))
    mkdirSync(join(dir, "sub"))
    symlinkSync("..", join(dir, "sub", "up"))
    const out = tempDir()
    const r = await runCli(["audit", dir, "--out", out], { timeoutMs: 20_000 })
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    const ids = report.documents.map((d: { id: string }) => d.id)
    expect(ids.filter((id: string) => id === "a")).toHaveLength(1)
    expect(report.documents.find((d: { id: string }) => d.id === "pipe")).toMatchObject({
      status: "error",
      error: "not a regular file (FIFO); skipped"
    })
  })

  it.runIf(process.getuid?.() !== 0)("reports a folder it may not read", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "a.md"), article)
    mkdirSync(join(dir, "locked"))
    chmodSync(join(dir, "locked"), 0)
    const out = tempDir()
    await runCli(["audit", dir, "--out", out])
    chmodSync(join(dir, "locked"), 0o755)
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(report.documents.find((d: { id: string }) => d.id === "locked")).toMatchObject({
      status: "error",
      error: "folder cannot be read: permission denied"
    })
  })

  it("keeps ids unique when two folders given hold the same relative path", async () => {
    const dir = tempDir()
    mkdirSync(join(dir, "d1"))
    mkdirSync(join(dir, "d2"))
    writeFileSync(join(dir, "d1", "a.md"), article)
    writeFileSync(
      join(dir, "d2", "a.md"),
      "---\noutlet: Harbour Post\npublished: 2026-02-04\n---\nPackers are in short supply, yet Marrow Foods hired 85 packers for the site, its manager told us on Tuesday.\n"
    )
    const out = tempDir()
    await runCli(["audit", "d1", "d2", "--out", out], { cwd: dir })
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(report.documents.map((d: { id: string }) => d.id)).toEqual(["d1/a", "d2/a"])
    // a fact two sources state is corroborated, not single-source
    expect(report.facts.find((f: { value: number }) => f.value === 85).origins).toEqual(["Harbour Post", "Tideline"])
  })
})

describe("what is passed over is said", () => {
  it("lists hidden folders and files and node_modules in the report, and reads one named on the command line", async () => {
    const dir = tempDir()
    mkdirSync(join(dir, ".drafts"))
    mkdirSync(join(dir, "node_modules", "pkg"), { recursive: true })
    writeFileSync(join(dir, ".drafts", "a.md"), "Brill Mills said it has 12 stores.\n")
    writeFileSync(join(dir, "node_modules", "pkg", "README.md"), "A package.\n")
    writeFileSync(join(dir, ".notes.md"), "Brill Mills said it has 13 stores.\n")
    writeFileSync(join(dir, "b.md"), "Brill Mills said it has 12 stores.\n")
    const out = tempDir()
    const r = await runCli(["audit", dir, "--out", out])
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(
      report.skipped.map((s: { path: string; reason: string }) => [s.path.slice(dir.length + 1), s.reason])
    ).toEqual([
      [".drafts", "hidden folder; name it on the command line to read it"],
      [".notes.md", "hidden file; name it on the command line to read it"],
      ["node_modules", "dependencies; name it on the command line to read it"]
    ])
    expect(r.stdout).toMatch(/^Not read: .*\.drafts, .*\.notes\.md, .*node_modules \(hidden or dependencies/m)
    const named = JSON.parse(readFileSync(join((await auditTo(join(dir, ".drafts"))).out, "report.json"), "utf8"))
    expect(named.summary.claims).toBe(1)
  })
})
