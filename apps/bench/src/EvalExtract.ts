/**
 * `pnpm eval:extract`: our extractor over the peer suites, a row per suite file:
 * value accuracy, value+unit accuracy, spurious mentions; then NewsQuant dev
 * with CQE's protocol (F1 of value, value+unit, value+change). `--misses` lists
 * what was missed and writes NewsQuant's worst sentences to
 * bench-out/newsquant-errors.txt; `--json FILE` writes the table.
 */
import { writeFileSync } from "node:fs"
import { extract } from "@corroborate/claims/internal"
import { hasSuites, loadSuites, suitesDir } from "./Suites.js"
import { scoreSuite } from "./Score.js"
import { hasNewsQuant, scoreNewsQuant } from "./NewsQuant.js"

if (!hasSuites) {
  console.error(`peer suites not found at ${suitesDir}`)
  process.exit(2)
}

const args = process.argv.slice(2)
const showMisses = args.includes("--misses")
const only = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--json")
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined

/**
 * Our mentions as the suites count them: numbers that are no claim (addresses, phones...) are out, an age is the
 * duration the suites label it as, and minor currency units are stated as the suites state them ("50 cents" is 50 cent).
 */
const found = (text: string, published: string | null) =>
  extract(text, published)
    .filter((m) => m.value !== null || m.kind === "date")
    .map((m) =>
      m.kind === "age" ? { ...m, kind: "duration" as const, unit: `${m.unit!.replace(/ of age$/, "")}s` } : m
    )

const rows = loadSuites()
  .filter((s) => only === undefined || s.name.includes(only))
  .map((s) => scoreSuite(s, (c) => found(c.text, c.published)))

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7)
console.log(
  `${"suite".padEnd(46)} ${"cases".padStart(6)} ${"expect".padStart(6)} ${"value".padStart(7)} ${"val+unit".padStart(8)} ${"spurious".padStart(8)}`
)
for (const r of rows) {
  console.log(
    `${r.suite.padEnd(46)} ${String(r.cases).padStart(6)} ${String(r.expected).padStart(6)} ${pct(r.value)} ${(r.units ? pct(r.valueUnit) : "      -").padStart(8)} ${String(r.spurious).padStart(8)}`
  )
  if (showMisses) for (const m of r.misses) console.log(`    ${m}`)
}

const newsQuant =
  hasNewsQuant && (only === undefined || "newsquant".includes(only.toLowerCase()))
    ? scoreNewsQuant(showMisses ? "bench-out/newsquant-errors.txt" : undefined)
    : null
if (newsQuant) {
  console.log(
    `\nNewsQuant dev, CQE protocol (${newsQuant.sentences} sentences; years and dates left out): F1 value ${pct(newsQuant.value)}, value+unit ${pct(newsQuant.valueUnit)}, value+change ${pct(newsQuant.valueChange)}   (CQE: 92.0%, 85.6%)`
  )
  if (showMisses) console.log(newsQuant.report)
}
if (jsonOut) {
  const table = {
    suites: rows.map(({ misses, ...r }) => ({ ...r, missed: misses.length })),
    newsQuant: newsQuant && {
      value: newsQuant.value,
      valueUnit: newsQuant.valueUnit,
      valueChange: newsQuant.valueChange
    }
  }
  writeFileSync(jsonOut, `${JSON.stringify(table, null, 2)}\n`)
}
