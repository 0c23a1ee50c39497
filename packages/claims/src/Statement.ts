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

export const groupStatements = (sentences: ReadonlyArray<KeyedSentence>): ReadonlyArray<StatementFinding> => {
  const items = sentences.map((s) => ({ s, stems: stems(s.text) })).filter((x) => x.stems.size >= MIN_STEMS)
  const df = new Map<string, number>()
  for (const it of items) for (const w of it.stems) df.set(w, (df.get(w) ?? 0) + 1)
  const cap = Math.min(MAX_POSTINGS, Math.max(5, Math.floor(items.length * MAX_DF)))
  const idf = (w: string) => Math.log((items.length + 1) / (df.get(w) ?? 1))
  const weight = (set: ReadonlySet<string>) => {
    let t = 0
    for (const w of set) t += idf(w)
    return t
  }
  const weights = items.map((it) => weight(it.stems))
  const index = new Map<string, Array<number>>()
  items.forEach((it, i) => {
    for (const w of it.stems)
      if ((df.get(w) ?? 0) <= cap) {
        const l = index.get(w)
        if (l) l.push(i)
        else index.set(w, [i])
      }
  })
  const parent = items.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const degree = items.map(() => 0)
  items.forEach((a, i) => {
    const seen = new Set<number>()
    for (const w of a.stems)
      for (const j of index.get(w) ?? []) {
        if (j <= i || seen.has(j)) continue
        seen.add(j)
        const b = items[j]!
        if (a.s.origin === b.s.origin) continue
        let shared = 0
        let sharedWeight = 0
        for (const x of a.stems)
          if (b.stems.has(x)) {
            shared++
            sharedWeight += idf(x)
          }
        if (shared >= MIN_SHARED && sharedWeight / Math.min(weights[i]!, weights[j]!) >= MIN_OVERLAP) {
          parent[find(i)] = find(j)
          degree[i]!++
          degree[j]!++
        }
      }
  })
  const groups = new Map<number, Array<(typeof items)[number] & { degree: number }>>()
  items.forEach((it, i) => {
    const r = find(i)
    const l = groups.get(r)
    const m = { ...it, degree: degree[i]! }
    if (l) l.push(m)
    else groups.set(r, [m])
  })
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
