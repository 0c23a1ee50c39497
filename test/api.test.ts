/** The public API of @corroborate/claims: only the curated exports, each documented, the report current. */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { apiEntries, apiMarkdown } from "./ApiReport.js"
import { repoRoot } from "./Shared.js"

const CURATED = [
  "audit",
  "auditEffect",
  "AuditOptions",
  "AuditReport",
  "ClaimReport",
  "ConflictReport",
  "Corroborator",
  "CorroboratorService",
  "defaultSeverities",
  "DocumentInput",
  "DocumentMeta",
  "DocumentReport",
  "EventReport",
  "extract",
  "ExtractedMention",
  "FactReport",
  "Finding",
  "findingsOf",
  "InconsistencyReport",
  "Location",
  "QuoteOccurrence",
  "QuoteReport",
  "RuleId",
  "RuleInfo",
  "RULES",
  "Severities",
  "Severity",
  "SkippedPath",
  "SourceDocument",
  "StatementReport",
  "Summary",
  "Tolerances",
  "UnreadableDocument",
  "UpdateReport"
]

describe("the API of @corroborate/claims", () => {
  const entries = apiEntries()

  it("exports only what a user needs", () => {
    expect(entries.map((e) => e.name)).toEqual([...CURATED].sort((a, b) => a.localeCompare(b)))
  })

  it("documents every export, and shows each function in use", () => {
    for (const e of entries) expect(e.doc, e.name).not.toBe("")
    // what a user calls or builds: shown in use
    for (const name of [
      "audit",
      "auditEffect",
      "extract",
      "findingsOf",
      "Corroborator",
      "DocumentInput",
      "AuditOptions"
    ]) {
      expect(entries.find((e) => e.name === name)?.examples, name).toBeGreaterThan(0)
    }
  })

  it("has a current API report", () => {
    const file = join(repoRoot, "packages/claims/API.md")
    const made = apiMarkdown(entries)
    if (process.env["UPDATE_API"] === "1") writeFileSync(file, made)
    expect(readFileSync(file, "utf8")).toBe(made)
  })
})
