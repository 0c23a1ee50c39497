import { Data } from "effect"

/** Nothing given could be read: the run cannot do its job. */
export class NoReadableInput extends Data.TaggedError("NoReadableInput")<{ readonly paths: ReadonlyArray<string>; readonly reasons: ReadonlyArray<string> }> {
  override get message() {
    return `no readable document in ${this.paths.join(", ")}${this.reasons.length ? `: ${this.reasons.slice(0, 5).join("; ")}` : ""}`
  }
}

/** A path given on the command line does not exist or cannot be opened. */
export class PathNotFound extends Data.TaggedError("PathNotFound")<{ readonly path: string; readonly reason: string }> {
  override get message() {
    return `cannot read ${this.path}: ${this.reason}`
  }
}
