/**
 * One string for each distinct value: strings that crossed a thread boundary or were read back
 * from disk are copies, and a large reduce holds the same document id, source or sentence many times.
 */
export const interner = (table: Map<string, string> = new Map()) => {
  return (s: string): string => {
    const hit = table.get(s)
    if (hit !== undefined) return hit
    table.set(s, s)
    return s
  }
}
