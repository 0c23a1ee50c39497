import { describe, expect, it } from "vitest"
import { alignToSource, htmlVisible, jsonVisible } from "../src/SourceMap.js"

describe("alignToSource", () => {
  it("maps text extracted from HTML back past tags and entities", () => {
    const html = "<p>Sales rose\n<b>12%</b> at Brisk&amp;Co, the firm&rsquo;s best year.</p>"
    const text = "Sales rose 12% at Brisk&Co, the firm\u2019s best year."
    const anchors = alignToSource(text, html, htmlVisible(html))
    const place = (offset: number) => {
      const a = [...anchors].reverse().find(([t]) => t <= offset)!
      return [a[1], a[2] + offset - a[0]]
    }
    expect(place(text.indexOf("12%"))).toEqual([2, 4])
    expect(place(text.indexOf("best"))).toEqual([2, html.split("\n")[1]!.indexOf("best") + 1])
  })

  it("skips what no reader sees: scripts, styles, comments", () => {
    const html = "<script>var a = 'Kiln 40';</script><!-- Kiln 40 --><p>Kiln 40 opened.</p>"
    const [first] = alignToSource("Kiln 40 opened.", html, htmlVisible(html))
    expect(first![2]).toBe(html.indexOf("<p>") + 4)
  })

  it("maps text decoded from JSON escapes back to the file", () => {
    const json = '{"text": "A \\u201cnew\\u201d line\\nand 40 more"}'
    const text = "A \u201cnew\u201d line\nand 40 more"
    const anchors = alignToSource(text, json, jsonVisible(json))
    const a = [...anchors].reverse().find(([t]) => t <= text.indexOf("40"))!
    expect(a[2] + text.indexOf("40") - a[0]).toBe(json.indexOf("40") + 1)
  })
})
