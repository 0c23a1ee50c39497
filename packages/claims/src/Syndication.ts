/**
 * Which stories are copies of which: a republished story is a second document
 * but not a second source.
 *
 * Two signals: near-duplicate text (word 5-gram shingles; MinHash signatures
 * with LSH banding find candidate pairs without comparing every pair, then
 * shingle containment confirms them) and credit lines ("originally featured on
 * Fortune.com", "first appeared in the Northern Ledger").
 */

/**
 * What the cross-document stage needs of a story: its MinHash signature and
 * shingle count, not its text, so that a large corpus is never held in memory.
 */
export interface StorySketch {
  readonly document: string
  readonly story: number
  readonly signature: Signature
  readonly shingles: number
  readonly outlet: string | null
  readonly published: string | null
  readonly credits: ReadonlyArray<string>
}

/** One minimum per hash function; empty for a story without words. */
export type Signature = Uint32Array

const SHINGLE = 5
/** 128 hashes: the estimate of a Jaccard similarity has a standard error of at most 0.044. */
const HASHES = 128
/**
 * Candidate pairs share both rows of one of 64 bands: found 98% of the time at
 * Jaccard similarity 0.25 (a story copied whole into a page four times its
 * size), while unrelated stories (similarity near 0) rarely meet.
 */
const BANDS = 64
/**
 * Band keys keep 32 - KEY_SHIFT bits so that key and story index fit one double
 * exactly (53 bits): up to 2^(21 + KEY_SHIFT) stories. A shared truncated key
 * only adds a candidate, which the signature comparison then rejects.
 */
const KEY_SHIFT = 4
const INDEX_SPACE = 2 ** (21 + KEY_SHIFT)
/** Earlier stories of one bucket a story is compared with: the first few (the original is early) and the nearest few. */
const PER_BUCKET = 8
const ROWS = HASHES / BANDS
/** Share of the smaller story's shingles found in the other for it to count as a copy. */
const CONTAINMENT = 0.5
/** Below this estimated Jaccard similarity two stories are never copies (a copy shares most of its words). */
const MIN_JACCARD = 0.25

/** Murmur3's finaliser: a bijective 32-bit mix, so each seed gives an independent-looking permutation. */
const mix = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const isWordChar = (c: number, ch: string): boolean =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(ch)

/**
 * Hashes of the word 5-grams of a text (lower-cased runs of letters and digits),
 * computed in one pass over the characters without building the words.
 */
export const shingles = (text: string): Set<number> => {
  const lower = text.toLowerCase()
  const ring = new Uint32Array(SHINGLE)
  let count = 0
  const out = new Set<number>()
  let h = 0
  let inWord = false
  /** One hash for the word hashes from..to (in text order) of the ring. */
  const combine = (from: number, to: number) => {
    let s = 0x9747b28c
    for (let k = from; k < to; k++) s = Math.imul(s ^ ring[k % SHINGLE]!, 16777619)
    return mix(s)
  }
  const endWord = () => {
    ring[count % SHINGLE] = mix(h)
    count++
    if (count >= SHINGLE) out.add(combine(count - SHINGLE, count))
  }
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if (isWordChar(c, lower[i]!)) {
      if (!inWord) {
        inWord = true
        h = 2166136261
      }
      // FNV-1a over the word's characters
      h = Math.imul(h ^ c, 16777619)
    } else if (inWord) {
      inWord = false
      endWord()
    }
  }
  if (inWord) endWord()
  // a story shorter than one shingle is its words
  if (count > 0 && count < SHINGLE) out.add(combine(0, count))
  return out
}

// One permutation per hash: x -> a*x + b (mod 2^32) with a odd is a bijection, and the shingle
// hashes it permutes are already mixed, so one multiply and one add per hash suffice.
const MULTIPLIERS = Uint32Array.from({ length: HASHES }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)) | 1)
const ADDENDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(Math.imul(i + 1, 0x85ebca6b) ^ 0x5bd1e995))

const minhash = (set: ReadonlySet<number>): Signature => {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const s of set) {
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(s, MULTIPLIERS[k]!) + ADDENDS[k]!) >>> 0
      if (v < sig[k]!) sig[k] = v
    }
  }
  return sig
}

/** The sketch of a story's text: computed where the text is (a worker), compared anywhere. */
export const sketchText = (text: string): { signature: Signature; shingles: number } => {
  const set = shingles(text)
  return { signature: set.size === 0 ? new Uint32Array(0) : minhash(set), shingles: set.size }
}

/** A signature as text, for JSON shards: 8 hex digits per hash. */
export const signatureToHex = (sig: Signature): string => {
  let out = ""
  for (const v of sig) out += v.toString(16).padStart(8, "0")
  return out
}

/** Reads a signature back; null when the text is not one. */
export const signatureFromHex = (hex: string): Signature | null => {
  if (hex.length !== 0 && hex.length !== HASHES * 8) return null
  if (!/^[0-9a-f]*$/.test(hex)) return null
  const sig = new Uint32Array(hex.length / 8)
  for (let k = 0; k < sig.length; k++) sig[k] = Number.parseInt(hex.slice(k * 8, k * 8 + 8), 16)
  return sig
}

/**
 * Containment of the smaller story in the larger, estimated from the signatures:
 * the share of equal minima estimates Jaccard J, and |A∩B| = J(|A|+|B|)/(1+J).
 */
export const estimatedContainment = (a: StorySketch, b: StorySketch): number => {
  if (a.signature.length !== HASHES || b.signature.length !== HASHES) return 0
  let same = 0
  for (let k = 0; k < HASHES; k++) if (a.signature[k] === b.signature[k]) same++
  const j = same / HASHES
  // a small Jaccard estimate is mostly noise, and noise times a large story looks like containment
  if (j < MIN_JACCARD) return 0
  const inter = (j * (a.shingles + b.shingles)) / (1 + j)
  return Math.min(1, inter / Math.min(a.shingles, b.shingles))
}

/** The key of one band of a signature: its rows mixed into one number (a collision only adds a candidate). */
const bandKey = (sig: Signature, band: number): number => {
  let h = band
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = mix(h ^ sig[r]!) + r
  return mix(h)
}

export interface StoryOrigin {
  readonly document: string
  readonly story: number
  /** The independent source this story belongs to. */
  readonly origin: string
  /** The story it republishes, if any. */
  readonly copyOf: { readonly document: string; readonly story: number } | null
}

const normOutlet = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(com|org|net|co\.uk)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

/** Orders stories so the original comes first: earliest published, uncredited before credited, then by id. */
const earlier = (a: StorySketch, b: StorySketch): number => {
  const pa = a.published ?? "9999"
  const pb = b.published ?? "9999"
  if (pa !== pb) return pa < pb ? -1 : 1
  if (a.credits.length > 0 !== b.credits.length > 0) return a.credits.length > 0 ? 1 : -1
  return a.document < b.document ? -1 : a.document > b.document ? 1 : a.story - b.story
}

export const originOf = (outlet: string | null, document: string): string => outlet ?? document

/** Assigns every story its origin and the story it copies. Deterministic whatever the input order. */
export const findOrigins = (stories: ReadonlyArray<StorySketch>): ReadonlyArray<StoryOrigin> => {
  const sorted = [...stories].sort(earlier)
  // the story each one copies: the earliest (lowest index) of the stories sharing a bucket with it
  // whose estimated containment passes; kept as one number per story while the bands are walked,
  // not as a set of candidates per story (on a million stories the sets were gigabytes)
  const copyOfIndex = new Int32Array(sorted.length).fill(-1)
  const consider = (i: number, j: number) => {
    const best = copyOfIndex[i]!
    if ((best !== -1 && j >= best) || sorted[j]!.document === sorted[i]!.document) return
    if (estimatedContainment(sorted[i]!, sorted[j]!) >= CONTAINMENT) copyOfIndex[i] = j
  }
  // members of a bucket come in index order: each is compared with the first and the nearest few before it
  const link = (members: ReadonlyArray<number>) => {
    for (let t = 1; t < members.length; t++) {
      for (let u = 0; u < Math.min(t, PER_BUCKET); u++) consider(members[t]!, members[u]!)
      for (let u = Math.max(PER_BUCKET, t - PER_BUCKET); u < t; u++) consider(members[t]!, members[u]!)
    }
  }
  // one band at a time: each story's band key packed with its index into one number, so a
  // native numeric sort brings a bucket's stories together in index order without a map of lists
  const eligible: Array<number> = []
  sorted.forEach((st, i) => {
    if (st.shingles >= 3 && st.signature.length === HASHES) eligible.push(i)
  })
  const packed = new Float64Array(eligible.length)
  for (let b = 0; b < BANDS; b++) {
    for (let t = 0; t < eligible.length; t++)
      packed[t] = (bandKey(sorted[eligible[t]!]!.signature, b) >>> KEY_SHIFT) * INDEX_SPACE + eligible[t]!
    packed.sort()
    let run: Array<number> = []
    let runKey = -1
    for (const v of packed) {
      const key = Math.floor(v / INDEX_SPACE)
      if (key !== runKey) {
        if (run.length > 1) link(run)
        run = []
        runKey = key
      }
      run.push(v - key * INDEX_SPACE)
    }
    if (run.length > 1) link(run)
  }
  const outletsByName = new Map<string, string>()
  for (const s of sorted) if (s.outlet) outletsByName.set(normOutlet(s.outlet), s.outlet)

  const result: Array<StoryOrigin> = []
  const originByIndex: Array<string> = []
  sorted.forEach((s, i) => {
    const copyOf = copyOfIndex[i] === -1 ? null : copyOfIndex[i]!
    let origin: string
    if (copyOf !== null) origin = originByIndex[copyOf]!
    else if (s.credits.length > 0) {
      const credited = s.credits[0]!
      origin = outletsByName.get(normOutlet(credited)) ?? credited
    } else origin = originOf(s.outlet, s.document)
    originByIndex[i] = origin
    const c = copyOf === null ? null : sorted[copyOf]!
    result.push({
      document: s.document,
      story: s.story,
      origin,
      copyOf: c ? { document: c.document, story: c.story } : null
    })
  })
  return result.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.story - b.story))
}
