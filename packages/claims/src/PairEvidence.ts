/**
 * The evidence that two stories report one event, summed per pair of stories.
 * Blocking adds a few hundred pairs per story at most, which on a large corpus
 * is tens of millions of additions: they are logged in typed arrays (17 bytes
 * each) rather than kept in a map of objects (about 100 bytes a pair), then
 * summed per pair in the order they were added, so every sum is the one a
 * running total gives, and laid out by first story for lookups.
 */

const grow = <A extends Int32Array | Float64Array | Uint8Array>(a: A, size: number): A => {
  if (size <= a.length) return a
  const next = new (a.constructor as new (n: number) => A)(Math.max(size, a.length * 2))
  next.set(a)
  return next
}

/** One pair's summed evidence. */
export interface Evidence {
  readonly weight: number
  /** Additions that came from a participant's name. */
  readonly people: number
}

export class PairLog {
  private first = new Int32Array(1024)
  private second = new Int32Array(1024)
  private weight = new Float64Array(1024)
  private person = new Uint8Array(1024)
  private size = 0

  constructor(private readonly stories: number) {}

  /** Adds evidence between stories i < j. */
  add(i: number, j: number, weight: number, person: boolean): void {
    const n = this.size + 1
    this.first = grow(this.first, n)
    this.second = grow(this.second, n)
    this.weight = grow(this.weight, n)
    this.person = grow(this.person, n)
    this.first[this.size] = i
    this.second[this.size] = j
    this.weight[this.size] = weight
    this.person[this.size] = person ? 1 : 0
    this.size = n
  }

  /** The sums per pair, with each story's pairs in order of the other story. */
  sum(): PairEvidence {
    const n = this.stories
    // additions by first story, in the order added (a counting sort is stable)
    const start = new Int32Array(n + 1)
    for (let k = 0; k < this.size; k++) start[this.first[k]! + 1]!++
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
    const order = new Int32Array(this.size)
    const fill = start.slice(0, n)
    for (let k = 0; k < this.size; k++) order[fill[this.first[k]!]!++] = k
    const rowStart = new Int32Array(n + 1)
    const other = new Int32Array(this.size)
    const weights = new Float64Array(this.size)
    const people = new Int32Array(this.size)
    let m = 0
    for (let i = 0; i < n; i++) {
      rowStart[i] = m
      // within a story, by the other story; additions to one pair stay in the order added
      const row = Array.from(order.subarray(start[i]!, start[i + 1]!)).sort(
        (a, b) => this.second[a]! - this.second[b]! || a - b
      )
      for (const k of row) {
        const j = this.second[k]!
        if (m > rowStart[i]! && other[m - 1] === j) {
          weights[m - 1] = weights[m - 1]! + this.weight[k]!
          people[m - 1] = people[m - 1]! + this.person[k]!
        } else {
          other[m] = j
          weights[m] = 0 + this.weight[k]!
          people[m] = this.person[k]!
          m++
        }
      }
    }
    rowStart[n] = m
    // the log is done with: let it go before the sums are used
    this.first = this.second = new Int32Array(0)
    this.weight = new Float64Array(0)
    this.person = new Uint8Array(0)
    this.size = 0
    return new PairEvidence(rowStart, other.subarray(0, m), weights.subarray(0, m), people.subarray(0, m))
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

  /** Every pair that passes `keep`, as [i, j, evidence], in order of i then j. */
  pairs(keep: (e: Evidence) => boolean): Array<readonly [number, number, Evidence]> {
    const out: Array<readonly [number, number, Evidence]> = []
    for (let i = 0; i + 1 < this.rowStart.length; i++)
      for (let m = this.rowStart[i]!; m < this.rowStart[i + 1]!; m++) {
        const e = { weight: this.weights[m]!, people: this.people[m]! }
        if (keep(e)) out.push([i, this.other[m]!, e])
      }
    return out
  }
}
