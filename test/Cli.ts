import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
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

export const tempDir = (prefix = "corroborate-") => mkdtempSync(join(tmpdir(), prefix))

export const auditTo = (corpus: string) => {
  const out = tempDir()
  const r = runCli(["audit", corpus, "--out", out])
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
  return { ...r, out, report }
}
