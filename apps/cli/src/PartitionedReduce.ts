/**
 * The reduce of an audit in bounded memory: the stages of `assemble`, in the
 * same order, over analyses spilled to disk. What every document needs of every
 * other stays in memory in a compact form (story sketches and event keys, the
 * quotes, the lead sentences, a document's path and outlet); the bulk (claims
 * with their sentences, document entries, quote occurrences) is written to
 * sorted, compressed runs and read back in order:
 *
 * 1. map: analyses arrive in any order and are spilled in runs sorted by document;
 * 2. copies and events, over the sketches and event keys;
 * 3. a pass over the runs merged in document order makes each document's entries
 *    (as `assemble` does) and notes what holders recur and which ages join;
 * 4. the claims are dealt into partitions by their fact block (holder, property,
 *    dimension), which are independent of each other;
 * 5. each partition's facts, disagreements and findings are built with the whole
 *    audit's subject aliases; its facts and claims are written as sorted runs;
 * 6. the report's long lists are merges of those runs, read as they are written.
 *
 * Peak memory follows the largest partition and the compact keys, not the corpus,
 * and the report is byte for byte the one `assemble` makes.
 */
import { Effect } from "effect"
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { setFlagsFromString } from "node:v8"
import { join } from "node:path"
import {
  buildFacts,
  defaultTolerances,
  byId,
  eventsOf,
  originsOf,
  packWords,
  documentEntries,
  eventKeysOf,
  eventReports,
  factBlockOf,
  factOrder,
  findingOrder,
  findingsIn,
  inconsistencyOrder,
  interner,
  joinUnnamedAges,
  matchQuotes,
  mayJoinAge,
  describeStatements,
  placeOrder,
  quoteOccurrence,
  quoteOfOccurrence,
  quoteReports,
  RecurringHolders,
  sketchesOf,
  StatementIndex,
  sortFindings,
  statementReports,
  subjectAliases,
  summaryOf,
  TOOL,
  unreadableEntry,
  withEvidence,
  type AnalysedDocument,
  type AuditOptions,
  type ClaimEntry,
  type ClaimReport,
  type ConflictReport,
  type CrossDocument,
  type DocumentReport,
  type FactReport,
  type Finding,
  type Incident,
  type InconsistencyReport,
  type KeyedQuote,
  type KeyedSentence,
  type QuoteEntry,
  type Severities,
  type SkippedPath,
  type StoryEventKeys,
  type StorySketch,
  type StreamedReport,
  type UnreadableDocument,
  type UpdateReport
} from "@corroborate/claims/internal"
import { mergeSorted, readSpill, reiterable, SpillWriter } from "./SpillFile.js"
import { markPhase } from "./Stats.js"
import { held } from "./OutputFolder.js"

export interface PartitionedOptions extends Omit<AuditOptions, "skipped"> {
  /** The findings' severities: each partition makes its own findings while its claims are in memory. */
  readonly severities: Severities
  /** Documents per sorted run of analyses. */
  readonly runDocuments?: number
  /** Claims per fact partition, on average. */
  readonly claimsPerPartition?: number
  /** Progress of the reduce: "partitions reduced" and how many. */
  readonly onPartition?: (done: number, total: number) => void
}

/** Files planned above which `audit --reduce auto` partitions the reduce. */
export const PARTITION_ABOVE = 20_000

const RUN_DOCUMENTS = 5000

/**
 * The reduce is CPU work between reads; it lets the event loop run every so often, so that a
 * Ctrl-C or a TERM stops it (and removes its spills) within a moment, not at its end.
 */
const PAUSE_EVERY = 2000
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))
const CLAIMS_PER_PARTITION = 100_000

/**
 * Run and partition sizes from the environment (CORROBORATE_RUN_DOCUMENTS,
 * CORROBORATE_PARTITION_CLAIMS), for tuning memory against time and for tests
 * that make many partitions of a small corpus.
 */
export const partitionSizes = (): Pick<PartitionedOptions, "runDocuments" | "claimsPerPartition"> => {
  const read = (name: string) => {
    const n = Number(process.env[name])
    return Number.isInteger(n) && n > 0 ? n : undefined
  }
  const runDocuments = read("CORROBORATE_RUN_DOCUMENTS")
  const claimsPerPartition = read("CORROBORATE_PARTITION_CLAIMS")
  return {
    ...(runDocuments === undefined ? {} : { runDocuments }),
    ...(claimsPerPartition === undefined ? {} : { claimsPerPartition })
  }
}

/** FNV-1a: a fast, stable hash that deals a block to its partition. */
const partitionOf = (key: string, partitions: number): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  return (h >>> 0) % partitions
}

/** What evidence and findings read of a document. */
interface DocumentLookup {
  readonly path: string
  readonly copyOf: string | null
  readonly outlet: string | null
  readonly published: string | null
}

/** A stored analysis: its stories without their signatures, which stay in memory as sketches. */
const stored = (a: AnalysedDocument): AnalysedDocument =>
  ({ ...a, stories: a.stories.map(({ signature: _, ...s }) => s) }) as unknown as AnalysedDocument

/** Signatures per shared buffer: a buffer of its own costs each about 400 bytes beside its 512 of data. */
const SLAB_SIGNATURES = 8192

/** Signatures copied into shared buffers, each kept as a view. */
class SignatureSlabs {
  private slab = new Uint32Array(0)
  private used = 0
  keep(signature: Uint32Array): Uint32Array {
    if (this.used + signature.length > this.slab.length) {
      this.slab = new Uint32Array(Math.max(signature.length, SLAB_SIGNATURES * 128))
      this.used = 0
    }
    const view = this.slab.subarray(this.used, this.used + signature.length)
    view.set(signature)
    this.used += signature.length
    return view
  }
}

/** The quotes as matching reads them, from their occurrences on disk: not held through the partitions. */
const keyedQuotes = (occurrences: string): Array<KeyedQuote> => {
  const intern = interner()
  const out: Array<KeyedQuote> = []
  for (const q of readSpill<QuoteEntry>(occurrences))
    out.push({
      id: q.id,
      document: intern(q.document),
      origin: intern(q.origin),
      speaker: q.speaker === null ? null : intern(q.speaker),
      text: q.text
    })
  return out
}

type DocumentsPass = Awaited<ReturnType<PartitionedReduce["documentsPass"]>>

export class PartitionedReduce {
  private readonly sketches: Array<StorySketch> = []
  private readonly eventKeys: Array<StoryEventKeys> = []
  private strings = interner()
  /** Each word of the stories' event keys, numbered as first met: a story keeps its words as numbers. */
  private readonly wordIds = new Map<string, number>()
  private readonly wordId = (word: string): number => {
    let id = this.wordIds.get(word)
    if (id === undefined) this.wordIds.set(word, (id = this.wordIds.size))
    return id
  }
  private readonly signatures = new SignatureSlabs()
  private buffer: Array<AnalysedDocument> = []
  private readonly runs: Array<string> = []
  private files = 0
  /** Documents taken. */
  count = 0
  private failure: Error | null = null

  constructor(
    private readonly dir: string,
    private readonly options: PartitionedOptions
  ) {
    mkdirSync(dir, { recursive: true })
  }

  private file(name: string): string {
    return join(this.dir, `${String(++this.files).padStart(5, "0")}-${name}`)
  }

  private intern(s: string): string
  private intern(s: string | null): string | null
  private intern(s: string | null): string | null {
    return s === null ? null : this.strings(s)
  }

  /** Takes one document's analysis: its keys stay, the rest goes to the current run. */
  add(a: AnalysedDocument): void {
    this.count++
    // the document's id is one string in all its keys (a.id); outlets, days and words are shared across documents
    for (const s of sketchesOf(a))
      this.sketches.push({
        ...s,
        signature: this.signatures.keep(s.signature),
        outlet: this.intern(s.outlet),
        published: this.intern(s.published),
        credits: s.credits.map((x) => this.intern(x))
      })
    for (const { wordCounts, ...k } of eventKeysOf(a))
      this.eventKeys.push({
        ...k,
        outlet: this.intern(k.outlet),
        published: this.intern(k.published),
        kind: this.intern(k.kind),
        kinds: (k.kinds ?? []).map((x) => this.intern(x)),
        place: this.intern(k.place),
        date: this.intern(k.date),
        names: k.names.map((x) => this.intern(x)),
        terms: k.terms.map((x) => this.intern(x)),
        // a story's words and their counts as numbers in one array, not two lists of eight-byte slots
        words: packWords((k.words ?? []) as ReadonlyArray<string>, wordCounts ?? [], this.wordId)
      })
    if (this.failure) return
    this.buffer.push(stored(a))
    if (this.buffer.length >= (this.options.runDocuments ?? RUN_DOCUMENTS))
      try {
        this.flushRun()
      } catch (e) {
        // a full disk: analyses arrive from the pool's messages, so the error waits for finish to be told
        this.failure = e as Error
        this.buffer = []
      }
  }

  private flushRun(): void {
    if (this.buffer.length === 0) return
    const run = new SpillWriter<AnalysedDocument>(this.file("analyses"))
    for (const a of this.buffer.sort(byId)) run.write(a)
    run.close()
    this.runs.push(run.path)
    this.buffer = []
  }

  /** The report, its long lists read from the spill folder (which must outlive it), and its findings. */
  async finish(
    unreadable: ReadonlyArray<UnreadableDocument>,
    skipped: ReadonlyArray<SkippedPath>
  ): Promise<{ report: StreamedReport; findings: Array<Finding> }> {
    if (this.failure) throw this.failure
    this.flushRun()
    markPhase("reduce: runs spilled")
    const { pass, events } = await this.documentsWithEvents()
    const partitions = await this.deal(pass)
    markPhase("reduce: claims dealt")
    const built = await this.reducePartitions(partitions, pass)
    markPhase("reduce: partitions")
    // the quotes as keyed are let go once matched (a million of them on a large corpus)
    const quotes = quoteReports(matchQuotes(keyedQuotes(pass.occurrences), pass.speakerAliases))
    const quoteOf = quoteOfOccurrence(quotes)
    const statements = statementReports(this.statementsOf(pass))
    markPhase("reduce: quotes and statements")
    const occurrences = pass.occurrences
    const speakerAliases = pass.speakerAliases
    const occurrenceOf = (k: QuoteEntry) => quoteOccurrence(k, speakerAliases, quoteOf.get(k.id)!)

    // findings of quotes and of documents that could not be read, beside the partitions'
    const wanted = new Set<string>()
    for (const q of quotes)
      if (q.status === "misquote" || q.status === "attribution-conflict")
        for (const v of q.variants) for (const id of v.quotes) wanted.add(id)
    const found = new Map<string, ReturnType<typeof occurrenceOf>>()
    if (wanted.size > 0)
      for (const k of readSpill<QuoteEntry>(occurrences)) if (wanted.has(k.id)) found.set(k.id, occurrenceOf(k))
    const unreadableDocs = unreadable.map(unreadableEntry).sort(byId)
    // closures here name what they need, not the pass: a closure that named it would keep all of it
    // (quotes, statement stems, holders) alive while the report is written
    const docs = pass.docs
    const findings = [
      ...built.findings,
      ...findingsIn(
        {
          conflicts: [],
          quotes,
          facts: [],
          updates: [],
          inconsistencies: [],
          documents: [...pass.emptyDocs, ...unreadableDocs]
        },
        { document: (id) => docs.get(id), claim: () => undefined, occurrence: (id) => found.get(id) },
        this.options.severities
      )
    ]

    const documents = [pass.documents, ...(unreadableDocs.length > 0 ? [unreadableDocs] : [])]
    const report: StreamedReport = {
      tool: TOOL,
      summary: summaryOf(
        {
          documents: pass.count + unreadableDocs.length,
          unreadable: pass.emptyDocs.length + unreadableDocs.length,
          stories: pass.stories,
          events: events.length,
          claims: pass.claims,
          facts: built.facts,
          corroborated: built.corroborated,
          singleSource: built.singleSource,
          conflicts: built.conflicts.length,
          inconsistencies: built.inconsistencies.length,
          quotes: quotes.length,
          updates: built.updates.length,
          statements: statements.length
        },
        quotes
      ),
      documents: reiterable(() =>
        mergeSorted<DocumentReport>(
          documents.map((d) => (typeof d === "string" ? readSpill<DocumentReport>(d) : d)),
          byId
        )
      ),
      events: eventReports(events),
      facts: reiterable(() =>
        mergeSorted(
          built.factRuns.map((f) => readSpill<FactReport>(f)),
          factOrder
        )
      ),
      conflicts: built.conflicts.sort(findingOrder),
      inconsistencies: built.inconsistencies.sort(inconsistencyOrder),
      updates: built.updates.sort(findingOrder),
      quotes,
      statements,
      claims: reiterable(() =>
        mergeSorted(
          built.claimRuns.map((f) => readSpill<ClaimReport>(f)),
          placeOrder
        )
      ),
      quoteOccurrences: reiterable(function* () {
        for (const k of readSpill<QuoteEntry>(occurrences)) yield occurrenceOf(k)
      }),
      skipped: [...skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    }
    return { report, findings: sortFindings(findings) }
  }

  /**
   * Copies and events, then the documents pass that reads them. Only the events are kept past it: each
   * story's origin and event (two maps of every story, about 0.3 GB at a million documents) are let go
   * before the claims are dealt.
   */
  private async documentsWithEvents() {
    // the table of shared strings has done its work; the signatures go before events are grouped:
    // the two largest structures are never held at once
    this.strings = interner()
    this.wordIds.clear()
    const originOf = originsOf(this.sketches.splice(0))
    await pause()
    const cross = eventsOf(this.eventKeys.splice(0), originOf)
    markPhase("reduce: copies and events")
    const pass = await this.documentsPass(cross)
    markPhase("reduce: documents")
    return { pass, events: cross.events }
  }

  /**
   * Every document in order, as `assemble` walks them: its entries written out, and what the
   * later stages need of all documents kept (holders of incidents, ages to join, subjects;
   * quotes and lead sentences are on disk).
   */
  private async documentsPass(cross: CrossDocument) {
    const documents = new SpillWriter<DocumentReport>(this.file("documents"))
    const claims = new SpillWriter<readonly [ClaimEntry, Incident | null]>(this.file("claims"))
    const occurrences = new SpillWriter<QuoteEntry>(this.file("quote-occurrences"))
    const docs = new Map<string, DocumentLookup>()
    const emptyDocs: Array<DocumentReport> = []
    const recurring = new RecurringHolders()
    const subjects = new Set<string>()
    const incidentSubjects = new Map<string, readonly [string, Incident]>()
    const ages: Array<ClaimEntry> = []
    const speakers = new Set<string>()
    // lead sentences wait on disk: their index is built once the partitions are done with
    const statements = new SpillWriter<KeyedSentence>(this.file("statements"))
    let count = 0
    let stories = 0
    const analyses = mergeSorted(
      this.runs.map((r) => readSpill<AnalysedDocument>(r)),
      byId
    )
    for (const a of analyses) {
      if (count % PAUSE_EVERY === 0) await pause()
      const entries = documentEntries(a, cross)
      const doc = entries.doc
      count++
      stories += doc.stories.length
      documents.write(doc)
      docs.set(doc.id, { path: doc.path, copyOf: doc.copyOf, outlet: doc.outlet, published: doc.published })
      if (doc.status === "error") emptyDocs.push(doc)
      entries.claims.forEach((c, k) => {
        const incident = entries.incidents[k] ?? null
        claims.write([c, incident])
        if (incident) {
          recurring.add(c.subject, incident)
          incidentSubjects.set(`${c.subject}\u0000${incident.id}`, [c.subject, incident])
        } else if (mayJoinAge(c)) ages.push(c)
        else subjects.add(c.subject)
      })
      for (const q of entries.quotes.sort((x, y) => x.raw.start - y.raw.start || byId(x, y))) {
        occurrences.write(q)
        if (q.speaker !== null) speakers.add(q.speaker)
      }
      for (const st of entries.statements) statements.write(st)
    }
    statements.close()
    documents.close()
    claims.close()
    occurrences.close()
    // the subjects claims end with: recurring holders scoped to their incident, unnamed ages joined
    joinUnnamedAges(ages)
    const renamed = new Map(ages.map((c) => [c.id, c.subject]))
    for (const c of ages) subjects.add(c.subject)
    for (const [subject, incident] of incidentSubjects.values()) subjects.add(recurring.subjectOf(subject, incident))
    return {
      count,
      stories,
      claims: claims.count,
      documents: documents.path,
      claimsFile: claims.path,
      occurrences: occurrences.path,
      docs,
      emptyDocs,
      recurring,
      renamed,
      aliases: subjectAliases([...subjects]),
      speakerAliases: subjectAliases([...subjects, ...speakers]),
      statements: statements.path
    }
  }

  /**
   * The statement groups, with the texts of their sentences: the index of every lead sentence's
   * stems is built from disk here, not held through the partitions, and the texts of the sentences
   * in a group are read back after.
   */
  private statementsOf(pass: DocumentsPass) {
    const index = new StatementIndex()
    // which sentences the index took (a caption or a byline is too short to compare), in order
    const itemOf: Array<number> = []
    const intern = interner()
    let record = 0
    for (const st of readSpill<KeyedSentence>(pass.statements)) {
      if (index.add({ document: intern(st.document), origin: intern(st.origin), text: st.text }) >= 0)
        itemOf.push(record)
      record++
    }
    const groups = index.groups()
    const wanted = new Map<number, number>()
    for (const g of groups) for (const m of g) wanted.set(itemOf[m.item]!, m.item)
    const texts = new Map<number, string>()
    record = 0
    for (const st of readSpill<KeyedSentence>(pass.statements)) {
      const item = wanted.get(record++)
      if (item !== undefined) texts.set(item, st.text)
    }
    return describeStatements(groups, (i) => texts.get(i)!)
  }

  /** Deals the claims, with their final subjects, into partitions by fact block. */
  private async deal(pass: DocumentsPass): Promise<Array<string>> {
    const n = Math.max(1, Math.ceil(pass.claims / (this.options.claimsPerPartition ?? CLAIMS_PER_PARTITION)))
    const writers = Array.from({ length: n }, () => new SpillWriter<ClaimEntry>(this.file("partition")))
    let dealt = 0
    for (const [c, incident] of readSpill<readonly [ClaimEntry, Incident | null]>(pass.claimsFile)) {
      if (++dealt % (PAUSE_EVERY * 10) === 0) await pause()
      c.subject = incident ? pass.recurring.subjectOf(c.subject, incident) : (pass.renamed.get(c.id) ?? c.subject)
      writers[partitionOf(factBlockOf(c, pass.aliases).key, n)]!.write(c)
    }
    for (const w of writers) w.close()
    return writers.map((w) => w.path)
  }

  /** Each partition's facts and disagreements, with their evidence and findings; facts and claims as sorted runs. */
  private async reducePartitions(partitions: ReadonlyArray<string>, pass: DocumentsPass) {
    const out = {
      factRuns: [] as Array<string>,
      claimRuns: [] as Array<string>,
      conflicts: [] as Array<ConflictReport>,
      inconsistencies: [] as Array<InconsistencyReport>,
      updates: [] as Array<UpdateReport>,
      findings: [] as Array<Finding>,
      facts: 0,
      corroborated: 0,
      singleSource: 0
    }
    const tolerances = this.options.tolerances ?? defaultTolerances
    for (const [p, file] of partitions.entries()) {
      await pause()
      const claims = [...readSpill<ClaimEntry>(file)]
      const built = buildFacts(claims, tolerances, pass.aliases)
      for (const c of claims) c.fact = built.factOf.get(c.id)!
      const claimById = new Map<string, ClaimReport>(claims.map((c) => [c.id, c]))
      const lookups = () => ({ claimById, docById: pass.docs })
      const conflicts = withEvidence(built.conflicts, lookups)
      const inconsistencies = withEvidence(built.inconsistencies, lookups)
      out.findings.push(
        ...findingsIn(
          { conflicts, quotes: [], facts: built.facts, updates: built.updates, inconsistencies, documents: [] },
          { document: (id) => pass.docs.get(id), claim: (id) => claimById.get(id), occurrence: () => undefined },
          this.options.severities
        )
      )
      out.conflicts.push(...conflicts)
      out.inconsistencies.push(...inconsistencies)
      out.updates.push(...built.updates)
      out.facts += built.facts.length
      for (const f of built.facts)
        if (f.status === "corroborated") out.corroborated++
        else if (f.status === "single-source") out.singleSource++
      const facts = new SpillWriter<FactReport>(this.file("facts"))
      for (const f of built.facts) facts.write(f)
      facts.close()
      const sorted = new SpillWriter<ClaimReport>(this.file("claims-sorted"))
      for (const c of claims.sort(placeOrder)) sorted.write(c)
      sorted.close()
      out.factRuns.push(facts.path)
      out.claimRuns.push(sorted.path)
      this.options.onPartition?.(p + 1, partitions.length)
    }
    return out
  }
}

/**
 * Bounded memory is also a matter of the collector: V8 lets a heap grow to a few
 * times what is live before it collects (a 100,000-document reduce with 300 MB
 * live peaked at 1.5 GB). A partitioned reduce asks it to grow by 30% at most,
 * for every thread started after (the analysis workers too): about 0.8 GB at
 * 100,000 documents, for a few percent more time in the collector.
 */
export const boundHeapGrowth = (): void => setFlagsFromString("--heap-growing-percent=30")

/**
 * A temporary folder for a reduce's spills, made when first asked for (in the system's temporary
 * folder, TMPDIR) and removed when the work is done, however it ends.
 */
export const withSpillFolder = <A, E, R>(use: (folder: () => string) => Effect.Effect<A, E, R>) => {
  let made: string | null = null
  const folder = () => {
    if (made === null) {
      made = mkdtempSync(join(tmpdir(), "corroborate-reduce-"))
      // a stop (Ctrl-C, TERM) removes it too
      held.staging.add(made)
    }
    return made
  }
  return use(folder).pipe(
    Effect.ensuring(
      Effect.sync(() => {
        if (made === null) return
        rmSync(made, { recursive: true, force: true })
        held.staging.delete(made)
      })
    )
  )
}
