import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"
import { repoRoot } from "./Shared.js"

export const bin = join(repoRoot, "apps/cli/dist/bin.js")

export interface ProcessOptions {
  readonly cwd?: string
  readonly input?: string
  /** Added to this process's environment. */
  readonly env?: Record<string, string>
  readonly timeoutMs?: number
}

export interface ProcessResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs a command in a child process without blocking this one: a test worker whose event loop is held
 * for a minute (a long audit under `spawnSync` on a loaded machine) misses vitest's own calls and the
 * whole run fails with "Timeout calling onTaskUpdate".
 */
export const runProcess = (
  command: string,
  args: ReadonlyArray<string>,
  options: ProcessOptions = {}
): Promise<ProcessResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {})
    })
    const stdout: Array<Buffer> = []
    const stderr: Array<Buffer> = []
    child.stdout.on("data", (b: Buffer) => stdout.push(b))
    child.stderr.on("data", (b: Buffer) => stderr.push(b))
    // a command that exits without reading its input closes the pipe: not a failure of the test
    child.stdin.on("error", () => {})
    child.stdin.end(options.input ?? "")
    child.on("error", reject)
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") })
    )
  })

/** The built `corroborate` command, without colours. */
export const runCli = (args: ReadonlyArray<string>, options: ProcessOptions = {}): Promise<ProcessResult> =>
  runProcess(process.execPath, [bin, ...args], { ...options, env: { NO_COLOR: "1", ...options.env } })

// the folders a test file made are removed when its tests are done (a full run makes a few hundred)
const made: Array<string> = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export const tempDir = (prefix = "corroborate-") => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export const auditTo = async (corpus: string) => {
  const out = tempDir()
  const r = await runCli(["audit", corpus, "--out", out])
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
  return { ...r, out, report }
}

/**
 * A folder of every kind of file an audit must answer for: two short articles that disagree, a
 * binary file, an empty one, a page of site chrome only, and a hidden folder that is not read.
 */
export const mixedFolder = (): string => {
  const folder = tempDir()
  writeFileSync(
    join(folder, "a.md"),
    "---\noutlet: Kelpline Post\n---\nAcme Corp raised $5 million on Monday, its chief said.\n"
  )
  writeFileSync(
    join(folder, "b.md"),
    "---\noutlet: Harbour Times\n---\nAcme Corp raised $6 million on Monday, the company said.\n"
  )
  writeFileSync(join(folder, "c.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe]))
  writeFileSync(join(folder, "empty.txt"), "")
  writeFileSync(join(folder, "chrome.html"), "<html><body><nav>Home | Sign in</nav></body></html>")
  mkdirSync(join(folder, ".hidden"))
  writeFileSync(join(folder, ".hidden", "d.md"), "Acme Corp raised $7 million.\n")
  return folder
}
