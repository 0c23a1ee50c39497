/**
 * End to end: `corroborate audit` over the shared corpora, checked against the
 * gold files a careful auditor wrote for them.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { auditTo } from "./Cli.js"
import { requireShared, sharedDir } from "./Shared.js"

interface GoldFact {
  id: string
  value: number
  unit: string
  asOf?: string
  documents: Array<string>
  sources: number
  status: string
}
interface GoldConflict {
  id: string
  values: Array<{ value: number; unit: string; documents: Array<string>; sources: number }>
}
interface ReportFact {
  id: string
  value: number
  unit: string | null
  asOf: string | null
  documents: Array<string>
  sources: number
  status: string
  statement: string
}

interface GoldQuote {
  id: string
  speaker: string
  text: string
  documents: Array<string>
  sources: number
  status: string
}
interface ReportQuote {
  speaker: string | null
  text: string
  status: string
  sources: number
  documents: Array<string>
  variants: Array<{ text: string; documents: Array<string> }>
}
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-\u2014]/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
const matchQuote = (quotes: ReadonlyArray<ReportQuote>, g: GoldQuote) =>
  quotes.find((q) => q.variants.some((v) => norm(v.text) === norm(g.text)) || norm(q.text) === norm(g.text))

const sameSet = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) =>
  [...a].sort().join("|") === [...b].sort().join("|")
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

const matchFact = (facts: ReadonlyArray<ReportFact>, g: GoldFact) =>
  facts.filter(
    (f) =>
      close(f.value, g.value) &&
      f.unit === g.unit &&
      sameSet(f.documents, g.documents) &&
      (g.asOf === undefined || f.asOf === g.asOf)
  )

/** The one report fact with the gold fact's value, unit, documents (and time), with its sources and status. */
const expectGoldFact = (facts: ReadonlyArray<ReportFact>, gf: GoldFact) => {
  const hits = matchFact(facts, gf)
  expect(
    hits.map((h) => h.statement),
    `no fact for ${gf.id}`
  ).toHaveLength(1)
  expect(hits[0]!.sources).toBe(gf.sources)
  expect(hits[0]!.status).toBe(gf.status)
}

const corpus = (name: string) => join(sharedDir, "corpus", name)
const gold = (name: string) => JSON.parse(readFileSync(join(corpus(name), "gold.json"), "utf8"))

describe.runIf(requireShared())("audit against gold", () => {
  describe("openai-open-weights (real news texts)", async () => {
    const g = gold("openai-open-weights")
    const run = await auditTo(corpus("openai-open-weights"))
    const facts = run.report.facts as Array<ReportFact>

    it("exits 0: the corpus holds no conflict", () => {
      expect(run.stderr).toBe("")
      expect(run.code).toBe(0)
      expect(run.report.conflicts).toEqual([])
    })

    it.each((g.facts as Array<GoldFact>).map((f) => [f.id, f] as const))(
      "finds fact %s with its documents, sources and status",
      (_id, gf) => expectGoldFact(facts, gf)
    )

    it("reports 001 as a copy of 000 with Fortune as its origin", () => {
      const docs = run.report.documents as Array<{
        id: string
        copyOf: string | null
        origin: string | null
        stories: Array<{ headline: string | null }>
      }>
      const copy = docs.find((d) => d.id === "001_a2117d62b038ba27")!
      expect(copy.copyOf).toBe("000_69a8f2d6cacfabef")
      expect(copy.origin).toBe("Fortune")
      for (const [id, d] of Object.entries(g.documents as Record<string, { origin: string; copyOf?: string }>)) {
        const doc = docs.find((x) => x.id === id)!
        expect(doc.origin, id).toBe(d.origin)
        expect(doc.copyOf, id).toBe(d.copyOf ?? null)
      }
    })

    it.each((g.quotes as Array<GoldQuote>).map((q) => [q.id, q] as const))(
      "finds quote %s with its speaker, documents, sources and status",
      (_id, gq) => {
        const hit = matchQuote(run.report.quotes, gq)
        expect(hit, `no quote for ${gq.id}`).toBeDefined()
        expect(hit!.speaker).toBe(gq.speaker)
        expect(hit!.documents).toEqual([...gq.documents].sort())
        expect(hit!.sources).toBe(gq.sources)
        expect(hit!.status).toBe(gq.status)
      }
    )

    it("reports no misquote or attribution conflict", () => {
      expect(
        run.report.quotes.filter((q: ReportQuote) => q.status === "misquote" || q.status === "attribution-conflict")
      ).toEqual([])
    })

    it("reports the weekly users as an update, not a conflict", () => {
      const upd = run.report.updates.find((u: { subject: string }) => u.subject === "ChatGPT")
      expect(upd.timeline.map((p: { asOf: string; value: number }) => [p.asOf, p.value])).toEqual([
        ["2025-03", 4e8],
        ["2025-04", 5e8]
      ])
    })

    it("splits the aggregator page into its four stories, without site chrome", () => {
      const docs = run.report.documents as Array<{ id: string; stories: Array<{ headline: string | null }> }>
      const page = docs.find((d) => d.id === "001_a2117d62b038ba27")!
      expect(page.stories).toHaveLength(4)
      const expected = g.documents["001_a2117d62b038ba27"].stories as Array<string>
      for (const [i, s] of page.stories.entries())
        expect(s.headline ?? "").toContain(expected[i]!.replace(/ \(.*\)$/, "").slice(0, 40))
    })
  })

  describe("halcyon-grid (planted conflicts)", async () => {
    const g = gold("halcyon-grid")
    const run = await auditTo(corpus("halcyon-grid"))
    const facts = run.report.facts as Array<ReportFact>

    it("exits 1 because it finds conflicts", () => {
      expect(run.code).toBe(1)
    })

    it.each((g.facts as Array<GoldFact>).map((f) => [f.id, f] as const))(
      "finds fact %s with its documents, sources and status",
      (_id, gf) => expectGoldFact(facts, gf)
    )

    it("finds exactly the planted conflicts, with their values, documents and sources", () => {
      const conflicts = run.report.conflicts as Array<{
        values: Array<{ value: number; unit: string; documents: Array<string>; sources: number }>
      }>
      expect(conflicts).toHaveLength((g.conflicts as Array<unknown>).length)
      for (const gc of g.conflicts as Array<GoldConflict>) {
        const hit = conflicts.find(
          (c) =>
            c.values.length === gc.values.length &&
            gc.values.every((gv) =>
              c.values.some(
                (v) =>
                  close(v.value, gv.value) &&
                  v.unit === gv.unit &&
                  sameSet(v.documents, gv.documents) &&
                  v.sources === gv.sources
              )
            )
        )
        expect(hit, `conflict ${gc.id}`).toBeDefined()
      }
    })

    it("finds the misquote with both versions side by side", () => {
      const misquotes = run.report.quotes.filter((q: ReportQuote) => q.status === "misquote") as Array<ReportQuote>
      expect(misquotes).toHaveLength((g.misquotes as Array<unknown>).length)
      for (const gm of g.misquotes as Array<{
        speaker: string
        versions: Array<{ text: string; documents: Array<string> }>
      }>) {
        const hit = misquotes.find((m) => m.speaker === gm.speaker)!
        expect(hit).toBeDefined()
        for (const v of gm.versions) {
          const variant = hit.variants.find((x) => norm(x.text) === norm(v.text))
          expect(variant, v.text).toBeDefined()
          expect(variant!.documents).toEqual([...v.documents].sort())
        }
      }
    })

    it("reports the republished copy and the brief's dateline", () => {
      const docs = run.report.documents as Array<{
        id: string
        copyOf: string | null
        origin: string | null
        published: string | null
      }>
      for (const [id, d] of Object.entries(
        g.documents as Record<string, { origin: string; copyOf?: string; published?: string }>
      )) {
        const doc = docs.find((x) => x.id === id)!
        expect(doc.origin, id).toBe(d.origin)
        expect(doc.copyOf, id).toBe(d.copyOf ?? null)
        if (d.published) expect(doc.published).toBe(d.published)
      }
    })
  })
})
