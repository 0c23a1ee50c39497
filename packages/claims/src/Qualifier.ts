/**
 * Hedges before a number, longest wording first: "about", "more than",
 * "no fewer than", "just under", ">=". Each maps onto one of the qualifiers a
 * quantity carries; the wording is kept as written.
 */
import type { Qualifier } from "./Quantity.js"
import type { TokenView } from "./Tokens.js"

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["less than or equal to", "at most"],
  ["smaller than or equal to", "at most"],
  ["lower than or equal to", "at most"],
  ["fewer than or equal to", "at most"],
  ["greater than or equal to", "at least"],
  ["more than or equal to", "at least"],
  ["higher than or equal to", "at least"],
  ["larger than or equal to", "at least"],
  ["at least or equal to", "at least"],
  ["less or equal than", "at most"],
  ["smaller or equal than", "at most"],
  ["lower or equal than", "at most"],
  ["greater or equal than", "at least"],
  ["higher or equal than", "at least"],
  ["bigger or equal than", "at least"],
  ["larger or equal than", "at least"],
  ["more or equal than", "at least"],
  ["equal to or less than", "at most"],
  ["equal to or more than", "at least"],
  ["equal to or greater than", "at least"],
  ["bigger than", "more than"],
  ["exceeds", "more than"],
  ["exceed", "more than"],
  ["exceeded", "more than"],
  ["surpass", "more than"],
  ["surpassing", "more than"],
  ["<", "less than"],
  [">", "more than"],
  ["< =", "at most"],
  ["> =", "at least"],
  ["<=", "at most"],
  [">=", "at least"],
  ["\u2264", "at most"],
  ["\u2265", "at least"],
  ["just under", "nearly"],
  ["just shy of", "nearly"],
  ["close to", "nearly"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["approaching", "nearly"],
  ["more than", "more than"],
  ["greater than", "more than"],
  ["larger than", "more than"],
  ["higher than", "more than"],
  ["in excess of", "more than"],
  ["just over", "more than"],
  ["over", "more than"],
  ["above", "more than"],
  ["exceeding", "more than"],
  ["at least", "at least"],
  ["upwards of", "at least"],
  ["no less than", "at least"],
  ["no fewer than", "at least"],
  ["a minimum of", "at least"],
  ["up to", "up to"],
  ["as many as", "up to"],
  ["as much as", "up to"],
  ["as high as", "up to"],
  ["at most", "at most"],
  ["no more than", "at most"],
  ["a maximum of", "at most"],
  ["not more than", "at most"],
  ["less than", "less than"],
  ["fewer than", "less than"],
  ["under", "less than"],
  ["below", "less than"],
  ["lower than", "less than"],
  ["smaller than", "less than"],
  ["about", "about"],
  ["around", "about"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["approx.", "about"],
  ["some", "about"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["circa", "about"],
  ["~", "about"],
  ["nearly about", "about"],
  ["or so", "about"]
]
const QUALIFIER_PHRASES = QUALIFIERS.map(([p, q]) => [p.split(" "), q, p] as const).sort(
  (a, b) => b[0].length - a[0].length
)

export const qualifierBefore = (v: TokenView, i: number): { q: Qualifier; text: string; from: number } | null => {
  for (const [words, q, text] of QUALIFIER_PHRASES) {
    const n = words.length
    if (i - n < 0) continue
    let ok = true
    for (let k = 0; k < n; k++) if (v.lw(i - n + k) !== words[k]) ok = false
    if (ok) {
      // "over" and "under" as hedges need a number right after, which holds here;
      // "some" before a counted noun is a hedge ("some 300 people").
      return { q, text, from: i - n }
    }
  }
  return null
}
