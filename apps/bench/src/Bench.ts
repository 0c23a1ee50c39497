/**
 * `pnpm bench`: the full audit at 1k, 10k and 100k generated documents (wall
 * time, documents/s, MB/s, peak RSS, growth exponent between sizes), each
 * checked against the generator's gold so speed never comes from skipping
 * work; and extraction speed against Recognizers-Text and compromise on the same
 * text in the same run. Prints a table and writes bench-out/bench.json.
 */
import { spawnSync } from "node:child_process"
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"
import { createRequire } from "node:module"
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs"
import { join, resolve, dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { performance } from "node:perf_hooks"
import { extract } from "@corroborate/claims/internal"
import { generate, type Gold } from "./GenCorpus.js"
import { benchText } from "./Corpus.js"
import { benchCluster, type ClusterRow } from "./BenchCluster.js"

const require = createRequire(import.meta.url)
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")
const outDir = join(root, "bench-out")
const args = process.argv.slice(2)
const sizes = (args.includes("--sizes") ? args[args.indexOf("--sizes") + 1]! : "1000,10000,100000")
  .split(",")
  .map(Number)
const seed = 7
/** --audit-only: skip the extraction comparison (for quick runs while tuning). */
const auditOnly = args.includes("--audit-only")
/** --cluster 2,4: also audit each size through `corroborate cluster` with that many local workers. */
const clusterWorkers = args.includes("--cluster") ? args[args.indexOf("--cluster") + 1]!.split(",").map(Number) : []

const dirBytes = (dir: string): number => {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size
  return n
}

interface Check {
  readonly conflicts: string
  readonly facts: string
  readonly copies: string
  readonly events: string
  readonly ok: boolean
}

/**
 * B-cubed precision, recall and F1 of "these documents report one event"
 * against the generated events (the measure score_gva.py uses on real news).
 */
const eventsB3 = (
  events: ReadonlyArray<{ id: string; documents: ReadonlyArray<string> }>,
  gold: Gold
): { p: number; r: number; f1: number } => {
  const ids = Object.keys(gold.documents).filter((d) => gold.documents[d]!.event !== undefined)
  const goldMembers = new Map<string, Set<string>>()
  for (const d of ids) {
    const e = gold.documents[d]!.event!
    goldMembers.set(e, (goldMembers.get(e) ?? new Set()).add(d))
  }
  const predicted = new Map<string, Set<string>>()
  for (const e of events)
    for (const d of e.documents) for (const o of e.documents) predicted.set(d, (predicted.get(d) ?? new Set()).add(o))
  let p = 0
  let r = 0
  for (const d of ids) {
    const pred = predicted.get(d) ?? new Set([d])
    const want = goldMembers.get(gold.documents[d]!.event!)!
    const both = [...pred].filter((x) => want.has(x)).length
    p += both / pred.size
    r += both / want.size
  }
  p /= Math.max(1, ids.length)
  r /= Math.max(1, ids.length)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

/** Compares the audit with the generated gold: every planted conflict, every planted fact's status and sources, every copy. */
const checkGold = (
  report: {
    events?: Array<{ id: string; documents: Array<string> }>
    conflicts: Array<{
      values: Array<{ value: number; unit: string | null; documents: Array<string>; sources: number }>
    }>
    facts: Array<{ value: number; unit: string | null; documents: Array<string>; sources: number; status: string }>
    documents: Array<{ id: string; origin: string | null; copyOf: string | null }>
  },
  gold: Gold
): Check => {
  const key = (v: { value: number; unit: string | null; documents: Array<string> }) =>
    `${v.value}|${v.unit}|${[...v.documents].sort().join(",")}`
  const reportConflicts = new Set(report.conflicts.map((c) => c.values.map(key).sort().join(" / ")))
  const goldConflicts = gold.conflicts.map((c) => c.values.map(key).sort().join(" / "))
  const foundConflicts = goldConflicts.filter((c) => reportConflicts.has(c)).length
  const factIndex = new Map(report.facts.map((f) => [key(f), f]))
  let factsOk = 0
  for (const f of gold.facts) {
    const hit = factIndex.get(key(f))
    if (hit && hit.sources === f.sources && hit.status === f.status) factsOk++
  }
  const docs = new Map(report.documents.map((d) => [d.id, d]))
  let copiesOk = 0
  const entries = Object.entries(gold.documents)
  for (const [id, d] of entries)
    if (docs.get(id)?.origin === d.origin && (docs.get(id)?.copyOf ?? null) === (d.copyOf ?? null)) copiesOk++
  return {
    conflicts: `${foundConflicts}/${goldConflicts.length} planted, ${report.conflicts.length} reported`,
    facts: `${factsOk}/${gold.facts.length}`,
    copies: `${copiesOk}/${entries.length}`,
    events: (() => {
      const b = eventsB3(report.events ?? [], gold)
      return `events B3 P ${b.p.toFixed(3)} R ${b.r.toFixed(3)} F1 ${b.f1.toFixed(3)}`
    })(),
    ok:
      foundConflicts === goldConflicts.length &&
      report.conflicts.length === goldConflicts.length &&
      factsOk === gold.facts.length &&
      copiesOk === entries.length
  }
}

/**
 * Top-level sections of a report.json too large for one string (a million
 * documents write about 10 GB): the file is read line by line, each item of a
 * section asked for is parsed on its own and kept as `keep` projects it.
 */
const readSections = async (
  file: string,
  keep: Readonly<Record<string, (item: Record<string, unknown>) => unknown>>
): Promise<Parameters<typeof checkGold>[0]> => {
  const out: Record<string, Array<unknown>> = {}
  let current: string | null = null
  let item: Array<string> = []
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  for await (const line of rl) {
    const m = /^ {2}"(\w+)": (.*)$/.exec(line)
    if (m) {
      current = m[1]! in keep ? m[1]! : null
      if (current !== null) out[current] = []
      continue
    }
    if (current === null) continue
    // an item of a section's list: from "    {" to "    }" or "    },"
    if (line === "    {") item = [line]
    else if (item.length > 0) {
      item.push(line)
      if (line === "    }" || line === "    },") {
        const text = item.join("\n")
        out[current]!.push(keep[current]!(JSON.parse(text.endsWith(",") ? text.slice(0, -1) : text)))
        item = []
      }
    }
  }
  return out as unknown as Parameters<typeof checkGold>[0]
}

/** What the gold check reads of each item: the rest of a large report is let go as it is read. */
const pick =
  (...keys: ReadonlyArray<string>) =>
  (item: Record<string, unknown>) =>
    Object.fromEntries(keys.map((k) => [k, item[k]]))

interface Row {
  docs: number
  mb: number
  seconds: number
  docsPerSecond: number
  mbPerSecond: number
  peakRssMb: number
  reduce: "memory" | "partitioned"
  exponent: number | null
  gold: Check
  phases: Array<{ phase: string; seconds: number }>
}

const rows: Array<Row> = []
const clusterRows: Array<ClusterRow> = []
mkdirSync(outDir, { recursive: true })
for (const n of sizes) {
  const corpus = join(outDir, `bench-${n}`)
  const goldFile = `${corpus}.gold.json`
  if (!existsSync(goldFile)) {
    process.stderr.write(`generating ${n} documents...\n`)
    generate(n, seed, corpus)
  }
  const gold = JSON.parse(readFileSync(goldFile, "utf8")) as Gold
  const bytes = dirBytes(corpus)
  const report = join(outDir, `report-${n}`)
  const config = join(outDir, "bench.config.json")
  writeFileSync(config, JSON.stringify({ outputs: ["json"], severity: { "single-source": "off" } }))
  process.stderr.write(`auditing ${n} documents...\n`)
  const t0 = performance.now()
  const r = spawnSync(
    process.execPath,
    [join(root, "apps/cli/dist/bin.js"), "audit", corpus, "--out", report, "--format", "line", "--config", config],
    {
      encoding: "utf8",
      env: { ...process.env, CORROBORATE_STATS: "1", CI: "true" },
      maxBuffer: 1 << 30
    }
  )
  const seconds = (performance.now() - t0) / 1000
  const stats = JSON.parse(/CORROBORATE_STATS (.*)/.exec(r.stderr)?.[1] ?? "{}") as {
    maxRssKb?: number
    phases?: Array<{ phase: string; ms: number }>
  }
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(r.stderr.slice(-2000))
    throw new Error(`audit of ${n} documents failed with exit ${r.status}`)
  }
  const audit = await readSections(join(report, "report.json"), {
    documents: pick("id", "origin", "copyOf"),
    events: pick("id", "documents"),
    facts: pick("value", "unit", "documents", "sources", "status"),
    conflicts: (c) => c
  })
  const prev = rows[rows.length - 1]
  rows.push({
    docs: n,
    mb: bytes / 1048576,
    seconds,
    docsPerSecond: n / seconds,
    mbPerSecond: bytes / 1048576 / seconds,
    peakRssMb: (stats.maxRssKb ?? 0) / 1024,
    // audit partitions its reduce above 20,000 files (--reduce auto); its phases say which ran
    reduce: (stats.phases ?? []).some((p) => p.phase.startsWith("reduce:")) ? "partitioned" : "memory",
    exponent: prev ? Math.log(seconds / prev.seconds) / Math.log(n / prev.docs) : null,
    gold: checkGold(audit, gold),
    // seconds spent in each phase (process start to the end of the first, then between ends)
    phases: (stats.phases ?? []).map((p, k, all) => ({
      phase: p.phase,
      seconds: (p.ms - (k === 0 ? 0 : all[k - 1]!.ms)) / 1000
    }))
  })
  if (clusterWorkers.length > 0)
    clusterRows.push(
      ...(await benchCluster({
        root,
        docs: n,
        corpus,
        config,
        auditReport: report,
        auditSeconds: seconds,
        workers: clusterWorkers
      }))
    )
}

// extraction against the peers, on the same news text in the same run
const text = benchText(8 * 1048576)
const paragraphs = text.split(/\n\s*\n/)
const bytes = Buffer.byteLength(text)
const timeIt = (name: string, f: (p: string) => number, budget: number) => {
  // a warm-up pass, so that compilation is not counted as extraction
  for (const p of paragraphs.slice(0, 50)) f(p)
  const t0 = performance.now()
  let done = 0
  let mentions = 0
  for (const p of paragraphs) {
    mentions += f(p)
    done += Buffer.byteLength(p) + 2
    if ((performance.now() - t0) / 1000 > budget) break
  }
  const s = (performance.now() - t0) / 1000
  return { name, mb: done / 1048576, seconds: s, mbPerSecond: done / 1048576 / s, mentions }
}
const R = require("@microsoft/recognizers-text-suite") as Record<string, (t: string, c: string) => Array<unknown>>
const nlp = require("compromise") as {
  (
    t: string
  ): {
    numbers(): { json(): Array<unknown> }
    money(): { json(): Array<unknown> }
    percentages(): { json(): Array<unknown> }
  }
  plugin(p: unknown): void
}
nlp.plugin(require("compromise-numbers"))
const extraction = auditOnly
  ? []
  : [
      timeIt("corroborate extract", (p) => extract(p, "2025-04-01").length, 120),
      timeIt(
        "compromise + compromise-numbers",
        (p) => {
          const d = nlp(p)
          return d.numbers().json().length + d.money().json().length + d.percentages().json().length
        },
        20
      ),
      timeIt(
        "recognizers-text-suite",
        (p) =>
          [
            "recognizeNumber",
            "recognizePercentage",
            "recognizeCurrency",
            "recognizeDimension",
            "recognizeDateTime"
          ].reduce((n, m) => n + R[m]!(p, "en-us").length, 0),
        20
      )
    ]

console.log("\nfull audit (2 cores, worker threads), generated corpora checked against their gold")
console.log(
  `${"docs".padStart(8)} ${"MB".padStart(7)} ${"seconds".padStart(8)} ${"docs/s".padStart(8)} ${"MB/s".padStart(6)} ${"peak RSS MB".padStart(11)} ${"reduce".padStart(11)} ${"growth".padStart(7)}  gold (conflicts; facts; origins and copies; events)`
)
for (const r of rows)
  console.log(
    `${String(r.docs).padStart(8)} ${r.mb.toFixed(1).padStart(7)} ${r.seconds.toFixed(1).padStart(8)} ${r.docsPerSecond.toFixed(0).padStart(8)} ${r.mbPerSecond.toFixed(2).padStart(6)} ${r.peakRssMb.toFixed(0).padStart(11)} ${r.reduce.padStart(11)} ${(r.exponent === null ? "-" : r.exponent.toFixed(2)).padStart(7)}  ${r.gold.ok ? "OK" : "MISMATCH"}: ${r.gold.conflicts}; ${r.gold.facts}; ${r.gold.copies}; ${r.gold.events}`
  )
if (clusterRows.length > 0) {
  console.log("\nthe same audit through corroborate cluster (BullMQ over a local Redis, workers on this machine)")
  console.log(
    `${"docs".padStart(8)} ${"workers".padStart(8)} ${"seconds".padStart(8)} ${"vs audit".padStart(9)}  report.json`
  )
  for (const c of clusterRows)
    console.log(
      `${String(c.docs).padStart(8)} ${String(c.workers).padStart(8)} ${c.seconds.toFixed(1).padStart(8)} ${`${c.ratio.toFixed(2)}x`.padStart(9)}  ${c.same ? "same bytes" : "DIFFERS"}`
    )
}
console.log("\nseconds per phase")
for (const r of rows)
  console.log(`${String(r.docs).padStart(8)}  ${r.phases.map((p) => `${p.phase} ${p.seconds.toFixed(1)}`).join(", ")}`)
if (!auditOnly) console.log(`\nextraction on ${(bytes / 1048576).toFixed(1)} MB of news text, one core`)
for (const e of extraction)
  console.log(
    `${e.name.padEnd(34)} ${e.mb.toFixed(2).padStart(6)} MB in ${e.seconds.toFixed(1).padStart(6)} s  ${e.mbPerSecond.toFixed(3).padStart(8)} MB/s  ${String(e.mentions).padStart(7)} mentions  ${(extraction[0]!.mbPerSecond / e.mbPerSecond).toFixed(0).padStart(5)}x`
  )
writeFileSync(
  join(outDir, auditOnly ? "bench-audit.json" : "bench.json"),
  `${JSON.stringify({ audit: rows, cluster: clusterRows, extraction }, null, 2)}\n`
)
if (rows.some((r) => !r.gold.ok) || clusterRows.some((c) => !c.same)) process.exitCode = 1
