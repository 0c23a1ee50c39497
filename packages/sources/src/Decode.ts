/**
 * Bytes to article text, per format. Each decoder returns the documents a file
 * holds or a reason it holds none; the reader turns reasons into error entries
 * so nothing given is silently dropped.
 */
import { parse as parseYaml } from "yaml"
import { convert as htmlToText } from "html-to-text"
import { Readability } from "@mozilla/readability"
import { parseHTML } from "linkedom"
import { emptyMeta, type DocumentMeta } from "@corroborate/claims/internal"
import { alignToSource, htmlVisible, jsonVisible } from "./SourceMap.js"

export interface Decoded {
  /** Suffix appended to the file id for multi-record files ("#3"). */
  readonly suffix: string
  readonly text: string
  readonly bodyLine: number
  /** 1-based line and column of the title's text in the file, when the file holds it (front matter). */
  readonly titleAt?: { readonly line: number; readonly column: number }
  /** For text extracted from markup or decoded from escapes: where it stands in the file (SourceMap.ts). */
  readonly sourceMap?: ReadonlyArray<readonly [number, number, number]>
  readonly meta: Partial<DocumentMeta>
}

export type DecodeResult = {
  readonly ok: ReadonlyArray<Decoded>
  readonly errors: ReadonlyArray<{ readonly suffix: string; readonly error: string }>
}

export const SUPPORTED = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"]

const META_KEYS = ["outlet", "title", "published", "url", "author"] as const

/** Metadata from a record or front matter: strings only, dates as ISO days. */
export const metaFrom = (
  record: Record<string, unknown>,
  where: string
): { meta: Partial<DocumentMeta>; error: string | null } => {
  const meta: Partial<Record<(typeof META_KEYS)[number], string | null>> = {}
  for (const k of META_KEYS) {
    const v = record[k]
    if (v === undefined || v === null) continue
    if (v instanceof Date) meta[k] = v.toISOString().slice(0, 10)
    else if (typeof v === "string") meta[k] = v.trim() === "" ? null : v.trim()
    else if (typeof v === "number" && k === "published") meta[k] = String(v)
    else return { meta: {}, error: `${where}: '${k}' must be a string, got ${Array.isArray(v) ? "a list" : typeof v}` }
  }
  if (meta.published != null) {
    const iso = normaliseDate(meta.published)
    if (iso === null)
      return { meta: {}, error: `${where}: 'published' is not a date (${meta.published}); use YYYY-MM-DD` }
    meta.published = iso
  }
  return { meta, error: null }
}

export const normaliseDate = (s: string): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim())
  if (m) return `${m[1]}-${m[2]}-${m[3]}`
  const t = Date.parse(s)
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10)
}

/** Strict UTF-8; a NUL byte means binary. A leading BOM is dropped. */
export const decodeUtf8 = (bytes: Uint8Array): { text: string } | { error: string } => {
  if (bytes.length === 0) return { error: "empty file" }
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192))
  // UTF-16 (a byte order mark, or every other byte NUL in ASCII text) is text in another encoding, not binary
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (probe.length >= 8 &&
      [0, 1].some((p) => probe.filter((b, i) => i % 2 === p && b === 0).length >= probe.length / 2 - 1))
  if (utf16)
    return { error: "UTF-16 text; convert the file to UTF-8 (for example: iconv -f UTF-16 -t UTF-8 in.txt > out.txt)" }
  if (probe.includes(0)) return { error: "binary file (contains NUL bytes), not text" }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    return { error: "not valid UTF-8 text; convert the file to UTF-8" }
  }
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Line and column of a title's text in front matter (the line after the opening "---" is line 2). */
const titlePosition = (frontMatter: string, title: string): { line: number; column: number } | undefined => {
  const lines = frontMatter.split("\n")
  const i = lines.findIndex((l) => /^title\s*:/.test(l))
  if (i < 0) return undefined
  const at = lines[i]!.indexOf(title)
  if (at >= 0) return { line: i + 2, column: at + 1 }
  // written with escapes ("a \"quoted\" hall"): the value starts after the key and its opening quote
  const value = /^title\s*:\s*(["']?)/.exec(lines[i]!)!
  return { line: i + 2, column: value[0].length + 1 }
}

export const decodeMarkdown = (text: string): DecodeResult => {
  const m = FRONT_MATTER.exec(text)
  if (!m) return { ok: [{ suffix: "", text: stripMarkdown(text), bodyLine: 1, meta: {} }], errors: [] }
  let data: unknown
  try {
    data = parseYaml(m[1]!)
  } catch (e) {
    return {
      ok: [],
      errors: [{ suffix: "", error: `malformed YAML front matter: ${(e as Error).message.split("\n")[0]}` }]
    }
  }
  if (data !== null && (typeof data !== "object" || Array.isArray(data)))
    return { ok: [], errors: [{ suffix: "", error: "front matter must be a YAML mapping of keys to values" }] }
  const { meta, error } = metaFrom((data ?? {}) as Record<string, unknown>, "front matter")
  if (error) return { ok: [], errors: [{ suffix: "", error }] }
  const body = text.slice(m[0].length)
  const bodyLine = m[0].split("\n").length - (m[0].endsWith("\n") ? 0 : 1)
  const titleAt = meta.title ? titlePosition(m[1]!, meta.title) : undefined
  return {
    ok: [{ suffix: "", text: stripMarkdown(body), bodyLine, meta, ...(titleAt ? { titleAt } : {}) }],
    errors: []
  }
}

/** Markdown markup to plain text of the same length, so offsets and lines stay true. */
const stripMarkdown = (md: string): string =>
  md
    .replace(/^(#{1,6})[ \t]/gm, (h) => " ".repeat(h.length))
    .replace(
      /(\*\*|__)(?=\S)([^\n]*?\S)\1/g,
      (_m, d: string, inner: string) => `${" ".repeat(d.length)}${inner}${" ".repeat(d.length)}`
    )
    .replace(
      /!?\[([^[\]\n]*)\]\(([^()\n]*)\)/g,
      (all, label: string) => `${label}${" ".repeat(all.length - label.length)}`
    )

/**
 * The main article of a page, as HTML, by Mozilla's Readability (the Reader View
 * algorithm) over a linkedom DOM; null when the page has no clear article or
 * cannot be parsed, and the caller reads the whole page instead.
 */
const readableArticle = (html: string): string | null => {
  try {
    const { document } = parseHTML(html)
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200
    }).parse()
    return article?.content && article.content.trim() !== "" ? article.content : null
  } catch {
    return null
  }
}

/** Deeper nesting than this is no page a person wrote. */
const MAX_DEPTH = 256
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i

/** The deepest nesting of elements in the markup, in one pass over its tags. */
/**
 * The metadata a page's tags state: `<meta>` attributes, `<title>` and the
 * first `<time datetime>`. Tags are found in one pass that never scans past
 * the next '<', and their attributes are read one tag at a time, so no
 * pattern runs over the page from every '<meta' (quadratic on hostile markup).
 */
const headTags = (html: string) => {
  const metas: Array<ReadonlyMap<string, string>> = []
  let title: string | null = null
  let datetime: string | null = null
  for (const m of html.matchAll(/<(meta|title|time)(?![\w-])([^<>]*)>/gi)) {
    const name = m[1]!.toLowerCase()
    if (name === "title") {
      if (title === null) {
        const end = html.indexOf("<", m.index + m[0].length)
        const text = html.slice(m.index + m[0].length, end < 0 ? html.length : end).trim()
        if (text !== "") title = text
      }
      continue
    }
    const attrs = new Map<string, string>()
    for (const a of m[2]!.matchAll(/(?<![\w:-])([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attrs.set(a[1]!.toLowerCase(), (a[2] ?? a[3] ?? "").trim())
    if (name === "meta") metas.push(attrs)
    else datetime ??= attrs.get("datetime") || null
  }
  return {
    title,
    datetime,
    /** The content of the first <meta> whose `attribute` is `key` (case-insensitive), non-empty. */
    meta: (attribute: string, key: string): string | null => {
      for (const m of metas) if (m.get(attribute)?.toLowerCase() === key && m.get("content")) return m.get("content")!
      return null
    }
  }
}

const nestingDepth = (html: string): number => {
  let depth = 0
  let max = 0
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)(?![\w-])([^<>]*)>/g)) {
    if (VOID.test(m[2]!) || m[3]!.endsWith("/")) continue
    depth = m[1] === "/" ? Math.max(0, depth - 1) : depth + 1
    if (depth > max) max = depth
  }
  return max
}

export const decodeHtml = (html: string): DecodeResult => {
  const tags = headTags(html)
  const meta: { -readonly [K in keyof DocumentMeta]?: DocumentMeta[K] } = {}
  const title = tags.meta("property", "og:title") ?? tags.title
  if (title) meta.title = title
  const outlet = tags.meta("property", "og:site_name")
  if (outlet) meta.outlet = outlet
  const published =
    ["article:published_time", "date", "pubdate", "publishdate"]
      .map((key) => tags.meta("property", key) ?? tags.meta("name", key))
      .find((v) => v !== null) ?? tags.datetime
  if (published) {
    const iso = normaliseDate(published)
    if (iso) meta.published = iso
  }
  const author = tags.meta("name", "author")
  if (author) meta.author = author
  // markup nested deeper than any page (a hostile or broken file) costs Readability and the HTML-to-text
  // converter more than linear time: such a page is read as what its reader sees, tags dropped
  if (nestingDepth(html) > MAX_DEPTH) {
    const visible = htmlVisible(html)
    const plain = visible.chars
      .replace(/[ \t\u00a0]+/g, " ")
      .replace(/(?<![^\S\n])[^\S\n]*\n\s*/g, "\n")
      .trim()
    if (plain === "") return { ok: [], errors: [{ suffix: "", error: "the HTML holds no text" }] }
    return {
      ok: [{ suffix: "", text: plain, bodyLine: 1, meta, sourceMap: alignToSource(plain, html, visible) }],
      errors: []
    }
  }
  // the article body as Firefox's Reader View finds it; the whole page when it finds none
  const article = readableArticle(html)
  const source = article ?? html
  const hasArticle = article === null && /<article[\s>]/i.test(html)
  const text = htmlToText(source, {
    wordwrap: false,
    baseElements: { selectors: hasArticle ? ["article"] : ["body"], returnDomByDefault: true },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "header", format: "skip" },
      { selector: "footer", format: "skip" },
      { selector: "aside", format: "skip" },
      { selector: "form", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "h5", options: { uppercase: false } },
      { selector: "h6", options: { uppercase: false } },
      { selector: "table", format: "dataTable" }
    ]
  })
  if (text.trim() === "") return { ok: [], errors: [{ suffix: "", error: "the HTML holds no text" }] }
  // positions in the markup, not in the extracted text
  return {
    ok: [{ suffix: "", text, bodyLine: 1, meta, sourceMap: alignToSource(text, html, htmlVisible(html)) }],
    errors: []
  }
}

const recordOf = (value: unknown, suffix: string): Decoded | { suffix: string; error: string } => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { suffix, error: "record is not a JSON object" }
  const r = value as Record<string, unknown>
  if (typeof r["text"] !== "string") return { suffix, error: "record has no 'text' string" }
  if (r["text"].trim() === "") return { suffix, error: "record 'text' is empty" }
  const { meta, error } = metaFrom(r, "record")
  if (error) return { suffix, error }
  return { suffix, text: r["text"], bodyLine: 1, meta }
}

const recordSuffix = (value: unknown, index: number): string => {
  const id = value !== null && typeof value === "object" ? (value as Record<string, unknown>)["id"] : undefined
  return `#${typeof id === "string" || typeof id === "number" ? String(id) : index + 1}`
}

export const decodeJson = (text: string): DecodeResult => {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { ok: [], errors: [{ suffix: "", error: `malformed JSON: ${(e as Error).message}` }] }
  }
  const list = Array.isArray(data) ? data : [data]
  const ok: Array<Decoded> = []
  const errors: Array<{ suffix: string; error: string }> = []
  let visible: ReturnType<typeof jsonVisible> | null = null
  list.forEach((v, i) => {
    const r = recordOf(v, Array.isArray(data) ? recordSuffix(v, i) : "")
    if ("error" in r) errors.push(r)
    else ok.push({ ...r, sourceMap: alignToSource(r.text, text, (visible ??= jsonVisible(text))) })
  })
  return { ok, errors }
}

export const decodeJsonLines = (text: string): DecodeResult => {
  const ok: Array<Decoded> = []
  const errors: Array<{ suffix: string; error: string }> = []
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return
    let v: unknown
    try {
      v = JSON.parse(line)
    } catch (e) {
      errors.push({ suffix: `#${i + 1}`, error: `line ${i + 1}: malformed JSON: ${(e as Error).message}` })
      return
    }
    const r = recordOf(v, recordSuffix(v, i))
    if ("error" in r) errors.push({ suffix: r.suffix, error: `line ${i + 1}: ${r.error}` })
    // anchors on this line: columns in the line, the line number added
    else
      ok.push({
        ...r,
        bodyLine: i + 1,
        sourceMap: alignToSource(r.text, line, jsonVisible(line)).map(([t, , c]) => [t, i + 1, c] as const)
      })
  })
  return { ok, errors }
}

export const decodeFile = (ext: string, text: string): DecodeResult => {
  switch (ext) {
    case ".md":
    case ".markdown":
      return decodeMarkdown(text)
    case ".html":
    case ".htm":
      return decodeHtml(text)
    case ".json":
      return decodeJson(text)
    case ".jsonl":
    case ".ndjson":
      return decodeJsonLines(text)
    default:
      return { ok: [{ suffix: "", text, bodyLine: 1, meta: {} }], errors: [] }
  }
}

export const withDefaults = (meta: Partial<DocumentMeta>): DocumentMeta => ({ ...emptyMeta, ...meta })
