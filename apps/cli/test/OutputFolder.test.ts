import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { commit, settle, stage } from "../src/OutputFolder.js"

const made: Array<string> = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-out-"))
  made.push(dir)
  return dir
}
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : ""])
  )

describe("OutputFolder", () => {
  it("replaces the previous set with the new one and removes the old run's files the new one does not write", () => {
    const dir = folder()
    for (const f of ["report.json", "report.html", "facts.csv"]) writeFileSync(join(dir, f), `old ${f}`)
    writeFileSync(join(dir, "notes.txt"), "the user's own file")
    const staging = stage(dir)
    for (const f of ["report.json", "facts.csv"]) writeFileSync(join(staging, f), `new ${f}`)
    commit(dir, staging, ["report.json", "facts.csv"])
    expect(contents(dir)).toEqual({
      "facts.csv": "new facts.csv",
      "notes.txt": "the user's own file",
      "report.json": "new report.json"
    })
  })

  it("finishes a commit a killed run left half done", () => {
    const dir = folder()
    for (const f of ["report.json", "report.html", "facts.csv"]) writeFileSync(join(dir, f), `old ${f}`)
    const staging = stage(dir)
    for (const f of ["report.json", "facts.csv"]) writeFileSync(join(staging, f), `new ${f}`)
    // the journal is in place and one file already moved when the run dies
    writeFileSync(
      join(dir, ".corroborate-commit.json"),
      JSON.stringify({
        staging: staging.slice(dir.length + 1),
        files: ["report.json", "facts.csv"],
        remove: ["report.html"]
      })
    )
    renameSync(join(staging, "report.json"), join(dir, "report.json"))
    settle(dir)
    expect(contents(dir)).toEqual({ "facts.csv": "new facts.csv", "report.json": "new report.json" })
  })

  it("drops a staging folder no journal names: a run killed before its commit leaves the previous set", () => {
    const dir = folder()
    writeFileSync(join(dir, "report.json"), "old")
    const staging = stage(dir)
    writeFileSync(join(staging, "report.json"), "half writ")
    settle(dir)
    expect(contents(dir)).toEqual({ "report.json": "old" })
  })

  it("refuses before the commit point when a report's place is taken by a folder", () => {
    const dir = folder()
    writeFileSync(join(dir, "report.json"), "old")
    mkdirSync(join(dir, "facts.csv"))
    const staging = stage(dir)
    for (const f of ["report.json", "facts.csv"]) writeFileSync(join(staging, f), "new")
    expect(() => commit(dir, staging, ["report.json", "facts.csv"])).toThrow(/facts.csv is a folder/)
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe("old")
  })
})
