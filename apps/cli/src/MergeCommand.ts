/**
 * `corroborate merge SHARD...`: the reduce step. Shards are JSON lines of
 * per-document analyses (`corroborate extract --jsonl --analyse`, run anywhere,
 * in any number of pieces); merge lines them up across documents and writes the
 * same reports, findings and exit code as `audit`.
 */
import { Args, Command } from "@effect/cli"
import { Effect, Option } from "effect"
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"
import {
  analysisFromJson,
  assemble,
  type AnalysedDocument,
  type UnreadableDocument
} from "@corroborate/claims/internal"
import { ExitWith, OK, TOOL_ERROR } from "./ExitCode.js"
import { loadConfig } from "./Config.js"
import { configOption, formatOption, outOption } from "./CommonOptions.js"
import { assembleOptions, publishReduced } from "./Publish.js"

const shards = Args.file({ name: "shard", exists: "yes" }).pipe(
  Args.withDescription("JSON-lines files of per-document analyses"),
  Args.atLeast(1)
)
const out = outOption
const config = configOption
const format = formatOption

const readShard = (file: string, docs: Array<AnalysedDocument>, errors: Array<UnreadableDocument>) =>
  Effect.async<void, Error>((resume) => {
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
    let n = 0
    rl.on("line", (line) => {
      n++
      if (line.trim() === "") return
      try {
        const v: unknown = JSON.parse(line)
        const a = analysisFromJson(v)
        if ("stories" in a) docs.push(a)
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

export const mergeCommand = Command.make("merge", { shards, out, config, format }, (args) =>
  Effect.gen(function* () {
    const loaded = yield* loadConfig(Option.getOrNull(args.config)).pipe(
      Effect.catchTag("ConfigError", (e) => Effect.fail(new ExitWith({ code: TOOL_ERROR, message: e.message })))
    )
    const cfg = loaded.config
    const docs: Array<AnalysedDocument> = []
    const errors: Array<UnreadableDocument> = []
    for (const s of args.shards)
      yield* readShard(s, docs, errors).pipe(
        Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot read ${s}: ${e.message}` }))
      )
    if (docs.length === 0)
      return yield* Effect.fail(
        new ExitWith({ code: TOOL_ERROR, message: `no document analysis in ${args.shards.join(", ")}` })
      )
    const seen = new Set<string>()
    for (const d of docs) {
      if (seen.has(d.id))
        return yield* Effect.fail(
          new ExitWith({
            code: TOOL_ERROR,
            message: `document id '${d.id}' appears in more than one shard line; ids must be unique`
          })
        )
      seen.add(d.id)
    }
    const report = assemble(docs, errors, assembleOptions(cfg))
    const outDir = Option.getOrElse(args.out, () => cfg.out ?? "reports")
    return yield* publishReduced(
      report,
      cfg,
      outDir,
      Option.getOrElse(args.format, () => cfg.format ?? "pretty")
    )
  }).pipe(Effect.flatMap((code) => (code === OK ? Effect.void : Effect.fail(new ExitWith({ code, message: "" })))))
).pipe(
  Command.withDescription("reduce shards of per-document analyses (extract --jsonl --analyse) into one audit report")
)
