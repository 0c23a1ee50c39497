/**
 * NewsQuant (the news sentences CQE is measured on) scored with CQE's own
 * protocol: the shared scorer emits the sentences, we extract, and the same
 * scorer counts, so our figures and the scorer's always agree. Years and
 * dates are left out (NewsQuant annotates neither), as are the numbers we read
 * as no quantity at all (addresses, phone numbers, times of day, scores,
 * identifiers, page furniture).
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { extract, type ExtractedMention } from "@corroborate/claims/internal"
import { sharedDir, suitesDir } from "./Suites.js"

const gold = join(suitesDir, "newsquant-dev", "NewsQuant.dev.json")
const scorer = join(sharedDir, "scorers", "newsquant.py")
export const hasNewsQuant = existsSync(gold) && existsSync(scorer)

/** Kinds of numbers that are no quantity: never predicted. Ordinals are ranks, which NewsQuant never labels. */
const NOT_QUANTITIES = new Set(["time", "phone", "address", "identifier", "score", "page", "ordinal"])

/**
 * NewsQuant writes a level that moved ("rose from 240 to 273") as the pair
 * start-end, in the text's order; we read it as one mention, 273 from 240.
 */
const asProtocol = (m: ExtractedMention) =>
  m.from !== null
    ? { ...m, value: null, low: m.from, high: m.value }
    : // a range the text states ("about 14-18 mpg") is its two bounds, hedged or not; a hedged value keeps its value
      m.range
      ? { ...m, value: null }
      : m

export interface NewsQuantScore {
  readonly sentences: number
  readonly value: number
  readonly valueUnit: number
  readonly valueChange: number
  /** The scorer's own printout: counts, error breakdown, unit confusions. */
  readonly report: string
}

/** Runs the extractor over NewsQuant dev and scores it; `errors` also writes the scorer's worst sentences there. */
export const scoreNewsQuant = (errors?: string): NewsQuantScore => {
  const emitted = spawnSync("python3", [scorer, "--gold", gold, "--emit-inputs"], {
    encoding: "utf8",
    maxBuffer: 64 << 20
  })
  if (emitted.status !== 0) throw new Error(`newsquant.py --emit-inputs failed: ${emitted.stderr}`)
  const inputs = emitted.stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { id: string; text: string })
  const dir = mkdtempSync(join(tmpdir(), "newsquant-"))
  if (errors) mkdirSync(dirname(errors), { recursive: true })
  try {
    const pred = join(dir, "pred.jsonl")
    const json = join(dir, "metrics.json")
    writeFileSync(
      pred,
      inputs
        .map((x) =>
          JSON.stringify({
            id: x.id,
            mentions: extract(x.text, null)
              .filter((m) => !NOT_QUANTITIES.has(m.kind))
              .map(asProtocol)
          })
        )
        .join("\n") + "\n"
    )
    const args = [
      scorer,
      "--gold",
      gold,
      "--pred",
      pred,
      "--drop-unit",
      "year",
      "--drop-kind",
      "date",
      "--json",
      json,
      ...(errors ? ["--errors", errors] : [])
    ]
    const scored = spawnSync("python3", args, { encoding: "utf8", maxBuffer: 64 << 20 })
    if (scored.status !== 0) throw new Error(`newsquant.py failed: ${scored.stderr}`)
    const m = (JSON.parse(readFileSync(json, "utf8")) as { metrics: Record<string, { F1: number }> }).metrics
    return {
      sentences: inputs.length,
      value: m["value"]!.F1,
      valueUnit: m["value+unit"]!.F1,
      valueChange: m["value+change"]!.F1,
      report: scored.stdout
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
