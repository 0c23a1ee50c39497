/**
 * `pnpm bench:extract`: extraction speed on news text, ours against
 * Microsoft Recognizers-Text (number, number-with-unit and date models, as a
 * user would run them) on the same text in the same run. Recognizers-Text is
 * too slow to read the whole text in a sane time, so it reads a prefix of it for
 * a fixed time budget; MB/s compares like with like.
 */
import { writeFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
import { createRequire } from "node:module"
import { extract } from "@corroborate/claims/internal"
import { benchText } from "./Corpus.js"

const require = createRequire(import.meta.url)
const args = process.argv.slice(2)
const mb = Number(args[args.indexOf("--mb") + 1] ?? 20) || 20
const peerSeconds = Number(args[args.indexOf("--peer-seconds") + 1] ?? 30) || 30
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined

const text = benchText(mb * 1024 * 1024)
const paragraphs = text.split(/\n\s*\n/)
const bytes = Buffer.byteLength(text)

interface Row {
  readonly name: string
  readonly bytes: number
  readonly seconds: number
  readonly mentions: number
}

const runOurs = (): Row => {
  // warm up on a small slice, then read every paragraph once
  for (const p of paragraphs.slice(0, 50)) extract(p, "2025-04-01")
  const t0 = performance.now()
  let mentions = 0
  for (const p of paragraphs) mentions += extract(p, "2025-04-01").length
  return { name: "corroborate extract", bytes, seconds: (performance.now() - t0) / 1000, mentions }
}

const runRecognizers = (): Row => {
  const R = require("@microsoft/recognizers-text-suite") as Record<
    string,
    (text: string, culture: string) => Array<unknown>
  >
  const culture = "en-us"
  const models = [
    R["recognizeNumber"]!,
    R["recognizePercentage"]!,
    R["recognizeCurrency"]!,
    R["recognizeDimension"]!,
    R["recognizeDateTime"]!
  ]
  for (const m of models) m("warm up 5 dollars on Monday", culture)
  const t0 = performance.now()
  let done = 0
  let mentions = 0
  for (const p of paragraphs) {
    for (const m of models) mentions += m(p, culture).length
    done += Buffer.byteLength(p) + 2
    if ((performance.now() - t0) / 1000 > peerSeconds) break
  }
  return {
    name: "recognizers-text-suite (number, percent, currency, dimension, datetime)",
    bytes: done,
    seconds: (performance.now() - t0) / 1000,
    mentions
  }
}

const ours = runOurs()
const peer = runRecognizers()
const rate = (r: Row) => r.bytes / 1024 / 1024 / r.seconds
console.log(`text: ${(bytes / 1024 / 1024).toFixed(1)} MB of news articles, ${paragraphs.length} paragraphs, one core`)
console.log(
  `${"extractor".padEnd(72)} ${"MB read".padStart(8)} ${"seconds".padStart(8)} ${"MB/s".padStart(9)} ${"mentions".padStart(9)}`
)
for (const r of [ours, peer])
  console.log(
    `${r.name.padEnd(72)} ${(r.bytes / 1048576).toFixed(2).padStart(8)} ${r.seconds.toFixed(2).padStart(8)} ${rate(r).toFixed(3).padStart(9)} ${String(r.mentions).padStart(9)}`
  )
console.log(`ratio: ours is ${(rate(ours) / rate(peer)).toFixed(0)}x the speed of Recognizers-Text`)
if (jsonOut)
  writeFileSync(
    jsonOut,
    `${JSON.stringify({ ours: { ...ours, mbPerSecond: rate(ours) }, recognizers: { ...peer, mbPerSecond: rate(peer) }, ratio: rate(ours) / rate(peer) }, null, 2)}\n`
  )
