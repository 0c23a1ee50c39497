import { describe, expect, it } from "vitest"
import { readDateline } from "../src/Dateline.js"

describe("readDateline", () => {
  it("reads the masthead and date of a brief's first line", () => {
    expect(readDateline("Daily Brief — Energy, 13 March 2026\n\nText.")).toEqual({
      published: "2026-03-13",
      outlet: "Daily Brief"
    })
  })
  it("finds nothing in an ordinary first line", () => {
    expect(readDateline("Halcyon Grid raised money on Tuesday.\nMore.")).toEqual({ published: null, outlet: null })
  })
})
