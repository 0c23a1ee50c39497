import { describe, expect, it } from "vitest"
import { storyEvent } from "../src/StoryEvent.js"

describe("the event a story reports", () => {
  it("names kind, place and the day the lead gives", () => {
    const e = storyEvent(
      ["Two men were shot outside a bar in Millbrook late Saturday, police said.", "Both were taken to hospital."],
      "2021-03-08"
    )
    expect(e).toMatchObject({
      kind: "shooting",
      place: "Millbrook",
      date: "2021-03-06",
      dateStated: true,
      label: "shooting, Millbrook, 2021-03-06"
    })
  })

  it("reads a dateline as the place, and falls back to the publication day", () => {
    const e = storyEvent(["HARBOURTON, Vt. — A fire destroyed a warehouse near the docks."], "2021-03-08")
    expect(e).toMatchObject({ kind: "fire", place: "Harbourton", date: "2021-03-08", dateStated: false })
  })

  it("does not take a person or a month for a place", () => {
    expect(storyEvent(["In March, police in The Hague arrested a man."], null).place).not.toBe("March")
  })

  it("takes no common word of a title-case headline for a place, and reads on to the lead", () => {
    const e = storyEvent(
      [
        "Stray Round Strikes Brookhallow Toddler in Head During Party",
        "The toddler was hit in Brookhallow late on Saturday."
      ],
      null
    )
    expect(e.place).toBe("Brookhallow")
    expect(storyEvent(["Wounded Teenager Now Resting at Home, Relatives Report"], null).place).toBeNull()
    // in a sentence, a capitalised word after "in" is a name
    expect(storyEvent(["A man was shot in Mobile on Friday."], null).place).toBe("Mobile")
  })

  it("takes a weekday the day after another as the morning after, not the same weekday six days back", () => {
    // published on a Saturday (2021-03-06): the story began that night and was updated on the Sunday
    const e = storyEvent(
      ["Two men were hurt when shots were fired on Saturday night near the marina, and a third man died early Sunday."],
      "2021-03-06"
    )
    expect(e).toMatchObject({ date: "2021-03-06", dateStated: true })
  })
})
