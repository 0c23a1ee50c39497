/** `corroborate audit <paths...> --out <dir>`: read, analyse, write the reports, summarise. */
import { Args, Command, Options } from "@effect/cli"
import { FileSystem, Path } from "@effect/platform"
import { Console, Effect } from "effect"
import { audit } from "@corroborate/claims"
import { readCorpus } from "@corroborate/sources"
import { renderAll, renderSummary } from "@corroborate/reports"
import { ExitWith, FINDINGS, OK, TOOL_ERROR } from "./ExitCode.js"

const paths = Args.text({ name: "path" }).pipe(Args.withDescription("files or folders of articles (folders are read recursively)"), Args.atLeast(1))
const out = Options.directory("out").pipe(Options.withDescription("folder for report.json, facts.csv, conflicts.csv, claims.csv, quotes.csv"), Options.withDefault("reports"))
const csvBom = Options.boolean("csv-bom").pipe(Options.withDescription("start CSV files with a UTF-8 byte order mark, for spreadsheet programs"))

export const auditCommand = Command.make("audit", { paths, out, csvBom }, ({ paths, out, csvBom }) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    // @effect/cli takes an unknown "--flag" after the paths as one more path
    for (const p of paths) {
      if (p.startsWith("-") && !(yield* fs.exists(p))) return yield* Effect.fail(new ExitWith({ code: TOOL_ERROR, message: `unknown option '${p}'; see 'corroborate audit --help'` }))
    }
    const corpus = yield* readCorpus(paths).pipe(
      Effect.catchTags({
        NoReadableInput: (e) => Effect.fail(new ExitWith({ code: TOOL_ERROR, message: e.message }))
      })
    )
    const report = audit(corpus.documents, corpus.unreadable)
    yield* fs.makeDirectory(out, { recursive: true }).pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot create ${out}: ${e.message}` })))
    for (const [name, content] of renderAll(report, { bom: csvBom })) {
      yield* fs.writeFileString(path.join(out, name), content).pipe(Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot write ${name}: ${e.message}` })))
    }
    yield* Console.log(`${renderSummary(report)}reports written to ${out}`)
    const failing = report.summary.conflicts + report.summary.misquotes + report.summary.attributionConflicts
    return failing > 0 ? FINDINGS : OK
  }).pipe(Effect.flatMap((code) => (code === OK ? Effect.void : Effect.fail(new ExitWith({ code, message: "" })))))
).pipe(Command.withDescription("audit a corpus: facts, their sources and conflicts, as JSON and CSV reports"))
