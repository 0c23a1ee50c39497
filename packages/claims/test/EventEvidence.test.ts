import { describe, expect, it } from "vitest"
import { storyEvidence, type StoryEventKeys } from "../src/EventEvidence.js"
import { story } from "./EventStories.js"

const background = Array.from({ length: 60 }, (_, i) => story(`z${i}`, { names: [`p:someone ${i}`] }))

/** The evidence between the first two stories, with a background that makes rarity mean something. */
const between = (a: Partial<StoryEventKeys>, b: Partial<StoryEventKeys>) =>
  storyEvidence([story("a", a), story("b", b), ...background]).get(0, 1)

describe("evidence between two stories", () => {
  it("counts a participant's name shared, and weighs an official's less", () => {
    const person = between({ names: ["p:ravi tolland"] }, { names: ["p:ravi tolland"] })
    const official = between({ names: ["o:sgt. mina holt"] }, { names: ["o:sgt. mina holt"] })
    expect(person?.people).toBe(1)
    expect(official?.people).toBe(0)
    expect(official!.weight).toBeLessThan(person!.weight)
  })

  it("takes a name one story types as a person's for that person's where another story gives no sign", () => {
    const typed = between({ names: ["p:ravi tolland"] }, { names: ["n:ravi tolland"] })
    expect(typed?.people).toBe(1)
    expect(typed!.weight).toBeCloseTo(between({ names: ["p:ravi tolland"] }, { names: ["p:ravi tolland"] })!.weight)
    // two untyped mentions stay another name's
    expect(between({ names: ["n:ravi tolland"] }, { names: ["n:ravi tolland"] })?.people).toBe(0)
  })

  it("takes two spellings of a participant's first name, its letters misplaced, for one person", () => {
    const misspelt = between({ names: ["p:tavion quillard"] }, { names: ["p:tavoin quillard"] })
    expect(misspelt?.people).toBe(1)
    expect(misspelt!.weight).toBeCloseTo(
      between({ names: ["p:tavion quillard"] }, { names: ["p:tavion quillard"] })!.weight
    )
    // another surname, or a short first name whose letters make another name, is another person
    expect(between({ names: ["p:tavion quillard"] }, { names: ["p:tavion quillon"] })).toBeUndefined()
    expect(between({ names: ["p:oren quillard"] }, { names: ["p:nore quillard"] })).toBeUndefined()
  })

  it("pairs lead words only between stories of nearby days", () => {
    const terms = ["quarri", "ferri", "kiln"]
    expect(between({ terms }, { terms })?.weight).toBeGreaterThan(0)
    expect(between({ terms }, { terms, published: "2021-04-20" })).toBeUndefined()
  })

  it("gives lead words of many documents no weight, however quiet their days", () => {
    // the words are in a dozen stories of another year: common in the corpus, alone in these days
    const common = ["polic", "shoot", "dead", "three"]
    const elsewhere = Array.from({ length: 12 }, (_, i) => story(`y${i}`, { terms: common, published: "2020-06-01" }))
    const of = (a: Partial<StoryEventKeys>, b: Partial<StoryEventKeys>) =>
      storyEvidence([story("a", a), story("b", b), ...elsewhere, ...background]).get(0, 1)
    expect(of({ terms: common }, { terms: common })).toBeUndefined()
    expect(of({ terms: [...common, "kiln"] }, { terms: [...common, "kiln"] })?.weight).toBeGreaterThan(0)
  })

  it("pairs lead words of stories published together whose stated days are a week apart", () => {
    const terms = ["quarri", "ferri", "kiln"]
    // the same day's reports, one stating a day read from an older story of its page
    expect(between({ terms, date: "2021-03-01" }, { terms })?.weight).toBeGreaterThan(0)
    expect(between({ terms, date: "2021-03-01" }, { terms, published: "2021-03-20" })).toBeUndefined()
  })

  it("gives a name no weight between two pieces of the outlet it names, and half between two pieces of one outlet", () => {
    const chrome = ["n:wkrx news 4 millbrook", "n:kiln lane"]
    const own = between({ names: chrome, outlet: "wkrx.com" }, { names: chrome })
    expect(own!.weight).toBeCloseTo(between({ names: ["n:kiln lane"] }, { names: ["n:kiln lane"] })!.weight)
    const apart = between({ names: ["n:kiln lane"] }, { names: ["n:kiln lane"] })
    const same = between(
      { names: ["n:kiln lane"], outlet: "kilnnews.com" },
      { names: ["n:kiln lane"], outlet: "kilnnews.com" }
    )
    expect(same!.weight).toBeCloseTo(apart!.weight / 2)
  })
})
