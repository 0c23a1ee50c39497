/**
 * Where analyses go once made (audit) or read back from shards (merge, cluster
 * submit): kept for a reduce in memory, or spilled by a partitioned one. Both
 * write the same reports; the partitioned one bounds memory on large corpora.
 */
import { Options } from "@effect/cli"
import { Effect } from "effect"
import { tmpdir } from "node:os"
import { ExitWith, TOOL_ERROR } from "./ExitCode.js"
import {
  assemble,
  internAnalysis,
  type AnalysedDocument,
  type SkippedPath,
  type UnreadableDocument
} from "@corroborate/claims/internal"
import { severitiesOf, type Config } from "./Config.js"
import { boundHeapGrowth, PARTITION_ABOVE, PartitionedReduce, partitionSizes } from "./PartitionedReduce.js"
import { assembleOptions, type Reduced } from "./Publish.js"

export type ReduceMode = "auto" | "memory" | "partitioned"

export const reduceOption = Options.choice("reduce", ["auto", "memory", "partitioned"]).pipe(
  Options.withDescription(
    `how the cross-document stages run: in memory, or partitioned with spills to a temporary folder (memory bounded by the largest partition; same reports); auto partitions above ${PARTITION_ABOVE} documents`
  ),
  Options.withDefault("auto" as const)
)

export interface Reducer {
  add(a: AnalysedDocument): void
  /** Documents taken. */
  readonly count: number
  finish(unreadable: ReadonlyArray<UnreadableDocument>, skipped: ReadonlyArray<SkippedPath>): Promise<Reduced>
}

class MemoryReducer implements Reducer {
  private analyses: Array<AnalysedDocument> = []
  // equal strings of analyses that crossed a thread or were parsed apart are shared again
  private strings = new Map<string, string>()
  constructor(private readonly cfg: Config) {}
  add(a: AnalysedDocument): void {
    this.analyses.push(internAnalysis(a, this.strings))
  }
  get count(): number {
    return this.analyses.length
  }
  async finish(unreadable: ReadonlyArray<UnreadableDocument>, skipped: ReadonlyArray<SkippedPath>): Promise<Reduced> {
    const analyses = this.analyses
    // handed over, not kept: assemble lets each analysis go once its entries are made
    this.analyses = []
    this.strings = new Map()
    return { report: assemble(analyses, unreadable, { ...assembleOptions(this.cfg), skipped }) }
  }
}

/**
 * The reducer for `mode` and a corpus of about `documents` documents. `folder` gives the spill
 * folder (made on first use); `onPartition` reports the partitions reduced.
 */
export const makeReducer = (
  mode: ReduceMode,
  documents: number,
  cfg: Config,
  folder: () => string,
  onPartition?: (done: number, total: number) => void
): Reducer => {
  if (mode === "memory" || (mode === "auto" && documents <= PARTITION_ABOVE)) return new MemoryReducer(cfg)
  boundHeapGrowth()
  return new PartitionedReduce(folder(), {
    ...assembleOptions(cfg),
    ...partitionSizes(),
    severities: severitiesOf(cfg),
    ...(onPartition ? { onPartition } : {})
  })
}

/** The reduce's result, or what stopped it (a full disk under TMPDIR, an unreadable spill) as a message to act on. */
export const finishReduce = (
  reducer: Reducer,
  unreadable: ReadonlyArray<UnreadableDocument>,
  skipped: ReadonlyArray<SkippedPath>
): Effect.Effect<Reduced, ExitWith> =>
  Effect.tryPromise({
    try: () => reducer.finish(unreadable, skipped),
    catch: (e) =>
      new ExitWith({
        code: TOOL_ERROR,
        message: `the reduce stopped: ${(e as Error).message} (a partitioned reduce spills to ${tmpdir()}; set TMPDIR to a folder with room, about 2 KB a document)`
      })
  })
