/**
 * Direct quotes and who said them, and the cross-check of quotes across
 * sources: the same words are one quote; a fragment agrees with the longer
 * version it is part of; the same speaker with changed words is a misquote; the
 * same words given to different speakers is an attribution conflict.
 */
import { stableId } from "./Hash.js"
import type { Sentence } from "./Sentence.js"
import type { EntitySpan } from "./Entity.js"
import { Postings } from "./Postings.js"

export interface RawQuote {
  /** Offsets of the quoted words (inside the marks) in the normalised document text. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** Canonical speaker name, or null when no speaker could be found. */
  readonly speaker: string | null
  readonly sentence: Sentence
}

const VERBS =
  "said|says|say|told|tells|wrote|writes|posted|posts|added|adds|explained|noted|argued|warned|claimed|insisted|countered|admitted|acknowledged|agreed|continued|replied|asked|stated|tweeted|declared|announced|remarked|recalled|conceded|cautioned|predicted|insists|argues|notes|explains"
const AFTER_NAME_VERB = new RegExp(`^\\s*(?:,\\s*)?(.{1,60}?)\\s+(?:${VERBS})\\b`, "i")
const AFTER_VERB_NAME = new RegExp(
  `^\\s*(?:,\\s*)?(?:${VERBS})\\s+(.{1,80}?)(?:\\s*(?:,|\\.|;|\\bin\\b|\\bon\\b|\\bat\\b|\\bwho\\b|\\bwhen\\b|$))`,
  "i"
)
/** "... on open-source AI, acknowledged Sam Altman": the verb later in the sentence. */
const LATE_VERB_NAME = new RegExp(`,\\s*(?:${VERBS})\\s+(.{1,80}?)(?:\\s*(?:,|\\.|;|$))`, "i")
/** "Altman admitted in a Reddit AMA, "...": a quote introduced by its speaker must follow a comma or colon. */
const BEFORE = new RegExp(`(?:^|[.;]\\s+|,\\s+)([^.;"]{1,80}?)\\s+(?:${VERBS})\\b[^"]{0,80}?[:,]\\s*$`, "i")
const BEFORE_COLON = /(?<![\p{L}.'-])([\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3})\s*:\s*$/u

/** The speaker named or referred to by a phrase ("Solberg", "he", "the Tesla CEO"), or null. */
export type SpeakerResolver = (
  phrase: string,
  entities: ReadonlyArray<EntitySpan & { canonical: string }>,
  at: { start: number; end: number }
) => string | null

const trimQuote = (s: string) =>
  s
    .trim()
    .replace(/^[\s,;:]+|(?<![\s,;:.])[\s,;:.]+$/g, "")
    .replace(/[,;:]$/, "")
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length

/**
 * Quotes whose opening mark lies in this sentence. `quoted` are the quote spans
 * of the story (marks included); `previous` is the speaker of the last quote in
 * the same paragraph, for a quote that continues it.
 */
/**
 * Index of the first quoted range starting at or after `offset`. The ranges are in text order and do not
 * overlap, so a sentence's quotes are found by bisection, not by a walk over the story's.
 */
export const firstQuoteFrom = (quoted: ReadonlyArray<readonly [number, number]>, offset: number): number => {
  let lo = 0
  let hi = quoted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (quoted[mid]![0] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether an offset is inside a quoted range (strictly, the marks excluded). */
export const insideQuote = (quoted: ReadonlyArray<readonly [number, number]>, offset: number): boolean => {
  const k = firstQuoteFrom(quoted, offset) - 1
  return k >= 0 && offset < quoted[k]![1]
}

export const quotesOfSentence = (
  text: string,
  sentence: Sentence,
  quoted: ReadonlyArray<[number, number]>,
  entities: ReadonlyArray<EntitySpan & { canonical: string }>,
  resolve: SpeakerResolver,
  previous: { speaker: string | null; paragraphEnd: number } | null
): Array<RawQuote> => {
  const out: Array<RawQuote> = []
  for (let k = firstQuoteFrom(quoted, sentence.start); k < quoted.length && quoted[k]![0] < sentence.end; k++) {
    const [qs, qe] = quoted[k]!
    const inner = trimQuote(text.slice(qs + 1, qe - 1))
    if (inner === "") continue
    const innerStart = text.indexOf(inner, qs)
    const after = text.slice(qe, Math.max(qe, sentence.end))
    const before = text.slice(sentence.start, qs)
    const rel = (a: number) => a - sentence.start
    let speaker: string | null = null
    let attributed = false
    const m1 = AFTER_VERB_NAME.exec(after)
    const m2 = m1 ? null : AFTER_NAME_VERB.exec(after)
    const m3 = m1 || m2 ? null : LATE_VERB_NAME.exec(after)
    const m4 = BEFORE.exec(before)
    const m5 = BEFORE_COLON.exec(before)
    if (m1 || m2 || m3) {
      const m = (m1 ?? m2 ?? m3)!
      const phrase = m[1]!
      const at = qe + m.index + m[0].indexOf(phrase)
      speaker = resolve(phrase, entities, { start: rel(at), end: rel(at + phrase.length) })
      attributed = true
    } else if (m5) {
      // "Chris Lehane's LinkedIn post on Monday: "...": the person before the colon, not the last capitalised word
      speaker =
        resolve(m5[1]!, entities, { start: rel(sentence.start + m5.index), end: rel(qs) }) ??
        entities.filter((e) => e.type === "person" && e.end <= rel(qs)).pop()?.canonical ??
        null
      attributed = true
    } else if (m4 && before.trim().length > 0) {
      const phrase = m4[1]!
      const at = sentence.start + m4.index + m4[0].indexOf(phrase)
      speaker = resolve(phrase, entities, { start: rel(at), end: rel(at + phrase.length) })
      attributed = true
    }
    // A quote that opens its sentence with no attribution continues the last speaker of the paragraph.
    if (!attributed && before.trim() === "" && previous && previous.speaker !== null && qs < previous.paragraphEnd) {
      speaker = previous.speaker
      attributed = true
    }
    // Scare quotes and fragments inside a sentence are not quotes of anyone.
    if (!attributed || wordCount(inner) < 2) continue
    out.push({ start: innerStart, end: innerStart + inner.length, text: inner, speaker, sentence })
  }
  return out
}

// ---------------------------------------------------------------------------
// Across sources

export type QuoteStatus = "corroborated" | "single-source" | "misquote" | "attribution-conflict"

export interface KeyedQuote {
  readonly id: string
  readonly document: string
  readonly origin: string
  readonly speaker: string | null
  readonly text: string
}

export interface QuoteVariant {
  readonly text: string
  readonly speaker: string | null
  readonly documents: ReadonlyArray<string>
  readonly quotes: ReadonlyArray<string>
}

export interface QuoteFinding {
  readonly id: string
  readonly speaker: string | null
  readonly text: string
  readonly status: QuoteStatus
  readonly sources: number
  readonly documents: ReadonlyArray<string>
  readonly origins: ReadonlyArray<string>
  readonly variants: ReadonlyArray<QuoteVariant>
  readonly reason: string
}

/** Words compared: case, punctuation and hyphens do not change a quote. */
export const quoteWords = (s: string): Array<string> =>
  s
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/[-\u2014]/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean)

const lcs = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): number => {
  const prev = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diag = 0
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!)
      diag = up
    }
  }
  return prev[b.length]!
}

/** Share of the longer quote's words that the two keep in order. */
export const quoteSimilarity = (a: string, b: string): number => {
  const wa = quoteWords(a)
  const wb = quoteWords(b)
  if (wa.length === 0 || wb.length === 0) return 0
  return lcs(wa, wb) / Math.max(wa.length, wb.length)
}

/** Two quotes with at least this similarity, neither containing the other, are one statement reworded. */
export const MISQUOTE_SIMILARITY = 0.5

const uniq = (xs: Iterable<string>) => [...new Set(xs)].sort()

interface QuoteGroup {
  readonly norm: string
  readonly members: ReadonlyArray<{ readonly speaker: string | null }>
}

/** The words of a quote's normal form as numbers of `vocabulary`, which grows with new words. */
const wordNumbers = (norm: string, vocabulary: Map<string, number>): Array<number> =>
  norm
    .trim()
    .split(" ")
    .map((w) => {
      let id = vocabulary.get(w)
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size))
      return id
    })

/**
 * The groups of the same speakers that a group may be a reworded version of, in the order of each
 * speaker's groups. Two quotes with similarity 0.5 or more (words in common, in order, over the
 * longer one's length) share at least half of each one's words, counted with repeats; so under
 * one order of all words (rarest first), each shares a word of the other's first half plus one
 * (prefix filtering). Only those are candidates: a speaker quoted a hundred thousand times is not
 * compared pair by pair, and no pair that could match is left out.
 */
const misquoteCandidates = <G extends QuoteGroup>(groups: ReadonlyArray<G>): ((g: number) => Array<G>) => {
  // each word with its repeat number ("the" said twice is two tokens): what a common subsequence can
  // share. Tokens are numbers (word, then repeat), kept in one array with each group's start.
  const vocabulary = new Map<string, number>()
  const wordIds = groups.map((g) => wordNumbers(g.norm, vocabulary))
  const words = vocabulary.size
  const start = new Int32Array(groups.length + 1)
  for (let gi = 0; gi < groups.length; gi++) start[gi + 1] = start[gi]! + wordIds[gi]!.length
  const tokens = new Float64Array(start[groups.length]!)
  const df = new Map<number, number>()
  for (let gi = 0; gi < groups.length; gi++) {
    const seen = new Map<number, number>()
    wordIds[gi]!.forEach((w, k) => {
      const n = seen.get(w) ?? 0
      seen.set(w, n + 1)
      const t = n * words + w
      tokens[start[gi]! + k] = t
      df.set(t, (df.get(t) ?? 0) + 1)
    })
  }
  wordIds.length = 0
  // the prefix of each group under one order of all tokens (rarest first, then by number)
  // computed once: the index reads each prefix twice and every lookup once more
  const prefixes = groups.map((_, gi) => {
    const own = tokens.slice(start[gi]!, start[gi + 1]!)
    own.sort((a, b) => df.get(a)! - df.get(b)! || a - b)
    return own.subarray(0, own.length - Math.ceil(own.length * MISQUOTE_SIMILARITY) + 1)
  })
  const prefixOf = (gi: number): Float64Array => prefixes[gi]!
  const speakersOf = (gi: number) => [...new Set(groups[gi]!.members.map((m) => m.speaker).filter((s) => s !== null))]
  // (speaker, prefix token) -> groups, in group order: one number a key, lists in one typed array
  const speakerIds = new Map<string, number>()
  let tokenSpace = 1
  for (const t of tokens) tokenSpace = Math.max(tokenSpace, t + 1)
  const keysOf = (gi: number): Array<number> => {
    const prefix = prefixOf(gi)
    const keys: Array<number> = []
    for (const sp of speakersOf(gi)) {
      let id = speakerIds.get(sp)
      if (id === undefined) speakerIds.set(sp, (id = speakerIds.size))
      for (const t of prefix) keys.push(id * tokenSpace + t)
    }
    return keys
  }
  const index = new Postings<number>(groups.length, keysOf)
  return (gi) => {
    const out: Array<number> = []
    const seen = new Set<number>()
    const prefix = prefixOf(gi)
    for (const sp of speakersOf(gi)) {
      const id = speakerIds.get(sp)!
      const hits = new Set<number>()
      for (const t of prefix) for (const x of index.get(id * tokenSpace + t) ?? []) hits.add(x)
      for (const x of [...hits].sort((a, b) => a - b))
        if (!seen.has(x)) {
          seen.add(x)
          out.push(x)
        }
    }
    return out.map((x) => groups[x]!)
  }
}

/** Words a quote of that many words or more is looked up by, as one run: see containmentGroups. */
const RUN = 8

/** A 30-bit hash of `size` word numbers from `from` (a small integer, so a cheap map key). */
const runHash = (ids: ReadonlyArray<number>, from: number, size: number): number => {
  let h = 0x811c9dc5 ^ size
  for (let i = from; i < from + size; i++) h = Math.imul(h ^ ids[i]!, 0x01000193)
  return (h ^ (h >>> 15)) & 0x3fffffff
}

/** Appends `value` to the list at `key` unless it was the last one added there (lists stay in add order). */
const post = <K>(index: Map<K, Array<number>>, key: K, value: number) => {
  const l = index.get(key)
  if (!l) index.set(key, [value])
  else if (l[l.length - 1] !== value) l.push(value)
}

/**
 * Quotes grouped by the same words: each joins the first group (in the order groups were made)
 * whose words contain its own, or starts one. Items come longest first, so a group's first member
 * is its longest version. Every group containing a quote holds each of the quote's words and each
 * of its runs of RUN words, so only the groups of the quote's rarest word (a short quote) or of its
 * rarest run (a long one) are searched, in the order they were made: the answer is that of a scan
 * over all groups, and distinct quotes made of common words (one speaker's stock phrases, a
 * template) are not compared with each other.
 */
const containmentGroups = <T extends { readonly norm: string }>(
  items: ReadonlyArray<T>
): Array<{ readonly norm: string; readonly members: Array<T> }> => {
  const groups: Array<{ readonly norm: string; readonly members: Array<T> }> = []
  const vocabulary = new Map<string, number>()
  const byWord = new Map<number, Array<number>>()
  const byRun = new Map<number, Array<number>>()
  // the group of the same words, when there is one: no earlier group contains words that made a group
  const byNorm = new Map<string, number>()
  for (const it of items) {
    const same = byNorm.get(it.norm)
    if (same !== undefined) {
      groups[same]!.members.push(it)
      continue
    }
    const ids = wordNumbers(it.norm, vocabulary)
    let shortest: Array<number> | undefined
    let absent = false
    const consider = (l: Array<number> | undefined) => {
      if (!l) absent = true
      else if (!shortest || l.length < shortest.length) shortest = l
    }
    if (ids.length >= RUN)
      for (let i = 0; i + RUN <= ids.length && !absent; i++) consider(byRun.get(runHash(ids, i, RUN)))
    else for (const id of ids) if (!absent) consider(byWord.get(id))
    const hit = absent ? undefined : shortest!.find((g) => groups[g]!.norm.includes(it.norm))
    if (hit !== undefined) {
      groups[hit]!.members.push(it)
      continue
    }
    const g = groups.length
    groups.push({ norm: it.norm, members: [it] })
    byNorm.set(it.norm, g)
    for (const id of ids) post(byWord, id, g)
    for (let i = 0; i + RUN <= ids.length; i++) post(byRun, runHash(ids, i, RUN), g)
  }
  return groups
}

export const matchQuotes = (
  quotes: ReadonlyArray<KeyedQuote>,
  aliases: ReadonlyMap<string, string>
): ReadonlyArray<QuoteFinding> => {
  const speakerOf = (q: KeyedQuote) => (q.speaker === null ? null : (aliases.get(q.speaker) ?? q.speaker))
  // one string per distinct wording (a quote copied by a hundred outlets is one text)
  const norms = new Map<string, string>()
  const normOf = (text: string) => {
    const n = ` ${quoteWords(text).join(" ")} `
    const hit = norms.get(n)
    if (hit !== undefined) return hit
    norms.set(n, n)
    return n
  }
  const items = quotes
    .map((q) => ({ q, speaker: speakerOf(q), norm: normOf(q.text) }))
    .filter((x) => x.norm.trim() !== "")
    .sort((a, b) => b.norm.length - a.norm.length || a.norm.localeCompare(b.norm) || a.q.id.localeCompare(b.q.id))

  const groups = containmentGroups(items)
  type Group = (typeof groups)[number]

  // reworded versions by the same speaker: misquotes (compared only within a speaker's quotes, and
  // only with quotes that share a word of their rarer half: see misquoteCandidates)
  const candidatesOf = misquoteCandidates(groups)
  const merged: Array<Array<Group>> = []
  const taken = new Set<Group>()
  for (const [gi, g] of groups.entries()) {
    if (taken.has(g)) continue
    const cluster = [g]
    taken.add(g)
    for (const other of candidatesOf(gi)) {
      if (taken.has(other)) continue
      if (quoteSimilarity(g.norm, other.norm) >= MISQUOTE_SIMILARITY) {
        cluster.push(other)
        taken.add(other)
      }
    }
    merged.push(cluster)
  }

  return merged
    .map((cluster): QuoteFinding => {
      const members = cluster.flatMap((g) => g.members)
      const variants: Array<QuoteVariant> = []
      for (const g of cluster) {
        const bySpeaker = new Map<string, Array<(typeof items)[number]>>()
        for (const m of g.members) {
          const k = m.speaker ?? ""
          const l = bySpeaker.get(k)
          if (l) l.push(m)
          else bySpeaker.set(k, [m])
        }
        for (const [k, ms] of [...bySpeaker.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
          const longest = [...ms].sort(
            (a, b) => b.q.text.length - a.q.text.length || a.q.text.localeCompare(b.q.text)
          )[0]!
          variants.push({
            text: longest.q.text,
            speaker: k === "" ? null : k,
            documents: uniq(ms.map((m) => m.q.document)),
            quotes: uniq(ms.map((m) => m.q.id))
          })
        }
      }
      const namedSpeakers = uniq(members.map((m) => m.speaker).filter((s): s is string => s !== null))
      const status: QuoteStatus =
        namedSpeakers.length > 1 && cluster.length === 1
          ? "attribution-conflict"
          : cluster.length > 1
            ? "misquote"
            : uniq(members.map((m) => m.q.origin)).length >= 2
              ? "corroborated"
              : "single-source"
      const main = [...variants].sort(
        (a, b) =>
          b.documents.length - a.documents.length || b.text.length - a.text.length || a.text.localeCompare(b.text)
      )[0]!
      const origins = uniq(members.map((m) => m.q.origin))
      const reason =
        status === "misquote"
          ? `${main.speaker ?? "an unnamed speaker"} is quoted in ${variants.length} versions: ${variants.map((v) => `"${v.text}" (${v.documents.length} document${v.documents.length === 1 ? "" : "s"})`).join(" vs ")}`
          : status === "attribution-conflict"
            ? `the same words are given to ${namedSpeakers.join(" and ")}`
            : `${main.speaker ?? "an unnamed speaker"}, in ${origins.length} source${origins.length === 1 ? "" : "s"}`
      return {
        id: stableId("quote", main.speaker ?? "", quoteWords(main.text).join(" ")),
        speaker: namedSpeakers.length === 1 ? namedSpeakers[0]! : main.speaker,
        text: main.text,
        status,
        sources: origins.length,
        documents: uniq(members.map((m) => m.q.document)),
        origins,
        variants: variants.sort((a, b) => b.documents.length - a.documents.length || a.text.localeCompare(b.text)),
        reason
      }
    })
    .sort(
      (a, b) =>
        (a.speaker ?? "").localeCompare(b.speaker ?? "") || a.text.localeCompare(b.text) || a.id.localeCompare(b.id)
    )
}
