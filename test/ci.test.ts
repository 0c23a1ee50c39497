/** The audit as a CI step: configuration, exit codes, formats, SARIF, GitHub output and the baseline. */
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { createRequire } from "node:module"
import { bin, runCli, runProcess, tempDir } from "./Cli.js"
import { repoRoot, requireShared, sharedDir } from "./Shared.js"

// ajv-draft-04 is CommonJS; the OASIS SARIF schema is JSON Schema draft-04
const Ajv = createRequire(import.meta.url)("ajv-draft-04") as typeof import("ajv-draft-04").default

const example = join(repoRoot, "examples/corpus")

/** A project folder with the example corpus in `articles/` and an optional config. */
const project = (config?: string) => {
  const dir = tempDir("corroborate-project-")
  cpSync(example, join(dir, "articles"), { recursive: true })
  if (config !== undefined) writeFileSync(join(dir, "corroborate.config.json"), config)
  return dir
}

const clean = () => {
  const dir = tempDir()
  writeFileSync(
    join(dir, "a.md"),
    "---\noutlet: A\npublished: 2026-01-05\n---\nAcme Corp raised $5 million in a seed round.\n"
  )
  writeFileSync(
    join(dir, "b.md"),
    "---\noutlet: B\npublished: 2026-01-06\n---\nAcme Corp has raised $5 million from investors.\n"
  )
  return dir
}

describe("configuration", () => {
  it("is found by walking up from the working directory, comments allowed", async () => {
    const dir = project(`{
      // conflicts only warn in this project
      "severity": { "conflict": "warn", "single-source": "off" },
      "out": "out",
    }`)
    mkdirSync(join(dir, "sub"))
    const r = await runCli(["audit", "../articles"], { cwd: join(dir, "sub") })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    // paths in the configuration are relative to its folder, not to where the run starts
    expect(existsSync(join(dir, "out", "report.json"))).toBe(true)
    expect(r.stdout).toMatch(/warning conflict/)
    expect(r.stdout).not.toMatch(/single-source Kelpline/)
  })

  it("is replaced by --config, which turns the search off", async () => {
    const dir = project(`{ "severity": { "conflict": "off", "misquote": "off" } }`)
    writeFileSync(join(dir, "strict.json"), `{ "severity": { "conflict": "error" } }`)
    expect((await runCli(["audit", "articles", "--out", tempDir()], { cwd: dir })).code).toBe(0)
    expect(
      (await runCli(["audit", "articles", "--out", tempDir(), "--config", "strict.json"], { cwd: dir })).code
    ).toBe(1)
  })

  it("fails with exit 2 naming an unknown key and the allowed keys", async () => {
    const dir = project(`{ "severty": {} }`)
    const r = await runCli(["audit", "articles", "--out", tempDir()], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unknown key 'severty'/)
    expect(r.stderr).toMatch(/allowed keys: .*severity/)
  })

  it("fails with exit 2 naming a bad value and the allowed values", async () => {
    const dir = project(`{ "severity": { "conflict": "fatal" } }`)
    const r = await runCli(["audit", "articles", "--out", tempDir()], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/'severity.conflict' must be one of off, warn, error; got "fatal"/)
    const bad = project(`{ "severity": { "rumour": "warn" } }`)
    expect((await runCli(["audit", "articles"], { cwd: bad })).stderr).toMatch(
      /unknown key 'severity.rumour'; allowed keys in 'severity': conflict, misquote, attribution-conflict, single-source, update/
    )
    const broken = project(`{ "out": `)
    expect((await runCli(["audit", "articles"], { cwd: broken })).stderr).toMatch(/invalid configuration[\s\S]*line 1/)
  })

  it("ships a JSON Schema generated from the config Schema", async () => {
    const r = await runCli(["schema", "config"])
    expect(r.code).toBe(0)
    const schema = JSON.parse(r.stdout)
    expect(schema.$schema).toMatch(/json-schema/)
    const def = schema.$defs?.[schema.$ref?.split("/").pop()] ?? schema
    expect(Object.keys(def.properties)).toEqual(
      expect.arrayContaining(["include", "exclude", "manifest", "severity", "tolerances", "outputs"])
    )
  })
})

describe("exit codes", () => {
  it("0: no error finding", async () => expect((await runCli(["audit", clean(), "--out", tempDir()])).code).toBe(0))
  it("1: an error finding", async () => expect((await runCli(["audit", example, "--out", tempDir()])).code).toBe(1))
  it("1: more warnings than --max-warnings", async () => {
    const dir = project(`{ "severity": { "conflict": "warn" } }`)
    expect((await runCli(["audit", "articles", "--out", tempDir()], { cwd: dir })).code).toBe(0)
    const r = await runCli(["audit", "articles", "--out", tempDir(), "--max-warnings", "1"], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/more than --max-warnings 1/)
  })
  it("2: --strict and an unreadable document", async () => {
    const dir = clean()
    writeFileSync(join(dir, "broken.md"), "---\ntitle: [\n---\nx")
    expect((await runCli(["audit", dir, "--out", tempDir()])).code).toBe(0)
    const r = await runCli(["audit", dir, "--out", tempDir(), "--strict"])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/could not be read \(--strict\)/)
  })
  it("2: nothing readable", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "x.txt"), "")
    expect((await runCli(["audit", dir, "--out", tempDir()])).code).toBe(2)
  })
})

describe("console formats", () => {
  it("line: path:line:col: severity rule message", async () => {
    const r = await runCli(["audit", example, "--out", tempDir(), "--format", "line"])
    const lines = r.stdout.trim().split("\n")
    expect(lines.length).toBeGreaterThan(2)
    for (const l of lines)
      expect(l).toMatch(
        /^examples\/corpus\/[\w.-]+:\d+:\d+: (error|warning) (conflict|misquote|attribution-conflict|single-source|update) \S/
      )
  })

  it("json: the summary and the findings", async () => {
    const r = await runCli(["audit", example, "--out", tempDir(), "--format", "json"])
    const out = JSON.parse(r.stdout)
    expect(out.summary.conflicts).toBe(2)
    expect(out.findings.filter((f: { rule: string }) => f.rule === "conflict")).toHaveLength(2)
  })

  it("github: workflow annotations with file, line, col and title, and a Markdown step summary", async () => {
    const summary = join(tempDir(), "summary.md")
    writeFileSync(summary, "previous step\n")
    const r = await spawnWithEnv(["audit", example, "--out", tempDir(), "--format", "github"], {
      GITHUB_STEP_SUMMARY: summary
    })
    const annotations = r.stdout.trim().split("\n")
    expect(annotations[0]).toMatch(
      /^::error file=examples\/corpus\/[\w.-]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=corroborate conflict::Kelpline/
    )
    const md = readFileSync(summary, "utf8")
    expect(md.startsWith("previous step\n## Corroborate audit")).toBe(true)
    expect(md).toMatch(/\| conflict \| Kelpline funding/)
  })

  it("sarif: the SARIF log on standard output", async () => {
    const r = await runCli(["audit", example, "--out", tempDir(), "--format", "sarif"])
    expect(JSON.parse(r.stdout).version).toBe("2.1.0")
  })
})

const spawnWithEnv = (args: Array<string>, env: Record<string, string>) =>
  runProcess(process.execPath, [bin, ...args], { env })

describe.runIf(requireShared())("SARIF", () => {
  it("is valid against the OASIS SARIF 2.1.0 schema and complete for GitHub code scanning", async () => {
    const out = tempDir()
    await runCli(["audit", "corpus/halcyon-grid", "--out", out], { cwd: sharedDir })
    const sarif = JSON.parse(readFileSync(join(out, "report.sarif"), "utf8"))
    const schema = JSON.parse(readFileSync(join(sharedDir, "schemas/sarif-schema-2.1.0.json"), "utf8"))
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true)
    expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/)
    const rules = sarif.runs[0].tool.driver.rules
    for (const r of rules) {
      expect(r.id).toBeTruthy()
      expect(r.shortDescription.text).toBeTruthy()
      expect(r.fullDescription.text).toBeTruthy()
      expect(r.help.text).toBeTruthy()
    }
    const results = sarif.runs[0].results
    expect(results.length).toBeGreaterThan(3)
    for (const res of results) {
      expect(res.message.text).toBeTruthy()
      const loc = res.locations[0].physicalLocation
      expect(loc.artifactLocation.uri).not.toMatch(/^(\/|[a-z]+:)/)
      expect(loc.region.startLine).toBeGreaterThan(0)
      expect(loc.region.startColumn).toBeGreaterThan(0)
      expect(loc.region.endLine).toBeGreaterThanOrEqual(loc.region.startLine)
      expect(res.partialFingerprints["corroborateFindingId/v1"]).toMatch(
        /^(conflict|quote|fact|update|inconsistency|unreadable)-[0-9a-f]{12}$/
      )
      expect(res.partialFingerprints.primaryLocationLineHash).toBeUndefined()
    }
  })
})

describe("baseline", () => {
  it("round-trips: accepted findings are suppressed and no longer fail the run", async () => {
    const dir = project()
    const baseline = join(dir, "corroborate-baseline.json")
    const write = await runCli(["audit", "articles", "--out", tempDir(), "--update-baseline"], { cwd: dir })
    expect(write.code).toBe(0)
    const written = JSON.parse(readFileSync(baseline, "utf8"))
    expect(written.accepted.map((a: { rule: string }) => a.rule)).toEqual(expect.arrayContaining(["conflict"]))
    // the default file is picked up without --baseline
    const out = tempDir()
    const again = await runCli(["audit", "articles", "--out", out, "--format", "json"], { cwd: dir })
    expect(again.code).toBe(0)
    const findings = JSON.parse(again.stdout).findings as Array<{ suppressed: boolean; justification: string }>
    expect(findings.every((f) => f.suppressed)).toBe(true)
    const sarif = JSON.parse(readFileSync(join(out, "report.sarif"), "utf8"))
    expect(sarif.runs[0].results[0].suppressions[0].kind).toBe("external")
    // reasons written by a person are kept when the baseline is written again
    written.accepted[0].reason = "checked with the company"
    writeFileSync(baseline, JSON.stringify(written))
    await runCli(["audit", "articles", "--out", tempDir(), "--update-baseline"], { cwd: dir })
    expect(
      JSON.parse(readFileSync(baseline, "utf8")).accepted.find((a: { id: string }) => a.id === written.accepted[0].id)
        .reason
    ).toBe("checked with the company")
  })

  it("keeps finding ids when unrelated text in the articles changes", async () => {
    const dir = project()
    const ids = async () =>
      (
        JSON.parse((await runCli(["audit", "articles", "--out", tempDir(), "--format", "json"], { cwd: dir })).stdout)
          .findings as Array<{ id: string }>
      )
        .map((f) => f.id)
        .sort()
    const before = await ids()
    appendFileSync(
      join(dir, "articles", "harbour-times.md"),
      "\nThe weather on the coast was calm that week, fishermen said.\n"
    )
    writeFileSync(
      join(dir, "articles", "bluewater-report.txt"),
      `Breaking\n\n${readFileSync(join(dir, "articles", "bluewater-report.txt"), "utf8")}`
    )
    expect(await ids()).toEqual(before)
  })

  it("a new finding still fails the run", async () => {
    const dir = project()
    await runCli(["audit", "articles", "--out", tempDir(), "--update-baseline"], { cwd: dir })
    writeFileSync(
      join(dir, "articles", "gazette.md"),
      "---\noutlet: Gazette\npublished: 2026-05-05\n---\nThe seaweed farmer Kelpline now employs 300 people at 14 offshore farms.\n"
    )
    const r = await runCli(["audit", "articles", "--out", tempDir(), "--format", "line"], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/error conflict Kelpline employees/)
  })

  it("rejects a malformed baseline with exit 2", async () => {
    const dir = project()
    writeFileSync(join(dir, "corroborate-baseline.json"), "{ nope")
    expect((await runCli(["audit", "articles", "--out", tempDir()], { cwd: dir })).code).toBe(2)
  })
})

describe("CSV and HTML safety end to end", () => {
  it("neutralises a formula in a document's sentence and escapes script in HTML", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "a.md"),
      '---\noutlet: A\npublished: 2026-01-05\n---\n=HYPERLINK("http://evil") Acme Corp raised $5 million. Acme Corp raised $6 million <script>alert(1)</script> in its seed round.\n'
    )
    writeFileSync(
      join(dir, "b.md"),
      "---\noutlet: B\npublished: 2026-01-05\n---\nAcme Corp raised $9 million in its seed round.\n"
    )
    const out = tempDir()
    await runCli(["audit", dir, "--out", out])
    const claims = readFileSync(join(out, "claims.csv"), "utf8")
    expect(claims).toContain('"\'=HYPERLINK(""http://evil"") Acme Corp raised $5 million."')
    const html = readFileSync(join(out, "report.html"), "utf8")
    expect(html).not.toContain("<script>alert(1)</script>")
    expect(html).toContain("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e")
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i)
  })
})
