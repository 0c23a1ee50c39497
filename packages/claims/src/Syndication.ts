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
  readonly signature: ReadonlyArray<number>
  readonly shingles: number
  readonly outlet: string | null
  readonly published: string | null
  readonly credits: ReadonlyArray<string>
}

/** The sketch of a story's text: computed where the text is (a worker), compared anywhere. */
export const sketchText = (text: string): { signature: Array<number>; shingles: number } => {
  const set = shingles(text)
  return { signature: set.size === 0 ? [] : Array.from(minhash(set)), shingles: set.size }
}

/**
 * Containment of the smaller story in the larger, estimated from the signatures:
 * the share of equal minima estimates Jaccard J, and |A∩B| = J(|A|+|B|)/(1+J).
 */
export const estimatedContainment = (a: StorySketch, b: StorySketch): number => {
  if (a.signature.length === 0 || b.signature.length === 0) return 0
  let same = 0
  for (let k = 0; k < HASHES; k++) if (a.signature[k] === b.signature[k]) same++
  const j = same / HASHES
  // with 64 hashes a small Jaccard is mostly noise, and noise times a large story looks like containment
  if (j < MIN_JACCARD) return 0
  const inter = (j * (a.shingles + b.shingles)) / (1 + j)
  return Math.min(1, inter / Math.min(a.shingles, b.shingles))
}

export interface StoryOrigin {
  readonly document: string
  readonly story: number
  /** The independent source this story belongs to. */
  readonly origin: string
  /** The story it republishes, if any. */
  readonly copyOf: { readonly document: string; readonly story: number } | null
}

const SHINGLE = 5
const HASHES = 64
const BANDS = 16
const ROWS = HASHES / BANDS
/** Share of the smaller story's shingles found in the other for it to count as a copy. */
const CONTAINMENT = 0.5
/** Below this estimated Jaccard similarity two stories are never copies (a copy shares most of its words). */
const MIN_JACCARD = 0.25

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter(Boolean)

const hash32 = (s: string, seed: number): number => {
  // FNV-1a with a seed: cheap, stable across runs and platforms
  let h = (2166136261 ^ seed) >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 16777619) >>> 0
  }
  return h >>> 0
}

export const shingles = (text: string): Set<number> => {
  const w = words(text)
  const out = new Set<number>()
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(hash32(w.slice(i, i + SHINGLE).join(" "), 0))
  if (w.length > 0 && w.length < SHINGLE) out.add(hash32(w.join(" "), 0))
  return out
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => hash32(`seed${i}`, 7))

const minhash = (set: ReadonlySet<number>): Uint32Array => {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const s of set) {
    for (let k = 0; k < HASHES; k++) {
      // permutation: xor with a seed then a multiplicative mix
      const v = Math.imul((s ^ SEEDS[k]!) >>> 0, 2654435761) >>> 0
      if (v < sig[k]!) sig[k] = v
    }
  }
  return sig
}


const normOutlet = (s: string) => s.toLowerCase().replace(/^the\s+/, "").replace(/\.(com|org|net|co\.uk)$/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim()

/** Orders stories so the original comes first: earliest published, uncredited before credited, then by id. */
const earlier = (a: StorySketch, b: StorySketch): number => {
  const pa = a.published ?? "9999"
  const pb = b.published ?? "9999"
  if (pa !== pb) return pa < pb ? -1 : 1
  if ((a.credits.length > 0) !== (b.credits.length > 0)) return a.credits.length > 0 ? 1 : -1
  return a.document < b.document ? -1 : a.document > b.document ? 1 : a.story - b.story
}

export const originOf = (outlet: string | null, document: string): string => outlet ?? document

/** Assigns every story its origin and the story it copies. Deterministic whatever the input order. */
export const findOrigins = (stories: ReadonlyArray<StorySketch>): ReadonlyArray<StoryOrigin> => {
  const sorted = [...stories].sort(earlier)
  const buckets = new Map<string, Array<number>>()
  const candidates = new Map<number, Set<number>>()
  sorted.forEach((st, i) => {
    if (st.shingles < 3 || st.signature.length === 0) return
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${st.signature.slice(b * ROWS, (b + 1) * ROWS).join(",")}`
      const list = buckets.get(key)
      if (list) {
        for (const j of list) {
          let c = candidates.get(i)
          if (!c) candidates.set(i, (c = new Set()))
          c.add(j)
        }
        list.push(i)
      } else buckets.set(key, [i])
    }
  })
  const outletsByName = new Map<string, string>()
  for (const s of sorted) if (s.outlet) outletsByName.set(normOutlet(s.outlet), s.outlet)

  const result: Array<StoryOrigin> = []
  const originByIndex: Array<string> = []
  sorted.forEach((s, i) => {
    let copyOf: number | null = null
    // candidates are earlier stories (lower index) that share a band
    const cands = [...(candidates.get(i) ?? [])].filter((j) => j < i && sorted[j]!.document !== s.document).sort((a, b) => a - b)
    for (const j of cands) {
      if (estimatedContainment(s, sorted[j]!) >= CONTAINMENT) {
        copyOf = j
        break
      }
    }
    let origin: string
    if (copyOf !== null) origin = originByIndex[copyOf]!
    else if (s.credits.length > 0) {
      const credited = s.credits[0]!
      origin = outletsByName.get(normOutlet(credited)) ?? credited
    } else origin = originOf(s.outlet, s.document)
    originByIndex[i] = origin
    const c = copyOf === null ? null : sorted[copyOf]!
    result.push({ document: s.document, story: s.story, origin, copyOf: c ? { document: c.document, story: c.story } : null })
  })
  return result.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.story - b.story))
}
