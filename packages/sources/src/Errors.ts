import { Data } from "effect"

/** Nothing given could be read: the run cannot do its job. */
export class NoReadableInput extends Data.TaggedError("NoReadableInput")<{
  readonly paths: ReadonlyArray<string>
  readonly reasons: ReadonlyArray<string>
}> {
  override get message() {
    // each reason names its file already: "missing.md: no such file or folder"
    if (this.reasons.length > 0)
      return `nothing to audit: ${this.reasons.slice(0, 5).join("; ")}${this.reasons.length > 5 ? `; and ${this.reasons.length - 5} more` : ""}`
    return `no readable document in ${this.paths.join(", ")}`
  }
}

/** A path given on the command line does not exist or cannot be opened. */
export class PathNotFound extends Data.TaggedError("PathNotFound")<{ readonly path: string; readonly reason: string }> {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}
