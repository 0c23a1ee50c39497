import { describe, expect, it } from "vitest"
import { EntityRegistry } from "../src/EntityRegistry.js"
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
    // common words with a day, a month or a sign are chrome too
    const dated = keysOf([
      ["Updated Monday", "other"],
      ["AM EDT Updated", "other"],
      ["Weather & Sports", "other"],
      ["Brandvold Lane", "other"]
    ])
    expect(dated.filter((k) => k.startsWith("n:"))).toEqual(["n:brandvold lane"])
    // a holiday dates many happenings of a year
    expect(
      keysOf([
        ["Hanukkah Eve", "other"],
        ["Kwanzaa", "other"]
      ]).filter((k) => !k.startsWith("t:"))
    ).toEqual([])
  })

  it("keys a name its context made an organisation's as no person's, however shaped", () => {
    expect(keysOf([["Brandvold Norrie", "org"]])).toContain("n:brandvold norrie")
    expect(keysOf([["Brandvold Norrie", "other"]])).toContain("p:brandvold norrie")
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

  it("does not key streets, hospitals, credits, players or datelines as people, whatever their context says", () => {
    const keys = keysOf([
      ["Brandvold Ave", "person"],
      ["Kiln Children", "person"],
      ["Harbour Images", "person"],
      ["Quay Live", "person"],
      ["Port Aldous Ohio", "other"],
      ["Millbrook SC", "other"],
      ["wkrx.com Millbrook", "other"],
      ["Norrie Ranch", "other"],
      ["San Aldo", "other"],
      ["Kiln Herald Courier", "other"],
      ["Millbrook Free Press", "other"]
    ])
    expect(keys.filter((k) => k.startsWith("p:"))).toEqual([])
  })

  it("does not key a car's make and model, which thousands of cars share", () => {
    const keys = keysOf([
      ["Volkswagen Passat", "other"],
      ["Audi Quattro", "person"],
      ["Dana Whitlock", "person"]
    ])
    expect(keys.filter((k) => !k.startsWith("t:whitlock") && !k.includes("dana"))).toEqual([])
  })

  it("does not take a headline's contracted verb for a name's word", () => {
    const keys = keysOf([
      ["Shooting Victims ID'd", "other"],
      ["Brandvold Lane", "other"]
    ])
    expect(keys.some((k) => k.includes("id'd"))).toBe(false)
  })

  it("does not key a state, which every event of its news holds, but keeps a person's name spelled with one", () => {
    const keys = keysOf([
      ["Utah", "other"],
      ["Iowa Brandvold", "person"]
    ])
    expect(keys.filter((k) => k.includes("utah"))).toEqual([])
    expect(keys).toContain("p:iowa brandvold")
    expect(keys).toContain("t:iowa")
  })

  it("keeps a generational suffix for a person's name", () => {
    expect(keysOf([["Dana Whitlock II", "person"]])).toContain("p:dana whitlock ii")
  })

  it("keys a person introduced with an official's title in lower case as an official", () => {
    const registry = new EntityRegistry()
    registry.add({
      start: 0,
      end: 0,
      name: "Tobias Renn",
      type: "person",
      affiliation: null,
      title: "police spokesman"
    })
    registry.add({ start: 0, end: 0, name: "Mina Holt", type: "person", affiliation: null, title: null })
    const keys = eventNames(registry, new Set(["Tobias Renn", "Mina Holt"]))
    expect(keys).toContain("o:tobias renn")
    expect(keys).toContain("p:mina holt")
  })

  it("keys a participant also by first and last name, as another outlet may leave out a middle name or a suffix", () => {
    expect(keysOf([["Dana Corin Whitlock Jr.", "person"]])).toContain("p:dana whitlock")
    expect(keysOf([["Dana Whitlock", "person"]]).filter((k) => k.startsWith("p:"))).toEqual(["p:dana whitlock"])
  })

  it("keys a name the same with or without the apostrophe inside it, and keeps a possessive's", () => {
    expect(keysOf([["Ta'lia Brenner", "person"]])).toContain("p:talia brenner")
    expect(keysOf([["Talia Brenner", "person"]])).toContain("p:talia brenner")
    expect(keysOf([["Dana Whitlock's", "person"]]).filter((k) => k.startsWith("t:"))).toContain("t:whitlock")
  })
})
