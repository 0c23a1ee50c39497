/**
 * `corroborate extract FILE|-`: the quantity extractor on its own, one JSON line
 * per mention. `--jsonl` reads JSON lines `{"id","text","published"?}` from
 * standard input and answers each with `{"id","mentions"}`, in input order, as
 * each line arrives, so other pipelines can stream batches through it.
 */
import { Args, Command, Options } from "@effect/cli"
import { FileSystem } from "@effect/platform"
import { Effect, Option } from "effect"
import { createInterface } from "node:readline"
import { analyseDocument, analysisToJson, extract } from "@corroborate/claims/internal"
import { ExitWith, TOOL_ERROR } from "./ExitCode.js"

const file = Args.text({ name: "file" }).pipe(
  Args.withDescription("a text file, or - for standard input"),
  Args.withDefault("-")
)
const jsonl = Options.boolean("jsonl").pipe(
  Options.withDescription('read JSON lines {"id","text","published"?} from standard input')
)
const analyse = Options.boolean("analyse").pipe(
  Options.withDescription(
    "with --jsonl: answer each record with its whole per-document analysis (claims, quotes, story sketches), a shard for 'corroborate merge'"
  )
)
const published = Options.text("published").pipe(
  Options.withDescription("publication date (YYYY-MM-DD) to resolve relative dates against"),
  Options.optional
)

const ISO = /^\d{4}-\d{2}-\d{2}$/

const write = (line: string) => Effect.sync(() => process.stdout.write(`${line}\n`))

const readStdin = Effect.async<string>((resume) => {
  const chunks: Array<Buffer> = []
  process.stdin.on("data", (c: Buffer) => chunks.push(c))
  process.stdin.on("end", () => resume(Effect.succeed(Buffer.concat(chunks).toString("utf8"))))
})

/** Answers one JSON line; a line that cannot be read gets an error answer, never silence. */
export const answerLine = (line: string, lineNo: number, analyse = false): string => {
  let rec: unknown
  try {
    rec = JSON.parse(line)
  } catch (e) {
    return JSON.stringify({ id: null, line: lineNo, error: `malformed JSON: ${(e as Error).message}` })
  }
  const r = rec as Record<string, unknown> | null
  const id =
    r !== null && typeof r === "object" && (typeof r["id"] === "string" || typeof r["id"] === "number") ? r["id"] : null
  if (r === null || typeof r !== "object" || typeof r["text"] !== "string")
    return JSON.stringify({ id, line: lineNo, error: "record needs a 'text' string" })
  const pub = r["published"]
  if (pub !== undefined && pub !== null && (typeof pub !== "string" || !ISO.test(pub)))
    return JSON.stringify({ id, line: lineNo, error: "'published' must be a date YYYY-MM-DD" })
  if (analyse) {
    if (id === null) return JSON.stringify({ id, line: lineNo, error: "record needs an 'id' to be merged" })
    const str = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : null)
    return JSON.stringify(
      analysisToJson(
        analyseDocument({
          id: String(id),
          path: str("path") ?? String(id),
          text: r["text"],
          bodyLine: 1,
          meta: {
            outlet: str("outlet"),
            title: str("title"),
            published: (pub as string | undefined) ?? null,
            url: str("url"),
            author: str("author")
          }
        })
      )
    )
  }
  return JSON.stringify({ id, mentions: extract(r["text"], (pub as string | undefined) ?? null) })
}

const streamJsonl = (analyse: boolean) =>
  Effect.async<void>((resume) => {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
    let n = 0
    rl.on("line", (line) => {
      n++
      if (line.trim() === "") return
      process.stdout.write(`${answerLine(line, n, analyse)}\n`)
    })
    rl.on("close", () => resume(Effect.void))
  })

export const extractCommand = Command.make(
  "extract",
  { file, jsonl, analyse, published },
  ({ file, jsonl, analyse, published }) =>
    Effect.gen(function* () {
      const pub = Option.getOrNull(published)
      if (pub !== null && !ISO.test(pub))
        return yield* Effect.fail(
          new ExitWith({ code: TOOL_ERROR, message: `--published must be a date YYYY-MM-DD, got '${pub}'` })
        )
      if (jsonl) {
        if (file !== "-")
          return yield* Effect.fail(
            new ExitWith({ code: TOOL_ERROR, message: "--jsonl reads standard input; give no file or '-'" })
          )
        return yield* streamJsonl(analyse)
      }
      if (analyse) return yield* Effect.fail(new ExitWith({ code: TOOL_ERROR, message: "--analyse goes with --jsonl" }))
      const fs = yield* FileSystem.FileSystem
      const text =
        file === "-"
          ? yield* readStdin
          : yield* fs
              .readFileString(file)
              .pipe(
                Effect.mapError((e) => new ExitWith({ code: TOOL_ERROR, message: `cannot read ${file}: ${e.message}` }))
              )
      for (const m of extract(text, pub)) yield* write(JSON.stringify(m))
    })
).pipe(Command.withDescription("print the quantities and dates in a text, one JSON line per mention"))
