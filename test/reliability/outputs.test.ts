/**
 * The output folder: a run's report files replace the previous run's as a set, whatever moment the run is
 * killed at; one run at a time; write failures name the path.
 */
import { spawn } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs"
import { hostname } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { bin, runCli, tempDir } from "../Cli.js"
import { repoRoot, requireShared, sharedDir } from "../Shared.js"

const { settle } = (await import(join(repoRoot, "apps/cli/dist/OutputFolder.js"))) as {
  settle: (dir: string) => void
}

/** The report files in a folder, name -> bytes (dot-files, the folder's bookkeeping, left out). */
const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => !f.startsWith(".") && statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "latin1")])
  )

const auditArgs = (folder: string, out: string, config: string) => [
  "audit",
  folder,
  "--out",
  out,
  "--config",
  config,
  "--format",
  "line"
]

const killAt = (args: ReadonlyArray<string>, ms: number) =>
  new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: "ignore", cwd: repoRoot })
    setTimeout(() => child.kill("SIGKILL"), ms)
    child.on("exit", () => resolve())
  })

/** A small seeded generator: the kill points are random, and a failure names its seed. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}

describe("report files are replaced as a set", () => {
  it("leaves the whole previous set or the whole new set when killed at random moments", async () => {
    const dir = tempDir()
    // the previous run writes every format; the new one no HTML, so its set is also missing a file of the old
    const all = join(dir, "all.json")
    const noHtml = join(dir, "no-html.json")
    writeFileSync(all, "{}")
    writeFileSync(noHtml, JSON.stringify({ outputs: ["json", "csv", "sarif"] }))
    const corpus = requireShared() ? join(sharedDir, "corpus/real-news-dev/events") : join(repoRoot, "examples/corpus")
    const previousArgs = (out: string) => auditArgs(join(repoRoot, "examples/corpus"), out, all)
    const nextArgs = (out: string) => auditArgs(corpus, out, noHtml)

    const reference = join(dir, "previous")
    await runCli(previousArgs(reference))
    const previous = filesOf(reference)
    const timed = join(dir, "next")
    const r = await runCli(nextArgs(timed), { env: { CORROBORATE_STATS: "1" } })
    const next = filesOf(timed)
    expect(Object.keys(previous)).toContain("report.html")
    expect(Object.keys(next)).not.toContain("report.html")
    // where this machine spends the run: kills land across all of it, and most around the writing
    const phases = JSON.parse(/CORROBORATE_STATS (.*)/.exec(r.stderr)![1]!).phases as Array<{
      phase: string
      ms: number
    }>
    const from = phases.find((p) => p.phase === "findings")!.ms
    const to = phases[phases.length - 1]!.ms

    const seed = Number(process.env["KILL_SEED"] ?? Date.now() % 100000)
    const next01 = random(seed)
    const seen = { previous: 0, next: 0, journal: 0 }
    const KILLS = 12
    for (let k = 0; k < KILLS; k++) {
      const out = join(dir, `run${k}`)
      mkdirSync(out)
      for (const f of Object.keys(previous)) copyFileSync(join(reference, f), join(out, f))
      const ms = k < 3 ? next01() * (to + 200) : from - 60 + next01() * (to - from + 120)
      await killAt(nextArgs(out), ms)
      const where = `kill at ${Math.round(ms)} ms (KILL_SEED=${seed})`
      // a kill after the commit point leaves a journal: the next run on the folder finishes it
      if (existsSync(join(out, ".corroborate-commit.json"))) {
        seen.journal++
        settle(out)
      }
      const now = filesOf(out)
      const same = (set: Record<string, string>) => JSON.stringify(now) === JSON.stringify(set)
      expect(same(previous) || same(next), where).toBe(true)
      if (same(previous)) seen.previous++
      else seen.next++
      // and the next run on it is not stopped by the dead run's lock
      if (k % 5 === 0) {
        expect((await runCli(nextArgs(out))).code, where).not.toBe(2)
        expect(filesOf(out)).toEqual(next)
      }
    }
    console.info(
      `kills (seed ${seed}): ${seen.previous} left the previous set, ${seen.next} the new one, ${seen.journal} a journal to settle`
    )
    expect(seen.previous + seen.next).toBe(KILLS)
  }, 180_000)
})

describe("one run at a time", () => {
  it("fails a second run into the same folder at once, and the first one's reports are whole", async () => {
    const out = tempDir()
    const corpus = requireShared() ? join(sharedDir, "corpus/real-news-dev/events") : join(repoRoot, "examples/corpus")
    const first = spawn(process.execPath, [bin, "audit", corpus, "--out", out, "--format", "line"], {
      stdio: "ignore",
      cwd: repoRoot
    })
    const ended = new Promise<number | null>((resolve) => first.on("exit", resolve))
    // the first run holds the lock from its start
    while (!existsSync(join(out, ".corroborate.lock"))) await new Promise((r) => setTimeout(r, 20))
    const second = await runCli(["audit", "examples/corpus", "--out", out])
    expect(second.code).toBe(2)
    expect(second.stderr).toMatch(/another corroborate run \(pid \d+\) is writing to .*; wait for it to end/)
    expect(await ended).not.toBe(2)
    expect(() => JSON.parse(readFileSync(join(out, "report.json"), "utf8"))).not.toThrow()
    expect(existsSync(join(out, ".corroborate.lock"))).toBe(false)
  }, 60_000)

  it("takes over the lock of a run that no longer exists", async () => {
    const out = tempDir()
    // pid 2^22 + 1 is above Linux's pid_max: no process has it
    writeFileSync(join(out, ".corroborate.lock"), `4194305\n${hostname()}\n`)
    const r = await runCli(["audit", "examples/corpus", "--out", out])
    expect(r.code).not.toBe(2)
    expect(existsSync(join(out, "report.json"))).toBe(true)
  })
})

describe("write failures", () => {
  it("names the path and exits 2 when the output folder cannot be used", async () => {
    const dir = tempDir()
    const file = join(dir, "not-a-folder")
    writeFileSync(file, "x")
    const r = await runCli(["audit", "examples/corpus", "--out", file])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(file)
  })

  it("names the report that cannot be replaced and keeps the others as they were", async () => {
    const out = tempDir()
    await runCli(["audit", "examples/corpus", "--out", out])
    const before = filesOf(out)
    // a folder where a report file goes: its rename fails
    const blocked = join(out, "quotes.csv")
    rmSync(blocked)
    mkdirSync(join(blocked, "inside"), { recursive: true })
    const r = await runCli(["audit", "examples/corpus", "--out", out])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(blocked)
    const { "quotes.csv": _, ...others } = before
    const { "quotes.csv": __, ...now } = filesOf(out)
    expect(now).toEqual(others)
  })
})
