import { describe, expect, it } from "vitest"
import { findTimeExpressions } from "../src/TimeExpression.js"

const first = (t: string, pub: string | null = "2025-04-01") => findTimeExpressions(t, pub)[0]

describe("findTimeExpressions", () => {
  it("resolves relative expressions against the publication date", () => {
    expect(first("up from 400 million last month")).toMatchObject({
      text: "last month",
      date: "2025-03",
      precision: "month",
      relative: true
    })
    expect(first("the company announced yesterday", "2026-03-11")).toMatchObject({
      date: "2026-03-10",
      precision: "day"
    })
    expect(first("said on Tuesday it had raised", "2026-03-11")).toMatchObject({ text: "Tuesday", date: "2026-03-10" })
    expect(first("peak demand hit a record in January", "2026-03-13")).toMatchObject({
      date: "2026-01",
      precision: "month"
    })
    expect(first("earlier this year", "2025-04-01")).toMatchObject({ date: "2025", precision: "year" })
    expect(first("two weeks ago", "2025-04-15")).toMatchObject({ date: "2025-04-01", precision: "day" })
    expect(first("this afternoon", "2025-04-15")).toMatchObject({ date: "2025-04-15", precision: "day" })
  })

  it("reads full dates in common forms", () => {
    expect(first("on April 7, 2025")).toMatchObject({ date: "2025-04-07", relative: false })
    expect(first("13 March 2026")).toMatchObject({ date: "2026-03-13", precision: "day" })
    expect(first("in November 2019")).toMatchObject({ date: "2019-11", precision: "month" })
    expect(first("2025-04-07")).toMatchObject({ date: "2025-04-07" })
  })

  it("reads the weekday of a full date as part of it, not as a day of the week before", () => {
    // a page's "Updated: Sunday, June 28" the day after a Saturday is that Sunday, not the one a week earlier
    const found = findTimeExpressions("Updated: Sunday, June 28, 2015. The fire broke out on Saturday.", "2015-06-27")
    expect(found.map((t) => t.date)).toEqual(["2015-06-28", "2015-06-27"])
  })

  it("keeps an expression it cannot resolve, marked relative with no date", () => {
    expect(first("last month", null)).toMatchObject({ date: null, relative: true })
  })
})
