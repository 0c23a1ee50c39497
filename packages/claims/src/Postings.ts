/**
 * An inverted index from keys to the numbers of the items that hold them (the
 * blocking lists of events across documents), built in two passes into typed
 * arrays: four bytes a posting, where a map of growing arrays costs several
 * times that, which on a million stories is most of a reduce's memory. Keys keep
 * the order they were first met in, and each list the order of its items, as a
 * map of arrays filled item by item would.
 */
export class Postings<K = string> {
  private readonly ids = new Map<K, number>()
  private readonly start: Int32Array
  private readonly items: Int32Array
  private readonly values: Float32Array | undefined

  /**
   * `keysOf(i)` is called twice per item and must give the same keys both times; `weightOf(i, n)`,
   * when given, is a number kept with the item in the list of its n-th key (a weight).
   */
  constructor(count: number, keysOf: (item: number) => Iterable<K>, weightOf?: (item: number, nth: number) => number) {
    const counts: Array<number> = []
    let total = 0
    for (let i = 0; i < count; i++)
      for (const k of keysOf(i)) {
        let id = this.ids.get(k)
        if (id === undefined) {
          this.ids.set(k, (id = this.ids.size))
          counts.push(0)
        }
        counts[id]!++
        total++
      }
    this.start = new Int32Array(counts.length + 1)
    for (let k = 0; k < counts.length; k++) this.start[k + 1] = this.start[k]! + counts[k]!
    this.items = new Int32Array(total)
    this.values = weightOf === undefined ? undefined : new Float32Array(total)
    const fill = this.start.slice(0, counts.length)
    for (let i = 0; i < count; i++) {
      let n = 0
      for (const k of keysOf(i)) {
        const at = fill[this.ids.get(k)!]!++
        this.items[at] = i
        if (this.values !== undefined) this.values[at] = weightOf!(i, n)
        n++
      }
    }
  }

  /** The values kept with the items holding `key`, in the same order as `get` gives them (before any sort). */
  valuesOf(key: K): Float32Array | undefined {
    const id = this.ids.get(key)
    return id === undefined || this.values === undefined
      ? undefined
      : this.values.subarray(this.start[id]!, this.start[id + 1]!)
  }

  /** The items holding `key`, in item order, or undefined. A view into the index: sorting it sorts the index's copy. */
  get(key: K): Int32Array | undefined {
    const id = this.ids.get(key)
    return id === undefined ? undefined : this.items.subarray(this.start[id]!, this.start[id + 1]!)
  }

  /** Every key with its items, keys in the order first met. */
  *entries(): IterableIterator<readonly [K, Int32Array]> {
    for (const [key, id] of this.ids) yield [key, this.items.subarray(this.start[id]!, this.start[id + 1]!)]
  }
}
