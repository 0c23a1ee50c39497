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
    text, sentences, quoted: quotedRanges(text, paragraphs), published: "2026-03-10", capitals: new Set(),
    paragraphEndOf: (o) => paragraphs.find((p) => o >= p.start && o < p.end)?.end ?? -1
  }).quotes.map((q) => [q.speaker, q.text])
}

describe("quote extraction", () => {
  it("finds the speaker after the quote, before it, and after a colon", () => {
    expect(quotes("\"We are building the shock absorbers of the grid,\" Ingrid Solberg said.")).toEqual([["Ingrid Solberg", "We are building the shock absorbers of the grid"]])
    expect(quotes("\"Fake news,\" posted Elon Musk on Wednesday.")).toEqual([["Elon Musk", "Fake news"]])
    expect(quotes("Soon after, Sam Altman admitted in a forum, \"We need a different strategy here.\"")).toEqual([["Sam Altman", "We need a different strategy here"]])
    expect(quotes("Jane Doe: \"We will open three more plants this year.\"")).toEqual([["Jane Doe", "We will open three more plants this year"]])
  })

  it("resolves titles and pronouns to the nearest named speaker", () => {
    expect(quotes("CEO Ingrid Solberg spoke to reporters.\n\"Every site we add makes a windy night worth more,\" she said.")).toEqual([["Ingrid Solberg", "Every site we add makes a windy night worth more"]])
    expect(quotes("Tesla CEO Elon Musk denied it.\n\"That is plain wrong,\" said the Tesla CEO.")).toEqual([["Elon Musk", "That is plain wrong"]])
  })

  it("lets an unattributed quote continue the paragraph's last speaker", () => {
    expect(quotes("\"First part of it,\" Jane Doe said. \"And the second part follows.\"")).toEqual([["Jane Doe", "First part of it"], ["Jane Doe", "And the second part follows"]])
  })

  it("ignores scare quotes and fragments inside a sentence", () => {
    expect(quotes("OpenAI has been \"on the wrong side of history\" when it comes to open models.")).toEqual([])
    expect(quotes("The so-called \"open\" models are not open.")).toEqual([])
  })
})

let n = 0
const q = (speaker: string | null, text: string, document: string, origin = document): KeyedQuote => ({ id: `q${++n}`, speaker, text, document, origin })

describe("quote matching", () => {
  it("treats punctuation, case and hyphens as the same words", () => {
    const [f] = matchQuotes([q("Sam Altman", "We need a different open-source strategy.", "a"), q("Sam Altman", "we need a different open source strategy", "b")], new Map())
    expect(f).toMatchObject({ status: "corroborated", sources: 2, documents: ["a", "b"] })
  })

  it("lets a fragment agree with the longer version", () => {
    const [f] = matchQuotes([q("Ann Lee", "We are building the shock absorbers of the European grid", "a"), q("Ann Lee", "the shock absorbers of the European grid", "b")], new Map())
    expect(f).toMatchObject({ status: "corroborated", sources: 2 })
  })

  it("reports changed words from the same speaker as a misquote, versions side by side", () => {
    const fs = matchQuotes([
      q("Ingrid Solberg", "We are building the shock absorbers of the European grid", "ledger"),
      q("Ingrid Solberg", "We are building the shock absorbers of the European grid", "copy", "ledger"),
      q("Ingrid Solberg", "We are building the shock absorbers of Europe's power system", "desk")
    ], new Map())
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({ status: "misquote", sources: 2 })
    expect(fs[0]!.variants.map((v) => [v.text, v.documents])).toEqual([
      ["We are building the shock absorbers of the European grid", ["copy", "ledger"]],
      ["We are building the shock absorbers of Europe's power system", ["desk"]]
    ])
  })

  it("reports the same words given to different speakers as an attribution conflict", () => {
    const [f] = matchQuotes([q("Ann Lee", "Prices will fall next year", "a"), q("Bo Chan", "Prices will fall next year", "b")], new Map())
    expect(f).toMatchObject({ status: "attribution-conflict" })
  })

  it("does not call different statements by one speaker a misquote", () => {
    expect(quoteSimilarity("OpenAI has been on the wrong side of history", "I personally think we have been on the wrong side of history here and need to figure out a different open source strategy")).toBeLessThan(0.5)
    const fs = matchQuotes([q("Ann Lee", "We will open three plants", "a"), q("Ann Lee", "Our margins are the best in the industry", "b")], new Map())
    expect(fs.map((f) => f.status)).toEqual(["single-source", "single-source"])
  })

  it("meets speakers on their aliases", () => {
    const [f] = matchQuotes([q("Altman", "We need a different strategy", "a"), q("Sam Altman", "We need a different strategy", "b")], new Map([["Altman", "Sam Altman"]]))
    expect(f).toMatchObject({ status: "corroborated", speaker: "Sam Altman" })
  })
})
