/** The figure readers one by one, on sentences written for them. */
import { describe, expect, it } from "vitest"
import { readFigure } from "../src/FigureFrames.js"
import { extractMentions, tokenize } from "../src/Quantity.js"

/** The figure of the first mention whose text is `of` in `sentence` (whole sentence as the clause). */
const figure = (sentence: string, of: string) => {
  const all = extractMentions(sentence, "2024-05-01")
  const m = all.find((x) => x.text === of)!
  const tokens = tokenize(sentence)
  const mi = tokens.findIndex((t) => t.start >= m.start)
  const mEnd = tokens.findIndex((t) => t.start >= m.end)
  const end = mEnd < 0 ? tokens.length : mEnd
  return readFigure({
    m,
    all,
    tokens,
    mi,
    mEnd: end,
    cs: 0,
    ce: tokens.length,
    lowerBefore: tokens.slice(0, mi).map((t) => t.lower)
  })
}

describe("figure readers", () => {
  it("money: a cue of the table, narrowed by what follows it", () => {
    expect(figure("Kiln Robotics raised $12 million from two funds.", "$12 million")).toMatchObject({
      metric: "funding",
      metricClass: "event",
      generic: false
    })
    expect(figure("The mill had $3.1 billion in profits held overseas.", "$3.1 billion")?.metric).toBe("foreign profit")
  })

  it("money: the words around it when no cue stands near, and what it is paid in", () => {
    expect(figure("The token fell as low as $41.20 overnight.", "$41.20")).toMatchObject({
      metric: "low",
      generic: true
    })
    // an offer's part paid in stock is the offer's figure; the claim marks it a part (see NewsFrames tests)
    expect(figure("The offer gives $9 in Harrow stock for each share.", "$9")).toMatchObject({ metric: "offer" })
  })

  it("money: a stage and a forecast are properties of their own", () => {
    expect(figure("Its original $80 million offer was rejected.", "$80 million")?.metric).toMatch(/^original /)
    expect(figure("The bank was expected to post net income of $1.2 billion.", "$1.2 billion")?.metric).toBe(
      "expected profit"
    )
  })

  it("percent: of a change, with its direction when no noun names it", () => {
    expect(figure("Cabin bookings fell 12% in March.", "12%")).toMatchObject({ metric: "booking change" })
    expect(figure("The coin traded at $41, down around 9 percent.", "around 9 percent")).toMatchObject({
      metric: "change",
      change: "down"
    })
  })

  it("count: what happened to the things counted, and a bare noun is no property", () => {
    expect(figure("Nine patients were transported to the clinic.", "Nine patients")).toMatchObject({
      metric: "transported patients",
      generic: false
    })
    expect(figure("The room held 40 chairs.", "40 chairs")).toMatchObject({ metric: "chairs", generic: true })
  })

  it("measure and duration: the dimension or the noun the figure qualifies", () => {
    expect(figure("The 88 metre (289 foot) long barge ran aground.", "88 metre")?.metric).toBe("length")
    expect(figure("Police ended a four-hour standoff at dawn.", "four-hour")?.metric).toBe("standoff")
  })

  it("calendar: a year only for a dated event", () => {
    expect(figure("The firm was founded in 2011 in Leeds.", "2011")).toMatchObject({
      metric: "founded",
      metricClass: "timeless"
    })
    expect(figure("In 2011 the weather was mild.", "2011")).toBeNull()
  })
})
