/**
 * What a document holds cannot command a terminal or a CI job, and a configuration that comes with a
 * repository cannot send reads or writes outside it.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "../Cli.js"

/** Text that would act on a terminal or a workflow if printed raw. */
const HOSTILE = {
  command: "::error title=owned::pwned",
  ansi: "\u001b[31mred\u001b[0m",
  osc8: "\u001b]8;;https://example.test\u0007link\u001b]8;;\u0007",
  csi: "\u009b31m",
  bidi: "\u202eevil\u202c",
  bell: "\u0007"
}

const hostileCorpus = () => {
  const dir = tempDir()
  writeFileSync(
    join(dir, "a.md"),
    `---\noutlet: "${HOSTILE.command}"\ntitle: "${HOSTILE.osc8.replace(/\u001b/g, "\\e").replace(/\u0007/g, "\\a")}"\n---\nBrill Mills said it has 12 stores.\n`
  )
  writeFileSync(
    join(dir, "b.md"),
    `---\noutlet: "B${HOSTILE.ansi}${HOSTILE.bidi}"\n---\nBrill Mills said it has 15 stores.\n`
  )
  // a sentence that is itself a workflow command, after a line break
  writeFileSync(
    join(dir, "c.txt"),
    `Brill Mills said it has 17 stores.\n${HOSTILE.command}\n::warning::Brill Mills has 19 stores${HOSTILE.csi}${HOSTILE.bell}.\n`
  )
  // a file name and an error snippet carrying them
  writeFileSync(join(dir, `d\u001b[2Jname${HOSTILE.bidi}.json`), `{"text": "::error::broken ${HOSTILE.ansi}`)
  return dir
}

describe("output that cannot command a terminal or a CI", () => {
  it.each(["pretty", "line", "github", "json", "sarif"])(
    "neutralises document text in the %s format",
    async (format) => {
      const r = await runCli(["audit", hostileCorpus(), "--out", tempDir(), "--format", format])
      expect(r.code).not.toBe(2)
      for (const stream of [r.stdout, r.stderr]) {
        expect(stream).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
        expect(stream).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
        // only the github format's own annotations may begin with '::', and none carries the document's title
        const commands = stream.split("\n").filter((l) => l.startsWith("::"))
        if (format === "github") for (const l of commands) expect(l).toMatch(/^::(error|warning|notice) file=/)
        else expect(commands).toEqual([])
        expect(stream).not.toMatch(/^::error title=owned/m)
      }
    }
  )
})

describe("configuration paths stay in the project", () => {
  const project = () => {
    const dir = tempDir()
    mkdirSync(join(dir, "articles"))
    writeFileSync(join(dir, "articles", "a.md"), "Brill Mills said it has 12 stores.\n")
    return dir
  }

  it("refuses 'out', 'baseline' and 'manifest' outside the project, naming each key", async () => {
    const dir = project()
    writeFileSync(
      join(dir, "corroborate.config.json"),
      JSON.stringify({ out: "../elsewhere", baseline: "/etc/hostname", manifest: "../../sources.json" })
    )
    const r = await runCli(["audit", "articles"], { cwd: dir })
    expect(r.code).toBe(2)
    for (const key of ["out", "baseline", "manifest"])
      expect(r.stderr).toMatch(new RegExp(`'${key}' must be inside the project folder .*; got`))
  })

  it("reads paths in the configuration from its folder, wherever the run starts", async () => {
    const dir = project()
    writeFileSync(join(dir, "corroborate.config.json"), JSON.stringify({ out: "audit-reports" }))
    const r = await runCli(["audit", "../articles"], { cwd: join(dir, "articles") })
    expect(r.code).not.toBe(2)
    expect(r.stdout).toContain("Reports written to ../audit-reports")
  })

  it("lets the command line name a folder outside the project", async () => {
    const dir = project()
    writeFileSync(join(dir, "corroborate.config.json"), JSON.stringify({ out: "../elsewhere" }))
    const out = tempDir()
    expect((await runCli(["audit", "articles", "--out", out], { cwd: dir })).code).toBe(2)
    writeFileSync(join(dir, "corroborate.config.json"), "{}")
    expect((await runCli(["audit", "articles", "--out", out], { cwd: dir })).code).not.toBe(2)
  })
})
