/**
 * Accepted findings: `corroborate-baseline.json` lists finding ids with a
 * reason. They are reported as suppressed and do not fail the run, so only new
 * findings do. `--update-baseline` writes the current findings into it.
 */
import { Either, Schema } from "effect"
import type { Finding } from "@corroborate/claims/internal"

export const BASELINE_FILE = "corroborate-baseline.json"

export const BaselineSchema = Schema.Struct({
  version: Schema.Literal(1),
  accepted: Schema.Array(
    Schema.Struct({
      id: Schema.String,
      rule: Schema.String,
      reason: Schema.String,
      message: Schema.optional(Schema.String)
    })
  )
})
export type Baseline = typeof BaselineSchema.Type

export const parseBaseline = (text: string): Either.Either<Baseline, string> => {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return Either.left(`malformed JSON: ${(e as Error).message}`)
  }
  return Schema.decodeUnknownEither(BaselineSchema)(data).pipe(Either.mapLeft((e) => String(e.message)))
}

export const applyBaseline = (findings: ReadonlyArray<Finding>, baseline: Baseline | null): ReadonlyArray<Finding> => {
  if (baseline === null) return findings
  const accepted = new Map(baseline.accepted.map((a) => [a.id, a.reason]))
  return findings.map((f) => (accepted.has(f.id) ? { ...f, suppressed: true, justification: accepted.get(f.id)! } : f))
}

/** The baseline for the current findings, keeping reasons already written. */
export const baselineFor = (findings: ReadonlyArray<Finding>, previous: Baseline | null): Baseline => {
  const reasons = new Map(previous?.accepted.map((a) => [a.id, a.reason]) ?? [])
  return {
    version: 1,
    accepted: findings
      .filter((f) => f.severity !== "off")
      .map((f) => ({
        id: f.id,
        rule: f.rule,
        reason: reasons.get(f.id) ?? "accepted when the baseline was written; replace with the reason",
        message: f.message
      }))
      .sort((a, b) => a.id.localeCompare(b.id))
  }
}
