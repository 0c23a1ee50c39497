/**
 * The packages as a user gets them: packed with `pnpm pack`, installed from the
 * tarballs into an empty project (no workspace links), imported, and the
 * command run with npx. Needs the npm registry for the packages' own
 * dependencies; prints the installed size and the import time.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runProcess, tempDir } from "./Cli.js"
import { repoRoot } from "./Shared.js"

const PACKAGES = ["packages/claims", "packages/sources", "packages/reports", "apps/cli"]

describe("packed packages", () => {
  it("install from their tarballs, audit two { id, text } documents and answer npx corroborate --help", async () => {
    const dir = tempDir("corroborate-pack-")
    const tarballs = join(dir, "tarballs")
    mkdirSync(tarballs)
    for (const p of PACKAGES)
      execFileSync("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(repoRoot, p), stdio: "ignore" })
    const files = readdirSync(tarballs).map((f) => join(tarballs, f))
    expect(files).toHaveLength(4)
    // what a tarball holds: no build info, and the sources its maps point to
    for (const f of files) {
      const listing = execFileSync("tar", ["tzf", f], { encoding: "utf8" })
      expect(listing, f).not.toMatch(/tsbuildinfo/)
      expect(listing, f).toMatch(/package\/src\//)
      expect(listing, f).toMatch(/package\/LICENSE/)
    }
    const project = join(dir, "project")
    mkdirSync(project)
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "pack-check", private: true, type: "module" }))
    const install = await runProcess("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files], {
      cwd: project
    })
    expect(install.code, install.stderr).toBe(0)
    writeFileSync(
      join(project, "use.mjs"),
      [
        "const t0 = performance.now()",
        'const { audit } = await import("@corroborate/claims")',
        "const imported = performance.now() - t0",
        'const report = audit([{ id: "a", text: "Acme Corp raised $5 million in a seed round." }, { id: "b", text: "Acme Corp has raised $7 million from investors." }])',
        "console.log(JSON.stringify({ imported: Math.round(imported), facts: report.summary.facts, conflicts: report.conflicts.map((c) => c.reason) }))"
      ].join("\n")
    )
    const used = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: project, encoding: "utf8" })) as {
      imported: number
      facts: number
      conflicts: Array<string>
    }
    expect(used.conflicts).toEqual([expect.stringMatching(/^Acme funding: \$5M in 1 source vs \$7M in 1 source/)])
    const help = await runProcess("npx", ["corroborate", "--help"], { cwd: project })
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: corroborate <command> \[options\]$/m)
    const size = execFileSync("du", ["-sk", "node_modules"], { cwd: project, encoding: "utf8" }).split("\t")[0]
    console.log(
      `installed: ${Math.round(Number(size) / 1024)} MB in node_modules; import of @corroborate/claims: ${used.imported} ms`
    )
  }, 300_000)
})
