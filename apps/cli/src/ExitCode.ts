/** Exit codes, one meaning each: 0 clean, 1 findings that fail the run, 2 the tool could not do its job. */
import { Data } from "effect"

export const OK = 0
export const FINDINGS = 1
export const TOOL_ERROR = 2

/** Ends the run with a code; carries the message for standard error. */
export class ExitWith extends Data.TaggedError("ExitWith")<{ readonly code: number; readonly message: string }> {}
