import { describe, expect, it } from "vitest"
import { groupStatements } from "../src/Statement.js"

const filler = Array.from({ length: 30 }, (_, i) => ({
  document: `f${i}`,
  origin: `F${i}`,
  text: `Unrelated sentence number ${i} about weather, football scores, gardening tips and local traffic ${i}.`
}))

describe("groupStatements", () => {
  it("groups the same assertion across sources and counts origins", () => {
    const out = groupStatements([
      ...filler,
      {
        document: "a",
        origin: "A",
        text: "Acme will release its first open-weights language model in the coming months."
      },
      {
        document: "a-copy",
        origin: "A",
        text: "Acme will release its first open-weights language model in the coming months."
      },
      {
        document: "b",
        origin: "B",
        text: "In the coming months Acme plans to release an open-weights language model, its first."
      },
      {
        document: "c",
        origin: "C",
        text: "Shares of the grocery chain fell sharply after the quarterly results disappointed investors."
      }
    ])
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ sources: 2, documents: ["a", "a-copy", "b"] })
  })

  it("does not group a statement found in one source only", () => {
    const out = groupStatements([
      ...filler,
      {
        document: "a",
        origin: "A",
        text: "Acme will release its first open-weights language model in the coming months."
      }
    ])
    expect(out).toEqual([])
  })
})
