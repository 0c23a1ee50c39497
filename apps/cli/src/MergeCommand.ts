/**
 * `corroborate merge SHARD...`: the reduce step. Shards are JSON lines of
 * per-document analyses (`corroborate extract --jsonl --analyse`, run anywhere,
 * in any number of pieces); merge lines them up across documents and writes the
 * same reports, findings and exit code as `audit`.
 */
import { Args, Command } from "@effect/cli"
import { Effect, Option } from "effect"
import { createReadStream, statSync } from "node:fs"
import { createInterface } from "node:readline"
import { analysisFromJson, type AnalysedDocument, type UnreadableDocument } from "@corroborate/claims/internal"
import { ExitWith, OK, TOOL_ERROR } from "./ExitCode.js"
import { loadConfig } from "./Config.js"
import { configOption, formatOption, outOption } from "./CommonOptions.js"
import { publishReduced } from "./Publish.js"
import { withSpillFolder } from "./PartitionedReduce.js"
import { finishReduce, makeReducer, reduceOption } from "./Reducer.js"

const shards = Args.file({ name: "shard", exists: "yes" }).pipe(
  Args.withDescription("JSON-lines files of per-document analyses"),
  Args.atLeast(1)
)
const out = outOption
const config = configOption
const format = formatOption
const sizeOf = (file: string) => statSync(file).size

const readShard = (file: string, onAnalysis: (a: AnalysedDocument) => void, errors: Array<UnreadableDocument>) =>
  Effect.async<void, Error>((resume) => {
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
    let n = 0
    rl.on("line", (line) => {
      n++
      if (line.trim() === "") return
      try {
        const v: unknown = JSON.parse(line)
        const a = analysisFromJson(v)
        if ("stories" in a) onAnalysis(a)
        else {
          const id =
            v !== null && typeof v === "object" && "id" in v && (v as { id: unknown }).id !== null
              ? String((v as { id: unknown }).id)
              : `${file}#${n}`
          errors.push({ id, path: `${file}:${n}`, error: a.error })
        }
      } catch (e) {
        errors.push({ id: `${file}#${n}`, path: `${file}:${n}`, error: `malformed JSON: ${(e as Error).message}` })
      }
    })
    rl.on("close", () => resume(Effect.void))
    rl.on("error", (e) => resume(Effect.fail(e)))
  })

export const mergeCommand = Command.make("merge", { shards, out, config, format, reduce: reduceOption }, (args) =>
  withSpillFolder((spillDir) =>
    Effect.gen(function* () {
      const loaded = yield* loadConfig(Option.getOrNull(args.config)).pipe(
        Effect.catchTag("ConfigError", (e) => Effect.fail(new ExitWith({ code: TOOL_ERROR, message: e.message })))
      )
      const cfg = loaded.config
      const errors: Array<UnreadableDocument> = []
      // about 4 KB of shard per document analysed: enough to choose the reduce before reading
      const documents = args.shards.reduce((n, s) => n + sizeOf(s), 0) / 4096
      const reducer = makeReducer(args.reduce, documents, cfg, spillDir)
      const seen = new Set<string>()
      let duplicate: string | null = null
      const onAnalysis = (a: AnalysedDocument) => {
        if (seen.has(a.id)) duplicate ??= a.id
        else {
          seen.add(a.id)
          reducer.add(a)
        }
      }
      for (const s of args.shards)
        yield* readShard(s, onAnalysis, errors).pipe(
          Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot read ${s}: ${e.message}` }))
        )
      if (duplicate !== null)
        return yield* Effect.fail(
          new ExitWith({
            code: TOOL_ERROR,
            message: `document id '${duplicate}' appears in more than one shard line; ids must be unique`
          })
        )
      if (reducer.count === 0)
        return yield* Effect.fail(
          new ExitWith({ code: TOOL_ERROR, message: `no document analysis in ${args.shards.join(", ")}` })
        )
      const reduced = yield* finishReduce(reducer, errors, [])
      const outDir = Option.getOrElse(args.out, () => cfg.out ?? "reports")
      return yield* publishReduced(reduced, cfg, outDir, args.format)
    })
  ).pipe(Effect.flatMap((code) => (code === OK ? Effect.void : Effect.fail(new ExitWith({ code, message: "" })))))
).pipe(
  Command.withDescription("reduce shards of per-document analyses (extract --jsonl --analyse) into one audit report")
)
