/**
 * What a reviewer sees: every side of a finding located in its file, nothing
 * dropped from any format, a console that marks the value and says where the
 * reports went. On the example corpus and on the real news of ../shared.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "./Cli.js"
import { repoRoot, requireShared, sharedDir } from "./Shared.js"

/** A folder with one good article, an empty file and a binary one. */
const withBadInputs = () => {
  const dir = tempDir()
  writeFileSync(
    join(dir, "good.md"),
    "---\noutlet: Tideline\npublished: 2026-02-03\n---\nMarrow Foods said it had hired 85 packers for its new plant.\n"
  )
  writeFileSync(join(dir, "empty.txt"), "")
  writeFileSync(join(dir, "blob.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))
  return dir
}

describe("every side, each once", () => {
  it("line: one line per side of a conflict, saying which value it is, paths relative", async () => {
    const r = await runCli(["audit", "examples/corpus", "--out", tempDir(), "--format", "line"])
    const lines = r.stdout.trim().split("\n")
    const funding = lines.filter((l) => / error conflict Kelpline funding/.test(l))
    expect(funding.length).toBeGreaterThanOrEqual(3)
    expect(funding.some((l) => /\(here: "\$54 million" in Bluewater Report\)/.test(l))).toBe(true)
    expect(funding.some((l) => /\(here: "\$45 million" in Harbour Times\)/.test(l))).toBe(true)
    expect(new Set(lines).size).toBe(lines.length)
    for (const l of lines) expect(l).toMatch(/^examples\/corpus\/[\w.-]+:\d+:\d+: /)
    expect(r.stderr).toMatch(/reports written to/)
  })

  it("github: one annotation per side, de-duplicated, the original before its copy", async () => {
    const r = await runCli(["audit", "examples/corpus", "--out", tempDir(), "--format", "github"])
    const conflicts = r.stdout
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("::error") && l.includes("founded"))
    const files = conflicts.map((l) => /file=([^,]+)/.exec(l)![1])
    expect(files).toEqual([
      "examples/corpus/bluewater-report.txt",
      "examples/corpus/harbour-times.md",
      "examples/corpus/coastal-courier.md"
    ])
    expect(conflicts[2]).toMatch(/a copy of harbour-times/)
  })

  it("sarif: every side is a location of its result, each once", async () => {
    const out = tempDir()
    await runCli(["audit", "examples/corpus", "--out", out])
    const sarif = JSON.parse(readFileSync(join(out, "report.sarif"), "utf8"))
    const founded = sarif.runs[0].results.find((x: { message: { text: string } }) => x.message.text.includes("founded"))
    const places = [founded.locations[0], ...founded.relatedLocations].map(
      (l: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }) =>
        `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine}`
    )
    expect(places).toHaveLength(3)
    expect(new Set(places).size).toBe(3)
    expect(founded.relatedLocations[0].message.text).toMatch(/^"2019" in Harbour Times/)
  })
})

describe("nothing silent", () => {
  it("names an unreadable file in every format, with the message of report.json", async () => {
    const dir = withBadInputs()
    const out = tempDir()
    const pretty = await runCli(["audit", dir, "--out", out])
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    const errors = report.documents
      .filter((d: { status: string }) => d.status === "error")
      .map((d: { error: string }) => d.error)
    expect(errors).toHaveLength(2)
    const line = (await runCli(["audit", dir, "--out", tempDir(), "--format", "line"])).stdout
    const github = (await runCli(["audit", dir, "--out", tempDir(), "--format", "github"])).stdout
    const sarif = JSON.parse(readFileSync(join(out, "report.sarif"), "utf8"))
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map(
      (n: { message: { text: string } }) => n.message.text
    )
    for (const error of errors) {
      expect(pretty.stdout).toContain(error)
      expect(line).toMatch(new RegExp(`warning unreadable .*${error.replace(/[()]/g, ".")}`))
      expect(github).toMatch(
        new RegExp(`::warning file=.*title=corroborate unreadable::.*${error.replace(/[()]/g, ".")}`)
      )
      expect(notes.some((n: string) => n.includes(error))).toBe(true)
    }
  })
})

describe("the console", () => {
  it("marks the value, uses plurals, prints no escape codes into a pipe and says where the reports are", async () => {
    const out = tempDir()
    const r = await runCli(["audit", "examples/corpus", "--out", out], { env: { NO_COLOR: "" } })
    expect(r.stdout).not.toMatch(/\u001b/)
    expect(r.stdout).toMatch(/Founded in \[2018\], Kelpline runs 14 farms/)
    expect(r.stdout).toMatch(/^Findings: 2 conflicts, 5 single-source facts$/m)
    expect(r.stdout.trim().split("\n").pop()).toBe(
      `Reports written to ${out}: report.json, facts.csv, conflicts.csv, claims.csv, quotes.csv, events.csv, report.sarif, report.html`
    )
    const one = await runCli(["audit", join(withBadInputs(), "good.md"), "--out", tempDir()])
    expect(one.stdout).toMatch(/^1 document \(0 unreadable\), 1 story, 1 claim, 0 quotes$/m)
  })
})

describe.runIf(requireShared())("locations in real news", () => {
  // quotes are compared with their typography undone, as the analysis reads them
  const plain = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
  it.each(["events", "gva"])(
    "%s: every finding's file:line:column shows the marked value",
    async (folder) => {
      const r = await runCli([
        "audit",
        join(sharedDir, "corpus/real-news-dev", folder),
        "--out",
        tempDir(),
        "--format",
        "json"
      ])
      const findings = JSON.parse(r.stdout).findings as Array<{
        locations: Array<{
          path: string
          line: number
          column: number
          text: string
          mark: { start: number; end: number } | null
        }>
      }>
      const files = new Map<string, Array<string>>()
      let checked = 0
      for (const f of findings) {
        for (const l of f.locations) {
          if (l.mark === null) continue
          const lines = files.get(l.path) ?? readFileSync(join(repoRoot, l.path), "utf8").split("\n")
          files.set(l.path, lines)
          const value = l.text.slice(l.mark.start, l.mark.end)
          const at = lines[l.line - 1]!.slice(l.column - 1, l.column - 1 + value.length)
          expect(plain(at), `${l.path}:${l.line}:${l.column}`).toBe(plain(value))
          checked++
        }
      }
      expect(checked).toBeGreaterThan(500)
    },
    120_000
  )
})

describe("locations in markup", () => {
  it("places values of HTML and JSON documents at their line and column in the file", async () => {
    const dir = tempDir()
    const html = [
      "<!doctype html><html><head><title>Kestrel Mill hires</title>",
      '<meta property="og:site_name" content="Valley Ledger"><script>var s = "Kestrel Mill will hire 900";</script></head>',
      "<body><article><h1>Kestrel Mill to hire staff</h1>",
      "<p>Kestrel Mill said on Monday it will hire <b>300</b> people at its new",
      "plant, the company&rsquo;s biggest expansion, at a cost of &pound;45 million.</p></article></body></html>"
    ].join("\n")
    writeFileSync(join(dir, "a.html"), html)
    writeFileSync(
      join(dir, "b.json"),
      JSON.stringify(
        [
          {
            id: 1,
            outlet: "Dunmore Post",
            text: "Kestrel Mill said it will hire 350 people at the \u201cnew\u201d plant."
          }
        ],
        null,
        1
      )
    )
    const out = tempDir()
    await runCli(["audit", dir, "--out", out])
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    const file = (doc: string) => readFileSync(join(dir, doc.startsWith("a") ? "a.html" : "b.json"), "utf8").split("\n")
    const at = (c: { document: string; line: number; column: number }, n: number) =>
      file(c.document)[c.line - 1]!.slice(c.column - 1, c.column - 1 + n)
    const hires = report.claims.filter((c: { metric: string }) => c.metric === "hires")
    expect(hires.map((c: { value: number }) => c.value).sort()).toEqual([300, 350])
    for (const c of hires) expect(at(c, 3)).toBe(String(c.value))
    const cost = report.claims.find((c: { text: string }) => c.text.startsWith("£"))
    expect(at(cost, 9)).toBe("&pound;45")
  })
})
