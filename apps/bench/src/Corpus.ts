/** Benchmark text: the example corpus and the shared corpora, repeated to a size, in a fixed order. */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, resolve, dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { sharedDir } from "./Suites.js"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")

export const newsTexts = (): Array<string> => {
  const dirs = [
    join(repoRoot, "examples/corpus"),
    join(sharedDir, "corpus/openai-open-weights"),
    join(sharedDir, "corpus/halcyon-grid")
  ]
  const out: Array<string> = []
  for (const d of dirs) {
    if (!existsSync(d)) continue
    for (const f of readdirSync(d).sort()) if (/\.(txt|md)$/.test(f)) out.push(readFileSync(join(d, f), "utf8"))
  }
  return out
}

/** Articles (blank-line separated) repeated until the text reaches `bytes`. */
export const benchText = (bytes: number): string => {
  const texts = newsTexts()
  const parts: Array<string> = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length]!
    parts.push(t)
    size += Buffer.byteLength(t) + 2
  }
  return parts.join("\n\n")
}
