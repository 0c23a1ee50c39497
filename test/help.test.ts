/** The command explains itself: help pages, and errors that say what to type instead. */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "./Cli.js"

describe("help", () => {
  it("prints the program's help with its commands, examples and exit codes, with no escape codes", async () => {
    for (const args of [[], ["--help"], ["help"]]) {
      const r = await runCli(args)
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^Usage: corroborate <command> \[options\]$/m)
      expect(r.stdout).toMatch(/^ {2}audit {6}audit articles/m)
      expect(r.stdout).toMatch(/^Exit codes:$/m)
      expect(r.stdout).not.toMatch(/\u001b/)
    }
  })

  it("prints a command's help: usage with the real name, every option described, examples", async () => {
    for (const args of [
      ["help", "audit"],
      ["audit", "--help"],
      ["audit", "-h"]
    ]) {
      const r = await runCli(args)
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^Usage: corroborate audit \[options\] \[path\.\.\.\]$/m)
      for (const flag of [
        "--out",
        "--format",
        "--config",
        "--baseline",
        "--update-baseline",
        "--max-warnings",
        "--strict",
        "--csv-bom"
      ])
        expect(r.stdout).toMatch(new RegExp(`^ {2}${flag}\\b.* {2}\\w`, "m"))
      expect(r.stdout).toMatch(/^ {2}corroborate audit articles\/$/m)
      expect(r.stdout).not.toMatch(/wizard|\$ audit/)
    }
  })
})

describe("errors that say what to type", () => {
  it("names the flag and the values it allows", async () => {
    const r = await runCli(["audit", "--format", "foo", "examples/corpus"])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("corroborate: --format must be one of pretty, line, json, github, sarif; got 'foo'\n")
  })

  it("names an unknown option and an unknown command", async () => {
    expect((await runCli(["audit", "--frmat", "line"])).stderr).toMatch(/has no option --frmat; it has --out, --format/)
    const help = await runCli(["help", "audti"])
    expect([help.code, help.stderr]).toEqual([
      2,
      "corroborate: no command 'audti'; the commands are audit, extract, merge, cluster, schema\n"
    ])
  })

  it("says a path is missing in a few words", async () => {
    const r = await runCli(["audit", "no-such-folder", "--out", tempDir()])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("corroborate: nothing to audit: no-such-folder: no such file or folder\n")
  })

  it("calls a UTF-16 file UTF-16 and says how to convert it", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "a.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Acme hired 40 people.", "utf16le")])
    )
    writeFileSync(join(dir, "b.md"), "Acme hired 40 people.\n")
    const r = await runCli(["audit", dir, "--out", tempDir(), "--format", "line"])
    expect(r.stdout).toMatch(/warning unreadable .*a\.txt: UTF-16 text; convert the file to UTF-8/)
  })

  it("reports each configuration error once", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "corroborate.config.json"), '{ "severity": { "conflict": "warning" } }\n')
    const r = await runCli(["audit", "articles"], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr.match(/must be one of/g)).toHaveLength(1)
    expect(r.stderr).toMatch(/'severity\.conflict' must be one of off, warn, error; got "warning"/)
  })

  it("says an output folder under a file cannot be made, without a stack trace", async () => {
    const file = join(tempDir(), "a-file")
    writeFileSync(file, "")
    const r = await runCli(["audit", "examples/corpus", "--out", join(file, "reports")])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^corroborate: cannot use output folder .*a-file\/reports: ENOTDIR/)
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
  })
})
