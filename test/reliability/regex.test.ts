/**
 * Linear-time text processing: every regular expression of the product's packages, written in the source
 * or built when a module loads, is checked with recheck (a ReDoS checker that finds exponential and
 * polynomial backtracking). One that is not proven safe must be on BOUNDED, which says why its input or
 * its quantifiers bound the work of each match; `pnpm bench:adversarial` measures the whole.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { checkSync } from "recheck"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { repoRoot } from "../Shared.js"

interface Found {
  readonly file: string
  readonly source: string
  readonly flags: string
}

/**
 * Found vulnerable, and why each is still linear in the document: [file, start of the pattern, why].
 * (A pattern the checker cannot decide within its time, a long alternation of words with bounded
 * quantifiers, is listed in the output, not failed: the verdict would depend on the machine's speed.)
 */
const BOUNDED: ReadonlyArray<readonly [string, string, string]> = [
  [
    "claims/src/Audit.ts",
    "\\s+[-\\u2013\\u2014]\\s+((?:\\p{Lu}",
    "a page title, cut to 500 characters; at most five words"
  ],
  ["claims/src/PartOfSpeech.ts", '"((?:[^"\\\\]|\\\\.)*)"', "reads the tagger's own lexicon file, never a document"],
  ["claims/src/Payment.ts", "\\b(?:(cash|stock|equity)", "an 80-character window before the amount"],
  ["claims/src/Entity.ts", "((?:\\b[\\p{L}'’-]+\\s+)?\\b(?:ceo", "a 60-character window before a name"]
]

const boundedWhy = (f: Found): string | undefined =>
  BOUNDED.find(([file, start]) => f.file.endsWith(file) && f.source.startsWith(start))?.[2]

/** Regular expression literals of every source file of the packages. */
const literals = (): Array<Found> => {
  const out: Array<Found> = []
  for (const pkg of readdirSync(join(repoRoot, "packages"))) {
    const src = join(repoRoot, "packages", pkg, "src")
    for (const name of readdirSync(src, { recursive: true }).map(String)) {
      if (!name.endsWith(".ts") || name.endsWith(".d.ts")) continue
      const file = join(src, name)
      const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
      const visit = (n: ts.Node): void => {
        if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = n.getText(sf)
          const end = text.lastIndexOf("/")
          out.push({
            file: relative(join(repoRoot, "packages"), file),
            source: text.slice(1, end),
            flags: text.slice(end + 1)
          })
        }
        ts.forEachChild(n, visit)
      }
      visit(sf)
    }
  }
  return out
}

/** Patterns the packages build with `new RegExp` as their modules load (from lexicons and word lists). */
const built = async (): Promise<Array<Found>> => {
  const out: Array<Found> = []
  const Real = RegExp
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args: [string | RegExp, string?]) {
      const r = Reflect.construct(target, args) as RegExp
      const at = /\/packages\/(\w+)\/dist\/(\w+)\.js/.exec(new Error().stack ?? "")
      if (at) out.push({ file: `${at[1]}/src/${at[2]}.ts`, source: r.source, flags: r.flags })
      return r
    }
  })
  try {
    await import(join(repoRoot, "packages/claims/dist/internal.js"))
    await import(join(repoRoot, "packages/sources/dist/index.js"))
  } finally {
    globalThis.RegExp = Real
  }
  return out
}

describe("regular expressions run in linear time", () => {
  it("every pattern of the packages is safe by recheck, or bounded by its input for a stated reason", async () => {
    const all = [...literals(), ...(await built())]
    expect(all.length).toBeGreaterThan(400)
    const vulnerable: Array<string> = []
    const undecided: Array<string> = []
    for (const f of all) {
      // each check is bounded by its timeout, the whole is not: the worker answers vitest between checks
      await new Promise((resolve) => setImmediate(resolve))
      const result = checkSync(f.source, f.flags.replace(/[gy]/g, ""), { timeout: 1000 })
      if (result.status === "unknown") undecided.push(`${f.file}: /${f.source.slice(0, 60)}/`)
      else if (result.status === "vulnerable" && !boundedWhy(f))
        vulnerable.push(`${f.file}: /${f.source}/ is ${result.complexity.type}`)
    }
    if (undecided.length > 0) console.info(`undecided in 1 s (bounded alternations):\n${undecided.join("\n")}`)
    expect(vulnerable).toEqual([])
  }, 300_000)
})
