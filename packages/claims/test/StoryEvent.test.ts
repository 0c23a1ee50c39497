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
    expect(storyEvent(["Two men were charged in Hanukkah shooting of a Millbrook girl."], null).place).toBe("Millbrook")
    expect(storyEvent(["A man was charged in Friday's shooting."], null).place).toBeNull()
    // where the victim died or the suspect is held is not where it happened
    expect(storyEvent(["A man shot on Kiln Lane in Millbrook died at Harbour General Hospital."], null).place).toBe(
      "Millbrook"
    )
    expect(storyEvent(["The teen died at Harbour General Hospital on Sunday."], null).place).toBeNull()
    expect(storyEvent(["Sheriff's deputies found two men shot, one fatally."], null).place).toBeNull()
    // a city's name that holds "News" is still a place
    expect(storyEvent(["A man was shot and badly wounded in Aldport News on Friday evening."], null).place).toBe(
      "Aldport News"
    )
    // the place of local news opens its lead as often as not
    expect(storyEvent(["A Millbrook man was shot and badly wounded near his home."], null).place).toBe("Millbrook")
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

  it("reads the place local news puts before the people it is about, in one spelling", () => {
    expect(storyEvent(["Brookhallow teen charged after friend is shot"], null).place).toBe("Brookhallow")
    expect(storyEvent(["Judge denies bail for Mt. Kelpline man in shooting"], null).place).toBe("Mount Kelpline")
    expect(storyEvent(["A man was shot in Mt. Kelpline on Friday."], null).place).toBe("Mount Kelpline")
    // a common word before "man" is no place, and a title-case headline capitalises every word
    expect(storyEvent(["Local man charged after friend is shot"], null).place).toBeNull()
    expect(storyEvent(["Judge Denies Bail For Teen Charged In Shooting"], null).place).toBeNull()
  })

  it("names every kind of happening the lead gives, and takes no fire department or surname for one", () => {
    const e = storyEvent(
      [
        "A teenager shot his girlfriend and then himself before his car crashed into a house, deputies said.",
        "The fire department freed the girl from the car. Her mother, Ann Price, said she was shot twice."
      ],
      null
    )
    expect(e.kind).toBe("shooting")
    expect(e.kinds).toEqual(["crash", "shooting"])
    expect(storyEvent(["A boy died of a self-inflicted gunshot wound, the fire chief said."], null).kind).toBe(
      "shooting"
    )
  })

  it("takes no club firing its coach and no country firing a missile for a fire", () => {
    expect(
      storyEvent(["The Harbourton Gulls fire head coach Dana Reyes after a 4-12 season"], null).kinds
    ).not.toContain("fire")
    expect(storyEvent(["Norland fires a missile over the strait, its second this month."], null).kinds).not.toContain(
      "fire"
    )
    expect(storyEvent(["The teenager carried two loaded fire arms into the school."], null).kinds).not.toContain("fire")
    expect(storyEvent(["A fire destroyed two homes on Kiln Lane overnight."], null).kind).toBe("fire")
    expect(storyEvent(["Two women were gunned down outside the Harbour County courthouse."], null).kind).toBe(
      "shooting"
    )
    expect(storyEvent(["Witnesses describe the gunfight on Quay Street."], null).kind).toBe("shooting")
  })
})
