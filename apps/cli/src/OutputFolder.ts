/**
 * The output folder of a run: one run at a time (a lock), and the report files
 * of a run replacing the previous run's as a set.
 *
 * The files are written into a staging folder inside the output folder, then a
 * journal naming them is renamed into place: that one rename is the commit.
 * Moving the staged files over the old ones and removing the old run's files
 * the new one does not write (stale files) follow the journal, and whoever
 * finds a journal (the same run, or the next one after a kill) finishes it, so
 * a run stopped at any moment leaves the previous set, or the new set once the
 * journal is settled, never a mixture and never a truncated file.
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync } from "node:fs"
import { closeSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs"
import { hostname } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { csvFiles } from "@corroborate/reports"
import { ExitWith, TOOL_ERROR } from "./ExitCode.js"

const LOCK = ".corroborate.lock"
const JOURNAL = ".corroborate-commit.json"
const STAGING = ".corroborate-staging-"

/** Every file a run can write: a name here that the new run does not write is the old run's, and goes. */
export const REPORT_FILES: ReadonlyArray<string> = [
  "report.json",
  "report.sarif",
  "report.html",
  ...csvFiles.map(([name]) => name)
]

/** What a stop (SIGINT, SIGTERM) removes: staging folders being written and locks held. */
export const held = { staging: new Set<string>(), locks: new Set<string>() }

const toolError = (message: string) => new ExitWith({ code: TOOL_ERROR, message })

const errorText = (e: unknown): string => {
  const x = e as { code?: string; message?: string }
  return x.code === "EACCES" || x.code === "EPERM" ? "permission denied" : (x.message ?? String(e))
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as { code?: string }).code === "EPERM"
  }
}

/**
 * Takes the folder's lock, or fails at once naming the run that holds it. A
 * lock left by a run that no longer exists (killed) is taken over.
 */
const acquire = (dir: string): { created: boolean } => {
  const created = !existsSync(dir)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, LOCK)
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx")
      writeSync(fd, `${process.pid}\n${hostname()}\n`)
      closeSync(fd)
      held.locks.add(file)
      return { created }
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST" || attempt > 0) throw e
      const [pid, host] = readFileSync(file, "utf8").split("\n")
      const owner = Number(pid)
      if (host === hostname() && Number.isInteger(owner) && !alive(owner)) {
        // the run that held it is gone: move its lock aside (one taker wins the rename) and try again
        try {
          renameSync(file, `${file}.${process.pid}.stale`)
          rmSync(`${file}.${process.pid}.stale`, { force: true })
        } catch {}
        continue
      }
      throw toolError(
        `another corroborate run (pid ${pid}${host === hostname() ? "" : ` on ${host}`}) is writing to ${dir}; ` +
          `wait for it to end, or delete ${file} if no such run is going on`
      )
    }
  }
}

const release = (dir: string, created: boolean): void => {
  const file = join(dir, LOCK)
  rmSync(file, { force: true })
  held.locks.delete(file)
  // a run that made the folder and wrote nothing (no input, bad arguments) leaves no empty folder behind
  if (created && readdirSync(dir).length === 0) rmdirSync(dir)
}

/**
 * Runs `body` holding the output folder's lock, released however it ends.
 * A journal left by a killed run is settled first, and its staging folders removed.
 */
export const withOutputFolder = <A, E, R>(dir: string, body: Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(
    Effect.try({
      try: () => {
        const lock = acquire(dir)
        settle(dir)
        return lock
      },
      catch: (e) => (e instanceof ExitWith ? e : toolError(`cannot use output folder ${dir}: ${errorText(e)}`))
    }),
    () => body,
    (lock) => Effect.sync(() => release(dir, lock.created))
  )

interface Journal {
  readonly staging: string
  readonly files: ReadonlyArray<string>
  readonly remove: ReadonlyArray<string>
}

/** Finishes a committed set (idempotent), then clears staging folders no journal names. */
export const settle = (dir: string): void => {
  const journal = join(dir, JOURNAL)
  if (existsSync(journal)) {
    const j = JSON.parse(readFileSync(journal, "utf8")) as Journal
    const staging = join(dir, j.staging)
    for (const f of j.files) if (existsSync(join(staging, f))) renameSync(join(staging, f), join(dir, f))
    for (const f of j.remove) rmSync(join(dir, f), { force: true })
    rmSync(journal)
  }
  for (const name of readdirSync(dir))
    if (name.startsWith(STAGING)) rmSync(join(dir, name), { recursive: true, force: true })
}

/** A new staging folder in the output folder, where the run's files are written. */
export const stage = (dir: string): string => {
  const staging = mkdtempSync(join(dir, STAGING))
  held.staging.add(staging)
  return staging
}

/** The commit: the journal renamed into place, then settled. */
export const commit = (dir: string, staging: string, files: ReadonlyArray<string>): void => {
  // what would make a rename fail is found before the commit point, while the previous set is whole
  for (const f of files)
    if (existsSync(join(dir, f)) && statSync(join(dir, f)).isDirectory())
      throw new Error(`${join(dir, f)} is a folder; a report file goes there`)
  const remove = REPORT_FILES.filter((f) => !files.includes(f) && existsSync(join(dir, f)))
  const journal: Journal = { staging: staging.slice(dir.length + 1), files, remove }
  const temporary = join(dir, `${JOURNAL}.${process.pid}.tmp`)
  writeFileSync(temporary, JSON.stringify(journal))
  renameSync(temporary, join(dir, JOURNAL))
  held.staging.delete(staging)
  settle(dir)
}

/** Writes chunks to a file, waiting for the stream to drain so memory holds one chunk at a time. */
export const writeChunks = (file: string, chunks: Iterable<string>) =>
  Effect.async<void, ExitWith>((resume) => {
    const out = createWriteStream(file)
    const it = chunks[Symbol.iterator]()
    out.on("error", (e) => resume(Effect.fail(toolError(`cannot write ${file}: ${errorText(e)}`))))
    const pump = () => {
      for (let n = it.next(); !n.done; n = it.next()) if (!out.write(n.value)) return void out.once("drain", pump)
      out.end(() => resume(Effect.void))
    }
    pump()
  })

/** A single file replaced whole (the baseline): written beside it under a temporary name, then renamed. */
export const replaceFile = (file: string, text: string): Effect.Effect<void, ExitWith> =>
  Effect.try({
    try: () => {
      const temporary = `${file}.${process.pid}.tmp`
      held.staging.add(temporary)
      writeFileSync(temporary, text)
      renameSync(temporary, file)
      held.staging.delete(temporary)
    },
    catch: (e) => toolError(`cannot write ${file}: ${errorText(e)}`)
  })

/** On a stop: what this run was writing goes, and its locks are released. */
export const abandon = (): void => {
  for (const p of held.staging) rmSync(p, { recursive: true, force: true })
  for (const p of held.locks) rmSync(p, { force: true })
}
