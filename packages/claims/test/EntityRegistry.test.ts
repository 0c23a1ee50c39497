import { describe, expect, it } from "vitest"
import { EntityRegistry } from "../src/EntityRegistry.js"

describe("EntityRegistry", () => {
  it("resolves short forms and titles", () => {
    const r = new EntityRegistry()
    r.add({ start: 0, end: 0, name: "Donald Trump", type: "person", affiliation: null, title: "President" })
    r.add({ start: 0, end: 0, name: "Elon Musk", type: "person", affiliation: null, title: "CEO" })
    expect(r.canonical("Trump")).toBe("Donald Trump")
    expect(r.personWithTitle("CEO")).toBe("Elon Musk")
  })
})
