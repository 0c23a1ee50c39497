import { NodeContext } from "@effect/platform-node"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { readCorpus } from "../src/Corpus.js"

// the folders made here are removed when the file's tests are done
const made: Array<string> = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const corpus = (files: Record<string, string | Uint8Array>) => {
  const dir = mkdtempSync(join(tmpdir(), "sources-"))
  made.push(dir)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

const read = (paths: Array<string>) => readCorpus(paths).pipe(Effect.provide(NodeContext.layer))

describe("readCorpus", () => {
  it.effect("reads every format, recursively, with ids relative to the folder", () =>
    Effect.gen(function* () {
      const dir = corpus({
        "a.txt": "Plain text article.",
        "sub/piece.md": "---\noutlet: Ledger\npublished: 2026-03-10\ntitle: A title\n---\n# Heading\n\nBody text.",
        "page.html":
          '<html><head><title>T</title><meta property="og:site_name" content="Wire"></head><body><nav>Menu</nav><article><p>Article body.</p></article><footer>Footer</footer></body></html>',
        "records.jsonl": '{"id":"x1","text":"First record.","outlet":"Feed"}\n{"text":"Second record."}\n',
        "one.json": '{"text":"A JSON article.","published":"2026-01-02"}'
      })
      const c = yield* read([dir])
      expect(c.documents.map((d) => d.id)).toEqual(["a", "one", "page", "records#2", "records#x1", "sub/piece"])
      const md = c.documents.find((d) => d.id === "sub/piece")!
      expect(md.meta).toMatchObject({ outlet: "Ledger", published: "2026-03-10", title: "A title" })
      expect(md.bodyLine).toBe(6)
      const html = c.documents.find((d) => d.id === "page")!
      expect(html.text).toContain("Article body.")
      expect(html.text).not.toContain("Menu")
      expect(html.meta.outlet).toBe("Wire")
      expect(c.unreadable).toEqual([])
    })
  )

  it.effect("applies a sources.json manifest", () =>
    Effect.gen(function* () {
      const dir = corpus({
        "x.txt": "Some text.",
        "sources.json": JSON.stringify({ sources: [{ file: "x.txt", outlet: "Fortune", published: "2025-04-01" }] })
      })
      const c = yield* read([dir])
      expect(c.documents[0]!.meta).toMatchObject({ outlet: "Fortune", published: "2025-04-01" })
    })
  )

  it.effect("reports bad input with a clear message and goes on", () =>
    Effect.gen(function* () {
      const dir = corpus({
        "good.txt": "A readable article.",
        "empty.txt": "",
        "blank.txt": "   \n  ",
        "binary.txt": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
        "latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
        "bad-front.md": "---\noutlet: [unclosed\n---\nBody.",
        "bad-date.md": "---\npublished: not a date\n---\nBody.",
        "bad.json": "{ not json",
        "image.png": "fake"
      })
      const c = yield* read([dir])
      expect(c.documents.map((d) => d.id)).toEqual(["good"])
      const errors = Object.fromEntries(c.unreadable.map((u) => [u.id, u.error]))
      expect(errors["empty"]).toMatch(/empty/)
      expect(errors["blank"]).toMatch(/empty/)
      expect(errors["binary"]).toMatch(/binary/)
      expect(errors["latin1"]).toMatch(/UTF-8/)
      expect(errors["bad-front"]).toMatch(/front matter/)
      expect(errors["bad-date"]).toMatch(/published/)
      expect(errors["bad"]).toMatch(/malformed JSON/)
      expect(errors["image"]).toMatch(/unsupported file type/)
    })
  )

  it.effect("reports a malformed manifest and still reads the files", () =>
    Effect.gen(function* () {
      const dir = corpus({ "x.txt": "Some text.", "sources.json": '{"sources": 3}' })
      const c = yield* read([dir])
      expect(c.documents).toHaveLength(1)
      expect(c.unreadable[0]!.error).toMatch(/manifest .*sources/)
    })
  )

  it.effect("fails with NoReadableInput when nothing can be read", () =>
    Effect.gen(function* () {
      const dir = corpus({ "empty.txt": "" })
      const e = yield* Effect.flip(read([dir, join(dir, "missing.txt")]))
      expect(e._tag).toBe("NoReadableInput")
      expect(e.message).toMatch(/empty file/)
    })
  )
})
