/**
 * Spill files of a partitioned reduce: records as JSON lines, written in
 * deflated frames (a 4-byte length, then the frame), so a list larger than
 * memory is written once and read back in order one frame at a time.
 * Synchronous on purpose: the reduce is one thread of CPU work between reads.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs"
import { deflateRawSync, inflateRawSync } from "node:zlib"

/** Uncompressed bytes per frame: what one reader of a k-way merge holds at once. */
const FRAME_CHARS = 256 * 1024

export class SpillWriter<A> {
  private readonly fd: number
  private lines: Array<string> = []
  private chars = 0
  /** Records written. */
  count = 0

  constructor(readonly path: string) {
    this.fd = openSync(path, "w")
  }

  write(record: A): void {
    const line = JSON.stringify(record)
    this.lines.push(line)
    this.chars += line.length + 1
    this.count++
    if (this.chars >= FRAME_CHARS) this.flush()
  }

  private flush(): void {
    if (this.lines.length === 0) return
    // level 1: the spill is read back once or twice, so speed matters more than size
    const frame = deflateRawSync(Buffer.from(`${this.lines.join("\n")}\n`), { level: 1 })
    const head = Buffer.alloc(4)
    head.writeUInt32LE(frame.length, 0)
    writeSync(this.fd, head)
    writeSync(this.fd, frame)
    this.lines = []
    this.chars = 0
  }

  close(): void {
    this.flush()
    closeSync(this.fd)
  }
}

const readFully = (fd: number, bytes: number, at: number): Buffer => {
  const buf = Buffer.alloc(bytes)
  let got = 0
  while (got < bytes) {
    const n = readSync(fd, buf, got, bytes - got, at + got)
    if (n === 0) break
    got += n
  }
  return got === bytes ? buf : buf.subarray(0, got)
}

/** The records of a spill file, in the order written. */
export function* readSpill<A>(path: string): Generator<A> {
  const fd = openSync(path, "r")
  try {
    for (let at = 0; ; ) {
      const head = readFully(fd, 4, at)
      if (head.length < 4) return
      const size = head.readUInt32LE(0)
      const frame = readFully(fd, size, at + 4)
      if (frame.length < size) throw new Error(`spill file ${path} ends inside a frame`)
      at += 4 + size
      const lines = inflateRawSync(frame).toString("utf8").split("\n")
      lines.pop()
      for (const line of lines) yield JSON.parse(line) as A
    }
  } finally {
    closeSync(fd)
  }
}

/** A list that can be walked more than once, each walk a fresh read. */
export const reiterable = <A>(walk: () => Iterator<A>): Iterable<A> => ({ [Symbol.iterator]: walk })

/**
 * The k-way merge of sorted sources into one sorted walk. Ties go to the
 * earlier source, so a merge of runs written in order keeps that order.
 */
export function* mergeSorted<A>(sources: ReadonlyArray<Iterable<A>>, compare: (a: A, b: A) => number): Generator<A> {
  interface Head {
    readonly at: number
    readonly it: Iterator<A>
    value: A
  }
  const heap: Array<Head> = []
  const less = (x: Head, y: Head) => {
    const c = compare(x.value, y.value)
    return c < 0 || (c === 0 && x.at < y.at)
  }
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
      i = m
    }
  }
  sources.forEach((s, at) => {
    const it = s[Symbol.iterator]()
    const first = it.next()
    if (!first.done) heap.push({ at, it, value: first.value })
  })
  for (let i = Math.floor(heap.length / 2) - 1; i >= 0; i--) down(i)
  while (heap.length > 0) {
    const top = heap[0]!
    yield top.value
    const next = top.it.next()
    if (next.done) {
      heap[0] = heap[heap.length - 1]!
      heap.pop()
    } else top.value = next.value
    if (heap.length > 0) down(0)
  }
}
