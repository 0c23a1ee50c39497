import { describe, expect, it } from "vitest"
import { attachLoneStories } from "../src/EventAttach.js"
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
})
