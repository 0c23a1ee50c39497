import { describe, expect, it } from "vitest"
import { libraryUnit } from "../src/UnitLibrary.js"
import { comparable, toBase } from "../src/Unit.js"
import { extractMentions } from "../src/Quantity.js"

describe("units from the library table", () => {
  it("reads symbols our news table lacks, with their kind and factor", () => {
    expect(libraryUnit("mAh")).toMatchObject({ symbol: "mAh", dimension: "charge" })
    expect(libraryUnit("GPa")).toMatchObject({ symbol: "GPa", dimension: "pressure", factor: 1e9 })
    expect(libraryUnit("psi")).toMatchObject({ dimension: "pressure" })
    expect(libraryUnit("ppb")).toMatchObject({ symbol: "ppb", dimension: "ratio" })
  })

  it("never takes an everyday word for a unit", () => {
    for (const w of ["unit", "point", "league", "Box", "cup", "day"]) expect(libraryUnit(w), w).toBeNull()
  })

  it("converts within a kind, so two spellings of one pressure compare", () => {
    expect(comparable("kPa", "MPa")).toBe(true)
    expect(toBase(2, "MPa")).toBeCloseTo(toBase(2000, "kPa"))
    expect(comparable("kPa", "mAh")).toBe(false)
  })

  it("is used after a number in a sentence", () => {
    const ms = extractMentions("The phone's 4,500 mAh battery charges at 25 W; the screen glass survives 3 GPa.", null)
    expect(ms.map((m) => m.unit)).toEqual(["mAh", "W", "GPa"])
  })
})
