import { describe, expect, it } from "vitest"
import { joinUnnamedAges } from "../src/UnnamedPerson.js"

const EVENT = "shooting, Brookhallow, 2026-03-14"
const age = (
  document: string,
  subject: string,
  sentence = `Police found the ${subject.replace(/ \(.*/, "")} at home.`
) => {
  const text = subject.replace(/-year-old .*/, "-year-old")
  const start = sentence.indexOf(text)
  return {
    subject,
    metric: "age",
    holderKind: "person",
    document,
    sentence,
    sentenceStart: 0,
    start,
    end: start + text.length
  }
}

describe("joinUnnamedAges", () => {
  it("makes one person of a kind each story describes once, with ages a year apart", () => {
    const claims = [age("a", `12-year-old girl (${EVENT})`), age("b", `11-year-old girl (${EVENT})`)]
    joinUnnamedAges(claims)
    expect(claims.map((c) => c.subject)).toEqual([`girl (${EVENT})`, `girl (${EVENT})`])
  })

  it("abstains when the ages are further apart, or a story describes two of the kind", () => {
    const apart = [age("a", `12-year-old girl (${EVENT})`), age("b", `9-year-old girl (${EVENT})`)]
    joinUnnamedAges(apart)
    expect(apart.map((c) => c.subject)).toEqual([`12-year-old girl (${EVENT})`, `9-year-old girl (${EVENT})`])
    const two = [
      age("a", `12-year-old girl (${EVENT})`),
      age("a", `11-year-old girl (${EVENT})`),
      age("b", `11-year-old girl (${EVENT})`)
    ]
    joinUnnamedAges(two)
    expect(two.every((c) => /^\d+-year-old/.test(c.subject))).toBe(true)
  })

  it("abstains when a story calls one child the boy and another of another age a child", () => {
    const claims = [
      age("a", `3-year-old boy (${EVENT})`),
      age("a", `2-year-old child (${EVENT})`),
      age("b", `3-year-old child (${EVENT})`)
    ]
    joinUnnamedAges(claims)
    expect(claims.every((c) => /^\d+-year-old/.test(c.subject))).toBe(true)
    // a story that names the same child twice, as a boy and as a child of one age, still joins
    const same = [
      age("a", `3-year-old boy (${EVENT})`),
      age("a", `3-year-old child (${EVENT})`),
      age("b", `2-year-old child (${EVENT})`)
    ]
    joinUnnamedAges(same)
    expect(same.map((c) => c.subject)).toEqual([`3-year-old boy (${EVENT})`, `child (${EVENT})`, `child (${EVENT})`])
  })

  it("leaves people of other events, other kinds and named people alone", () => {
    const claims = [
      age("a", `12-year-old girl (${EVENT})`),
      age("b", "11-year-old girl (crash, Kelpline, 2026-03-14)"),
      age("c", `11-year-old boy (${EVENT})`),
      age("d", "Dana Reyes")
    ]
    joinUnnamedAges(claims)
    expect(claims.map((c) => c.subject)).toEqual([
      `12-year-old girl (${EVENT})`,
      "11-year-old girl (crash, Kelpline, 2026-03-14)",
      `11-year-old boy (${EVENT})`,
      "Dana Reyes"
    ])
  })

  it("abstains when the stories put the person on two sides of the shooting", () => {
    const claims = [
      age(
        "a",
        `15-year-old boy (${EVENT})`,
        "Detectives detained a suspect over the shooting of a 15-year-old boy near the rink."
      ),
      age("b", `16-year-old boy (${EVENT})`, "The 16-year-old boy was arrested at a relative's flat on Monday."),
      age("c", `14-year-old friend (${EVENT})`, "A lad took a bullet to the leg fired by his 14-year-old friend."),
      age("d", `15-year-old friend (${EVENT})`, "A 15-year-old friend was fatally wounded behind the depot.")
    ]
    joinUnnamedAges(claims)
    expect(claims.every((c) => /^\d+-year-old/.test(c.subject))).toBe(true)
    const same = [
      age("a", `7-year-old girl (${EVENT})`, "A 7-year-old girl was hit in the hand as a picnic broke up."),
      age("b", `8-year-old girl (${EVENT})`, "Neighbours say the 8-year-old girl is home again.")
    ]
    joinUnnamedAges(same)
    expect(same.map((c) => c.subject)).toEqual([`girl (${EVENT})`, `girl (${EVENT})`])
  })
})
