/**
 * The README's pictures, made from the example corpus: the review page as
 * Chromium shows it, and the first GitHub annotation of `--format github` as a
 * pull request's diff shows it (drawn here from the annotation's own file, line
 * and message, since GitHub itself cannot be reached). Writes docs/*.png.
 * Run with `pnpm screenshots` (needs /usr/bin/chromium).
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { launchChromium } from "./Chromium.mjs"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const bin = join(root, "apps/cli/dist/bin.js")
const out = mkdtempSync(join(tmpdir(), "corroborate-shots-"))
const docs = join(root, "docs")
mkdirSync(docs, { recursive: true })
const run = spawnSync(process.execPath, [bin, "audit", "examples/corpus", "--out", out, "--format", "github"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, NO_COLOR: "1" }
})

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c])
const unescapeData = (s) =>
  s.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%")
const first = run.stdout.split("\n").find((l) => l.startsWith("::error"))
const m = /^::error (.*?)::(.*)$/.exec(first)
const props = Object.fromEntries(
  m[1]
    .split(",")
    .map((p) => p.split("="))
    .map(([k, v]) => [k, unescapeData(v)])
)
const lines = readFileSync(join(root, props.file), "utf8").split("\n")
const line = Number(props.line)
const code = (n) => `<tr><td class="n">${n}</td><td class="c">${escapeHtml(lines[n - 1] ?? "")}</td></tr>`
const annotation = `<!doctype html><meta charset="utf-8"><style>
body { font: 14px system-ui, sans-serif; background: #fff; margin: 24px; width: 900px; }
.file { border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
.head { background: #f6f8fa; padding: 8px 12px; border-bottom: 1px solid #d0d7de; font: 12px ui-monospace, monospace; }
table { border-collapse: collapse; width: 100%; font: 12px ui-monospace, monospace; }
td.n { color: #6e7781; width: 40px; text-align: right; padding: 0 8px; } td.c { white-space: pre-wrap; padding: 0 8px; }
.ann { margin: 4px 12px 8px 56px; border: 1px solid #d1242f; border-left-width: 4px; border-radius: 6px; padding: 8px 12px; font-size: 13px; }
.ann b { color: #d1242f; } .ann .t { font-weight: 600; margin-bottom: 4px; } .ann .msg { white-space: pre-wrap; }
</style><div class="file"><div class="head">${escapeHtml(props.file)}</div><table>${code(line - 1)}${code(line)}</table>
<div class="ann"><div class="t"><b>Check failure</b> on line ${line} in ${escapeHtml(props.file)}</div><div>${escapeHtml(props.title)}</div><div class="msg">${escapeHtml(unescapeData(m[2]))}</div></div>
<table>${code(line + 1)}</table></div>`
writeFileSync(join(out, "annotation.html"), annotation)

const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
await page.goto(pathToFileURL(join(out, "report.html")).href)
await page.screenshot({ path: join(docs, "review-page.png") })
await page.goto(pathToFileURL(join(out, "annotation.html")).href)
await page.locator(".file").screenshot({ path: join(docs, "pr-annotation.png") })
await browser.close()
console.log(`wrote ${join("docs", "review-page.png")} and ${join("docs", "pr-annotation.png")}`)
