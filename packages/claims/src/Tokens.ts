/**
 * Tokens of a sentence for the number scanner: numbers (with thousands
 * separators and decimals), words (with inner dots and apostrophes) and single
 * symbols, each knowing whether white space comes before it. The readers of
 * currencies, units, counted nouns, hedges, changes and ranges all look at a
 * sentence through a TokenView.
 */

export interface Token {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
  readonly type: "num" | "word" | "sym"
  /** Whitespace separates this token from the one before. */
  readonly space: boolean
}

const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|(\p{L}(?:\.\p{L})+\.?|\p{L}+(?:'\p{L}+)?)|(\S)/gu

export const tokenize = (text: string): Array<Token> => {
  const out: Array<Token> = []
  TOKEN.lastIndex = 0
  let prevEnd = -1
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const type = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "sym"
    out.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      type,
      space: prevEnd < 0 || m.index > prevEnd
    })
    prevEnd = m.index + m[0].length
  }
  return out
}

/** A sentence's text and tokens, with the lookups every reader uses. */
export class TokenView {
  readonly tokens: Array<Token>

  constructor(readonly text: string) {
    this.tokens = tokenize(text)
  }

  t(i: number): Token | undefined {
    return this.tokens[i]
  }

  /** Token i in lower case, or "" past either end. */
  lw(i: number): string {
    return this.tokens[i]?.lower ?? ""
  }

  /** Token i follows token i-1 with no space. */
  glued(i: number): boolean {
    const t = this.tokens[i]
    return t !== undefined && i > 0 && !t.space
  }
}
