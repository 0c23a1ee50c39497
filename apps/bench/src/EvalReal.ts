/**
 * `pnpm eval:real`: audits the real news of `../shared/corpus/real-news-dev`
 * (`gva/` shootings and `events/`, every incident of a folder in one audit)
 * and prints what the shared scorers (`score_gva.py`, `score_real.py`) say of
 * it; they are run unchanged, so the figures are theirs. `--verbose` passes
 * their misses through; `--keep DIR` keeps the reports.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { lexiconSize } from "@corroborate/claims/internal"
import { sharedDir } from "./Suites.js"

const args = process.argv.slice(2)
const verbose = args.includes("--verbose")
const keep = args.includes("--keep") ? args[args.indexOf("--keep") + 1] : undefined
const real = join(sharedDir, "corpus/real-news-dev")
const scorers = join(sharedDir, "scorers")
if (!existsSync(real) || !existsSync(scorers)) {
  console.error(`real news or scorers not found under ${sharedDir}`)
  process.exit(2)
}
const cli = resolve(dirname(fileURLToPath(import.meta.url)), "../../cli/dist/bin.js")
const out = keep ?? mkdtempSync(join(tmpdir(), "corroborate-real-"))

const run = (cmd: string, argv: ReadonlyArray<string>): string => {
  const r = spawnSync(cmd, argv, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
  if (r.error) throw r.error
  return r.stdout
}
const auditOf = (folder: string): { report: string; seconds: number } => {
  const dir = join(out, folder)
  const t0 = performance.now()
  const r = spawnSync(process.execPath, [cli, "audit", join(real, folder), "--out", dir, "--format", "line"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024
  })
  if (r.status !== 0 && r.status !== 1) {
    console.error(r.stderr)
    process.exit(2)
  }
  return { report: join(dir, "report.json"), seconds: (performance.now() - t0) / 1000 }
}
const score = (script: string, ...argv: ReadonlyArray<string>): string => {
  const text = run("python3", [join(scorers, script), ...argv, ...(verbose ? ["--verbose"] : [])])
  if (verbose) process.stdout.write(text)
  return text.trim().split("\n").pop() ?? ""
}

const gva = auditOf("gva")
const events = auditOf("events")
const lines = [
  `gva/ audited in ${gva.seconds.toFixed(1)} s, events/ in ${events.seconds.toFixed(1)} s; reports in ${out}`,
  score("score_gva.py", gva.report, join(real, "gva-key.json")),
  `labels/gva:    ${score("score_real.py", gva.report, join(real, "labels/gva"))}`,
  `labels/events: ${score("score_real.py", events.report, join(real, "labels/events"))}`
]
const size = lexiconSize()
lines.push(
  `property lexicon: ${size.properties} properties, ${size.forms} word forms (packages/claims/src/Property.ts, Metric.ts)`
)
console.log(lines.join("\n"))
