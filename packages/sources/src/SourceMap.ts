/**
 * Where text extracted from a file stands in the file. HTML loses its tags and
 * entities on the way to text, JSON its escapes; a reviewer still wants the
 * file's own line and column. The file is projected to what a reader sees
 * (tags skipped, entities and escapes decoded, each character remembering its
 * offset), and the extracted text is aligned to that projection word by word,
 * in order. The result is a list of anchors [text offset, line, column]: from
 * each anchor the text runs on, character for character, on the file's line.
 */
import { lineColumn, lineIndex } from "@corroborate/claims/internal"

/** What a reader sees of a file: the characters, and for each its offset in the file. */
interface Visible {
  readonly chars: string
  readonly offsets: Int32Array
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  eacute: "\u00e9",
  pound: "\u00a3",
  euro: "\u20ac",
  yen: "\u00a5",
  cent: "\u00a2",
  copy: "\u00a9",
  reg: "\u00ae",
  deg: "\u00b0"
}

/** Elements whose content is never text of the page. */
const HIDDEN = /^<(script|style|noscript|head|template|svg)\b/i

const build = (n: number) => ({ chars: [] as Array<string>, offsets: new Int32Array(n), length: 0 })

/** An HTML file as its reader sees it: no tags, no comments, no scripts; entities decoded. */
export const htmlVisible = (html: string): Visible => {
  const out = build(html.length)
  const push = (c: string, at: number) => {
    out.chars.push(c)
    out.offsets[out.length++] = at
  }
  const lower = html.toLowerCase()
  let i = 0
  while (i < html.length) {
    const c = html[i]!
    if (c === "<") {
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4)
        i = end < 0 ? html.length : end + 3
        continue
      }
      const hidden = HIDDEN.exec(html.slice(i, i + 12))
      if (hidden) {
        const close = lower.indexOf(`</${hidden[1]!.toLowerCase()}`, i + 1)
        i = close < 0 ? html.length : html.indexOf(">", close) + 1 || html.length
        continue
      }
      const end = html.indexOf(">", i + 1)
      if (end > 0) {
        push(" ", i) // a tag separates words
        i = end + 1
        continue
      }
    }
    if (c === "&") {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12))
      if (m) {
        const name = m[1]!
        const ch =
          name[0] === "#"
            ? String.fromCodePoint(
                name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
              )
            : (NAMED[name.toLowerCase()] ?? "\ufffd")
        for (const x of ch) push(x, i)
        i += m[0].length
        continue
      }
    }
    push(c, i)
    i++
  }
  return { chars: out.chars.join(""), offsets: out.offsets.subarray(0, out.length) }
}

/** A JSON file with its strings' escapes decoded ("\n", "\u2019", "\""), each character at its place in the file. */
export const jsonVisible = (json: string): Visible => {
  const out = build(json.length)
  const push = (c: string, at: number) => {
    out.chars.push(c)
    out.offsets[out.length++] = at
  }
  const ESC: Readonly<Record<string, string>> = {
    n: "\n",
    t: "\t",
    r: "\r",
    b: "\b",
    f: "\f",
    '"': '"',
    "\\": "\\",
    "/": "/"
  }
  let i = 0
  while (i < json.length) {
    const c = json[i]!
    if (c === "\\" && i + 1 < json.length) {
      const e = json[i + 1]!
      if (e === "u" && /^[0-9a-f]{4}$/i.test(json.slice(i + 2, i + 6))) {
        push(String.fromCharCode(parseInt(json.slice(i + 2, i + 6), 16)), i)
        i += 6
        continue
      }
      push(ESC[e] ?? e, i)
      i += 2
      continue
    }
    push(c, i)
    i++
  }
  return { chars: out.chars.join(""), offsets: out.offsets.subarray(0, out.length) }
}

/** How far ahead of the last aligned word the next one is looked for, in visible characters. */
const WINDOW = 20_000

/** Anchors of `text` in the file `source`, seen through `visible`: [text offset, 1-based line, 1-based column]. */
export const alignToSource = (
  text: string,
  source: string,
  visible: Visible
): Array<readonly [number, number, number]> => {
  const starts = lineIndex(source)
  const anchors: Array<readonly [number, number, number]> = []
  let pos = 0
  let expectText = -1
  let expectSource = -1
  for (const word of text.matchAll(/\S+/g)) {
    const at = visible.chars.indexOf(word[0], pos)
    if (at < 0 || at - pos > WINDOW) continue
    for (let k = 0; k < word[0].length; k++) {
      const t = word.index + k
      const s = visible.offsets[at + k]!
      // a new anchor wherever the run breaks: a new word, an entity, a line
      if (t !== expectText || s !== expectSource || source.charCodeAt(s) === 10) {
        const { line, column } = lineColumn(starts, s)
        anchors.push([t, line, column])
      }
      expectText = t + 1
      expectSource = s + 1
    }
    pos = at + word[0].length
  }
  return anchors
}
