import { describe, expect, it } from "vitest"
import { lineColumn, lineIndex, normalize, originalEnd, toOriginal } from "../src/Normalize.js"

describe("normalize", () => {
  it("maps no-break spaces, curly quotes and hyphens to ASCII and keeps offsets", () => {
    const original = "GPT\u20112 \u201cweights\u201d\u00a0it\u2019s"
    const n = normalize(original)
    expect(n.text).toBe('GPT-2 "weights" it\'s')
    expect(n.text.length).toBe(original.length)
    expect(toOriginal(n, 6)).toBe(6)
  })

  it("drops CR, soft hyphens and zero-width characters, mapping later offsets back", () => {
    const original = "a\r\nb\u00adc\u200bd"
    const n = normalize(original)
    expect(n.text).toBe("a\nbcd")
    const at = n.text.indexOf("d")
    expect(original[toOriginal(n, at)]).toBe("d")
    expect(originalEnd(n, n.text.length)).toBe(original.length)
  })

  it("gives 1-based lines and columns", () => {
    const starts = lineIndex("ab\ncd\nef")
    expect(lineColumn(starts, 0)).toEqual({ line: 1, column: 1 })
    expect(lineColumn(starts, 4)).toEqual({ line: 2, column: 2 })
    expect(lineColumn(starts, 6)).toEqual({ line: 3, column: 1 })
  })

  it("keeps the primes, which mark feet and inches rather than quotes", () => {
    expect(normalize("a 25.5\u2033 neck, 6\u2032 tall").text).toBe("a 25.5\u2033 neck, 6\u2032 tall")
  })
})
