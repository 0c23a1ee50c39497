/**
 * SARIF 2.1.0, as GitHub code scanning reads it: rules with descriptions and
 * help, each result with a message, a repo-relative location and region, and a
 * partial fingerprint of our own (the finding's content id).
 */
import { RULES, TOOL, type Finding } from "@corroborate/claims/internal"
import { sidesOf } from "./Console.js"

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

export interface SarifOptions {
  /** Turns a document path into a URI relative to the repository root. */
  readonly uriOf?: (path: string) => string
}

const level = (f: Finding) => (f.severity === "error" ? "error" : f.severity === "warn" ? "warning" : "none")

export const renderSarif = (findings: ReadonlyArray<Finding>, options: SarifOptions = {}): string => {
  const uriOf = options.uriOf ?? ((p: string) => p.replace(/\\/g, "/").replace(/^\.\//, ""))
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]))
  const region = (l: Finding["locations"][number]) => ({
    startLine: l.line,
    startColumn: l.column,
    endLine: l.endLine,
    endColumn: Math.max(l.endColumn, l.column + 1)
  })
  const physical = (l: Finding["locations"][number]) => ({
    physicalLocation: { artifactLocation: { uri: uriOf(l.path) }, region: region(l) }
  })
  const sideText = (l: Finding["locations"][number]) =>
    `${l.mark === null ? "" : `"${l.text.slice(l.mark.start, l.mark.end)}"${l.origin ? ` in ${l.origin}` : ""}${l.copyOf ? ` (a copy of ${l.copyOf})` : ""}: `}${l.text.slice(0, 500)}`
  // documents that could not be read are also told as notifications of the run, as code scanning shows them
  const unreadable = findings.filter((f) => f.rule === "unreadable")
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            informationUri: "https://github.com/corroborate/corroborate",
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              help: { text: r.help, markdown: `**${r.short}.** ${r.full}\n\n${r.help}` },
              defaultConfiguration: {
                level:
                  r.id === "single-source" || r.id === "unreadable"
                    ? "warning"
                    : r.id === "update" || r.id === "internal-inconsistency"
                      ? "none"
                      : "error"
              },
              properties: { tags: ["fact-checking"] }
            }))
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: unreadable.map((f) => ({
              level: "warning",
              message: { text: f.message },
              locations: f.locations.slice(0, 1).map(physical),
              descriptor: { id: "unreadable" }
            }))
          }
        ],
        columnKind: "utf16CodeUnits",
        results: findings
          .filter((f) => f.severity !== "off")
          .map((f) => {
            const sides = sidesOf(f)
            return {
              ruleId: f.rule,
              ruleIndex: ruleIndex.get(f.rule)!,
              level: level(f),
              message: { text: f.message },
              locations: sides.slice(0, 1).map(physical),
              ...(sides.length > 1
                ? {
                    relatedLocations: sides
                      .slice(1)
                      .map((l, i) => ({ id: i + 1, ...physical(l), message: { text: sideText(l) } }))
                  }
                : {}),
              partialFingerprints: { "corroborateFindingId/v1": f.id },
              ...(f.suppressed
                ? {
                    suppressions: [
                      {
                        kind: "external",
                        status: "accepted",
                        justification: f.justification ?? "accepted in the baseline"
                      }
                    ]
                  }
                : {})
            }
          })
      }
    ]
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
