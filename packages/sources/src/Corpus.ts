/**
 * Reads a corpus from disk: paths to files or folders (recursive), every
 * supported format, optional `sources.json` manifests. Unreadable, empty, binary
 * or malformed inputs become error entries and the run goes on.
 */
import { FileSystem, Path } from "@effect/platform"
import { Effect } from "effect"
import type { Dirent } from "node:fs"
import { readdir, realpath } from "node:fs/promises"
import * as nodePath from "node:path"
import type { SkippedPath, SourceDocument, UnreadableDocument } from "@corroborate/claims/internal"
import { decodeUtf8, SUPPORTED } from "./Decode.js"
import { documentsOfFile, tooLarge, type FileJob } from "./FileJob.js"
import { MANIFEST, parseManifest, type Manifest } from "./Manifest.js"
import { NoReadableInput, PathNotFound } from "./Errors.js"

/** Why a path given cannot be read, in a few words: "no such file or folder", "permission denied". */
const statReason = (e: { readonly message: string }): string =>
  /ENOENT|NotFound/.test(e.message)
    ? "no such file or folder"
    : /EACCES|EPERM|PermissionDenied/.test(e.message)
      ? "permission denied"
      : e.message

export interface Corpus {
  readonly documents: ReadonlyArray<SourceDocument>
  readonly unreadable: ReadonlyArray<UnreadableDocument>
  /** Hidden folders and files, and node_modules, passed over inside the folders given. */
  readonly skipped: ReadonlyArray<SkippedPath>
}

export interface ReadOptions {
  /** Decide per relative path whether a file found in a folder is read (include/exclude globs). */
  readonly accept?: (relativePath: string) => boolean
  /** Manifest path overriding the per-folder `sources.json`. */
  readonly manifest?: string
  readonly concurrency?: number
  /** Called as files are read, for a progress display. */
  readonly onRead?: (done: number, total: number) => void
  /** Called once the files to read are known. */
  readonly onPlan?: (files: number) => void
  /**
   * Stream mode: each file is handed over unread, as a job, for the caller to
   * read and decode where it analyses (`readFileJob`), so a corpus larger than
   * memory can be read on every core. `documents` is then empty, and a corpus
   * whose files all fail to decode is the caller's to report.
   */
  readonly onFile?: (job: FileJob) => Effect.Effect<void>
  /**
   * Absolute paths never read as documents when met inside a folder: the
   * output folder, the baseline and the configuration (a file named on the
   * command line is still read).
   */
  readonly skip?: ReadonlyArray<string>
  /** Largest file read, in bytes: a larger one is an error entry with the size and the limit. */
  readonly maxDocumentBytes?: number
}

/** What the files of one folder share: a million files listed hold one of these per folder, not three paths each. */
interface FolderOf {
  /** The folder given, absolute, and as the user wrote it. */
  readonly root: string
  readonly displayRoot: string
  readonly manifest: Manifest | null
}

/** A file to read: under a folder given, or given itself (its absolute and displayed paths then its own). */
type FileTask =
  | { readonly folder: FolderOf; readonly relative: string }
  | {
      readonly folder: null
      readonly absolute: string
      /** The file name. */
      readonly relative: string
      readonly display: string
      readonly manifest: Manifest | null
    }

/** Path of a task as read. */
const absoluteOf = (t: FileTask): string => (t.folder ? nodePath.join(t.folder.root, t.relative) : t.absolute)
/** Path of a task as reported (relative to the working directory when given so). */
const displayOf = (t: FileTask): string => (t.folder ? nodePath.join(t.folder.displayRoot, t.relative) : t.display)
const manifestOf = (t: FileTask): Manifest | null => (t.folder ? t.folder.manifest : t.manifest)

const stripExt = (p: string) => p.replace(/\.[^./]+$/, "")

export const readCorpus = (paths: ReadonlyArray<string>, options: ReadOptions = {}) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const tasks: Array<FileTask> = []
    const unreadable: Array<UnreadableDocument> = []
    const skipped: Array<SkippedPath> = []

    const loadManifest = (file: string, display: string) =>
      Effect.gen(function* () {
        const bytes = yield* fs.readFile(file).pipe(Effect.either)
        if (bytes._tag === "Left") {
          unreadable.push({ id: display, path: display, error: `manifest unreadable: ${bytes.left.message}` })
          return null
        }
        const text = decodeUtf8(bytes.right)
        if ("error" in text) {
          unreadable.push({ id: display, path: display, error: `manifest ${text.error}` })
          return null
        }
        const parsed = parseManifest(text.text)
        if ("error" in parsed) {
          unreadable.push({ id: display, path: display, error: `manifest ${parsed.error}` })
          return null
        }
        return parsed.manifest
      })

    const override = options.manifest ? yield* loadManifest(options.manifest, options.manifest) : null

    const skip = new Set((options.skip ?? []).map((p) => path.resolve(p)))
    const visited = new Set<string>()
    const walk = (
      root: string,
      dir: string,
      displayRoot: string,
      inherited: Manifest | null
    ): Effect.Effect<void, never, never> =>
      Effect.gen(function* () {
        // entries with their types in one call per folder: no stat per file, except for links
        // a folder is walked once, whatever links lead to it: a link to "." or a cycle of links ends here
        const real = yield* Effect.tryPromise(() => realpath(dir)).pipe(Effect.orElseSucceed(() => dir))
        if (visited.has(real)) return
        visited.add(real)
        const listed = yield* Effect.tryPromise(() => readdir(dir, { withFileTypes: true })).pipe(Effect.either)
        if (listed._tag === "Left") {
          // a folder that cannot be listed (no permission) is reported, never skipped in silence
          const rel = path.relative(root, dir).split(path.sep).join("/") || "."
          const cause = String((listed.left as { error?: unknown }).error ?? listed.left)
          unreadable.push({
            id: stripExt(rel),
            path: path.join(displayRoot, rel),
            error: `folder cannot be read: ${/EACCES|EPERM/.test(cause) ? "permission denied" : cause}`
          })
          return
        }
        const entries: Array<Dirent> = listed.right
        const kinds = new Map(
          entries.map((e) => [e.name, e.isDirectory() ? "Directory" : e.isFile() ? "File" : null] as const)
        )
        const names = [...kinds.keys()].sort()
        let manifest = inherited
        if (names.includes(MANIFEST) && override === null) {
          const rel = path.relative(root, path.join(dir, MANIFEST)).split(path.sep).join("/")
          const m = yield* loadManifest(path.join(dir, MANIFEST), path.join(displayRoot, rel))
          if (m) {
            // manifest paths are relative to its folder; re-key them relative to the root
            const prefix = path.relative(root, dir).split(path.sep).join("/")
            manifest = new Map([...m].map(([k, v]) => [prefix ? `${prefix}/${k}` : k, v]))
          }
        }
        let folder: FolderOf | null = null
        for (const name of names) {
          const abs = path.join(dir, name)
          if (skip.has(path.resolve(abs))) continue
          if (name.startsWith(".") || name === "node_modules") {
            // hidden folders (.git, .cache) and dependencies are not articles; said so in the report, once each
            const folder = kinds.get(name) === "Directory"
            skipped.push({
              path: path.join(displayRoot, path.relative(root, abs)),
              reason: `${name === "node_modules" ? "dependencies" : folder ? "hidden folder" : "hidden file"}; name it on the command line to read it`
            })
            continue
          }
          const rel = path.relative(root, abs).split(path.sep).join("/")
          let kind = kinds.get(name) ?? null
          if (kind === null) {
            const info = yield* fs.stat(abs).pipe(Effect.either)
            if (info._tag === "Left") {
              unreadable.push({
                id: stripExt(rel),
                path: path.join(displayRoot, rel),
                error: `unreadable: ${info.left.message}`
              })
              continue
            }
            if (info.right.type !== "Directory" && info.right.type !== "File") {
              // a FIFO, socket or device would block or never end: reported, never opened
              unreadable.push({
                id: stripExt(rel),
                path: path.join(displayRoot, rel),
                error: `not a regular file (${info.right.type}); skipped`
              })
              continue
            }
            kind = info.right.type
          }
          if (kind === "Directory") {
            yield* walk(root, abs, displayRoot, manifest)
            continue
          }
          if (name === MANIFEST) continue
          if (options.accept && !options.accept(rel)) continue
          if (!SUPPORTED.includes(path.extname(name).toLowerCase())) {
            unreadable.push({
              id: stripExt(rel),
              path: path.join(displayRoot, rel),
              error: `unsupported file type '${path.extname(name) || name}'; supported: ${SUPPORTED.join(" ")}`
            })
            continue
          }
          if (folder?.manifest !== (override ?? manifest))
            folder = { root, displayRoot, manifest: override ?? manifest }
          tasks.push({ folder, relative: rel })
        }
      })

    for (const p of paths) {
      const info = yield* fs.stat(p).pipe(
        Effect.mapError((e) => new PathNotFound({ path: p, reason: statReason(e) })),
        Effect.either
      )
      if (info._tag === "Left") {
        unreadable.push({ id: stripExt(path.basename(p)), path: p, error: info.left.reason })
        continue
      }
      if (info.right.type === "Directory") yield* walk(path.resolve(p), path.resolve(p), p, null)
      else if (info.right.type !== "File") {
        unreadable.push({
          id: stripExt(path.basename(p)),
          path: p,
          error: `not a regular file (${info.right.type}); skipped`
        })
      } else {
        const dir = path.dirname(path.resolve(p))
        let manifest = override
        if (manifest === null && (yield* fs.exists(path.join(dir, MANIFEST))))
          manifest = yield* loadManifest(path.join(dir, MANIFEST), path.join(path.dirname(p), MANIFEST))
        tasks.push({ folder: null, absolute: path.resolve(p), relative: path.basename(p), display: p, manifest })
      }
    }

    options.onPlan?.(tasks.length)
    // ids must be unique: a.txt and a.md in one folder keep their extension, and the same relative
    // path under two folders given ("audit d1 d2", a.md in both) keeps its folder; only the names
    // that repeat are kept once counted
    const repeated = (key: (t: FileTask) => string): ReadonlySet<string> => {
      const seen = new Set<string>()
      const twice = new Set<string>()
      for (const t of tasks) {
        const k = key(t)
        if (seen.has(k)) twice.add(k)
        else seen.add(k)
      }
      return twice
    }
    const sameId = repeated((t) => stripExt(t.relative))
    const sameRelative = repeated((t) => t.relative)
    const idOf = (t: FileTask) =>
      sameRelative.has(t.relative)
        ? stripExt(displayOf(t).split(path.sep).join("/").replace(/^\.\//, ""))
        : sameId.has(stripExt(t.relative))
          ? t.relative
          : stripExt(t.relative)
    const jobOf = (t: FileTask): FileJob => ({
      absolute: absoluteOf(t),
      id: idOf(t),
      display: displayOf(t),
      ext: path.extname(t.relative).toLowerCase(),
      manifest: stripNulls(manifestOf(t)?.get(t.relative) ?? {}),
      ...(options.maxDocumentBytes !== undefined ? { maxBytes: options.maxDocumentBytes } : {})
    })
    let readCount = 0
    const onFile = options.onFile
    if (onFile) {
      for (const t of tasks) {
        options.onRead?.(++readCount, tasks.length)
        yield* onFile(jobOf(t))
      }
      if (tasks.length === 0)
        return yield* Effect.fail(
          new NoReadableInput({ paths, reasons: unreadable.map((u) => `${u.path}: ${u.error}`) })
        )
      return {
        documents: [],
        unreadable: unreadable.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        skipped
      } satisfies Corpus
    }
    const results = yield* Effect.forEach(
      tasks,
      (t) =>
        Effect.gen(function* () {
          options.onRead?.(++readCount, tasks.length)
          const job = jobOf(t)
          const info = yield* fs.stat(job.absolute).pipe(Effect.option)
          const large = info._tag === "Some" ? tooLarge(job, Number(info.value.size)) : null
          if (large) return { documents: [], unreadable: [large] }
          const bytes = yield* fs.readFile(job.absolute).pipe(Effect.either)
          if (bytes._tag === "Left")
            return {
              documents: [],
              unreadable: [{ id: job.id, path: job.display, error: `unreadable: ${bytes.left.message}` }]
            }
          return documentsOfFile(job, bytes.right)
        }),
      { concurrency: options.concurrency ?? 16 }
    )
    const documents = results.flatMap((r) => r.documents)
    unreadable.push(...results.flatMap((r) => r.unreadable))
    if (documents.length === 0) {
      return yield* Effect.fail(new NoReadableInput({ paths, reasons: unreadable.map((u) => `${u.path}: ${u.error}`) }))
    }
    return {
      documents: documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      unreadable: unreadable.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      skipped
    } satisfies Corpus
  })

const stripNulls = <A extends object>(o: A): Partial<A> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<A>
