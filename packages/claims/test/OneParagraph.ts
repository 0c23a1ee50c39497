/** Test helper: the claims of a text read as one story of one paragraph. */
import { quotedRanges, storyClaims } from "../src/Claim.js"
import { splitSentences } from "../src/Sentence.js"

export const claimsOfParagraph = (text: string, published: string) => {
  const para = { start: 0, end: text.length }
  return storyClaims({
    text,
    sentences: splitSentences(text, para),
    quoted: quotedRanges(text, [para]),
    published,
    capitals: new Set(),
    paragraphEndOf: () => text.length
  })
}
