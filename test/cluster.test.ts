/**
 * The audit on a cluster: BullMQ over a Redis server this test starts on a free
 * loopback port, two workers, one submit. Its reports must be the bytes `audit`
 * writes for the same paths, also when a worker is killed mid-run.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { hasRedisServer, type LocalRedis, startRedis } from "../apps/cli/src/LocalRedis.js"
import { REPORT_FILES } from "../apps/cli/src/OutputFolder.js"
import { bin, mixedFolder, runCli, runProcess, tempDir } from "./Cli.js"
import { repoRoot, requireShared, sharedDir } from "./Shared.js"

const corpus = join(sharedDir, "corpus", "real-news-dev")
// CI installs redis-server (.ci/run); a developer machine without it skips
const canRun = requireShared() && (hasRedisServer() || process.env["CI"] === "true")

const startWorker = (url: string): ChildProcess =>
  spawn(process.execPath, [bin, "cluster", "worker", "--redis", url, "--lock-seconds", "2"], {
    cwd: repoRoot,
    stdio: "ignore"
  })

const stop = (p: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve()
    p.once("exit", () => resolve())
    p.kill("SIGTERM")
  })

/** Runs a submit; `whileRunning` is called once its first shard is written. */
const submit = (url: string, out: string, shards: string, whileRunning?: () => void) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const p = spawn(
      process.execPath,
      [bin, "cluster", "submit", corpus, "--out", out, "--shards", shards, "--redis", url, "--format", "json"],
      {
        cwd: repoRoot,
        env: { ...process.env, NO_COLOR: "1" }
      }
    )
    let stderr = ""
    p.stderr.on("data", (d) => {
      stderr += String(d)
    })
    p.stdout.resume()
    const watch = whileRunning
      ? setInterval(() => {
          let written: Array<string> = []
          try {
            written = readdirSync(shards)
          } catch {
            // not yet made
          }
          if (written.some((f) => f.endsWith(".jsonl"))) {
            clearInterval(watch!)
            whileRunning()
          }
        }, 20)
      : undefined
    p.on("exit", (code) => {
      if (watch) clearInterval(watch)
      resolve({ code, stderr })
    })
  })

describe.runIf(canRun)("corroborate cluster", () => {
  let redis: LocalRedis
  let audited: string
  let auditCode: number | null
  beforeAll(async () => {
    redis = await startRedis()
    audited = tempDir()
    auditCode = (await runCli(["audit", corpus, "--out", audited, "--format", "json"], { timeoutMs: 300_000 })).code
  }, 400_000)
  afterAll(async () => {
    await redis?.stop()
  })

  const expectSameReports = (out: string) => {
    for (const f of REPORT_FILES)
      expect(readFileSync(join(out, f)).equals(readFileSync(join(audited, f))), f).toBe(true)
  }

  it("audits the dev corpus with two workers into the same reports as audit, exit code and all", async () => {
    const workers = [startWorker(redis.url), startWorker(redis.url)]
    try {
      const out = tempDir()
      const r = await submit(redis.url, out, tempDir())
      expect(r.code, r.stderr).toBe(auditCode)
      expect(r.stderr).toMatch(/mapped \d+\/\d+ files/)
      expectSameReports(out)
    } finally {
      await Promise.all(workers.map(stop))
    }
  }, 400_000)

  it("still writes the same reports when a worker is killed in the middle of the run", async () => {
    const workers = [startWorker(redis.url), startWorker(redis.url)]
    try {
      const out = tempDir()
      const r = await submit(redis.url, out, tempDir(), () => workers[0]!.kill("SIGKILL"))
      expect(workers[0]!.signalCode ?? "killed").toBe("SIGKILL")
      expect(r.code, r.stderr).toBe(auditCode)
      expectSameReports(out)
    } finally {
      await Promise.all(workers.map(stop))
    }
  }, 400_000)

  /** Audits `corpus` alone and through one worker; gives both runs and their output folders. */
  const auditAndSubmit = async (corpus: string, extra: ReadonlyArray<string>, env: Record<string, string> = {}) => {
    const alone = tempDir()
    const a = await runCli(["audit", corpus, "--out", alone, "--format", "json"])
    const workers = [startWorker(redis.url)]
    try {
      const out = tempDir()
      const args = [bin, "cluster", "submit", corpus, "--out", out, "--shards", tempDir(), "--redis", redis.url]
      const r = await runProcess(process.execPath, [...args, ...extra], { env })
      return { a, r, alone, out }
    } finally {
      await Promise.all(workers.map(stop))
    }
  }

  it("reports unreadable and skipped files as audit does", async () => {
    const { a, r, alone, out } = await auditAndSubmit(mixedFolder(), ["--format", "json"])
    expect(r.code, r.stderr).toBe(a.code)
    expect(readFileSync(join(out, "report.json"), "utf8")).toBe(readFileSync(join(alone, "report.json"), "utf8"))
  }, 120_000)

  it("reduces in partitions when asked, shows them as reduced and writes the same reports", async () => {
    const { a, r, alone, out } = await auditAndSubmit(join(repoRoot, "examples/corpus"), ["--reduce", "partitioned"], {
      CI: "true",
      CORROBORATE_PARTITION_CLAIMS: "5"
    })
    expect(r.code, r.stderr).toBe(a.code)
    expect(r.stderr).toMatch(/reduced (\d+)\/\1 partitions/)
    for (const f of REPORT_FILES) expect(readFileSync(join(out, f)).equals(readFileSync(join(alone, f))), f).toBe(true)
  }, 120_000)

  it("says what is wrong when Redis cannot be reached", async () => {
    const r = await runCli(["cluster", "submit", join(repoRoot, "examples/corpus"), "--redis", "redis://127.0.0.1:1"])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*start a Redis server there/)
  })
})
