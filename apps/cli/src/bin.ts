#!/usr/bin/env node
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Cause, Effect, Exit } from "effect"
import { run } from "./Main.js"
import { OK, TOOL_ERROR } from "./ExitCode.js"
import { reportStatsAtExit } from "./Stats.js"
import { preflight } from "./Help.js"
import { abandon } from "./OutputFolder.js"

reportStatsAtExit()

// a closed standard output (`| head`) ends the run quietly, with the code it had
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? OK)
  throw e
})
// Ctrl-C and a TERM stop at once, worker threads with the process, with the shell's codes; report files are
// staged and committed as a set, so a stop leaves no half-written report (and releases the output folder)
const stop = (code: number) => () => {
  abandon()
  process.exit(code)
}
process.on("SIGINT", stop(130))
process.on("SIGTERM", stop(143))

// our own help pages and argument checks first: @effect/cli's are generic and print escape codes into pipes
const pre = preflight(process.argv.slice(2))
if (pre.kind === "help") {
  process.stdout.write(pre.text)
  process.exit(OK)
}
if (pre.kind === "error") {
  process.stderr.write(`corroborate: ${pre.message}\n`)
  process.exit(TOOL_ERROR)
}

// Exit codes are decided here, once: the command's ExitWith, 2 for bad arguments
// and anything unexpected.
// @effect/cli stops reading options after a lone "-" (standard input); move it last.
const argv = process.argv.includes("-") ? [...process.argv.filter((a) => a !== "-"), "-"] : process.argv
const program = run(argv).pipe(Effect.provide(NodeContext.layer))

NodeRuntime.runMain(
  program.pipe(
    Effect.exit,
    Effect.map((exit) => {
      if (Exit.isSuccess(exit)) return OK
      const failure = Cause.failureOption(exit.cause)
      if (failure._tag === "Some") {
        const e = failure.value as { _tag?: string; code?: number; message?: string }
        if (e._tag === "ExitWith") {
          if (e.message) process.stderr.write(`corroborate: ${e.message}\n`)
          return e.code ?? TOOL_ERROR
        }
        // @effect/cli has printed its own validation message
        return TOOL_ERROR
      }
      process.stderr.write(`corroborate: internal error: ${Cause.pretty(exit.cause)}\n`)
      return TOOL_ERROR
    }),
    Effect.tap((code) => Effect.sync(() => (process.exitCode = code)))
  ),
  { disableErrorReporting: true, disablePrettyLogger: true }
)
