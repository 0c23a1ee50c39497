/**
 * Datelines: a brief or wire item often prints its masthead and date in its
 * first line ("Daily Brief — Energy, 13 March 2026") instead of in metadata.
 * Used only where the metadata is silent.
 */
import { findTimeExpressions } from "./TimeExpression.js"

export interface Dateline {
  readonly published: string | null
  readonly outlet: string | null
}

export const readDateline = (text: string): Dateline => {
  const first =
    text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ?? ""
  if (first.length > 120) return { published: null, outlet: null }
  const dates = findTimeExpressions(first, null).filter((e) => !e.relative && e.precision === "day" && e.date !== null)
  const date = dates[0]
  if (!date) return { published: null, outlet: null }
  // The masthead is what precedes a dash or a comma before the date: "Daily Brief — Energy, 13 March 2026".
  const head = first.slice(0, date.start)
  const m = /^([\p{Lu}][\p{L}\p{N}&'. ]{1,60}?)\s*(?:\u2014|-|\||,)/u.exec(head)
  return { published: date.date, outlet: m ? m[1]!.trim() : null }
}
