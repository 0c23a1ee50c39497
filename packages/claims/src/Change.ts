/**
 * The direction of a change around a number: a verb before it ("rose 13%",
 * "fell by 5") or a noun after it ("a 13% decline").
 */
import type { Change } from "./Quantity.js"
import type { TokenView } from "./Tokens.js"

export const UP_VERBS = new Set(["rose", "rise", "rises", "risen", "rising", "up", "increased", "increase", "increases", "increasing", "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "gained", "gain", "gains", "soared", "soar", "soars", "surged", "surge", "surges", "expanded", "higher", "added", "boosted", "raised", "upward", "upwards"])
export const DOWN_VERBS = new Set(["fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined", "decline", "declines", "declining", "down", "decreased", "decrease", "decreases", "slipped", "slip", "sank", "sink", "plunged", "plunge", "plunges", "tumbled", "tumble", "shrank", "shrink", "shrunk", "lost", "lower", "slid", "slumped", "slump", "dipped", "dip", "cut", "reduced", "contracted", "downward", "downwards"])
const UP_NOUNS = new Set(["increase", "rise", "gain", "jump", "growth", "surge", "hike", "climb", "boost", "uptick", "improvement", "expansion"])
const DOWN_NOUNS = new Set(["decline", "drop", "fall", "decrease", "slump", "cut", "reduction", "loss", "plunge", "dip", "slide", "contraction", "downturn"])

/** Change direction from a verb before the number ("rose 13%", "fell by 5") or a noun after it ("a 13% decline"). */
export const changeAround = (v: TokenView, from: number, to: number): { change: Change; from: number; to: number } | null => {
  let k = from - 1
  if (v.lw(k) === "by") k--
  if (v.lw(k) === "some" || v.lw(k) === "about" || v.lw(k) === "nearly" || v.lw(k) === "almost" || v.lw(k) === "roughly") k--
  const w = v.lw(k)
  if (UP_VERBS.has(w) && !(w === "up" && v.lw(k - 1) === "to") && !(w === "raised" || w === "added" || w === "cut" || w === "lost" || w === "gain" || w === "gains")) return { change: "up", from, to }
  if (DOWN_VERBS.has(w) && !(w === "cut" || w === "lost")) return { change: "down", from, to }
  const n = v.lw(to)
  if (UP_NOUNS.has(n)) return { change: "up", from, to: to + 1 }
  if (DOWN_NOUNS.has(n)) return { change: "down", from, to: to + 1 }
  return null
}
