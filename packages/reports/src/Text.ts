/**
 * Text from documents on a terminal or in a CI log: it is data, never a command.
 * Control characters (ANSI and OSC escapes), bidirectional overrides and a
 * workflow command at a line start ("::error::") are neutralised.
 */

/** C0 and C1 controls but tab and newline, and the bidirectional overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export const sanitise = (s: string): string =>
  s.replace(CONTROLS, "\ufffd").replace(/(^|\n)([^\S\n]*)::/g, "$1$2:\u200b:")

/**
 * JSON for a terminal: the characters JSON leaves raw that still act on a
 * terminal's display (C1 controls, bidirectional overrides) written as \\u
 * escapes, the same JSON value.
 */
export const terminalJson = (json: string): string =>
  json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  )

/** "1 document", "3 documents", "1 story", "2 stories". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
