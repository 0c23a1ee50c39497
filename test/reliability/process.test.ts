/** Signals, a closed standard output,. */
import { spawn } from "node:child_process"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { bin, runProcess, tempDir } from "../Cli.js"
import { repoRoot, requireShared, sharedDir } from "../Shared.js"

const corpus = () => (requireShared() ? join(sharedDir, "corpus/real-news-dev/gva") : join(repoRoot, "examples/corpus"))

const stopAfter = (signal: NodeJS.Signals, ms: number, out: string, folder = corpus()) =>
  new Promise<{ code: number | null; elapsed: number }>((resolve) => {
    const child = spawn(process.execPath, [bin, "audit", folder, "--out", out], { stdio: "ignore" })
    let sent = 0
    // the signal goes once the run has begun writing (its staging folder is there), then `ms` later:
    // on a loaded machine a fixed delay could land before the command has even started
    const started = Date.now()
    const poll = setInterval(() => {
      if (readdirSync(out).length === 0 && Date.now() - started < 20_000) return
      clearInterval(poll)
      setTimeout(() => {
        sent = Date.now()
        child.kill(signal)
      }, ms)
    }, 50)
    child.on("exit", (code) => {
      clearInterval(poll)
      resolve({ code, elapsed: Date.now() - sent })
    })
  })

describe("signals and exit", () => {
  it("stops on SIGINT and SIGTERM at once with 130 and 143, leaving no temporary file", async () => {
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143]
    ] as const) {
      const out = tempDir()
      const r = await stopAfter(signal, 1500, out)
      expect(r.code).toBe(code)
      expect(r.elapsed).toBeLessThan(1000)
      expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([])
    }
  }, 30_000)

  it("ends quietly when standard output is closed", async () => {
    const r = await runProcess("sh", [
      "-c",
      `"${process.execPath}" "${bin}" extract "${join(repoRoot, "examples/corpus/bluewater-report.txt")}" | head -c 10 > /dev/null`
    ])
    expect(r.stderr).toBe("")
  })
})
