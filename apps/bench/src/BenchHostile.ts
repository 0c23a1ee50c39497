/**
 * Hostile shapes of text audited at 10 KB, 100 KB and 1 MB: the time of each
 * and the growth exponent from 100 KB to 1 MB (1 is linear, 2 quadratic,
 * which a document can use to stall a run). Each shape is a unit repeated,
 * the unit made from its index so that numbers and names vary as in a real
 * list. Medians of three runs; times under 20 ms count as 20 ms in the exponent
 * (noise, not growth). `pnpm bench:adversarial`.
 * `--sizes 10,100` runs fewer sizes; `--only name` one shape.
 */
import { audit } from "@corroborate/claims"

type Unit = (i: number) => string
const same =
  (s: string): Unit =>
  () =>
    s

const WORDS = ["harbour", "council", "said", "the", "plan", "would", "cost", "more", "than", "hoped"]
const NAMES = ["Alderwick", "Birchmere", "Corvane", "Dunmarrow", "Elmsworth", "Fallowby", "Garnock", "Heronsgate"]
const name = (i: number) => `${NAMES[i % 8]} ${NAMES[(i * 3 + 1) % 8]}`

const SHAPES: ReadonlyArray<readonly [string, Unit]> = [
  // one token, repeated
  ["$1$1$1...", same("$1")],
  ["2024-2024-...", same("2024-")],
  ["Alpha Alpha ...", same("Alpha ")],
  ["A. A. A. ...", same("A. ")],
  ["1 1 1 ...", same("1 ")],
  ["1,1,1,...", same("1,")],
  ["5% 5% ...", same("5% ")],
  ["-1-1-1...", same("-1")],
  ["aaaa... (one word)", same("a")],
  [".....", same(".")],
  ["?!?!...", same("?!")],
  ['"""...', same('"')],
  ["((((...", same("(")],
  ["U.S. U.S. ...", same("U.S. ")],
  ["1.2.3.4...", (i) => `${i % 10}.`],
  ["new lines", same("\n")],
  ["one-word paragraphs", same("word\n\n")],
  ["emoji and combining marks", same("e\u0301\u0301\u0301 \u{1F600} ")],
  // text without the stops a reader expects
  [
    "lower-case sentences",
    (i) => `${WORDS.map((_, k) => WORDS[(i + k * 3) % 10]).join(" ")} ${(i * 37) % 997} dollars. `
  ],
  ["one sentence, no stop", (i) => `the council said ${i % 90} people and `],
  ["open quote never closed", (i) => `\u201c${name(i)} said the cost was $${i % 50} million `],
  ["quotes and speakers", (i) => `"We will rebuild ${i % 40} homes," said Mayor ${name(i)}. `],
  ["capitalised names", (i) => `${name(i)} `],
  ["headline-case lines", (i) => `Council Approves Plan For ${i % 60} New Homes In ${NAMES[i % 8]}\n`],
  // figures, densely
  ["money list", (i) => `$${(i % 97) + 1} million, `],
  ["dates", (i) => `on March ${(i % 28) + 1}, ${2000 + (i % 25)}, `],
  ["ranges", (i) => `${i % 50}-${(i % 50) + 2} and between ${i % 9} and ${(i % 9) + 3} `],
  ["changes", (i) => `rose ${i % 30}% to ${i % 70} from ${i % 40}, `],
  ["ages", (i) => `a ${18 + (i % 60)}-year-old man, `],
  ["casualties", (i) => `${(i % 9) + 1} people were killed and ${i % 7} injured in ${NAMES[i % 8]}. `],
  ["number words", same("one hundred and twenty three thousand ")],
  ["fractions and ordinals", (i) => `${(i % 7) + 1}/${(i % 9) + 2} of the ${(i % 30) + 1}st `],
  ["one long number", same("1234567890")],
  ["bullet list", (i) => `- ${i % 80} people in ${NAMES[i % 8]}\n`],
  ["table", (i) => `| ${i % 12} | ${i % 13} | $${i % 14} |\n`],
  ["addresses", (i) => `https://example.com/a/${i}?q=${i % 9} mail${i % 5}@example.org `]
]

const FLOOR = 20
const median = (xs: Array<number>) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const timeOf = (text: string, runs: number): number =>
  median(
    Array.from({ length: runs }, () => {
      const t = performance.now()
      audit([{ id: "x", text }])
      return performance.now() - t
    })
  )

/** The shape's unit repeated to `kb` kilobytes. */
const textOf = (unit: Unit, kb: number): string => {
  const parts: Array<string> = []
  for (let i = 0, size = 0; size < kb * 1024; i++) {
    const u = unit(i)
    parts.push(u)
    size += u.length
  }
  return parts.join("").slice(0, kb * 1024)
}

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const SIZES = (arg("--sizes") ?? "10,100,1000").split(",").map(Number)
const only = arg("--only")
const [a, b] = SIZES.slice(-2) as [number, number]
console.log(
  `${"shape".padEnd(26)} ${SIZES.map((k) => `${k >= 1000 ? `${k / 1000} MB` : `${k} KB`}`.padStart(10)).join(" ")}  exponent  ms per 100 KB`
)
let worst = { exponent: 0, per100: 0 }
for (const [label, unit] of SHAPES) {
  if (only && label !== only) continue
  const times = SIZES.map((kb) => timeOf(textOf(unit, kb), 3))
  const ta = times[times.length - 2]!
  const tb = times[times.length - 1]!
  // below 20 ms a time is mostly the collector and the clock: growth is measured from there up
  const exponent = Math.log(Math.max(tb, FLOOR) / Math.max(ta, FLOOR)) / Math.log(b / a)
  // time per 100 KB at the sizes of real documents and above (at 10 KB a run is mostly fixed cost)
  const large = times.flatMap((t, k) => (SIZES[k]! >= 100 || SIZES.length === 1 ? [(100 * t) / SIZES[k]!] : []))
  const per100 = Math.max(...(large.length > 0 ? large : times.map((t, k) => (100 * t) / SIZES[k]!)))
  worst = { exponent: Math.max(worst.exponent, exponent), per100: Math.max(worst.per100, per100) }
  console.log(
    `${label.padEnd(26)} ${times.map((t) => `${t.toFixed(0)} ms`.padStart(10)).join(" ")}  ${exponent.toFixed(2).padStart(8)}  ${per100.toFixed(0).padStart(12)}`
  )
}
console.log(
  `worst: exponent ${worst.exponent.toFixed(2)} (${a} KB to ${b >= 1000 ? `${b / 1000} MB` : `${b} KB`}), ${worst.per100.toFixed(0)} ms per 100 KB`
)
