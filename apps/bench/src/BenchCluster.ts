/**
 * The audit through `corroborate cluster` on this machine: a Redis server on a
 * free loopback port, N workers, one submit, timed against the single-process
 * audit of the same corpus, whose report.json it must equal byte for byte.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

export interface ClusterRow {
  readonly docs: number
  readonly workers: number
  readonly seconds: number
  /** Cluster time over the single-process audit's time for the same corpus. */
  readonly ratio: number
  /** Whether its report.json has the bytes of the audit's. */
  readonly same: boolean
}

const run = (cmd: string, args: ReadonlyArray<string>): Promise<number> =>
  new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } })
    p.on("exit", (code) => resolve(code ?? 2))
  })

const stop = (p: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve()
    p.once("exit", () => resolve())
    p.kill("SIGTERM")
  })

export const benchCluster = async (o: {
  readonly root: string
  readonly docs: number
  readonly corpus: string
  readonly config: string
  readonly auditReport: string
  readonly auditSeconds: number
  readonly workers: ReadonlyArray<number>
}): Promise<Array<ClusterRow>> => {
  const bin = join(o.root, "apps/cli/dist/bin.js")
  const { startRedis } = (await import(join(o.root, "apps/cli/dist/LocalRedis.js"))) as {
    startRedis: () => Promise<{ url: string; stop: () => Promise<void> }>
  }
  const rows: Array<ClusterRow> = []
  for (const n of o.workers) {
    const redis = await startRedis()
    const workers = Array.from({ length: n }, () =>
      spawn(process.execPath, [bin, "cluster", "worker", "--redis", redis.url], { stdio: "ignore" })
    )
    const out = mkdtempSync(join(tmpdir(), "bench-cluster-"))
    const shards = mkdtempSync(join(tmpdir(), "bench-shards-"))
    try {
      process.stderr.write(`auditing ${o.docs} documents through the cluster, ${n} workers...\n`)
      const t0 = performance.now()
      const code = await run(process.execPath, [
        bin,
        "cluster",
        "submit",
        o.corpus,
        "--out",
        out,
        "--shards",
        shards,
        "--config",
        o.config,
        "--format",
        "line",
        "--redis",
        redis.url
      ])
      const seconds = (performance.now() - t0) / 1000
      if (code !== 0 && code !== 1) throw new Error(`cluster submit of ${o.docs} documents failed with exit ${code}`)
      const same = readFileSync(join(out, "report.json")).equals(readFileSync(join(o.auditReport, "report.json")))
      rows.push({ docs: o.docs, workers: n, seconds, ratio: seconds / o.auditSeconds, same })
    } finally {
      await Promise.all(workers.map(stop))
      await redis.stop()
      rmSync(out, { recursive: true, force: true })
      rmSync(shards, { recursive: true, force: true })
    }
  }
  return rows
}
