/**
 * The API report of @corroborate/claims, a Markdown file kept in the
 * repository so that a change of the public API shows in review: every export
 * of the package's index, its kind, its TSDoc and examples, read with the
 * TypeScript compiler. `pnpm api` writes it to packages/claims/API.md; a test
 * checks that it is current. The browsable docs are TypeDoc's (`pnpm docs`),
 * and `pnpm docs:check` (in CI) fails on an undocumented export.
 */
import { join } from "node:path"
import ts from "typescript"
import { repoRoot } from "./Shared.js"

export interface ApiEntry {
  readonly name: string
  readonly kind: string
  readonly doc: string
  readonly examples: number
  readonly exampleText: ReadonlyArray<string>
}

const KIND: ReadonlyArray<readonly [number, string]> = [
  [ts.SymbolFlags.Class, "class"],
  [ts.SymbolFlags.Function, "function"],
  [ts.SymbolFlags.Interface, "interface"],
  [ts.SymbolFlags.TypeAlias, "type"],
  [ts.SymbolFlags.Variable, "const"]
]

export const apiEntries = (): Array<ApiEntry> => {
  const index = join(repoRoot, "packages/claims/src/index.ts")
  const program = ts.createProgram([index], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(index)!
  const moduleSymbol = checker.getSymbolAtLocation(source)!
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const kinds = KIND.filter(([flag]) => symbol.flags & flag).map(([, k]) => k)
      const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim()
      const tags = symbol.getJsDocTags(checker).filter((t) => t.name === "example")
      const exampleText = tags.map((t) => ts.displayPartsToString(t.text).trim())
      return { name: exported.name, kind: kinds.join(" + ") || "value", doc, examples: tags.length, exampleText }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

export const apiMarkdown = (entries: ReadonlyArray<ApiEntry>): string =>
  [
    "# API of @corroborate/claims",
    "",
    "Made from the TSDoc of `src/index.ts` by `pnpm api`; a test keeps it current (`pnpm docs` makes the browsable TypeDoc pages). Everything not listed here is internal.",
    "",
    ...entries.flatMap((e) => [`## \`${e.name}\` (${e.kind})`, "", e.doc, "", ...e.exampleText.flatMap((x) => [x, ""])])
  ].join("\n")
