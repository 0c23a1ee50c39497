/** Numbers at the edges: scientific notation read or rejected whole, never truncated; nothing non-finite reaches a fact. */
import { describe, expect, it } from "vitest"
import { audit, extract } from "@corroborate/claims"

describe("numbers at the edges", () => {
  it("reads scientific notation, and rejects an exponent no quantity has without keeping its mantissa", () => {
    expect(extract("The lab counted 1.2e9 cells and 3.5E6 tonnes.").map((m) => m.value)).toEqual([1.2e9, 3.5e6])
    expect(extract("The bill came to $1e308.")).toEqual([])
    expect(extract("A bid of $1.8e308 million was filed.")).toEqual([])
  })

  it("never makes a fact or a conflict of a value that is not a finite number", () => {
    const report = audit([
      { id: "a", text: "Acme Corp raised $1e308 in a round.", meta: { outlet: "A" } },
      { id: "b", text: "Acme Corp raised $1.8e308 million in a round.", meta: { outlet: "B" } },
      { id: "c", text: `Acme Corp raised $${"9".repeat(400)} in a round.`, meta: { outlet: "C" } }
    ])
    expect(report.conflicts).toEqual([])
    for (const f of report.facts) expect(Number.isFinite(f.value)).toBe(true)
    for (const c of report.claims) if (c.value !== null) expect(Number.isFinite(c.value)).toBe(true)
  })
})
