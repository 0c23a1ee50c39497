import { describe, expect, it } from "vitest"
import { neutralise, toCsv } from "../src/Csv.js"

describe("toCsv", () => {
  it("writes RFC 4180: CRLF line ends and quotes where needed", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", 3]
        ]
      )
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n')
  })

  it("adds a byte order mark on request", () => {
    expect(toCsv(["a"], [], { bom: true }).charCodeAt(0)).toBe(0xfeff)
    expect(toCsv(["a"], []).charCodeAt(0)).toBe(0x61)
  })

  it.each([["=1+2"], ["+SUM(A1)"], ["-2+3"], ["@cmd"], ["\tX"], ["\rX"], ["\nX"]])(
    "neutralises a cell starting %j",
    (cell) => {
      expect(neutralise(cell)).toBe(`'${cell}`)
      expect(toCsv(["c"], [[cell]])).toContain(`'${cell.replace(/"/g, '""')}`)
    }
  )

  it("leaves numbers and ordinary text alone", () => {
    expect(neutralise(-5)).toBe(-5)
    expect(neutralise("plain")).toBe("plain")
  })
})
