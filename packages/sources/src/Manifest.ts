/**
 * `sources.json`: per-file metadata for a folder, as
 * `{ "sources": [{ "file", "outlet"?, "title"?, "published"?, "url"?, "author"? }] }`.
 */
import type { DocumentMeta } from "@corroborate/claims/internal"
import { metaFrom } from "./Decode.js"

export const MANIFEST = "sources.json"

export type Manifest = ReadonlyMap<string, Partial<DocumentMeta>>

export const parseManifest = (text: string): { manifest: Manifest } | { error: string } => {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { error: `malformed JSON: ${(e as Error).message}` }
  }
  const sources =
    data !== null && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)["sources"]
      : undefined
  if (!Array.isArray(sources)) return { error: "expected an object with a 'sources' list" }
  const out = new Map<string, Partial<DocumentMeta>>()
  for (let i = 0; i < sources.length; i++) {
    const e = sources[i] as Record<string, unknown> | null
    if (e === null || typeof e !== "object" || typeof e["file"] !== "string")
      return { error: `sources[${i}]: needs a 'file' string` }
    const { meta, error } = metaFrom(e, `sources[${i}]`)
    if (error) return { error }
    out.set(e["file"].replace(/\\/g, "/"), meta)
  }
  return { manifest: out }
}
