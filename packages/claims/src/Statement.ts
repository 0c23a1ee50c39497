/**
 * Statements beyond numbers: sentences in different sources that make the same
 * assertion ("OpenAI will release an open-weights model in the coming months"),
 * grouped so a reviewer sees what is widely reported. Sentences meet on the
 * stems of their content words; an inverted index on stems keeps the
 * comparison to sentences that share a word, and very common stems are left
 * out of it.
 */
import { contentStems as stems } from "./Lemma.js"
import { stableId } from "./Hash.js"

export interface KeyedSentence {
  readonly document: string
  readonly origin: string
  readonly text: string
}

export interface StatementFinding {
  readonly id: string
  readonly text: string
  readonly sources: number
  readonly documents: ReadonlyArray<string>
  readonly origins: ReadonlyArray<string>
  readonly sentences: ReadonlyArray<{ readonly document: string; readonly text: string }>
}

/** Shared stems needed, and the share of the smaller sentence's weight (stems weighted by rarity) they must carry. */
const MIN_SHARED = 4
const MIN_OVERLAP = 0.5
/** Sentences shorter than this (captions, bylines) say too little to compare. */
const MIN_STEMS = 6
/** Stems in more than this share of sentences carry no signal, and never more than MAX_POSTINGS: candidate pairs stay near-linear. */
const MAX_DF = 0.05
const MAX_POSTINGS = 50

/**
 * A list of numbers that grows without boxing them, for the stems of millions of sentences: in
 * chunks, so that growing never holds an array and its double at once, made one array when read.
 */
class IntList {
  private static readonly CHUNK = 1 << 16
  private chunks: Array<Int32Array> = []
  private last = new Int32Array(0)
  private used = 0
  length = 0
  push(x: number): void {
    if (this.used === this.last.length) {
      this.last = new Int32Array(IntList.CHUNK)
      this.chunks.push(this.last)
      this.used = 0
    }
    this.last[this.used++] = x
    this.length++
  }
  /** The numbers as one array of their exact length (which the list keeps from then on). */
  values(): Int32Array {
    if (this.chunks.length === 1 && this.last.length === this.length) return this.last
    const all = new Int32Array(this.length)
    let at = 0
    for (const c of this.chunks) {
      const part = c.subarray(0, Math.min(c.length, this.length - at))
      all.set(part, at)
      at += part.length
    }
    this.chunks = [all]
    this.last = all
    this.used = all.length
    return all
  }
}

/** A sentence of a statement group: which sentence it was (in the order added), its document and source, and how many of the group's sentences it matched. */
export interface StatementMember {
  readonly item: number
  readonly document: string
  readonly origin: string
  readonly degree: number
}

/**
 * Sentences added one by one, kept as the stems of their content words in one
 * vocabulary (numbers in one growing Int32Array, in the order read, so that sums
 * of weights add up in the same order whatever the representation) and their
 * document and source; not their text, which a large reduce keeps on disk.
 */
export class StatementIndex {
  private readonly vocabulary = new Map<string, number>()
  private readonly pool = new IntList()
  private readonly starts = new IntList()
  private readonly documents: Array<string> = []
  private readonly origins: Array<string> = []

  /** Adds a sentence; gives its number, or -1 when it is too short to compare (a caption, a byline). */
  add(s: KeyedSentence): number {
    const set = stems(s.text)
    if (set.size < MIN_STEMS) return -1
    this.starts.push(this.pool.length)
    for (const w of set) {
      let id = this.vocabulary.get(w)
      if (id === undefined) this.vocabulary.set(w, (id = this.vocabulary.size))
      this.pool.push(id)
    }
    this.documents.push(s.document)
    this.origins.push(s.origin)
    return this.documents.length - 1
  }

  /** The groups of sentences that make one statement in two sources or more, in the order of their first sentence. */
  groups(): Array<Array<StatementMember>> {
    const n = this.documents.length
    const stem = this.pool.values()
    const from = new Int32Array(n + 1)
    from.set(this.starts.values())
    from[n] = this.pool.length
    const vocabulary = this.vocabulary
    const df = new Int32Array(vocabulary.size)
    for (let k = 0; k < this.pool.length; k++) df[stem[k]!]!++
    const cap = Math.min(MAX_POSTINGS, Math.max(5, Math.floor(n * MAX_DF)))
    const idf = Float64Array.from(df, (d) => Math.log((n + 1) / d))
    const weights = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let t = 0
      for (let k = from[i]!; k < from[i + 1]!; k++) t += idf[stem[k]!]!
      weights[i] = t
    }
    // postings of the stems no more common than the cap, each in sentence order
    const postingStart = new Int32Array(vocabulary.size + 1)
    for (let w = 0; w < vocabulary.size; w++) postingStart[w + 1] = postingStart[w]! + (df[w]! <= cap ? df[w]! : 0)
    const postings = new Int32Array(postingStart[vocabulary.size]!)
    const fill = postingStart.slice(0, vocabulary.size)
    for (let i = 0; i < n; i++)
      for (let k = from[i]!; k < from[i + 1]!; k++) if (df[stem[k]!]! <= cap) postings[fill[stem[k]!]!++] = i
    const parent = Int32Array.from({ length: n }, (_, i) => i)
    const find = (i: number): number => {
      let r = i
      while (parent[r] !== r) r = parent[r]!
      while (parent[i] !== r) {
        const next = parent[i]!
        parent[i] = r
        i = next
      }
      return r
    }
    const degree = new Int32Array(n)
    // which sentence each was last compared from, and whose stems are marked: stamps instead of sets per sentence
    const seen = new Int32Array(n).fill(-1)
    const marked = new Int32Array(vocabulary.size).fill(-1)
    for (let i = 0; i < n; i++) {
      for (let k = from[i]!; k < from[i + 1]!; k++) {
        const w = stem[k]!
        for (let p = postingStart[w]!; p < postingStart[w + 1]!; p++) {
          const j = postings[p]!
          if (j <= i || seen[j] === i) continue
          seen[j] = i
          if (this.origins[i] === this.origins[j]) continue
          for (let q = from[j]!; q < from[j + 1]!; q++) marked[stem[q]!] = j
          let shared = 0
          let sharedWeight = 0
          for (let q = from[i]!; q < from[i + 1]!; q++)
            if (marked[stem[q]!] === j) {
              shared++
              sharedWeight += idf[stem[q]!]!
            }
          // marks of an earlier pair with the same j would read as this one's: clear them
          for (let q = from[j]!; q < from[j + 1]!; q++) marked[stem[q]!] = -1
          if (shared >= MIN_SHARED && sharedWeight / Math.min(weights[i]!, weights[j]!) >= MIN_OVERLAP) {
            parent[find(i)] = find(j)
            degree[i]!++
            degree[j]!++
          }
        }
      }
    }
    // groups of two or more, in the order of their first sentence
    const size = new Int32Array(n)
    for (let i = 0; i < n; i++) size[find(i)]!++
    const groups = new Map<number, Array<StatementMember>>()
    for (let i = 0; i < n; i++) {
      const r = find(i)
      if (size[r]! < 2) continue
      const l = groups.get(r)
      const m = { item: i, document: this.documents[i]!, origin: this.origins[i]!, degree: degree[i]! }
      if (l) l.push(m)
      else groups.set(r, [m])
    }
    // a group only says something when two sources make the statement
    return [...groups.values()].filter((members) => new Set(members.map((m) => m.origin)).size >= 2)
  }
}

/** Each group as a finding, with the sentences' texts (`textOf` a sentence's number), in the report's order. */
export const describeStatements = (
  groups: ReadonlyArray<ReadonlyArray<StatementMember>>,
  textOf: (item: number) => string
): Array<StatementFinding> => {
  const out: Array<StatementFinding> = []
  for (const group of groups) {
    const members = group.map((m) => ({ ...m, s: { document: m.document, origin: m.origin, text: textOf(m.item) } }))
    const documents = [...new Set(members.map((m) => m.s.document))].sort()
    const origins = [...new Set(members.map((m) => m.s.origin))].sort()
    // the sentence most others agree with stands for the group
    const rep = [...members].sort(
      (a, b) => b.degree - a.degree || a.s.text.length - b.s.text.length || a.s.text.localeCompare(b.s.text)
    )[0]!
    const sorted = [...members].sort(
      (a, b) => a.s.document.localeCompare(b.s.document) || a.s.text.localeCompare(b.s.text)
    )
    out.push({
      id: stableId("statement", ...sorted.map((m) => m.s.text)),
      text: rep.s.text,
      sources: origins.length,
      documents,
      origins,
      sentences: sorted.map((m) => ({ document: m.s.document, text: m.s.text }))
    })
  }
  return out.sort(
    (a, b) => b.sources - a.sources || b.documents.length - a.documents.length || a.text.localeCompare(b.text)
  )
}

export const groupStatements = (sentences: ReadonlyArray<KeyedSentence>): ReadonlyArray<StatementFinding> => {
  const index = new StatementIndex()
  const texts: Array<string> = []
  for (const s of sentences) if (index.add(s) >= 0) texts.push(s.text)
  return describeStatements(index.groups(), (i) => texts[i]!)
}
