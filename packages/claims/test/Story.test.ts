import { describe, expect, it } from "vitest"
import { creditOf, isChrome, splitStories } from "../src/Story.js"

const page = [
  "Connect with us",
  "",
  "Business",
  "",
  "Harbour cranes get a robot upgrade",
  "",
  "Published",
  "",
  "on",
  "",
  "The port authority said it will spend $12 million on new cranes.",
  "",
  "This story was originally featured on Dockside.com",
  "",
  "Source link",
  "",
  "Continue Reading",
  "",
  "Business",
  "",
  "Bakery chain opens ten shops",
  "",
  "Published",
  "",
  "on",
  "",
  "The chain opened 10 shops in May.",
  "",
  "Source link",
  "",
  "Trending",
  "",
  "Copyright \u00a9 Example Site."
].join("\n")

describe("splitStories", () => {
  it("splits an aggregator page into its stories and drops site chrome", () => {
    const stories = splitStories(page)
    expect(stories.map((s) => s.headline?.text)).toEqual([
      "Harbour cranes get a robot upgrade",
      "Bakery chain opens ten shops"
    ])
    const body = stories.map((s) => s.paragraphs.map((p) => page.slice(p.start, p.end)))
    expect(body[0]).toEqual(["The port authority said it will spend $12 million on new cranes."])
    expect(body[1]).toEqual(["The chain opened 10 shops in May."])
  })

  it("keeps credit lines as provenance, not text", () => {
    const [first] = splitStories(page)
    expect(first!.credits).toEqual(["Dockside"])
    expect(creditOf("This piece first appeared in the Valley Courier; it is reproduced here by agreement.")).toBe(
      "Valley Courier"
    )
  })

  it("starts a new item at a brief's 'Elsewhere:' lead-in", () => {
    const brief = "Brief, 1 May 2026\n\nAcme hired 20 staff.\n\nElsewhere: Beta Corp closed 3 plants."
    expect(splitStories(brief)).toHaveLength(2)
  })

  it("treats copyright lines and section labels as chrome", () => {
    expect(isChrome("\u00a9 2025 Example Media. All Rights Reserved.")).toBe(true)
    expect(isChrome("Business")).toBe(true)
    expect(isChrome("Why the turnaround?")).toBe(false)
  })

  it("keeps a page's own headline before a video widget's running time", () => {
    const page =
      "Boy, 9, hurt by stray bullet on Kiln Lane\n\n1:48\n\nWatch the county fair's tractor pull from the stands"
    const text = (titled: boolean) =>
      splitStories(page, titled)
        .map(
          (s) =>
            (s.headline ? page.slice(s.headline.start, s.headline.end) : "") +
            s.paragraphs.map((p) => page.slice(p.start, p.end)).join(" ")
        )
        .join(" ")
    // the clip's title is dropped with its running time, unless the line is the page's own headline
    expect(text(false)).not.toContain("Kiln Lane")
    expect(text(true)).toContain("Boy, 9, hurt by stray bullet on Kiln Lane")
  })

  it("joins hard-wrapped lines into one paragraph", () => {
    const text =
      "The cooperative, set up in 2009, today counts roughly 300 members and\nruns 12 grain stores spread across three counties of the east."
    const [story] = splitStories(text)
    expect(story!.paragraphs).toHaveLength(1)
  })
})
