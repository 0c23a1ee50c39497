import { describe, expect, it } from "vitest"
import { extractMentions } from "../src/Quantity.js"

const ages = (t: string) =>
  extractMentions(t, null)
    .filter((m) => m.kind === "age")
    .map((m) => [m.text, m.value, m.unit])

describe("ages", () => {
  it.each([
    ["A 31-year-old woman was taken to hospital.", [["31-year-old", 31, "year"]]],
    ["The driver, Tomas Reyes, 52, was not hurt.", [["52", 52, "year"]]],
    ["She will be 35 by the end of the year.", [["35", 35, "year"]]],
    ["The mayor turned 61 on Sunday.", [["61", 61, "year"]]],
    ["Life expectancy for men in Millbrook is around 73.", [["around 73", 73, "year"]]],
    [
      "Reyes, 52, and Okafor, 47, were charged.",
      [
        ["52", 52, "year"],
        ["47", 47, "year"]
      ]
    ],
    ["The boy, aged 9, was unharmed.", [["9", 9, "year"]]],
    ["She was 12 years of age at the time.", [["12 years", 12, "year"]]],
    ["The pup was 8 months old.", [["8 months", 8, "month"]]]
  ])("%s", (text, want) => {
    expect(ages(text)).toEqual(want)
  })

  it.each(["On Monday, 14 people were evacuated.", "The loan runs for 30 years.", "In Leeds, 40 homes lost power."])(
    "no age in: %s",
    (text) => {
      expect(ages(text)).toEqual([])
    }
  )
})
