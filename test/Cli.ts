import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"
import { repoRoot } from "./Shared.js"

export const bin = join(repoRoot, "apps/cli/dist/bin.js")

export const runCli = (
  args: ReadonlyArray<string>,
  options: { cwd?: string; input?: string; env?: Record<string, string>; timeoutMs?: number } = {}
) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    maxBuffer: 512 << 20,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    env: { ...process.env, NO_COLOR: "1", ...options.env }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

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

export const auditTo = (corpus: string) => {
  const out = tempDir()
  const r = runCli(["audit", corpus, "--out", out])
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
