/**
 * Splits a page into its stories and drops site chrome.
 *
 * Scraped pages hold more than the article: navigation labels, "Published / on",
 * "Source link", "Continue Reading", copyright footers, and on aggregator sites
 * several stories one after another. Each story is analysed on its own, so that a
 * pronoun never resolves to a company from the story before it.
 */

import { boilerplateLines } from "./Boilerplate.js"

export interface Span {
  readonly start: number
  readonly end: number
}

export interface Story {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly headline: (Span & { readonly text: string }) | null
  readonly paragraphs: ReadonlyArray<Span>
  /** Outlets named by credit lines ("originally featured on Fortune.com"). */
  readonly credits: ReadonlyArray<string>
}

interface Line extends Span {
  readonly text: string
}

/** Lines that end one story on aggregator pages. */
const STORY_END =
  /^(source link|continue reading|read more|read the full (story|article)|more stories|related (articles|stories|posts)|you may also like|trending( now)?)$/i
/** Chrome that carries no article text. */
const CHROME = [
  /^(connect with us|follow us|share( this( article| story)?)?|published|updated|on|by|advertisement|sponsored|subscribe( now)?|sign up|log in|menu|search|home|skip to (main )?content|comments?|print|email|listen to (this )?(article|story)|newsletter)$/i,
  /^(copyright|\u00a9|\(c\))/i,
  /\b(all rights reserved|is a (registered )?trademark of|terms of (use|service)|privacy (policy|notice)|cookie (policy|settings)|do not sell)\b/i,
  /^(image|photo|photograph|illustration)( credit)?:/i
]
/** Credit lines: the story is a republished copy of another outlet's. */
const CREDIT =
  /\b(?:originally (?:featured|published|appeared) (?:on|in|at|by)|first (?:appeared|published) (?:on|in|at|by)|republished (?:with permission )?from|reprinted (?:with permission )?from|syndicated from|courtesy of)\s+(?:the\s+)?([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)/
/** Lead-ins that start an unrelated item in a news brief. */
const NEW_ITEM = /^(elsewhere|in other news|also today|separately)\s*[:,\u2014-]/i
const TERMINAL = /[.!?"')\]\u2026:]$/

const splitLines = (text: string): Array<Line> => {
  const lines: Array<Line> = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let s = start
      let e = i
      while (s < e && text[s] === " ") s++
      while (e > s && text[e - 1] === " ") e--
      // Bullet markers are layout, not text.
      const bullet = /^([\u2022\u25aa\u25cf*\u00b7-]|\d{1,2}[.)])\s+/.exec(text.slice(s, Math.min(e, s + 6)))
      if (bullet && !/^\d/.test(bullet[0])) s += bullet[0].length
      lines.push({ start: s, end: e, text: text.slice(s, e) })
      start = i + 1
    }
  }
  return lines
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length

export const isChrome = (line: string): boolean => {
  if (CHROME.some((re) => re.test(line))) return true
  // Section labels ("Business", "Tech News"): a word or two, no punctuation, no digits.
  return wordCount(line) <= 2 && !/[.!?,:;"'\d]/.test(line) && line.length < 25
}

export const creditOf = (line: string): string | null => {
  const m = CREDIT.exec(line)
  if (!m) return null
  return m[1]!.replace(/\.(com|org|net|co\.uk|io|news)$/i, "").replace(/[.,]$/, "")
}

const isHeadingLike = (line: string): boolean => !/[.!?:]["']?$/.test(line) && wordCount(line) <= 30

/**
 * Groups a story's lines into paragraphs: blank lines always separate; a single
 * line break separates too unless the text is hard-wrapped (a line that ends
 * mid-sentence and is about as long as its neighbours).
 */
const paragraphsOf = (lines: ReadonlyArray<Line>): Array<Span> => {
  const out: Array<Span> = []
  let cur: { start: number; end: number; maxLen: number; last: Line } | null = null
  for (const line of lines) {
    if (line.text === "") {
      if (cur) out.push({ start: cur.start, end: cur.end })
      cur = null
      continue
    }
    if (cur) {
      const prev = cur.last
      const wrapped =
        !TERMINAL.test(prev.text) &&
        prev.text.length >= 50 &&
        prev.text.length >= 0.7 * cur.maxLen &&
        /^[a-z0-9(\u2014-]/.test(line.text)
      if (wrapped) {
        cur = { start: cur.start, end: line.end, maxLen: Math.max(cur.maxLen, line.text.length), last: line }
        continue
      }
      out.push({ start: cur.start, end: cur.end })
    }
    cur = { start: line.start, end: line.end, maxLen: line.text.length, last: line }
  }
  if (cur) out.push({ start: cur.start, end: cur.end })
  return out
}

/**
 * The stories of a text. `titled`: its first line is the page's headline from its metadata, never
 * furniture (a page whose body opens with a video widget would otherwise lose it as the clip's title).
 */
export const splitStories = (text: string, titled = false): ReadonlyArray<Story> => {
  const all = splitLines(text)
  const furniture = boilerplateLines(all.map((l) => l.text))
  if (titled) furniture.delete(0)
  // a dropped line leaves an empty line behind, so paragraphs around it stay apart
  const lines = all.map((l, i) => (furniture.has(i) ? { start: l.start, end: l.start, text: "" } : l))
  const groups: Array<{ lines: Array<Line>; credits: Array<string> }> = []
  let cur: { lines: Array<Line>; credits: Array<string> } = { lines: [], credits: [] }
  const close = () => {
    if (cur.lines.some((l) => l.text !== "")) groups.push(cur)
    cur = { lines: [], credits: [] }
  }
  for (const line of lines) {
    if (line.text === "") {
      cur.lines.push(line)
      continue
    }
    if (STORY_END.test(line.text)) {
      close()
      continue
    }
    const credit = creditOf(line.text)
    if (credit !== null && wordCount(line.text) <= 25) {
      // A credit line closes its story; it is provenance, not article text.
      cur.credits.push(credit)
      continue
    }
    if (isChrome(line.text)) continue
    if (NEW_ITEM.test(line.text) && cur.lines.some((l) => l.text !== "")) close()
    cur.lines.push(line)
  }
  close()

  return groups.map((g, index) => {
    const content = g.lines.filter((l) => l.text !== "")
    const first = content[0]!
    const headline = isHeadingLike(first.text) ? { start: first.start, end: first.end, text: first.text } : null
    const bodyLines = headline ? g.lines.slice(g.lines.indexOf(first) + 1) : g.lines
    const last = content[content.length - 1]!
    return {
      index,
      start: first.start,
      end: last.end,
      headline,
      paragraphs: paragraphsOf(bodyLines),
      credits: g.credits
    }
  })
}
