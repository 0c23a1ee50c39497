/**
 * Golden files of what a person or a CI log reads: the console formats and the
 * SARIF log of the example corpus. A change to any of them shows in review as a
 * change to these files; UPDATE_GOLDEN=1 rewrites them.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runCli, tempDir } from "./Cli.js"
import { repoRoot } from "./Shared.js"

const golden = (name: string, actual: string) => {
  const file = join(repoRoot, "test", "golden", name)
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(file)) writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, "utf8"))
}

describe("golden output of the example corpus", () => {
  it.each(["pretty", "line", "github"])("%s", async (format) => {
    const out = tempDir()
    const r = await runCli(["audit", "examples/corpus", "--out", out, "--format", format])
    golden(`example.${format}.txt`, r.stdout.replaceAll(out, "<out>"))
  })

  it("sarif", async () => {
    const out = tempDir()
    await runCli(["audit", "examples/corpus", "--out", out])
    golden("example.sarif", readFileSync(join(out, "report.sarif"), "utf8"))
  })
})
