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

/** A list of numbers that grows without boxing them, for the stems of millions of sentences. */
class IntList {
  values = new Int32Array(1024)
  length = 0
  push(x: number): void {
    if (this.length === this.values.length) {
      const next = new Int32Array(this.values.length * 2)
      next.set(this.values)
      this.values = next
    }
    this.values[this.length++] = x
  }
}

export const groupStatements = (sentences: ReadonlyArray<KeyedSentence>): ReadonlyArray<StatementFinding> => {
  // each sentence's stems as numbers of one vocabulary, in the order read, so that sums of weights add
  // up in the same order whatever the representation (a set of strings per sentence is too large at scale)
  const vocabulary = new Map<string, number>()
  const items: Array<KeyedSentence> = []
  const pool = new IntList()
  const starts = new IntList()
  for (const s of sentences) {
    const set = stems(s.text)
    if (set.size < MIN_STEMS) continue
    items.push(s)
    starts.push(pool.length)
    for (const w of set) {
      let id = vocabulary.get(w)
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size))
      pool.push(id)
    }
  }
  starts.push(pool.length)
  const n = items.length
  const stem = pool.values
  const from = starts.values
  const df = new Int32Array(vocabulary.size)
  for (let k = 0; k < pool.length; k++) df[stem[k]!]!++
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
        if (items[i]!.origin === items[j]!.origin) continue
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
  const groups = new Map<number, Array<{ readonly s: KeyedSentence; readonly degree: number }>>()
  for (let i = 0; i < n; i++) {
    const r = find(i)
    if (size[r]! < 2) continue
    const l = groups.get(r)
    const m = { s: items[i]!, degree: degree[i]! }
    if (l) l.push(m)
    else groups.set(r, [m])
  }
  const out: Array<StatementFinding> = []
  for (const members of groups.values()) {
    const documents = [...new Set(members.map((m) => m.s.document))].sort()
    const origins = [...new Set(members.map((m) => m.s.origin))].sort()
    if (origins.length < 2) continue
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
