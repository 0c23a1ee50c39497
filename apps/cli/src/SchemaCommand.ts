/** `corroborate schema config`: the JSON Schema of corroborate.config.json. */
import { Args, Command } from "@effect/cli"
import { Effect } from "effect"
import { configJsonSchema } from "./Config.js"

const what = Args.choice([["config", "config"] as const], { name: "what" })

export const schemaCommand = Command.make("schema", { what }, () =>
  Effect.sync(() => process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`))
).pipe(Command.withDescription("print a JSON Schema (config: of corroborate.config.json)"))
