/**
 * Options more than one command takes (audit, merge, cluster submit), defined
 * once so their names, defaults and descriptions never drift apart.
 */
import { Options } from "@effect/cli"
import { Format } from "./Config.js"

// a plain path: the output folder says itself what is wrong with it (a folder option stats it first and crashes)
export const outOption = Options.text("out").pipe(
  Options.withDescription("folder for the report files (default: reports)"),
  Options.optional
)
export const configOption = Options.file("config").pipe(
  Options.withDescription("configuration file; turns off the search for corroborate.config.json"),
  Options.optional
)
export const formatOption = Options.choice("format", Format.literals).pipe(
  Options.withDescription("console output: pretty (default), line, json, github, sarif"),
  Options.optional
)
export const maxDocumentSizeOption = Options.float("max-document-size").pipe(
  Options.withDescription("larger files, in MB, are reported as too large and not read (default: 20)"),
  Options.optional
)
export const maxDocumentTimeOption = Options.float("max-document-time").pipe(
  Options.withDescription("seconds a file's analysis may take (default: 60)"),
  Options.optional
)
