/**
 * `pnpm cluster:demo`: a cluster on this machine. Starts a Redis server on a
 * free loopback port and two workers, submits the example corpus (or the paths
 * given), then stops them all. The reports land in `reports-cluster/`.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { startRedis } from "./LocalRedis.js"

const bin = join(dirname(fileURLToPath(import.meta.url)), "bin.js")
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["examples/corpus"]

const redis = await startRedis()
process.stderr.write(`cluster demo: Redis at ${redis.url}\n`)
const workers = [1, 2].map(() =>
  spawn(process.execPath, [bin, "cluster", "worker", "--redis", redis.url], { stdio: ["ignore", "inherit", "inherit"] })
)
const shards = mkdtempSync(join(tmpdir(), "corroborate-shards-"))
const code = await new Promise<number>((resolve) => {
  const submit = spawn(
    process.execPath,
    [bin, "cluster", "submit", ...paths, "--out", "reports-cluster", "--shards", shards, "--redis", redis.url],
    { stdio: "inherit" }
  )
  submit.on("exit", (c) => resolve(c ?? 2))
})
await Promise.all(
  workers.map(
    (w) =>
      new Promise<void>((resolve) => {
        w.once("exit", () => resolve())
        w.kill("SIGTERM")
      })
  )
)
await redis.stop()
rmSync(shards, { recursive: true, force: true })
process.stderr.write("cluster demo: workers and Redis stopped, shards removed\n")
// 1 means findings, as for audit: the demo itself worked
process.exit(code <= 1 ? 0 : code)
