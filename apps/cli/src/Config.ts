/**
 * `corroborate.config.json` (comments allowed), found by walking up from the
 * working directory, or given with `--config`. Decoded with an Effect Schema
 * that rejects unknown keys; the JSON Schema users get from
 * `corroborate schema config` is generated from the same Schema.
 */
import { FileSystem, Path } from "@effect/platform"
import { Data, Effect, Either, JSONSchema, ParseResult, Schema } from "effect"
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser"
import { defaultSeverities, RuleId, Severity, type Severities } from "@corroborate/claims/internal"
import picomatch from "picomatch"

export const CONFIG_FILE = "corroborate.config.json"

const SeverityMap = Schema.Struct({
  conflict: Schema.optional(Severity),
  misquote: Schema.optional(Severity),
  "attribution-conflict": Schema.optional(Severity),
  "single-source": Schema.optional(Severity),
  update: Schema.optional(Severity),
  "internal-inconsistency": Schema.optional(Severity),
  unreadable: Schema.optional(Severity)
}).annotations({ description: "Severity per finding type: off, warn or error." })

export const Output = Schema.Literal("json", "csv", "sarif", "html")
export const Format = Schema.Literal("pretty", "line", "json", "github", "sarif")

export const ConfigSchema = Schema.Struct({
  $schema: Schema.optional(Schema.String),
  include: Schema.optional(
    Schema.Array(Schema.String).annotations({
      description: "Globs of files to read inside the folders given, relative to each folder (default: every file)."
    })
  ),
  exclude: Schema.optional(
    Schema.Array(Schema.String).annotations({ description: "Globs of files to skip inside the folders given." })
  ),
  manifest: Schema.optional(
    Schema.String.annotations({ description: "A sources.json manifest to use instead of the per-folder ones." })
  ),
  severity: Schema.optional(SeverityMap),
  tolerances: Schema.optional(
    Schema.Struct({
      relative: Schema.optional(
        Schema.Number.pipe(Schema.between(0, 1)).annotations({
          description: "Relative slack added to every value before comparing (0.02 = 2%)."
        })
      )
    })
  ),
  outputs: Schema.optional(
    Schema.Array(Output).annotations({ description: "Report files written to the output folder (default: all)." })
  ),
  out: Schema.optional(Schema.String.annotations({ description: "Output folder (default: reports)." })),
  format: Schema.optional(Format),
  maxWarnings: Schema.optional(Schema.Int.pipe(Schema.nonNegative())),
  baseline: Schema.optional(Schema.String),
  csvBom: Schema.optional(Schema.Boolean),
  strict: Schema.optional(Schema.Boolean),
  maxDocumentSize: Schema.optional(
    Schema.Number.pipe(Schema.positive()).annotations({
      description: "Largest file read, in MB (default: 20); a larger one is reported as too large."
    })
  ),
  maxDocumentTime: Schema.optional(
    Schema.Number.pipe(Schema.positive()).annotations({
      description:
        "Seconds one file's analysis may take (default: 60); past it the file is reported and its worker replaced."
    })
  )
}).annotations({ title: "corroborate.config.json", description: "Configuration of the corroborate audit." })
export type Config = typeof ConfigSchema.Type

/** The configuration could not be used; the message names the key and what is allowed. */
export class ConfigError extends Data.TaggedError("ConfigError")<{
  readonly file: string
  readonly problems: ReadonlyArray<string>
}> {
  override get message() {
    return `invalid configuration in ${this.file}:\n${this.problems.map((p) => `  - ${p}`).join("\n")}`
  }
}

const ALLOWED: Record<string, ReadonlyArray<string>> = {
  "": Object.keys(ConfigSchema.fields),
  severity: RuleId.literals,
  tolerances: ["relative"]
}

const describeIssue = (issue: ParseResult.ArrayFormatterIssue): string => {
  const path = issue.path.map(String)
  const key = path.join(".")
  if (issue._tag === "Unexpected") {
    const parent = path.slice(0, -1).join(".")
    const allowed = ALLOWED[parent]
    return `unknown key '${key}'${allowed ? `; allowed keys${parent ? ` in '${parent}'` : ""}: ${allowed.join(", ")}` : ""}`
  }
  const last = path[path.length - 1] ?? ""
  if (path[0] === "severity" || last === "format" || path[0] === "outputs") {
    const allowed = path[0] === "severity" ? Severity.literals : last === "format" ? Format.literals : Output.literals
    return `'${key}' must be one of ${allowed.join(", ")}; ${issue.message.replace(/^Expected .*?, actual /, "got ")}`
  }
  return `'${key || "(top level)"}': ${issue.message}`
}

/**
 * Each problem once, at the deepest key: a wrong severity is reported by every
 * member of the schema's unions, and again for its parent object.
 */
const problemsOf = (issues: ReadonlyArray<ParseResult.ArrayFormatterIssue>): Array<string> => {
  const keys = issues.map((i) => i.path.map(String).join("."))
  const deepest = issues.filter((_, k) => !keys.some((other, j) => j !== k && other.startsWith(`${keys[k]}.`)))
  return [...new Set(deepest.map(describeIssue))]
}

export const decodeConfig = (text: string, file: string): Either.Either<Config, ConfigError> => {
  const errors: Array<ParseError> = []
  const data: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false })
  if (errors.length > 0) {
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length
    return Either.left(
      new ConfigError({
        file,
        problems: errors.map((e) => `line ${lineOf(e.offset)}: ${printParseErrorCode(e.error)}`)
      })
    )
  }
  return Schema.decodeUnknownEither(ConfigSchema, { onExcessProperty: "error", errors: "all" })(data).pipe(
    Either.mapLeft(
      (e) => new ConfigError({ file, problems: problemsOf(ParseResult.ArrayFormatter.formatErrorSync(e)) })
    )
  )
}

/** The JSON Schema of the configuration, for editors (`"$schema"`) and `corroborate schema config`. */
export const configJsonSchema = () => JSONSchema.make(ConfigSchema)

export interface LoadedConfig {
  readonly config: Config
  /** The file it came from, or null for defaults. */
  readonly file: string | null
}

/** `--config PATH`, else the nearest corroborate.config.json from the working directory up, else defaults. */
export const loadConfig = (explicit: string | null) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    let file: string | null = null
    if (explicit !== null) {
      if (!(yield* fs.exists(explicit)))
        return yield* Effect.fail(new ConfigError({ file: explicit, problems: ["the file does not exist"] }))
      file = explicit
    } else {
      let dir = path.resolve(".")
      for (;;) {
        const candidate = path.join(dir, CONFIG_FILE)
        if (yield* fs.exists(candidate)) {
          file = candidate
          break
        }
        const parent = path.dirname(dir)
        if (parent === dir) break
        dir = parent
      }
    }
    if (file === null) return { config: {} as Config, file: null } satisfies LoadedConfig
    const text = yield* fs
      .readFileString(file)
      .pipe(Effect.mapError((e) => new ConfigError({ file: file!, problems: [`cannot read: ${e.message}`] })))
    const config = yield* decodeConfig(text, file)
    return { config: yield* confinePaths(config, file), file } satisfies LoadedConfig
  })

/** Keys of the configuration that name a path. */
const PATH_KEYS = ["manifest", "out", "baseline"] as const
const FLAGS: Record<(typeof PATH_KEYS)[number], string> = {
  manifest: "a manifest outside it cannot be named in the configuration",
  out: "give a folder outside it with --out",
  baseline: "give a file outside it with --baseline"
}

/**
 * Paths in a configuration are relative to its folder, the project, and stay
 * inside it: a configuration that comes with a repository must not read or
 * write elsewhere on the machine. A path given on the command line is the
 * user's own choice and is not confined. Returned relative to the working
 * directory, as paths given on the command line are.
 */
export const confinePaths = (config: Config, file: string) =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    const project = path.dirname(path.resolve(file))
    const problems: Array<string> = []
    const out: Record<string, string> = {}
    for (const key of PATH_KEYS) {
      const value = config[key]
      if (value === undefined) continue
      const resolved = path.resolve(project, value)
      const inside = path.relative(project, resolved)
      if (inside.startsWith("..") || path.isAbsolute(inside))
        problems.push(`'${key}' must be inside the project folder ${project}; got '${value}' (${FLAGS[key]})`)
      else out[key] = path.relative(path.resolve("."), resolved) || "."
    }
    if (problems.length > 0) return yield* Effect.fail(new ConfigError({ file, problems }))
    return { ...config, ...out } as Config
  })

export const severitiesOf = (config: Config): Severities => {
  const out = { ...defaultSeverities }
  for (const rule of RuleId.literals) {
    const s = config.severity?.[rule]
    if (s !== undefined) out[rule] = s
  }
  return out
}

/** include/exclude globs of the configuration as a filter on paths relative to each folder given. */
export const acceptOf = (cfg: Config): ((rel: string) => boolean) | undefined => {
  if (!cfg.include && !cfg.exclude) return undefined
  const inc = cfg.include ? picomatch([...cfg.include], { dot: false }) : () => true
  const exc = cfg.exclude ? picomatch([...cfg.exclude], { dot: false }) : () => false
  return (rel) => inc(rel) && !exc(rel)
}
