/**
 * CSV per RFC 4180 (CRLF line ends, quoting as needed), UTF-8, with cells that a
 * spreadsheet would run as a formula neutralised: a leading =, +, -, @, tab, CR
 * or LF gets a single quote in front. csv-stringify's `escape_formulas` misses
 * the leading LF, so the check is done here for every text cell.
 */
import { stringify } from "csv-stringify/sync"

export type Cell = string | number | boolean | null

const FORMULA_START = /^[=+\-@\t\r\n]/

export const neutralise = (cell: Cell): string | number | boolean | null =>
  typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell

export interface CsvOptions {
  /** Prefix a UTF-8 byte order mark, for spreadsheet programs that need one. */
  readonly bom?: boolean
}

export const toCsv = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  options: CsvOptions = {}
): string =>
  (options.bom ? "\ufeff" : "") +
  stringify([header as Array<string>, ...rows.map((r) => r.map(neutralise))], {
    record_delimiter: "windows",
    quoted_match: /[",\r\n]/,
    cast: { boolean: (b) => (b ? "true" : "false"), number: (n) => String(n) }
  })

/** The same CSV in chunks of rows, for streaming a large table to disk. */
export function* toCsvChunks(
  header: ReadonlyArray<string>,
  rows: Iterable<ReadonlyArray<Cell>>,
  options: CsvOptions = {},
  chunkRows = 2000
): Generator<string> {
  const opts = {
    record_delimiter: "windows" as const,
    quoted_match: /[",\r\n]/,
    cast: { boolean: (b: boolean) => (b ? "true" : "false"), number: (n: number) => String(n) }
  }
  yield (options.bom ? "\ufeff" : "") + stringify([header as Array<string>], opts)
  let batch: Array<Array<string | number | boolean | null>> = []
  for (const r of rows) {
    batch.push(r.map(neutralise))
    if (batch.length >= chunkRows) {
      yield stringify(batch, opts)
      batch = []
    }
  }
  if (batch.length > 0) yield stringify(batch, opts)
}
