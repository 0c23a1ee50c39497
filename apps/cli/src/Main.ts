import { Command } from "@effect/cli"
import { auditCommand } from "./AuditCommand.js"
import { extractCommand } from "./ExtractCommand.js"
import { schemaCommand } from "./SchemaCommand.js"
import { mergeCommand } from "./MergeCommand.js"
import { clusterCommand } from "./ClusterCommand.js"

import { VERSION } from "./Version.js"

export { VERSION }

export const corroborate = Command.make("corroborate").pipe(
  Command.withDescription(
    "Cross-check the facts that many documents state: what is corroborated, what rests on one source, what conflicts."
  ),
  Command.withSubcommands([auditCommand, extractCommand, mergeCommand, clusterCommand, schemaCommand])
)

export const run = Command.run(corroborate, { name: "corroborate", version: VERSION })
