/** The worker pool: the same report as analysis on one thread, and a file too big for a worker is an error entry, not a crash. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "./Cli.js"

const OUTLETS = ["Tidewater Post", "Fenland Courier", "Saltmarsh Review", "Quayside Herald"]

/** Eighty short pieces about twenty invented firms, four outlets each, in two folders. */
const corpus = () => {
  const dir = tempDir("pool-")
  for (let i = 0; i < 80; i++) {
    const firm = `Brightwater Kelp ${String.fromCharCode(65 + (i % 20))}`
    const sub = join(dir, i % 2 === 0 ? "even" : "odd")
    mkdirSync(sub, { recursive: true })
    const staff = 40 + (i % 20) * 5 + (i === 7 ? 3 : 0)
    writeFileSync(
      join(sub, `piece-${String(i).padStart(3, "0")}.md`),
      `---\noutlet: ${OUTLETS[i % 4]}\npublished: 2026-05-0${1 + (i % 4)}\n---\n${firm} said on Tuesday it now employs ${staff} people at its drying sheds.\n\nThe seaweed grower ${firm}, founded in ${2010 + (i % 20)}, raised $${3 + (i % 20)} million last year.\n`
    )
  }
  return dir
}

const audit = async (dir: string, env: Record<string, string>) => {
  const out = tempDir()
  const r = await runCli(["audit", dir, "--out", out, "--format", "line"], { env })
  return { ...r, json: readFileSync(join(out, "report.json"), "utf8") }
}

describe("worker pool", () => {
  it("writes byte for byte the report that analysis on the main thread writes", async () => {
    const dir = corpus()
    const pooled = await audit(dir, { CORROBORATE_WORKERS: "2" })
    const inline = await audit(dir, { CORROBORATE_WORKERS: "0" })
    expect(pooled.code).toBe(inline.code)
    expect(pooled.json).toBe(inline.json)
    const report = JSON.parse(pooled.json)
    expect(report.summary.documents).toBe(80)
    expect(report.summary.claims).toBeGreaterThan(150)
  })

  it("reports a file that needs more memory than a worker has, and goes on with the rest", async () => {
    const dir = corpus()
    let big = ""
    for (let i = 0; big.length < 12_000_000; i++)
      big += `Paragraph ${i} of a very long wire dump says nothing in particular about kelp or anything else today.\n\n`
    writeFileSync(join(dir, "huge.txt"), big)
    const run = await audit(dir, { CORROBORATE_WORKERS: "2", CORROBORATE_WORKER_MB: "64" })
    const report = JSON.parse(run.json)
    const huge = report.documents.find((d: { id: string }) => d.id === "huge")
    expect(huge.status).toBe("error")
    expect(huge.error).toMatch(/needs more than 64 MB .*CORROBORATE_WORKER_MB/)
    expect(report.documents.filter((d: { status: string }) => d.status === "ok")).toHaveLength(80)
  }, 60_000)
})
