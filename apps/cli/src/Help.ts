/**
 * The help pages and the checks of arguments that @effect/cli cannot word for
 * a user: usage with the real command name, every option described, examples,
 * exit codes; `corroborate help [command]`; an unknown option or a value out of
 * a flag's choices named with the flag and what it allows. Plain text: help is
 * read in pipes and CI logs as often as on a terminal.
 */
import { Format } from "./Config.js"
import { VERSION } from "./Version.js"
import { PARTITION_ABOVE } from "./PartitionedReduce.js"

interface OptionHelp {
  readonly flag: string
  readonly value?: string
  readonly text: string
  /** The values a choice flag allows. */
  readonly choices?: ReadonlyArray<string>
}

interface CommandHelp {
  readonly name: string
  readonly usage: string
  readonly summary: string
  readonly details?: string
  readonly options: ReadonlyArray<OptionHelp>
  readonly examples: ReadonlyArray<readonly [string, string]>
}

const EXIT_CODES = [
  "0  nothing fails the run (no error finding; warnings within --max-warnings)",
  "1  an error finding (a conflict, a misquote, an attribution conflict by default), or more warnings than --max-warnings",
  "2  the run itself failed: bad arguments or configuration, nothing readable, a report that cannot be written"
]

const FORMAT = {
  flag: "--format",
  value: "FORMAT",
  text: "console output: pretty (default), line, json, github (workflow annotations), sarif",
  choices: Format.literals
}

const REDUCE = {
  flag: "--reduce",
  value: "MODE",
  text: `cross-document stages in memory, or in partitions spilled to TMPDIR (bounded memory, same reports); auto (default) partitions above ${PARTITION_ABOVE.toLocaleString("en-US")} documents`,
  choices: ["auto", "memory", "partitioned"]
}

export const COMMANDS: ReadonlyArray<CommandHelp> = [
  {
    name: "audit",
    usage: "corroborate audit [options] [path...]",
    summary: "audit articles: facts, their sources, conflicts and quotes; reports as JSON, CSV, SARIF and HTML",
    details:
      "Paths are files or folders (read recursively: .md, .txt, .html, .json, .jsonl). With no path, the working directory is audited, without its reports folder, node_modules and dot-folders.",
    options: [
      { flag: "--out", value: "DIR", text: "folder for the report files (default: reports)" },
      FORMAT,
      { flag: "--config", value: "FILE", text: "configuration file; turns off the search for corroborate.config.json" },
      {
        flag: "--baseline",
        value: "FILE",
        text: "accepted findings (default: corroborate-baseline.json when present)"
      },
      { flag: "--update-baseline", text: "write the current findings to the baseline file and exit 0" },
      { flag: "--max-warnings", value: "N", text: "fail (exit 1) when there are more than N warnings" },
      { flag: "--strict", text: "exit 2 when a document cannot be read" },
      {
        flag: "--max-document-size",
        value: "MB",
        text: "larger files are reported as too large, not read (default: 20)"
      },
      {
        flag: "--max-document-time",
        value: "SECONDS",
        text: "a file whose analysis takes longer is reported and its worker replaced (default: 60)"
      },
      { flag: "--csv-bom", text: "start CSV files with a UTF-8 byte order mark, for spreadsheet programs" },
      REDUCE
    ],
    examples: [
      ["corroborate audit articles/", "audit a folder; reports in ./reports"],
      [
        "corroborate audit articles/ --format github --out audit",
        "in a GitHub workflow: annotations on the pull request"
      ],
      ["corroborate audit articles/ --update-baseline", "accept today's findings; only new ones fail later runs"]
    ]
  },
  {
    name: "extract",
    usage: "corroborate extract [options] [file]",
    summary: "print every quantity and date mention of a text, one JSON line each",
    details: "The file is a text file, or - (the default) for standard input.",
    options: [
      { flag: "--published", value: "YYYY-MM-DD", text: "publication date to resolve relative dates against" },
      {
        flag: "--jsonl",
        text: 'read JSON lines {"id", "text", "published"?} from standard input; answer one line per record'
      },
      {
        flag: "--analyse",
        text: "with --jsonl: answer each record with its whole analysis, a shard for 'corroborate merge'"
      }
    ],
    examples: [
      ["corroborate extract article.txt --published 2025-04-01", "the mentions of one article"],
      ['echo "Revenue rose 13% last month." | corroborate extract - --published 2025-04-01', "from standard input"]
    ]
  },
  {
    name: "merge",
    usage: "corroborate merge [options] <shard...>",
    summary: "reduce shards of per-document analyses (extract --jsonl --analyse) into the reports one audit writes",
    options: [
      { flag: "--out", value: "DIR", text: "folder for the report files (default: reports)" },
      FORMAT,
      { flag: "--config", value: "FILE", text: "configuration file" },
      REDUCE
    ],
    examples: [["corroborate merge shards/*.jsonl --out reports", "the reports of a corpus analysed in parts"]]
  },
  {
    name: "cluster",
    usage: "corroborate cluster worker [options] | corroborate cluster submit [options] <path...>",
    summary: "audit on many machines: workers take jobs from Redis (BullMQ), a submit writes the reports",
    details:
      "'cluster worker' takes jobs until stopped; run one per core on each machine. 'cluster submit' lists the paths as audit does, enqueues their analysis, shows its progress and writes the reports audit would write. Workers and the submit must share the --shards folder.",
    options: [
      { flag: "--redis", value: "URL", text: "Redis URL (default: $CORROBORATE_REDIS or redis://127.0.0.1:6379)" },
      { flag: "--concurrency", value: "N", text: "worker: jobs run at once (default: 1)" },
      {
        flag: "--lock-seconds",
        value: "SECONDS",
        text: "worker: how long a silent worker keeps its job before another takes it (default: 30)"
      },
      {
        flag: "--max-document-time",
        value: "SECONDS",
        text: "worker: a file whose analysis takes longer is reported and its thread replaced (default: 60)"
      },
      { flag: "--out", value: "DIR", text: "submit: folder for the report files (default: reports)" },
      { flag: "--shards", value: "DIR", text: "submit: folder all workers reach (default: .corroborate-shards)" },
      FORMAT,
      { flag: "--config", value: "FILE", text: "submit: configuration file" },
      { flag: "--max-document-size", value: "MB", text: "submit: larger files are reported, not read (default: 20)" },
      REDUCE
    ],
    examples: [
      ["corroborate cluster worker --redis redis://queue:6379", "on each machine, once per core"],
      [
        "corroborate cluster submit articles/ --out reports --shards /mnt/shared/shards",
        "the reports of articles/, analysed by the workers"
      ]
    ]
  },
  {
    name: "schema",
    usage: "corroborate schema config",
    summary: "print the JSON Schema of corroborate.config.json, for editors",
    options: [],
    examples: [["corroborate schema config > corroborate.schema.json", ""]]
  }
]

const GLOBAL = [
  { flag: "--help, -h", text: "this help; with a command, that command's help" },
  { flag: "--version", text: "the version" }
]

const optionLines = (options: ReadonlyArray<OptionHelp>): Array<string> => {
  const left = options.map((o) => `  ${o.flag}${o.value ? ` ${o.value}` : ""}`)
  const width = Math.max(...left.map((l) => l.length)) + 2
  return options.map(
    (o, i) => `${left[i]!.padEnd(width)}${o.text}${o.choices ? ` (one of: ${o.choices.join(", ")})` : ""}`
  )
}

const examplesOf = (examples: CommandHelp["examples"]): Array<string> =>
  examples.flatMap(([cmd, what]) => (what ? [`  ${cmd}`, `      ${what}`] : [`  ${cmd}`]))

/** The help of one command, or of the program when `command` is null. */
export const helpText = (command: string | null): string => {
  const c = COMMANDS.find((x) => x.name === command)
  if (c) {
    return [
      `Usage: ${c.usage}`,
      "",
      `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`,
      ...(c.details ? ["", c.details] : []),
      ...(c.options.length ? ["", "Options:", ...optionLines([...c.options, GLOBAL[0]!])] : []),
      "",
      "Examples:",
      ...examplesOf(c.examples),
      ...(c.name === "audit" ? ["", "Exit codes:", ...EXIT_CODES.map((l) => `  ${l}`)] : []),
      ""
    ].join("\n")
  }
  const width = Math.max(...COMMANDS.map((x) => x.name.length)) + 4
  return [
    `corroborate ${VERSION}: cross-check the facts many documents state; what is corroborated, what rests on one source, what conflicts.`,
    "",
    "Usage: corroborate <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((x) => `  ${x.name.padEnd(width)}${x.summary}`),
    `  ${"help".padEnd(width)}the help of a command: corroborate help audit`,
    "",
    "Options:",
    ...optionLines(GLOBAL),
    "",
    "Examples:",
    ...examplesOf(COMMANDS[0]!.examples.slice(0, 2)),
    "",
    "Exit codes:",
    ...EXIT_CODES.map((l) => `  ${l}`),
    ""
  ].join("\n")
}

/** What to do with the arguments before @effect/cli reads them: print help, refuse them, or let them through. */
export type Preflight =
  | { readonly kind: "help"; readonly text: string }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "run" }

export const preflight = (args: ReadonlyArray<string>): Preflight => {
  if (args.length === 0) return { kind: "help", text: helpText(null) }
  const [first, ...rest] = args
  if (first === "help") {
    const target = rest[0] ?? null
    if (target !== null && !COMMANDS.some((c) => c.name === target))
      return {
        kind: "error",
        message: `no command '${target}'; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`
      }
    return { kind: "help", text: helpText(target) }
  }
  if (first === "--help" || first === "-h") return { kind: "help", text: helpText(null) }
  if (first === "--version") return { kind: "run" }
  const command = COMMANDS.find((c) => c.name === first)
  if (!command)
    return {
      kind: "error",
      message: `no command '${first}'; the commands are ${COMMANDS.map((c) => c.name).join(", ")} (see 'corroborate --help')`
    }
  if (rest.includes("--help") || rest.includes("-h")) return { kind: "help", text: helpText(command.name) }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (!a.startsWith("--")) continue
    const [flag, inline] = a.split("=", 2) as [string, string | undefined]
    const option = command.options.find((o) => o.flag === flag)
    if (!option) {
      return {
        kind: "error",
        message: `'corroborate ${command.name}' has no option ${flag}; it has ${command.options.map((o) => o.flag).join(", ") || "none"} (see 'corroborate ${command.name} --help')`
      }
    }
    if (option.value === undefined) continue
    const value = inline ?? rest[i + 1]
    if (value === undefined || (inline === undefined && value.startsWith("--")))
      return { kind: "error", message: `${flag} needs a value (${option.value})` }
    if (option.choices && !option.choices.includes(value))
      return { kind: "error", message: `${flag} must be one of ${option.choices.join(", ")}; got '${value}'` }
    if (inline === undefined) i++
  }
  return { kind: "run" }
}
