/** Frames of event news: casualties with scope, ages, bail and reward, dates, implied and derived counts. Sentences written for these tests. */
import { describe, expect, it } from "vitest"
import { claimsOfParagraph } from "./OneParagraph.js"

const claims = (text: string, published = "2019-06-11") => claimsOfParagraph(text, published)
const props = (text: string) => claims(text).map((c) => [c.metric, c.value, c.role])

describe("casualty frames", () => {
  it("reads a total shot and the fatal part of it, and derives the injured", () => {
    expect(props("Five men were shot, three fatally, outside a bowling alley on Sunday.")).toEqual([
      ["people shot", 5, "stated"],
      ["deaths", 3, "stated"],
      ["injuries", 2, "derived"]
    ])
  })

  it("keeps the predicates of two figures apart", () => {
    expect(props("Update: Five people shot, two dead, in a warehouse robbery")).toEqual([
      ["people shot", 5, "stated"],
      ["deaths", 2, "stated"],
      ["injuries", 3, "derived"]
    ])
  })

  it("reads dead and others injured, and the verbs before a count", () => {
    expect(props("The blast left four dead and nine others injured.")).toEqual([
      ["deaths", 4, "stated"],
      ["injuries", 9, "stated"]
    ])
    expect(props("A gunman opened fire in the depot, killing two and wounding six.")).toEqual([
      ["deaths", 2, "stated"],
      ["injuries", 6, "stated"]
    ])
  })

  it("gives the scope the wording states", () => {
    const c = claims(
      "Two of the victims died at the hospital. The death toll rose to 11 on Monday, and three more people were hurt."
    )
    expect(c.filter((x) => x.unit !== "date").map((x) => [x.metric, x.value, x.scope])).toEqual([
      ["deaths", 2, "part"],
      ["deaths", 11, "total"],
      ["injuries", 3, "increment"]
    ])
  })

  it("reads one victim stated without a number as implied", () => {
    expect(props("A 19-year-old woman was shot and killed near the stadium late Friday.")).toContainEqual([
      "deaths",
      1,
      "implied"
    ])
    expect(props("Officers said the driver was wounded in the arm.")).toContainEqual(["injuries", 1, "implied"])
  })

  it("reads one death in headline and named forms", () => {
    expect(props("Toddler dies after finding a loaded pistol")).toContainEqual(["deaths", 1, "implied"])
    expect(props("Sheriff investigating crash that killed teen near quarry")).toContainEqual(["deaths", 1, "implied"])
    expect(props("A stray round pierced the wall, striking and killing Brandvold in the next room.")).toContainEqual([
      "deaths",
      1,
      "implied"
    ])
    expect(props("A man was arrested for the shooting death of a woman in his flat.")).toContainEqual([
      "deaths",
      1,
      "implied"
    ])
    expect(props("Officers said the suspect was killed In Title Case")).toContainEqual(["deaths", 1, "implied"])
  })

  it("reads one person stated dead, and a victim named by a pronoun", () => {
    expect(props("One man is dead and another in custody after a fight at a pool hall.")).toEqual([
      ["deaths", 1, "implied"]
    ])
    expect(props("A teen dead, two hurt in shooting near the fairgrounds")).toContainEqual(["deaths", 1, "implied"])
    expect(props("He fired at the cashier, killing her.")).toEqual([["deaths", 1, "implied"]])
    expect(props("The stray round struck the boy, wounding him in the arm.")).toEqual([["injuries", 1, "implied"]])
  })

  it("reads no death in a man dead set on something, or in none dead", () => {
    expect(props("A man dead set on revenge returned to the tavern.")).toEqual([])
    expect(props("No one is dead, the sheriff said.")).toEqual([])
  })

  it("reads counts of none", () => {
    expect(props("No one was hurt, and no arrests have been made.")).toEqual([
      ["injuries", 0, "stated"],
      ["arrests", 0, "stated"]
    ])
  })

  it("reads no count in none besides those named", () => {
    // the total is the victim and whoever else was hurt: "else" and "other" leave it unsaid
    expect(props("The cashier was shot in the arm. No one else was hurt.")).not.toContainEqual([
      "injuries",
      0,
      "stated"
    ])
    expect(props("No other people were wounded, and no arrests have been made.")).toEqual([["arrests", 0, "stated"]])
  })

  it("does not read a negated or hypothetical casualty", () => {
    expect(props("The guard was not injured.")).toEqual([])
    expect(props("He could have killed someone, the judge said.")).toEqual([])
  })

  it("adds the shooter's own death to the victims of the same sentence", () => {
    expect(props("The man shot his neighbours, killing two, before he killed himself.")).toContainEqual([
      "deaths including the shooter",
      3,
      "derived"
    ])
  })

  it("counts things that are not people without a casualty", () => {
    expect(claims("Investigators recovered 14 shell casings from the lot.").map((c) => [c.metric, c.counted])).toEqual([
      ["recovered casings", "shell casings"]
    ])
  })
})

describe("parts of the wounded and other happenings", () => {
  it("keeps who went to hospital and who is in critical condition apart from the injured", () => {
    expect(props("Six people were hit by gunfire, and two were taken to a hospital by ambulance.")).toEqual([
      ["people shot", 6, "stated"],
      ["hospitalized", 2, "stated"]
    ])
    expect(props("Six were wounded; two critically injured men remain at the trauma centre.").slice(0, 1)).toEqual([
      ["injuries", 6, "stated"]
    ])
    expect(claims("Police said two were in critical condition.").map((c) => c.metric)).toEqual(["critical condition"])
  })

  it("reads shots as shots, the other victims as the others, and a toll that counts the gunman as its own figure", () => {
    expect(claims("He had been shot three times before he reached the car.").filter((c) => c.value === 3)).toEqual([])
    expect(claims("The other two victims were hit in the legs.").map((c) => [c.metric, c.value, c.scope])).toEqual([
      ["people shot", 2, "others"]
    ])
    expect(claims("Five people were dead, including the gunman, officials said.").map((c) => c.metric)).toEqual([
      "deaths including the shooter"
    ])
  })

  it("puts the toll of another shooting or of the whole city apart from the story's own", () => {
    const c = claims(
      "The attack came a month after a separate shooting that left two dead. Across the city, 41 people were killed last month."
    )
    expect(c.filter((x) => x.metric === "deaths").map((x) => [x.value, x.scope])).toEqual([
      [2, "elsewhere"],
      [41, "elsewhere"]
    ])
    expect(
      claims("Three people were killed in the shooting on Friday.")
        .filter((x) => x.metric === "deaths")
        .map((x) => x.scope)
    ).toEqual(["whole"])
  })

  it("reads a headline that names one person, then a count, as the count of the others", () => {
    const scoped = (text: string) => claims(text).map((x) => [x.metric, x.value, x.scope])
    expect(scoped("Toddler, 3 people hurt in shooting outside corner store")).toEqual([["injuries", 3, "others"]])
    expect(scoped("Police say 3 people were hurt, none critically.")).toEqual([["injuries", 3, "whole"]])
  })

  it("puts a round-up's tally apart, wherever the sentence names the day's shootings", () => {
    const scopes = (text: string) =>
      claims(text)
        .filter((x) => x.metric !== "date")
        .map((x) => [x.metric, x.scope])
    expect(
      scopes(
        "Two people were killed and at least nine others wounded, among them a teen, in Saturday shootings on the east and north sides."
      )
    ).toEqual([
      ["deaths", "elsewhere"],
      ["injuries", "elsewhere"]
    ])
    expect(scopes("A man was killed in weekend shootings across the river wards.")).toEqual([["deaths", "elsewhere"]])
    expect(scopes("Two people were killed in a Saturday shooting on the east side.")).toEqual([["deaths", "whole"]])
  })
})

describe("people and money", () => {
  it("gives an age to the person it belongs to, never to the next name in a list", () => {
    const list = claims(
      "Police charged Orrin Vale, 21, and Tomas Kerrow, 19, with murder. The victims were Lia Marsh age 6, Ada Fenn, age 10."
    )
    const ages = list.filter((x) => x.metric === "age").map((x) => [x.subject, x.value])
    expect(ages).toContainEqual(["Tomas Kerrow", 19])
    expect(ages).toContainEqual(["Ada Fenn", 10])
    expect(ages.filter(([who]) => who === "Tomas Kerrow" || who === "Ada Fenn")).toHaveLength(2)
    const friend = claims("An 18-year-old friend of Tobin Pike was also hit.").filter((x) => x.metric === "age")
    expect(friend.map((x) => x.subject)).not.toContain("Tobin Pike")
    const plant = claims("The village is near the 150-year-old Harrow Foundry steel plant.").filter(
      (x) => x.metric === "age"
    )
    expect(plant.map((x) => x.subject)).not.toContain("Harrow Foundry")
  })

  it("gives an age to the person it belongs to", () => {
    const c = claims("Prosecutors charged Dana Whitlock, 27, of Millbrook. A 31-year-old man was also hurt.")
    expect(c.filter((x) => x.metric === "age").map((x) => [x.subject, x.value, x.unit])).toEqual([
      ["Dana Whitlock", 27, "year"],
      ["31-year-old man", 31, "year"]
    ])
  })

  it("gives a written age before a name to that name, not to the place before it", () => {
    const c = claims("Outside a diner in Port Aldous, Ohio, 15-year-old Kellan Obi was shot on Monday.")
    expect(c.filter((x) => x.metric === "age").map((x) => [x.subject, x.value])).toEqual([["Kellan Obi", 15]])
    // the appositive keeps its reading: the age after a name is that name's
    const d = claims("Police arrested Dana Whitlock, 27, at her home.")
    expect(d.filter((x) => x.metric === "age").map((x) => [x.subject, x.value])).toEqual([["Dana Whitlock", 27]])
  })

  it("reads bail for the person named after it and a reward for the event", () => {
    const c = claims("A judge set $250,000 bail for Ray Osei on Tuesday. Crime Stoppers is offering a $5,000 reward.")
    expect(
      c
        .filter((x) => x.unit === "USD")
        .map((x) => [x.metric, x.subject.startsWith("Ray") ? "person" : x.holderKind, x.value])
    ).toEqual([
      ["bail", "person", 250000],
      ["reward", "event", 5000]
    ])
  })
})

describe("dates", () => {
  it("reads the day of the event and the day of a later step, not the day a source spoke", () => {
    const c = claims(
      "The shooting happened Saturday night in a parking garage. A suspect was arrested on Monday, police said Tuesday."
    )
    expect(c.filter((x) => x.unit === "date").map((x) => [x.metric, x.value])).toEqual([
      ["date", Date.UTC(2019, 5, 8) / 86400000],
      ["date arrested", Date.UTC(2019, 5, 10) / 86400000]
    ])
  })
})

describe("holders", () => {
  it("gives incident figures to the story's event, named by kind, place and day", () => {
    const c = claims("Three people were stabbed in Harlow on Saturday night, police said.")
    expect(c[0]).toMatchObject({
      subject: "stabbing, Harlow, 2019-06-08",
      holderKind: "event",
      metric: "people stabbed",
      value: 3
    })
  })
})
