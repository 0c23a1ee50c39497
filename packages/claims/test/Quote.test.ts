import { describe, expect, it } from "vitest"
import { readStory, quotedRanges } from "../src/Claim.js"
import { matchQuotes, quoteSimilarity, type KeyedQuote } from "../src/Quote.js"
import { splitSentences } from "../src/Sentence.js"

const quotes = (text: string) => {
  const paragraphs: Array<{ start: number; end: number }> = []
  let at = 0
  for (const p of text.split("\n")) {
    paragraphs.push({ start: at, end: at + p.length })
    at += p.length + 1
  }
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p))
  return readStory({
    text,
    sentences,
    quoted: quotedRanges(text, paragraphs),
    published: "2026-03-10",
    capitals: new Set(),
    paragraphEndOf: (o) => paragraphs.find((p) => o >= p.start && o < p.end)?.end ?? -1
  }).quotes.map((q) => [q.speaker, q.text])
}

describe("quote extraction", () => {
  it("finds the speaker after the quote, before it, and after a colon", () => {
    expect(quotes('"We are building the shock absorbers of the grid," Ingrid Solberg said.')).toEqual([
      ["Ingrid Solberg", "We are building the shock absorbers of the grid"]
    ])
    expect(quotes('"Fake news," posted Elon Musk on Wednesday.')).toEqual([["Elon Musk", "Fake news"]])
    expect(quotes('Soon after, Sam Altman admitted in a forum, "We need a different strategy here."')).toEqual([
      ["Sam Altman", "We need a different strategy here"]
    ])
    expect(quotes('Jane Doe: "We will open three more plants this year."')).toEqual([
      ["Jane Doe", "We will open three more plants this year"]
    ])
  })

  it("resolves titles and pronouns to the nearest named speaker", () => {
    expect(
      quotes('CEO Ingrid Solberg spoke to reporters.\n"Each new depot pays for itself within two winters," she said.')
    ).toEqual([["Ingrid Solberg", "Each new depot pays for itself within two winters"]])
    expect(quotes('Tesla CEO Elon Musk denied it.\n"That is plain wrong," said the Tesla CEO.')).toEqual([
      ["Elon Musk", "That is plain wrong"]
    ])
  })

  it("lets an unattributed quote continue the paragraph's last speaker", () => {
    expect(quotes('"First part of it," Jane Doe said. "And the second part follows."')).toEqual([
      ["Jane Doe", "First part of it"],
      ["Jane Doe", "And the second part follows"]
    ])
  })

  it("ignores scare quotes and fragments inside a sentence", () => {
    expect(quotes('The lab has been "on the losing end of the argument" about open models for years.')).toEqual([])
    expect(quotes('The so-called "open" models are not open.')).toEqual([])
  })
})

let n = 0
const q = (speaker: string | null, text: string, document: string, origin = document): KeyedQuote => ({
  id: `q${++n}`,
  speaker,
  text,
  document,
  origin
})

describe("quote matching", () => {
  it("treats punctuation, case and hyphens as the same words", () => {
    const [f] = matchQuotes(
      [
        q("Sam Altman", "We need a different open-source strategy.", "a"),
        q("Sam Altman", "we need a different open source strategy", "b")
      ],
      new Map()
    )
    expect(f).toMatchObject({ status: "corroborated", sources: 2, documents: ["a", "b"] })
  })

  it("lets a fragment agree with the longer version", () => {
    const [f] = matchQuotes(
      [
        q("Ann Lee", "We are laying the quiet foundations of a greener harbour", "a"),
        q("Ann Lee", "the quiet foundations of a greener harbour", "b")
      ],
      new Map()
    )
    expect(f).toMatchObject({ status: "corroborated", sources: 2 })
  })

  it("reports changed words from the same speaker as a misquote, versions side by side", () => {
    const fs = matchQuotes(
      [
        q("Ann Lee", "We are laying the quiet foundations of a greener harbour", "ledger"),
        q("Ann Lee", "We are laying the quiet foundations of a greener harbour", "copy", "ledger"),
        q("Ann Lee", "We are laying the quiet foundations of the port's energy future", "desk")
      ],
      new Map()
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({ status: "misquote", sources: 2, speaker: "Ann Lee" })
    expect(fs[0]!.variants.map((v) => [v.text, v.documents])).toEqual([
      ["We are laying the quiet foundations of a greener harbour", ["copy", "ledger"]],
      ["We are laying the quiet foundations of the port's energy future", ["desk"]]
    ])
  })

  it("reports the same words given to different speakers as an attribution conflict", () => {
    const [f] = matchQuotes(
      [q("Ann Lee", "Prices will fall next year", "a"), q("Bo Chan", "Prices will fall next year", "b")],
      new Map()
    )
    expect(f).toMatchObject({ status: "attribution-conflict" })
  })

  it("finds the one reworded quote among a prolific speaker's many, without comparing them pair by pair", () => {
    // 300 different statements of one speaker: a few words they all say, and words of their own
    const many = Array.from({ length: 300 }, (_, n) =>
      q("Ann Lee", `plan${n} for district${n} school${n} and year${n}`, `d${n}`)
    )
    const quotes = [
      ...many,
      q("Ann Lee", "we will rebuild the old ferry pier before the winter storms", "x"),
      q("Ann Lee", "we will rebuild the ferry pier before winter storms arrive", "y")
    ]
    const found = matchQuotes(quotes, new Map()).filter((f) => f.status === "misquote")
    expect(found).toHaveLength(1)
    expect(found[0]!.variants.map((v) => v.documents).sort()).toEqual([["x"], ["y"]])
  })

  it("lets each fragment join the longer version it is part of when every quote is made of the same common words", () => {
    // distinct statements from one template (different speakers, so none is a misquote of another)
    const slot = [
      ["steady", "bold", "quiet", "patient"],
      ["backbone", "future", "heart"],
      ["the valley", "our town", "the coast"],
      ["farmers", "nurses", "drivers", "pilots"]
    ]
    const long: Array<string> = []
    for (const a of slot[0]!)
      for (const b of slot[1]!)
        for (const c of slot[2]!)
          for (const d of slot[3]!) long.push(`we are building the ${a} ${b} of ${c} with ${d} who trust what we do`)
    const quotes = long.map((t, i) => q(`Speaker ${i}`, t, `l${i}`))
    // fragments of eight words or more, and short ones of two to four, each inside several versions
    const fragments = ["the quiet heart of our town with nurses who", "heart of the coast with pilots", "trust what"]
    for (const [i, t] of fragments.entries()) quotes.push(q(`Speaker f${i}`, t, `f${i}`))
    const found = matchQuotes(quotes, new Map())
    // each fragment is in the finding of the first version (longest, then in word order) that contains it
    const words = (t: string) => ` ${t} `
    const sorted = [...long].sort((a, b) => b.length - a.length || a.localeCompare(b))
    for (const [i, t] of fragments.entries()) {
      const first = sorted.find((l) => words(l).includes(words(t)))!
      const holder = found.find((f) => f.documents.includes(`f${i}`))!
      expect(holder.variants.map((v) => v.text)).toContain(first)
      expect(holder.status).toBe("attribution-conflict")
    }
    expect(found).toHaveLength(long.length)
  })

  it("counts repeated words as many times as they are said when it compares versions", () => {
    const fs = matchQuotes(
      [q("Ann Lee", "no no no no we said no", "a"), q("Ann Lee", "no no no no they said yes", "b")],
      new Map()
    )
    expect(fs.map((f) => f.status)).toEqual(["misquote"])
  })

  it("does not call different statements by one speaker a misquote", () => {
    expect(
      quoteSimilarity(
        "The board has been on the losing end of this debate",
        "Frankly I believe we have been on the losing end of this debate for a while and must find a new plan for our models"
      )
    ).toBeLessThan(0.5)
    const fs = matchQuotes(
      [q("Ann Lee", "We will open three plants", "a"), q("Ann Lee", "Our margins are the best in the industry", "b")],
      new Map()
    )
    expect(fs.map((f) => f.status)).toEqual(["single-source", "single-source"])
  })

  it("meets speakers on their aliases", () => {
    const [f] = matchQuotes(
      [q("Altman", "We need a different strategy", "a"), q("Sam Altman", "We need a different strategy", "b")],
      new Map([["Altman", "Sam Altman"]])
    )
    expect(f).toMatchObject({ status: "corroborated", speaker: "Sam Altman" })
  })
})
