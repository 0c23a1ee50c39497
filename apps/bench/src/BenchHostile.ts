/**
 * Hostile shapes of text (a document of one repeated token) audited at 10 KB
 * and 100 KB: the time of each and the growth exponent between them (1 is
 * linear, 2 quadratic, which a document can use to stall a run). Medians of
 * three runs; `pnpm bench:adversarial`.
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

const SIZES = [10, 100]
console.log(`${"shape".padEnd(22)} ${SIZES.map((k) => `${k} KB`.padStart(10)).join(" ")}  exponent  ms per 100 KB`)
for (const [name, unit] of SHAPES) {
  const times = SIZES.map((kb) => timeOf(unit.repeat(Math.ceil((kb * 1024) / unit.length))))
  const exponent = Math.log(Math.max(times[1]!, 1) / Math.max(times[0]!, 1)) / Math.log(SIZES[1]! / SIZES[0]!)
  console.log(
    `${name.padEnd(22)} ${times.map((t) => `${t.toFixed(0)} ms`.padStart(10)).join(" ")}  ${exponent.toFixed(2).padStart(8)}  ${((100 * times[1]!) / SIZES[1]!).toFixed(0).padStart(12)}`
  )
}
