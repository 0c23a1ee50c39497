import { describe, expect, it } from "vitest"
import { findEntities, midSentenceCapitals } from "../src/Entity.js"

const names = (s: string, capitals: Array<string> = []) =>
  findEntities(s, new Map(), new Set(capitals)).map((e) => [e.name, e.type])

describe("findEntities", () => {
  it("splits names at titles and types them", () => {
    expect(names("To judge by his feeds, OpenAI CEO Sam Altman is happy.")).toEqual([
      ["OpenAI", "org"],
      ["Sam Altman", "person"]
    ])
    expect(names("Norwegian storage operator Halcyon Grid has closed a round.")).toEqual([["Halcyon Grid", "org"]])
  })

  it("keeps names that carry digits whole", () => {
    expect(names("It is the first since GPT-2 and Llama 4 and GPT-4o.").map((n) => n[0])).toEqual([
      "GPT-2",
      "Llama 4",
      "GPT-4o"
    ])
  })

  it("does not glue a date or a count after a sentence's word into a name", () => {
    expect(names("The vigil was held Jan. 2 at the Quarry Street church.").map((n) => n[0])).not.toContain("Jan. 2")
    expect(names("Published 4:10 PM").map((n) => n[0])).not.toContain("Published 4")
    expect(names("An 11-year-old was hurt.").map((n) => n[0])).toEqual([])
    expect(names("Around 5 people watched from Channel 9 and Route 66.").map((n) => n[0])).toEqual([
      "Channel 9",
      "Route 66"
    ])
  })

  it("does not take a capitalised sentence opener for a name without evidence", () => {
    expect(names("Revenue grew 64% last year.")).toEqual([])
    expect(names("Kelpline, the Aberdeen-based company, said so.")).toEqual([["Kelpline", "org"]])
    expect(names("Automaker Stellantis is halting production.")).toEqual([["Stellantis", "org"]])
  })

  it("learns names from the rest of the document", () => {
    expect(
      midSentenceCapitals(["Kelpline was founded in 2019.", "Kelpline runs farms.", "It said hello to Acme."]).has(
        "Kelpline"
      )
    ).toBe(true)
  })

  it("takes a word that opens a sentence as its speaker for a name, unless it is a common noun", () => {
    expect(midSentenceCapitals(["Brinewood said on Friday it had hired 40 divers."]).has("Brinewood")).toBe(true)
    expect(midSentenceCapitals(["Harbour announced a levy.", "The harbour was closed."]).has("Harbour")).toBe(false)
    expect(
      names("Police said on Friday that 12 boats sank.", [
        ...midSentenceCapitals(["Police said on Friday that 12 boats sank."])
      ])
    ).toEqual([])
  })
})

describe("titles inside names", () => {
  it("reads a street or a holiday named for someone as one name, not a person with a title", () => {
    expect(names("The bakery on Corwin Ashby King Boulevard reopened.")).toEqual([
      ["Corwin Ashby King Boulevard", "other"]
    ])
    expect(names("The choir sang at the Corwin Ashby King Day fair.")).toEqual([["Corwin Ashby King Day", "other"]])
    expect(names("The store on President Ashby Avenue reopened.")).toEqual([["President Ashby Avenue", "other"]])
  })

  it("takes a monarch's title before a name, and the same word after one for a surname", () => {
    expect(names("On Tuesday, King Haldor met the envoy.")).toEqual([["Haldor", "person"]])
    expect(names("Tamsin King said the novel took nine years.")).toEqual([["Tamsin King", "person"]])
  })
})

describe("titles in lower case", () => {
  const titled = (s: string) => findEntities(s, new Map(), new Set()).map((e) => [e.name, e.type, e.title] as const)

  it("keeps a title written before a name or in an appositive after it", () => {
    expect(titled("The fire began at noon, county spokesman Tobias Renn told reporters.")).toContainEqual([
      "Tobias Renn",
      "person",
      "county spokesman"
    ])
    expect(titled("Arlo Quist, a police spokesman, said the road reopened.")).toContainEqual([
      "Arlo Quist",
      "person",
      "police spokesman"
    ])
  })

  it("gives an appositive's title to the name after it, not to a place before it", () => {
    const found = titled("The storm spared the island of Corvelle, spokesman Dana Reyes said.")
    expect(found).toContainEqual(["Dana Reyes", "person", "spokesman"])
    expect(found.find(([name]) => name === "Corvelle")?.[1]).not.toBe("person")
  })
})

describe("ages and clergy before a name", () => {
  it("leaves an age out of the name and takes the name for a person's", () => {
    expect(names("Police Say 16-Year-Old Cayden Marsh Died at the Scene")).toContainEqual(["Cayden Marsh", "person"])
    expect(names("Thirty-One-Year-Old Orrin Vale was arrested on Friday.")).toEqual([["Orrin Vale", "person"]])
    // an age before a description is no name of a person
    expect(names("Shooting Takes Life of 10-Year-Old Iowa Boy")).not.toContainEqual(["Iowa Boy", "person"])
  })

  it("reads a clergy title as a title", () => {
    expect(names("The Rev. Tobin Pike led the vigil, and Pastor Ada Fenn spoke.")).toEqual([
      ["Tobin Pike", "person"],
      ["Ada Fenn", "person"]
    ])
  })
})

describe("institutions and surnames", () => {
  it("reads a hospital or a school named with a title word as one name", () => {
    expect(names("He was taken to Harbour General Hospital in critical condition.")).toEqual([
      ["Harbour General Hospital", "other"]
    ])
  })

  it("does not take a surname's inner capital for a company's", () => {
    expect(names("Police arrested Dana McNeil on Friday.")).not.toContainEqual(["Dana McNeil", "org"])
    expect(names("Shares of KelpLine rose.", ["KelpLine"])).toContainEqual(["KelpLine", "org"])
  })
})

describe("names in title-case headlines", () => {
  it("ends a name at the verb a headline runs it into", () => {
    expect(names("Norlex Raises Offer for Vantor to $70 Billion", ["Norlex"])[0]).toEqual([
      "Norlex",
      expect.any(String)
    ])
  })
})
