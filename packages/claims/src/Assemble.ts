/**
 * The cross-document stages over analyses held in memory: the reduce of an
 * audit that fits one process. A partitioned reduce (the command line's, for
 * corpora larger than memory) runs the same stages of `Reduce.ts` in the same
 * order and writes the same report.
 */
import type { SourceDocument, UnreadableDocument } from "./Document.js"
import { matchQuotes } from "./Quote.js"
import { groupStatements, type KeyedSentence } from "./Statement.js"
import { joinUnnamedAges } from "./UnnamedPerson.js"
import { buildFacts, defaultTolerances, subjectAliases } from "./Fact.js"
import { analyseDocument, TOOL, type AnalysedDocument, type AuditOptions } from "./Audit.js"
import {
  byId,
  crossDocument,
  documentEntries,
  eventKeysOf,
  eventReports,
  placeOrder,
  quoteOccurrence,
  quoteOfOccurrence,
  quoteReports,
  RecurringHolders,
  sketchesOf,
  statementReports,
  summaryOf,
  unreadableEntry,
  withEvidence,
  type ClaimEntry,
  type Incident,
  type QuoteEntry
} from "./Reduce.js"
import type { AuditReport, ClaimReport, DocumentReport } from "./Report.js"

/**
 * Cross-document stages over documents analysed one by one (possibly in
 * parallel). Each analysis is let go as soon as its claims, quotes and lead
 * sentences are taken, so a caller that hands over its only reference to the
 * list does not hold a large corpus's analyses and its report at once.
 */
export const assemble = (
  analysedIn: ReadonlyArray<AnalysedDocument>,
  unreadable: ReadonlyArray<UnreadableDocument>,
  options: AuditOptions = {}
): AuditReport => {
  const analysed: Array<AnalysedDocument | undefined> = [...analysedIn].sort(byId)
  analysedIn = []
  const cross = crossDocument(
    analysed.flatMap((a) => sketchesOf(a!)),
    analysed.flatMap((a) => eventKeysOf(a!))
  )

  const claims: Array<ClaimEntry> = []
  const incidents: Array<readonly [ClaimEntry, Incident]> = []
  const keyedQuotes: Array<QuoteEntry> = []
  const statementInput: Array<KeyedSentence> = []
  const docs: Array<DocumentReport> = []
  for (let i = 0; i < analysed.length; i++) {
    const entries = documentEntries(analysed[i]!, cross)
    analysed[i] = undefined
    entries.claims.forEach((c, k) => {
      claims.push(c)
      const incident = entries.incidents[k]
      if (incident) incidents.push([c, incident])
    })
    keyedQuotes.push(...entries.quotes)
    statementInput.push(...entries.statements)
    docs.push(entries.doc)
  }
  for (const u of unreadable) docs.push(unreadableEntry(u))
  docs.sort(byId)
  const recurring = new RecurringHolders()
  for (const [c, incident] of incidents) recurring.add(c.subject, incident)
  for (const [c, incident] of incidents) c.subject = recurring.subjectOf(c.subject, incident)
  joinUnnamedAges(claims)
  const { facts, conflicts, inconsistencies, updates, factOf } = buildFacts(
    claims,
    options.tolerances ?? defaultTolerances
  )
  // claims and documents by id, built once and only when some disagreement needs its evidence
  let lookups: { claimById: ReadonlyMap<string, ClaimReport>; docById: ReadonlyMap<string, DocumentReport> } | null =
    null
  const evidenceOf = () =>
    (lookups ??= { claimById: new Map(claims.map((c) => [c.id, c])), docById: new Map(docs.map((d) => [d.id, d])) })
  for (const c of claims) c.fact = factOf.get(c.id)!
  claims.sort(placeOrder)

  // quotes: speakers meet across documents on the same aliases as subjects
  const speakerAliases = subjectAliases([
    ...claims.map((k) => k.subject),
    ...keyedQuotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker]))
  ])
  const quotes = quoteReports(matchQuotes(keyedQuotes, speakerAliases))
  const quoteOf = quoteOfOccurrence(quotes)
  const statements = statementReports(groupStatements(statementInput))
  const quoteOccurrences = keyedQuotes
    .map((k) => quoteOccurrence(k, speakerAliases, quoteOf.get(k.id)!))
    .sort(placeOrder)

  return {
    tool: TOOL,
    summary: summaryOf(
      {
        documents: docs.length,
        unreadable: docs.filter((d) => d.status === "error").length,
        stories: docs.reduce((n, d) => n + d.stories.length, 0),
        events: cross.events.length,
        claims: claims.length,
        facts: facts.length,
        corroborated: facts.filter((f) => f.status === "corroborated").length,
        singleSource: facts.filter((f) => f.status === "single-source").length,
        conflicts: conflicts.length,
        inconsistencies: inconsistencies.length,
        quotes: quotes.length,
        updates: updates.length,
        statements: statements.length
      },
      quotes
    ),
    documents: docs,
    events: eventReports(cross.events),
    facts: [...facts],
    conflicts: withEvidence(conflicts, evidenceOf),
    inconsistencies: withEvidence(inconsistencies, evidenceOf),
    updates: [...updates],
    quotes,
    statements,
    claims,
    quoteOccurrences,
    skipped: [...(options.skipped ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
}

/** The whole audit in one process: each document analysed, then the cross-document stages. */
export const audit = (
  documents: ReadonlyArray<SourceDocument>,
  unreadable: ReadonlyArray<UnreadableDocument>,
  options: AuditOptions = {}
): AuditReport => assemble(documents.map(analyseDocument), unreadable, options)
