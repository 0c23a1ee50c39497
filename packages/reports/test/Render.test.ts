import { describe, expect, it } from "vitest"
import { audit, type AuditReport, type SourceDocument } from "@corroborate/claims/internal"
import { jsonChunks, renderJson } from "../src/Render.js"

const doc = (id: string, outlet: string, text: string): SourceDocument => ({
  id,
  path: `${id}.txt`,
  text,
  bodyLine: 1,
  meta: { outlet, title: null, published: "2026-04-02", url: null, author: null }
})

const report = audit(
  [
    doc(
      "a",
      "Saltmarsh Review",
      "Brinewood, the Cork-based oyster farm, said on Tuesday it had raised $12 million. It employs 85 people."
    ),
    doc(
      "b",
      "Quayside Herald",
      "Oyster farm Brinewood has raised $14 million, the company said. It employs 85 people, up from 60."
    ),
    doc("c", "Fenland Courier", '"We will double our beds by 2028," said Maeve Dunleavy, who runs Brinewood.')
  ],
  []
)

describe("jsonChunks", () => {
  it("writes what JSON.stringify(report, null, 2) writes", () => {
    expect([...jsonChunks(report)].join("")).toBe(`${JSON.stringify(report, null, 2)}\n`)
    expect(renderJson(report)).toBe(`${JSON.stringify(report, null, 2)}\n`)
  })

  it("cuts long lists into batches without changing a byte, and keeps empty lists inline", () => {
    const claim = report.claims[0]!
    const long: AuditReport = {
      ...report,
      claims: Array.from({ length: 1300 }, (_, i) => ({ ...claim, id: `claim-${i}` })),
      updates: []
    }
    const chunks = [...jsonChunks(long)]
    expect(chunks.join("")).toBe(`${JSON.stringify(long, null, 2)}\n`)
    expect(chunks.length).toBeGreaterThan(3)
  })
})
