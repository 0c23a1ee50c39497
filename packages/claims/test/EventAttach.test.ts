import { describe, expect, it } from "vitest"
import { attachLoneStories, pairLoneStories } from "../src/EventAttach.js"
import { PairLog } from "../src/PairEvidence.js"
import type { StoryEventKeys } from "../src/EventEvidence.js"
import { story } from "./EventStories.js"

const background = Array.from({ length: 400 }, (_, i) =>
  story(`z${String(i).padStart(3, "0")}`, { names: [`p:someone ${i}`], published: `2021-0${1 + (i % 9)}-1${i % 10}` })
)

/**
 * The joins for `lone` given events as groups of stories: stories are numbered in the order given,
 * events first, then the lone story, then the background (each its own group).
 */
const joinsOf = (events: ReadonlyArray<ReadonlyArray<StoryEventKeys>>, lone: StoryEventKeys) => {
  const stories = [...events.flat(), lone, ...background]
  const root: Array<number> = []
  for (const e of events) for (let k = 0; k < e.length; k++) root.push(root.length - k)
  for (let i = root.length; i < stories.length; i++) root.push(i)
  return attachLoneStories(
    stories,
    (i) => root[i]!,
    (a, b) => a.kind === b.kind || a.kind === "case"
  ).map(([i, j]) => [stories[i]!.document, stories[j]!.document])
}

const shooting = [
  story("a1", { names: ["p:ravi tolland", "t:tolland"], place: "Millbrook", date: "2021-03-06" }),
  story("a2", { names: ["n:kiln lane", "t:kiln"], place: "Millbrook", date: "2021-03-06" })
]
const fire = [
  story("b1", { kind: "fire", names: ["n:quarry road", "t:quarry"], date: "2021-03-06" }),
  story("b2", { kind: "fire", names: ["n:quarry road", "t:quarry"], date: "2021-03-07" })
]

describe("lone stories set in an event", () => {
  it("joins a follow-up that shares the victim's name with one report and the street with another", () => {
    const followUp = story("c", {
      names: ["p:ravi tolland", "t:tolland", "n:kiln lane", "t:kiln"],
      published: "2021-03-12"
    })
    expect(joinsOf([shooting, fire], followUp)).toEqual([["c", "a1"]])
  })

  it("reads a name one story types as a person's as that person's in a story that gives no sign", () => {
    // months later, so only a participant's name may tie it: the follow-up gives the name without a title or an age
    const later = story("c", {
      names: ["n:ravi tolland", "t:tolland", "n:kiln lane", "t:kiln"],
      published: "2021-09-12"
    })
    expect(joinsOf([shooting, fire], later)).toEqual([["c", "a1"]])
  })

  it("does not join on lead words alone, nor on what fits two events alike", () => {
    const words = story("c", { terms: ["tolland", "kiln", "quarri", "gravel", "lorri", "ferri"] })
    expect(joinsOf([shooting.map((s) => ({ ...s, terms: words.terms })), fire], words)).toEqual([])
    const both = [shooting, fire.map((s) => ({ ...s, kind: "shooting", names: [...s.names, "n:kiln lane", "t:kiln"] }))]
    expect(joinsOf(both, story("c", { names: ["n:kiln lane", "t:kiln", "t:tolland"] }))).toEqual([])
  })

  it("does not join a story of another kind, or one months later that names no participant", () => {
    const otherKind = story("c", { kind: "fire", names: ["p:ravi tolland", "t:tolland", "n:kiln lane", "t:kiln"] })
    expect(joinsOf([shooting], otherKind)).toEqual([])
    const later = story("c", { names: ["n:kiln lane", "t:kiln", "t:tolland", "n:millbrook"], published: "2021-09-01" })
    expect(joinsOf([shooting], later)).toEqual([])
  })

  describe("lone stories that are each other's strongest evidence", () => {
    // a: a station's report of a shooting in Quarrytown; b: a paper's report of it the next day,
    // which names a street for a place; c: a report of another shooting, most like b but of which b is not the most like
    const stories = [
      story("a", { place: "Quarrytown", published: "2021-04-10" }),
      story("b", { place: "Vellum Avenue", published: "2021-04-11" }),
      story("c", { place: null, published: "2021-04-11" }),
      story("d", { kind: "fire", published: "2021-04-11" }),
      story("e", { published: "2021-06-30" })
    ]
    const pairsOf = (
      edges: ReadonlyArray<readonly [number, number, number]>,
      lone = [true, true, true, true, true]
    ) => {
      const log = new PairLog(stories.length)
      for (const [i, j, w] of edges) log.add(i, j, w, false)
      return pairLoneStories(stories, lone, log.sum().strongestPartners(), (x, y) => x.kind === y.kind).map(
        ([i, j]) => `${stories[i]!.document}-${stories[j]!.document}`
      )
    }

    it("pairs two reports of nearby days each the other's strongest, whatever places they read", () => {
      expect(
        pairsOf([
          [0, 1, 2.5],
          [1, 2, 1.8],
          [0, 2, 0.5]
        ])
      ).toEqual(["a-b"])
    })

    it("does not pair a story with one whose strongest is another, nor on little evidence", () => {
      // c's strongest is b, but b's is a
      expect(
        pairsOf([
          [0, 1, 2.5],
          [1, 2, 2]
        ])
      ).toEqual(["a-b"])
      expect(pairsOf([[0, 1, 1]])).toEqual([])
    })

    it("does not pair a story already in an event, one of another kind, or one weeks apart", () => {
      expect(pairsOf([[0, 1, 2.5]], [true, false, true, true, true])).toEqual([])
      expect(pairsOf([[1, 3, 3]])).toEqual([])
      expect(pairsOf([[0, 4, 3]])).toEqual([])
    })
  })
})
