import { describe, expect, it } from "vitest"
import { EntityRegistry } from "../src/Entity.js"
import { eventNames } from "../src/EventKeys.js"

const keysOf = (names: ReadonlyArray<readonly [string, "person" | "org" | "other"]>): Array<string> => {
  const registry = new EntityRegistry()
  for (const [name, type] of names)
    registry.add({ start: 0, end: name.length, name, type, affiliation: null, title: null })
  return eventNames(registry, new Set(names.map(([n]) => n)))
}

describe("event keys from a story's names", () => {
  it("keys participants, places and the words of their names", () => {
    const keys = keysOf([
      ["Dana Whitlock", "person"],
      ["Brandvold Lane", "other"]
    ])
    expect(keys).toContain("p:dana whitlock")
    expect(keys).toContain("t:whitlock")
    expect(keys).toContain("n:brandvold lane")
  })

  it("does not take page chrome or common phrases in capitals for people", () => {
    const keys = keysOf([
      ["Watch Live", "other"],
      ["Published Friday", "person"],
      ["Aggravated Assault", "other"],
      ["Daughters", "other"]
    ])
    expect(keys.filter((k) => k.startsWith("p:"))).toEqual([])
    expect(keys).not.toContain("n:watch live")
    expect(keys).not.toContain("n:daughters")
  })

  it("keys officials and institutions apart, without their words", () => {
    const keys = keysOf([
      ["Sgt. Lena Marsh", "person"],
      ["St. Aldric Medical Center", "org"]
    ])
    expect(keys).toContain("o:sgt. lena marsh")
    expect(keys).toContain("i:st. aldric medical center")
    expect(keys.some((k) => k === "t:marsh" || k === "t:aldric")).toBe(false)
  })

  it("keys a participant also by first and last name, as another outlet may leave out a middle name or a suffix", () => {
    expect(keysOf([["Dana Corin Whitlock Jr.", "person"]])).toContain("p:dana whitlock")
    expect(keysOf([["Dana Whitlock", "person"]]).filter((k) => k.startsWith("p:"))).toEqual(["p:dana whitlock"])
  })
})
