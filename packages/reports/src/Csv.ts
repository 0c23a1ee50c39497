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

export const toCsv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<Cell>>, options: CsvOptions = {}): string =>
  (options.bom ? "\ufeff" : "") +
  stringify([header as Array<string>, ...rows.map((r) => r.map(neutralise))], {
    record_delimiter: "windows",
    quoted_match: /[",\r\n]/,
    cast: { boolean: (b) => (b ? "true" : "false"), number: (n) => String(n) }
  })
