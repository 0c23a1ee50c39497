/**
 * The dev half of real news (`../shared/corpus/real-news-dev`), audited folder
 * by folder as a user would: no fact may come from a number that is part of an
 * address, a phone number, a time of day, a score, an ordinal, a page counter
 * or the page's chrome. The checks here are independent patterns over each
 * claim's own span and sentence, not the extractor's rules.
 */
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { auditTo } from "./Cli.js"
import { requireShared, sharedDir } from "./Shared.js"

interface Claim {
  readonly document: string
  readonly text: string
  readonly sentence: string
  readonly kind: string
  readonly fact: string
}

/** What a claim's own text must never be. */
const NOT_A_CLAIM: ReadonlyArray<readonly [string, RegExp]> = [
  ["a clock time", /^\d{1,2}(?::\d{2})\s*(?:a\.?m\.?|p\.?m\.?)?$|^\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)$/i],
  ["a phone number", /\d{3}[-.)\s]+\d{3}[-.\s]\d{4}|\b\d{3}-\d{4}\b|1-8\d\d/],
  [
    "an ordinal",
    /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i
  ],
  ["a score", /^\d{1,3}-\d{1,3}(?:-\d{1,3})?$/]
]
/** What a claim's sentence says about its number: the words right after or before it. */
const CONTEXT: ReadonlyArray<readonly [string, (text: string, sentence: string) => boolean]> = [
  ["a block of a street", (t, s) => new RegExp(`${escapeRegExp(t)}\\s*(?:-\\s*)?blocks?\\s+(?:of|on)\\b`, "i").test(s)],
  [
    "a house number",
    (t, s) =>
      /^\d+$/.test(t) &&
      new RegExp(
        `\\b${escapeRegExp(t)}\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr)\\b`,
        "u"
      ).test(s)
  ],
  ["a gallery counter", (t, s) => new RegExp(`\\b(?:image|photo|slide)\\s+${escapeRegExp(t)}\\s+of\\b`, "i").test(s)],
  [
    "a count of comments or shares",
    (t, s) => new RegExp(`${escapeRegExp(t)}\\s+(?:comments?|shares?|views?|likes?)\\b`, "i").test(s)
  ],
  [
    "page chrome",
    (_t, s) =>
      /\b(?:hide transcript|show transcript|skip in \d|all rights reserved|sign up for|subscribe to our|click here|privacy policy|terms of (?:use|service))\b/i.test(
        s
      )
  ]
]
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

describe.runIf(requireShared())("real news (dev half): no fact from a number that is no claim", () => {
  for (const folder of ["gva", "events"]) {
    it(`${folder}/`, async () => {
      const { report } = await auditTo(join(sharedDir, "corpus/real-news-dev", folder))
      const claims = report.claims as ReadonlyArray<Claim>
      expect(claims.length).toBeGreaterThan(1000)
      const bad: Array<string> = []
      for (const c of claims) {
        for (const [why, re] of NOT_A_CLAIM) if (re.test(c.text.trim())) bad.push(`${why}: ${c.document}: ${c.text}`)
        for (const [why, test] of CONTEXT)
          if (test(c.text.trim(), c.sentence))
            bad.push(`${why}: ${c.document}: ${c.text} | ${c.sentence.slice(0, 120)}`)
      }
      expect(bad).toEqual([])
    }, 120_000)
  }
})
