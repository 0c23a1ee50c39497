/**
 * Hostile shapes of text (a document of one repeated token) audited at two
 * sizes: the time of each and how it grows when the size doubles. A growth
 * near 2 is linear; near 4 quadratic, which a document can use to stall a run.
 * Medians of three runs; `pnpm bench:hostile`.
 */
import { audit } from "@corroborate/claims"

const SHAPES: ReadonlyArray<readonly [string, string]> = [
  ["$1$1$1...", "$1"],
  ["2024-2024-...", "2024-"],
  ["Alpha Alpha ...", "Alpha "],
  ["A. A. A. ...", "A. "],
  ["1 1 1 ...", "1 "],
  ["1,1,1,...", "1,"],
  ["5% 5% ...", "5% "],
  ["-1-1-1...", "-1"],
  ["aaaa... (one word)", "a"]
]

const median = (xs: Array<number>) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const timeOf = (text: string): number =>
  median(
    [0, 1, 2].map(() => {
      const t = performance.now()
      audit([{ id: "x", text }])
      return performance.now() - t
    })
  )

const KB = 20
console.log(`${"shape".padEnd(22)} ${`${KB} KB`.padStart(10)} ${`${2 * KB} KB`.padStart(10)}  growth`)
for (const [name, unit] of SHAPES) {
  const small = unit.repeat(Math.ceil((KB * 1024) / unit.length))
  const a = timeOf(small)
  const b = timeOf(small + small)
  console.log(
    `${name.padEnd(22)} ${`${a.toFixed(0)} ms`.padStart(10)} ${`${b.toFixed(0)} ms`.padStart(10)}  ${(b / Math.max(a, 1)).toFixed(1)}x`
  )
}
