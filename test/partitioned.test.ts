/**
 * The partitioned reduce writes the bytes of the in-memory one: every report
 * file, the console output and the exit code, on the example corpus, the seed
 * corpora, a generated corpus and the dev corpus of real news, with runs and
 * partitions made small so that each corpus is cut into many.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs"
import { spawn } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { generate } from "../apps/bench/src/GenCorpus.js"
import { REPORT_FILES } from "../apps/cli/src/OutputFolder.js"
import { bin, mixedFolder, runCli, tempDir } from "./Cli.js"
import { repoRoot, requireShared, sharedDir } from "./Shared.js"

const small = { CORROBORATE_RUN_DOCUMENTS: "7", CORROBORATE_PARTITION_CLAIMS: "300" }

const auditBoth = async (corpus: string, timeoutMs = 120_000) => {
  const memory = tempDir()
  const partitioned = tempDir()
  const spills = tempDir("corroborate-tmp-")
  const m = await runCli(["audit", corpus, "--out", memory, "--format", "json", "--reduce", "memory"], { timeoutMs })
  const p = await runCli(["audit", corpus, "--out", partitioned, "--format", "json", "--reduce", "partitioned"], {
    timeoutMs,
    env: { ...small, TMPDIR: spills }
  })
  return { m, p, memory, partitioned, spills }
}

const expectSame = (r: Awaited<ReturnType<typeof auditBoth>>) => {
  expect(r.p.code, r.p.stderr).toBe(r.m.code)
  expect(r.p.stdout).toBe(r.m.stdout)
  for (const f of REPORT_FILES)
    expect(readFileSync(join(r.partitioned, f)).equals(readFileSync(join(r.memory, f))), f).toBe(true)
  // the spill folder is gone once the reports are written
  expect(readdirSync(r.spills)).toEqual([])
}

describe("audit --reduce partitioned", () => {
  it("writes the in-memory reduce's reports for the example corpus", async () => {
    expectSame(await auditBoth(join(repoRoot, "examples/corpus")))
  })

  it("writes the in-memory reduce's reports for a generated corpus with copies, events and planted conflicts", async () => {
    const corpus = join(tempDir(), "generated")
    mkdirSync(corpus)
    generate(400, 7, corpus)
    const r = await auditBoth(corpus)
    expect(JSON.parse(readFileSync(join(r.memory, "report.json"), "utf8")).summary.conflicts).toBeGreaterThan(0)
    expectSame(r)
  }, 200_000)

  it("reports unreadable, empty and all-chrome files as the in-memory reduce does", async () => {
    const folder = mixedFolder()
    const r = await auditBoth(folder)
    expect(r.m.stdout).toMatch(/unreadable/)
    expectSame(r)
  })

  it("stops at Ctrl-C in the middle of the reduce and leaves no spill behind", async () => {
    const corpus = join(tempDir(), "generated")
    mkdirSync(corpus)
    generate(300, 11, corpus)
    const spills = tempDir("corroborate-tmp-")
    const p = spawn(process.execPath, [bin, "audit", corpus, "--out", tempDir(), "--reduce", "partitioned"], {
      cwd: repoRoot,
      env: { ...process.env, ...small, TMPDIR: spills },
      stdio: "ignore"
    })
    const exited = new Promise<number | null>((resolve) => p.once("exit", (code) => resolve(code)))
    // once the documents are being walked in order (their entries spilled), the map is over
    const inReduce = () =>
      readdirSync(spills).some((d) => readdirSync(join(spills, d)).some((f) => f.endsWith("-documents")))
    while (!inReduce() && p.exitCode === null) await new Promise((r) => setTimeout(r, 20))
    p.kill("SIGINT")
    expect(await exited).toBe(130)
    expect(readdirSync(spills)).toEqual([])
  }, 120_000)

  describe.runIf(requireShared())("on the shared corpora", () => {
    it.each(["halcyon-grid", "openai-open-weights"])("writes the same reports for %s", async (name) => {
      expectSame(await auditBoth(join(sharedDir, "corpus", name)))
    })

    it("writes the same reports for the dev corpus of real news", async () => {
      expectSame(await auditBoth(join(sharedDir, "corpus", "real-news-dev"), 400_000))
    }, 900_000)
  })
})
