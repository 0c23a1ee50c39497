/**
 * The evidence that two stories report one event, summed per pair of stories.
 * Blocking adds a few hundred pairs per story at most, which on a large corpus
 * is tens of millions of additions: they are logged in typed arrays (17 bytes
 * each, in chunks that are filled, never copied to grow) rather than kept in a
 * map of objects (about 100 bytes a pair), then summed per pair in the order
 * they were added, so every sum is the one a running total gives, and laid out
 * by first story for lookups.
 */

/** Additions per chunk of the log. */
const CHUNK = 1 << 20

/** One pair's summed evidence. */
export interface Evidence {
  readonly weight: number
  /** Additions that came from a participant's name. */
  readonly people: number
}

interface LogChunk {
  readonly first: Int32Array
  readonly second: Int32Array
  readonly weight: Float64Array
  readonly person: Uint8Array
}

const chunk = (): LogChunk => ({
  first: new Int32Array(CHUNK),
  second: new Int32Array(CHUNK),
  weight: new Float64Array(CHUNK),
  person: new Uint8Array(CHUNK)
})

export class PairLog {
  private chunks: Array<LogChunk> = []
  private size = 0

  constructor(private readonly stories: number) {}

  /** Adds evidence between stories i < j. */
  add(i: number, j: number, weight: number, person: boolean): void {
    const at = this.size % CHUNK
    if (at === 0) this.chunks.push(chunk())
    const c = this.chunks[this.chunks.length - 1]!
    c.first[at] = i
    c.second[at] = j
    c.weight[at] = weight
    c.person[at] = person ? 1 : 0
    this.size++
  }

  /** The sums per pair, with each story's pairs in order of the other story; the log is emptied. */
  sum(): PairEvidence {
    const n = this.stories
    const chunks = this.chunks
    const second = (k: number) => chunks[Math.floor(k / CHUNK)]!.second[k % CHUNK]!
    // additions by first story, in the order added (a counting sort is stable)
    const start = new Int32Array(n + 1)
    for (let k = 0; k < this.size; k++) start[chunks[Math.floor(k / CHUNK)]!.first[k % CHUNK]! + 1]!++
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
    const order = new Int32Array(this.size)
    const fill = start.slice(0, n)
    for (let k = 0; k < this.size; k++) order[fill[chunks[Math.floor(k / CHUNK)]!.first[k % CHUNK]!]!++] = k
    const rowStart = new Int32Array(n + 1)
    const other = new Int32Array(this.size)
    const weights = new Float64Array(this.size)
    const people = new Int32Array(this.size)
    let m = 0
    for (let i = 0; i < n; i++) {
      rowStart[i] = m
      // within a story, by the other story; additions to one pair stay in the order added
      const row = Array.from(order.subarray(start[i]!, start[i + 1]!)).sort((a, b) => second(a) - second(b) || a - b)
      for (const k of row) {
        const c = chunks[Math.floor(k / CHUNK)]!
        const j = c.second[k % CHUNK]!
        if (m > rowStart[i]! && other[m - 1] === j) {
          weights[m - 1] = weights[m - 1]! + c.weight[k % CHUNK]!
          people[m - 1] = people[m - 1]! + c.person[k % CHUNK]!
        } else {
          other[m] = j
          weights[m] = 0 + c.weight[k % CHUNK]!
          people[m] = c.person[k % CHUNK]!
          m++
        }
      }
    }
    rowStart[n] = m
    this.chunks = []
    this.size = 0
    // copied to their size: the arrays sized for every addition are let go
    return new PairEvidence(rowStart, other.slice(0, m), weights.slice(0, m), people.slice(0, m))
  }
}

export class PairEvidence {
  constructor(
    private readonly rowStart: Int32Array,
    private readonly other: Int32Array,
    private readonly weights: Float64Array,
    private readonly people: Int32Array
  ) {}

  /** Pairs with evidence. */
  get size(): number {
    return this.other.length
  }

  /** The evidence between stories i < j, if any. */
  get(i: number, j: number): Evidence | undefined {
    let lo = this.rowStart[i]!
    let hi = this.rowStart[i + 1]! - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const o = this.other[mid]!
      if (o === j) return { weight: this.weights[mid]!, people: this.people[mid]! }
      if (o < j) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }

  /**
   * The pairs whose evidence passes `keep`, strongest first (then by first story, then second), as
   * positions for `pairAt`: four bytes a pair, however many pass.
   */
  strongest(keep: (e: Evidence) => boolean): Int32Array {
    const kept: Array<number> = []
    for (let m = 0; m < this.other.length; m++)
      if (keep({ weight: this.weights[m]!, people: this.people[m]! })) kept.push(m)
    // positions already run by first story, then second: ties in weight keep that order
    return Int32Array.from(kept).sort((a, b) => this.weights[b]! - this.weights[a]! || a - b)
  }

  /**
   * Each story's strongest partner (-1 when it has none) and the weight of that evidence; of partners
   * equally strong, the first in story order.
   */
  strongestPartners(): { readonly partner: Int32Array; readonly weight: Float64Array } {
    const n = this.rowStart.length - 1
    const partner = new Int32Array(n).fill(-1)
    const weight = new Float64Array(n)
    const offer = (x: number, y: number, w: number) => {
      if (w > weight[x]! || (w === weight[x]! && partner[x]! > y)) {
        partner[x] = y
        weight[x] = w
      }
    }
    for (let i = 0; i < n; i++)
      for (let m = this.rowStart[i]!; m < this.rowStart[i + 1]!; m++) {
        offer(i, this.other[m]!, this.weights[m]!)
        offer(this.other[m]!, i, this.weights[m]!)
      }
    return { partner, weight }
  }

  /** The stories and evidence of the pair at a position. */
  pairAt(m: number): readonly [number, number, Evidence] {
    // the first story: the last row starting at or before m
    let lo = 0
    let hi = this.rowStart.length - 2
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.rowStart[mid]! <= m) lo = mid
      else hi = mid - 1
    }
    // rows of stories without pairs start where the next does: take the last of them
    return [lo, this.other[m]!, { weight: this.weights[m]!, people: this.people[m]! }]
  }
}
