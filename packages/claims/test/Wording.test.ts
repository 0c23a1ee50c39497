import { describe, expect, it } from "vitest"
import type { StoryEventKeys } from "../src/EventEvidence.js"
import { likeStories, packWords, storyWords } from "../src/Wording.js"
import { story } from "./EventStories.js"

/** A story whose words are those of its sentences, as the reader keeps them. */
const told = (document: string, sentences: ReadonlyArray<string>, over: Partial<StoryEventKeys> = {}) =>
  story(document, { ...storyWords(sentences), ...over })

/** Other news of the same days, each in words of its own, so that rarity means something. */
const TOPICS = [
  "council budget vote library hours trimmed",
  "school board approves new bus routes",
  "bakery wins regional bread contest",
  "highway lane closures planned overnight resurfacing",
  "county fair draws record crowds livestock",
  "museum opens exhibit on river trade",
  "storm knocks down power lines north side",
  "zoo welcomes twin otter pups",
  "marathon registration opens spring race",
  "water main break floods basement apartments"
]
const background = Array.from({ length: 60 }, (_, i) =>
  told(
    `z${String(i).padStart(2, "0")}`,
    [`${TOPICS[i % TOPICS.length]} report ${i}`, `Residents of ward ${i} discussed the ${TOPICS[i % TOPICS.length]}.`],
    { kind: "event", published: `2021-03-0${1 + (i % 9)}` }
  )
)

/** Court news of the same days, in the words of any arraignment. */
const court = told(
  "y",
  [
    "Detectives arrested a woman on Tuesday in connection with a burglary; she is being held at the county jail.",
    "A magistrate set bond at ten thousand dollars during a brief video arraignment, pending a preliminary hearing.",
    "Her attorney declined to comment on the charges."
  ],
  { kind: "case", published: "2021-03-09" }
)

const first = told("a", [
  "Man wounded outside corner laundromat on Kiln Lane",
  "A man was shot in the leg outside a laundromat on Kiln Lane late Saturday.",
  "Witnesses said a grey pickup truck sped away toward the rail yard after the gunfire.",
  "The laundromat owner said the victim had been folding towels when an argument began in the parking lot."
])
const retold = told("b", [
  "Police seek pickup driver after laundromat gunfire",
  "Investigators are looking for the driver of a grey pickup truck seen leaving the laundromat parking lot.",
  "The wounded man had been folding towels inside before the argument, the owner told reporters.",
  "The truck was last seen heading for the rail yard."
])
const otherShooting = told("c", [
  "Teen hurt in shooting near marina",
  "A teenager was grazed by a bullet near the marina boat ramp on Sunday.",
  "Harbour patrol officers found shell casings beside a bait shop."
])

/** The joins of the lone stories given, all others each their own group. */
const joinsOf = (stories: ReadonlyArray<StoryEventKeys>, lone: (s: StoryEventKeys) => boolean) => {
  const all = [...stories, court, ...background]
  return likeStories(
    all,
    all.map(lone),
    (i) => i,
    (a, b) => a.kind === b.kind || a.kind === "event" || b.kind === "event"
  ).map(([i, j]) => [all[i]!.document, all[j]!.document])
}

describe("a story's words", () => {
  it("keeps content stems, the most repeated first, then in the order of the text", () => {
    const { words, wordCounts } = storyWords([
      "Tugboat runs aground near harbour",
      "The tugboat ran aground on a sandbar.",
      "No one on the tugboat was hurt."
    ])
    expect(words[0]).toBe("tugboat")
    expect(wordCounts[0]).toBe(3)
    expect([words[1], wordCounts[1]]).toEqual(["aground", 2])
    expect(words.indexOf("run")).toBeLessThan(words.indexOf("sandbar"))
    expect(words).not.toContain("the")
  })

  it("keeps a bounded number of words of a long story", () => {
    const long = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} mentions ${"abcdefghij"[i % 10]}word${i}.`)
    expect(storyWords(long).words.length).toBeLessThanOrEqual(64)
  })
})

describe("lone stories joined by their wording", () => {
  it("joins a report that retells the same happening in other words", () => {
    expect(joinsOf([first, retold, otherShooting], (s) => s.document === "b")).toEqual([["b", "a"]])
  })

  it("does not join a report of another happening of the same days", () => {
    expect(joinsOf([first, otherShooting], (s) => s.document === "c")).toEqual([])
  })

  it("joins a report of the same days that shares a few telling words, not one a week or two apart", () => {
    const brief = told("m", [
      "Arrest made in laundromat shooting",
      "Detectives arrested a 30-year-old man on Tuesday in connection with the shooting of a customer.",
      "He is being held at the county jail pending a hearing.",
      "A magistrate set bond at forty thousand dollars during a brief video arraignment.",
      "His attorney declined to comment on the charges before the preliminary hearing."
    ])
    expect(joinsOf([first, { ...brief, published: "2021-03-10" }], (s) => s.document === "m")).toEqual([["m", "a"]])
    expect(joinsOf([first, { ...brief, published: "2021-03-18" }], (s) => s.document === "m")).toEqual([])
  })

  it("joins a follow-up that retells its event a week or two later", () => {
    expect(joinsOf([first, { ...retold, published: "2021-03-18" }], (s) => s.document === "b")).toEqual([["b", "a"]])
  })

  it("joins a retelling months later through the event's rare words, from another outlet only", () => {
    const later = { ...retold, published: "2021-09-20" }
    expect(joinsOf([first, later], (s) => s.document === "b")).toEqual([["b", "a"]])
    // an outlet's own pages share its furniture: months apart, their likeness is no evidence
    expect(joinsOf([first, { ...later, outlet: first.outlet }], (s) => s.document === "b")).toEqual([])
    // a retelling of another man's shooting at the same laundromat names another age; a year on, the victim is a year older
    const aged = (x: StoryEventKeys, age: number) => ({ ...x, names: [`f:age=${age}`] })
    expect(joinsOf([aged(first, 30), aged(later, 12)], (s) => s.document === "b")).toEqual([])
    expect(joinsOf([aged(first, 30), aged(later, 31)], (s) => s.document === "b")).toEqual([["b", "a"]])
    // other news that shares a rare word or two is not alike enough
    const owners = told(
      "m",
      [
        "Laundromat owners weigh rising water rates",
        "Owners of three laundromats told the council that water rates had doubled since spring.",
        "One owner said she may close on Sundays to save on heating."
      ],
      { kind: "event", published: "2021-09-20" }
    )
    expect(joinsOf([first, owners], (s) => s.document === "m")).toEqual([])
  })

  it("joins neither of two events whose reports are as like it", () => {
    const twin = { ...first, document: "a2" }
    expect(joinsOf([first, twin, retold], (s) => s.document === "b")).toEqual([])
  })

  it("joins no report of a kind of happening that cannot be its event", () => {
    const fire = { ...first, kind: "fire" }
    expect(joinsOf([fire, retold], (s) => s.document === "b")).toEqual([])
  })

  it("joins the same with words packed as numbers as with words as text", () => {
    const ids = new Map<string, number>()
    const idOf = (w: string) => {
      if (!ids.has(w)) ids.set(w, ids.size)
      return ids.get(w)!
    }
    const packed = (st: StoryEventKeys): StoryEventKeys => {
      const { wordCounts, ...rest } = st
      return { ...rest, words: packWords(st.words as ReadonlyArray<string>, wordCounts ?? [], idOf) }
    }
    const stories = [first, retold, otherShooting]
    const all = [...stories, court, ...background]
    const joins = (xs: ReadonlyArray<StoryEventKeys>) =>
      likeStories(
        xs,
        xs.map((s) => s.document === "b"),
        (i) => i,
        () => true
      )
    expect(joins(all.map(packed))).toEqual(joins(all))
    expect(joins(all)).toEqual([[1, 0]])
  })
})
