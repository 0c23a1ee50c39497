/**
 * A document as the pipeline sees it: text plus the metadata a reader of the
 * corpus supplied. Readers (files, JSON records, standard input) all produce this.
 */
import * as Schema from "effect/Schema"

/** What a reader knows of a document besides its text; every field may be null. */
export const DocumentMeta = Schema.Struct({
  outlet: Schema.NullOr(Schema.String),
  title: Schema.NullOr(Schema.String),
  /** ISO date (YYYY-MM-DD) the piece was published, when known. */
  published: Schema.NullOr(Schema.String),
  url: Schema.NullOr(Schema.String),
  author: Schema.NullOr(Schema.String)
})
export type DocumentMeta = typeof DocumentMeta.Type

/** A document as the readers of files produce it: text, where it starts in its file, and its metadata. */
export const SourceDocument = Schema.Struct({
  /** Path relative to the folder given, without extension. */
  id: Schema.String,
  /** Path as given on the command line or relative to the corpus root, with extension. */
  path: Schema.String,
  text: Schema.String,
  /** 1-based line of the file where `text` starts (after front matter), for report positions. */
  bodyLine: Schema.Number,
  /** Where the title stands in the file (front matter), when it does: 1-based line and column. */
  titleAt: Schema.optional(Schema.Struct({ line: Schema.Number, column: Schema.Number })),
  /**
   * Where `text` stands in the file when it was extracted from markup or decoded from escapes (HTML, JSON):
   * anchors [text offset, line, column], sorted; from each the text runs on along the file's line.
   */
  sourceMap: Schema.optional(Schema.Array(Schema.Tuple(Schema.Number, Schema.Number, Schema.Number))),
  meta: DocumentMeta
})
export type SourceDocument = typeof SourceDocument.Type

/** A document that could not be read; reported, never dropped. */
export const UnreadableDocument = Schema.Struct({
  id: Schema.String,
  path: Schema.String,
  error: Schema.String
})
export type UnreadableDocument = typeof UnreadableDocument.Type

/** A file or folder met in a folder and not read on purpose (hidden, dependencies); listed, never dropped in silence. */
export const SkippedPath = Schema.Struct({
  path: Schema.String,
  reason: Schema.String
})
export type SkippedPath = typeof SkippedPath.Type

export const emptyMeta: DocumentMeta = { outlet: null, title: null, published: null, url: null, author: null }
