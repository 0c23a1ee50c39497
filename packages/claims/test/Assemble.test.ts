/** The whole audit over documents in memory. Articles written for these tests. */
import { describe, expect, it } from "vitest"
import { audit } from "../src/Assemble.js"
import type { SourceDocument } from "../src/Document.js"

const doc = (id: string, outlet: string, published: string, title: string, text: string): SourceDocument => ({
  id,
  path: `${id}.md`,
  text,
  bodyLine: 1,
  meta: { outlet, title, published, url: null, author: null }
})

const corpus = [
  doc(
    "a1",
    "harbourgazette.com",
    "2021-03-07",
    "Two dead in Millbrook warehouse shooting",
    "MILLBROOK — Two people were killed and three were wounded when a gunman opened fire in a warehouse on Kiln Lane on Saturday, police said. A 19-year-old man was among the wounded. Police identified the dead as Dana Whitlock and Ray Osei."
  ),
  doc(
    "a2",
    "valleyherald.com",
    "2021-03-07",
    "Gunman kills two at Millbrook warehouse",
    "A gunman killed two people and wounded three others at a Kiln Lane warehouse in Millbrook on Saturday. The victims were Dana Whitlock, 34, and Ray Osei, 41, police said."
  ),
  doc(
    "b1",
    "coastpost.com",
    "2021-03-20",
    "Teen hurt in Port Aldous shooting",
    "PORT ALDOUS — A 19-year-old man was hurt in a shooting near the ferry terminal on Sunday night, police said. Officers arrested Tomas Reyes at the scene."
  )
]

describe("audit", () => {
  it("groups the reports of one event and names it, and keeps another event apart", () => {
    const report = audit(corpus, [])
    const eventOf = (id: string) => report.events.find((e) => e.documents.includes(id))!
    expect(eventOf("a1").id).toBe(eventOf("a2").id)
    expect(eventOf("b1").id).not.toBe(eventOf("a1").id)
    expect(eventOf("a1").label).toContain("Millbrook")
  })

  it("corroborates an event's toll across outlets and never an unnamed person across events", () => {
    const report = audit(corpus, [])
    const deaths = report.facts.find((f) => f.metric === "deaths" && f.documents.includes("a1"))!
    expect(deaths).toMatchObject({ value: 2, status: "corroborated", sources: 2 })
    const ages = report.facts.filter((f) => f.metric === "age" && f.value === 19)
    expect(ages.length).toBe(2)
    expect(ages.every((f) => f.sources === 1)).toBe(true)
    expect(report.conflicts).toEqual([])
  })
})

describe("holders that recur across incidents", () => {
  const stories = [
    doc(
      "g1",
      "ashbyledger.com",
      "2021-05-03",
      "Man killed in Ashby shooting",
      "ASHBY — Colin Marsh, 27, was shot and killed outside a bakery on Elm Street on Sunday night, police said. A GoFundMe page for his family has raised $4,000 so far."
    ),
    doc(
      "g2",
      "brookhallownews.com",
      "2021-06-12",
      "Teen dies after Brookhallow gunfire",
      "BROOKHALLOW — A 16-year-old boy, Jaden Okafor, died after gunfire near the Riverside skate park on Friday. A GoFundMe page set up by his aunt had raised $9,500 by Saturday."
    ),
    doc(
      "g3",
      "carrowdaily.com",
      "2021-07-20",
      "Carrow father shot dead at car wash",
      "CARROW — Luis Bent, a 41-year-old father of three, was shot dead at a car wash on Route 9 on Monday. Friends said a GoFundMe page has raised $12,000 for the funeral."
    )
  ]
  it("keeps a fundraising page's figures within each incident", () => {
    const report = audit(stories, [])
    expect(report.events).toHaveLength(3)
    expect(report.conflicts).toEqual([])
    const holders = report.claims.filter((c) => c.subject.startsWith("GoFundMe")).map((c) => c.subject)
    expect(new Set(holders).size).toBe(3)
  })
})
