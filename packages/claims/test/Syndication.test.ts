import { describe, expect, it } from "vitest"
import { findOrigins as findOriginsOf, sketchText, type StorySketch } from "../src/Syndication.js"

type WithText = Omit<StorySketch, "signature" | "shingles"> & { text: string }
const findOrigins = (stories: Array<WithText>) =>
  findOriginsOf(stories.map(({ text, ...s }) => ({ ...s, ...sketchText(text) })))

const body =
  "Kelpline said on Monday it had closed a $45 million Series B round led by Northsea Ventures. The deal values the company at $310 million. Kelpline was founded in 2019 and now employs 120 people at 14 offshore farms."

describe("findOrigins", () => {
  it("gives a near-duplicate story the origin of the earlier one", () => {
    const o = findOrigins([
      {
        document: "copy",
        story: 0,
        text: `${body} Minor edit here.`,
        outlet: "Courier",
        published: "2026-05-05",
        credits: []
      },
      { document: "orig", story: 0, text: body, outlet: "Harbour Times", published: "2026-05-04", credits: [] },
      {
        document: "other",
        story: 0,
        text: "Dairy prices fell 4% in April, the third monthly drop in a row, the cooperative said.",
        outlet: "Farm News",
        published: "2026-05-05",
        credits: []
      }
    ])
    expect(o.find((x) => x.document === "copy")).toMatchObject({
      origin: "Harbour Times",
      copyOf: { document: "orig", story: 0 }
    })
    expect(o.find((x) => x.document === "other")).toMatchObject({ origin: "Farm News", copyOf: null })
  })

  it("uses a credit line when the original is not in the corpus", () => {
    const [o] = findOrigins([
      {
        document: "x",
        story: 0,
        text: "Some story text about a port.",
        outlet: "Aggregator",
        published: null,
        credits: ["Fortune"]
      }
    ])
    expect(o!.origin).toBe("Fortune")
  })

  it("does not depend on input order", () => {
    const a = { document: "a", story: 0, text: body, outlet: "A", published: "2026-05-04", credits: [] }
    const b = { document: "b", story: 0, text: body, outlet: "B", published: "2026-05-04", credits: [] }
    expect(findOrigins([a, b])).toEqual(findOrigins([b, a]))
  })

  it("points every copy in a chain at the earliest story, never at a story of its own document", () => {
    const day = (d: number, document: string, story = 0, extra = "") => ({
      document,
      story,
      text: `${body}${extra}`,
      outlet: document,
      published: `2026-05-0${d}`,
      credits: []
    })
    // the same document holds the text twice (a page with a repeated item); three outlets run it on later days
    const o = findOrigins([
      day(4, "first"),
      day(4, "first", 1),
      day(5, "second", 0, " Updated."),
      day(6, "third", 0, " Updated again."),
      day(7, "fourth", 0, " Updated."),
      ...Array.from({ length: 12 }, (_, n) => day(8, `late${String(n).padStart(2, "0")}`))
    ])
    const of = (d: string, story = 0) => o.find((x) => x.document === d && x.story === story)!
    expect(of("first").copyOf).toBeNull()
    expect(of("first", 1).copyOf).toBeNull()
    for (const d of ["second", "third", "fourth", "late00", "late11"])
      expect(of(d)).toMatchObject({ origin: "first", copyOf: { document: "first", story: 0 } })
  })
})
