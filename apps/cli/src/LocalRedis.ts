/**
 * A throwaway Redis server on a free loopback port, for `pnpm cluster:demo` and
 * the cluster tests: Debian's `redis-server`, with nothing saved to disk, stopped
 * with the process that started it.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { createServer } from "node:net"
import { Redis } from "ioredis"

export interface LocalRedis {
  readonly url: string
  readonly stop: () => Promise<void>
}

/** Whether `redis-server` can be started here. */
export const hasRedisServer = (): boolean => spawnSync("redis-server", ["--version"]).status === 0

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))
      )
    })
  })

/** Connects to the Redis at `url` once and pings it; rejects with the reason when it does not answer. */
export const pingRedis = async (url: string): Promise<void> => {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
  // the rejection below says what went wrong; ioredis would also print it as an unhandled event
  probe.on("error", () => undefined)
  try {
    await probe.connect()
    await probe.ping()
  } finally {
    probe.disconnect()
  }
}

const answers = (url: string): Promise<boolean> =>
  pingRedis(url).then(
    () => true,
    () => false
  )

/** Starts `redis-server` on a free loopback port and waits until it answers. */
export const startRedis = async (): Promise<LocalRedis> => {
  if (!hasRedisServer())
    throw new Error("redis-server is not installed: install Debian's redis-server (apt-get install redis-server)")
  const port = await freePort()
  const server: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" }
  )
  const url = `redis://127.0.0.1:${port}`
  for (let k = 0; k < 100 && !(await answers(url)); k++) await new Promise((r) => setTimeout(r, 50))
  if (!(await answers(url))) {
    server.kill("SIGKILL")
    throw new Error(`redis-server did not answer on port ${port}`)
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve()
        server.once("exit", () => resolve())
        server.kill("SIGTERM")
      })
  }
}
