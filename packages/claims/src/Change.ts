/**
 * The direction of a change around a number: a verb before it ("rose 13%",
 * "fell by 5") or a noun after it ("a 13% decline").
 */
import type { Change } from "./Quantity.js"
import type { TokenView } from "./Tokens.js"

export const UP_VERBS = new Set([
  "rose",
  "rise",
  "rises",
  "risen",
  "rising",
  "up",
  "increased",
  "increase",
  "increases",
  "increasing",
  "grew",
  "grow",
  "grows",
  "growing",
  "grown",
  "jumped",
  "jump",
  "jumps",
  "climbed",
  "climb",
  "climbs",
  "gained",
  "gain",
  "gains",
  "soared",
  "soar",
  "soars",
  "surged",
  "surge",
  "surges",
  "expanded",
  "higher",
  "added",
  "boosted",
  "raised",
  "upward",
  "upwards",
  "climbing",
  "jumping",
  "soaring",
  "surging",
  "gaining",
  "advanced",
  "advancing",
  "rebounded",
  "rebounding"
])
export const DOWN_VERBS = new Set([
  "fell",
  "fall",
  "falls",
  "falling",
  "fallen",
  "dropped",
  "drop",
  "drops",
  "declined",
  "decline",
  "declines",
  "declining",
  "down",
  "decreased",
  "decrease",
  "decreases",
  "slipped",
  "slip",
  "sank",
  "sink",
  "plunged",
  "plunge",
  "plunges",
  "tumbled",
  "tumble",
  "shrank",
  "shrink",
  "shrunk",
  "lost",
  "lower",
  "slid",
  "slumped",
  "slump",
  "dipped",
  "dip",
  "cut",
  "reduced",
  "contracted",
  "downward",
  "downwards",
  "dropping",
  "plummeted",
  "plummeting",
  "plummet",
  "plunging",
  "tumbling",
  "sliding",
  "slumping",
  "dipping",
  "sinking",
  "slipping",
  "shrinking",
  "eased",
  "easing",
  "retreated"
])
const UP_NOUNS = new Set([
  "increase",
  "rise",
  "gain",
  "jump",
  "growth",
  "surge",
  "hike",
  "climb",
  "boost",
  "uptick",
  "improvement",
  "expansion"
])
const DOWN_NOUNS = new Set([
  "decline",
  "drop",
  "fall",
  "decrease",
  "slump",
  "cut",
  "reduction",
  "loss",
  "plunge",
  "dip",
  "slide",
  "contraction",
  "downturn"
])

/** Words that say a level moved, with or without a direction: "slowed from 4.8 to 4.7 percent". */
const SHIFT_WORDS = new Set([
  ...UP_VERBS,
  ...DOWN_VERBS,
  "slow",
  "slows",
  "slowed",
  "slowing",
  "ease",
  "eases",
  "lowered",
  "lowering",
  "creeping",
  "crept",
  "edged",
  "edging",
  "inched",
  "inching",
  "moved",
  "moving",
  "went",
  "changed",
  "revised",
  "lifted",
  "narrowed",
  "widened",
  "boost",
  "reduce",
  "reducing",
  "cutting",
  "swung",
  "improved",
  "worsened",
  "trimmed",
  "hiked",
  "downgraded",
  "upgraded",
  "accelerated",
  "decelerated"
])

/** Whether a change word stands among the last few words of a clause ("has dropped since October from"). */
export const shiftBefore = (text: string): boolean => {
  const clause = text.split(/[;:.!?(]/).pop()!
  const words = clause.toLowerCase().match(/[a-z]+/g) ?? []
  return words.slice(-8).some((w) => SHIFT_WORDS.has(w))
}

/** Verbs that move a share or price but are also plain verbs of amounts: "lost 2.7%" is a fall, "lost $5 million" a loss. */
const SHARE_ONLY = new Set(["added", "gain", "gains", "raised", "cut", "lost"])

/**
 * Change direction from a verb before the number ("rose 13%", "fell by 5"), a
 * plus sign glued to it ("+0.3%") or a noun after it ("a 13% decline").
 * `percent`: the quantity is a percentage, which the verbs of SHARE_ONLY move too.
 */
export const changeAround = (
  v: TokenView,
  from: number,
  to: number,
  percent = false
): { change: Change; from: number; to: number } | null => {
  if (v.lw(from - 1) === "+" && v.glued(from) && v.t(from - 2)?.type !== "num")
    return { change: "up", from: from - 1, to }
  let k = from - 1
  if (v.lw(k) === "by") k--
  if (
    v.lw(k) === "some" ||
    v.lw(k) === "about" ||
    v.lw(k) === "nearly" ||
    v.lw(k) === "almost" ||
    v.lw(k) === "roughly"
  )
    k--
  const w = v.lw(k)
  if (UP_VERBS.has(w) && !(w === "up" && v.lw(k - 1) === "to") && (percent || !SHARE_ONLY.has(w)))
    return { change: "up", from, to }
  if (DOWN_VERBS.has(w) && (percent || !SHARE_ONLY.has(w))) return { change: "down", from, to }
  const n = v.lw(to)
  if (UP_NOUNS.has(n)) return { change: "up", from, to: to + 1 }
  if (DOWN_NOUNS.has(n)) return { change: "down", from, to: to + 1 }
  return null
}
