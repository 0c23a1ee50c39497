/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core.
 * The screenshot is kept in test-artifacts/ for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Browser } from "playwright-core"
import { CHROMIUM, launchChromium } from "./Chromium.mjs"
import { runCli, tempDir } from "./Cli.js"
import { repoRoot, requireShared, sharedDir } from "./Shared.js"

const hasChromium = existsSync(CHROMIUM)
if (!hasChromium && process.env["CI"] === "true")
  throw new Error(`${CHROMIUM} is missing; .ci/run installs Debian's chromium`)
const artifacts = join(repoRoot, "test-artifacts")

describe.runIf(hasChromium && requireShared())("HTML report in Chromium", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the counts, the findings side by side, and filters the facts", async () => {
    const out = join(artifacts, "halcyon-grid")
    mkdirSync(out, { recursive: true })
    await runCli(["audit", "corpus/halcyon-grid", "--out", out], { cwd: sharedDir })
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const requests: Array<string> = []
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url())
    })
    await page.goto(pathToFileURL(join(out, "report.html")).href)
    expect(await page.textContent("#count-conflicts b")).toBe("3")
    expect(await page.textContent("#count-misquotes b")).toBe("1")
    expect(await page.locator("#findings article[data-kind=conflict]").count()).toBe(3)
    const misquote = page.locator("#findings article[data-kind=misquote]")
    expect(await misquote.locator(".value").count()).toBe(2)
    // the second wording against the first, word by word
    expect(await misquote.locator(".diff del, .diff ins").count()).toBeGreaterThan(0)
    expect(await misquote.locator(".diff").first().textContent()).toMatch(/^We are building the /)
    expect(
      await page.locator("#findings article[data-kind=conflict] mark", { hasText: "$150 million" }).count()
    ).toBeGreaterThanOrEqual(1)
    // every side says where it is in its file
    for (const where of await page.locator("#findings article[data-kind=conflict] code.where").allTextContents())
      expect(where).toMatch(/^[\w./-]+\.(md|txt|html|json):\d+:\d+$/)
    const total = await page.locator("#facts tbody tr").count()
    await page.selectOption("#filter-status", "conflict")
    expect(await page.locator("#facts tbody tr:not([hidden])").count()).toBe(6)
    await page.selectOption("#filter-status", "")
    await page.fill("#filter-text", "nordnett")
    expect(await page.locator("#facts tbody tr:not([hidden])").count()).toBe(1)
    await page.fill("#filter-text", "")
    expect(await page.locator("#facts tbody tr:not([hidden])").count()).toBe(total)
    await page.screenshot({ path: join(artifacts, "halcyon-grid-report.png"), fullPage: true })
    expect(requests).toEqual([])
    await page.close()
  })

  it("shows article text as text: a document with <script> runs nothing", async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, "a.md"),
      '---\noutlet: A<img src=x onerror=alert(2)>\npublished: 2026-01-05\n---\nAcme Corp raised $5 million. <script>alert(1)</script> "<b>Bold</b> claims here," said Jane Doe.\n'
    )
    writeFileSync(
      join(dir, "b.md"),
      "---\noutlet: B\npublished: 2026-01-05\n---\nAcme Corp raised $7 million in its seed round.\n"
    )
    const out = tempDir()
    await runCli(["audit", dir, "--out", out])
    const page = await browser.newPage()
    const dialogs: Array<string> = []
    page.on("dialog", async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    await page.goto(pathToFileURL(join(out, "report.html")).href)
    await page.waitForTimeout(200)
    expect(dialogs).toEqual([])
    expect(await page.locator("#findings").textContent()).toContain("A<img src=x onerror=alert(2)>")
    expect(await page.locator("img").count()).toBe(0)
    await page.close()
  })

  it("filters findings by kind, event and outlet, moves with j/k and writes the baseline entry of an accepted finding", async () => {
    const out = tempDir()
    await runCli(["audit", "corpus/halcyon-grid", "--out", out], { cwd: sharedDir })
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(pathToFileURL(join(out, "report.html")).href)
    const shown = () => page.locator("#findings article.card:not([hidden])").count()
    const all = await shown()
    await page.selectOption("#filter-kind", "misquote")
    expect(await shown()).toBe(1)
    await page.selectOption("#filter-kind", "")
    const outlet = (await page.locator("#filter-outlet option").allTextContents())[1]!
    await page.selectOption("#filter-outlet", outlet)
    const byOutlet = await shown()
    expect(byOutlet).toBeGreaterThan(0)
    expect(byOutlet).toBeLessThanOrEqual(all)
    await page.selectOption("#filter-outlet", "")
    const events = await page.locator("#filter-event option").count()
    expect(events).toBeGreaterThan(1)
    // keyboard: j to the first finding, j to the second, k back, a to accept it
    await page.locator("body").click({ position: { x: 5, y: 5 } })
    await page.keyboard.press("j")
    // the page's document, as the browser has it (this file is type-checked without the DOM library)
    const activeId = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id
      )
    const first = await activeId()
    await page.keyboard.press("j")
    expect(await activeId()).not.toBe(first)
    await page.keyboard.press("k")
    expect(await activeId()).toBe(first)
    await page.keyboard.press("a")
    const baseline = JSON.parse(await page.inputValue("#baseline-text")) as {
      version: number
      accepted: Array<{ id: string; rule: string; reason: string; message: string }>
    }
    expect(baseline.version).toBe(1)
    expect(baseline.accepted.map((a) => `f-${a.id}`)).toEqual([first])
    // the entry is the one --update-baseline writes for that finding, with the reviewer's reason
    const file = join(tempDir(), "corroborate-baseline.json")
    await runCli(["audit", "corpus/halcyon-grid", "--out", tempDir(), "--update-baseline", "--baseline", file], {
      cwd: sharedDir
    })
    const written = (JSON.parse(readFileSync(file, "utf8")) as typeof baseline).accepted.find(
      (a) => a.id === baseline.accepted[0]!.id
    )!
    expect({ ...baseline.accepted[0], reason: "" }).toEqual({ ...written, reason: "" })
    await page.close()
  })

  it("opens the page of real news with a section per event and every conflict located", async () => {
    const out = tempDir()
    await runCli(["audit", join(sharedDir, "corpus/real-news-dev/events"), "--out", out])
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const requests: Array<string> = []
    page.on("request", (rq) => {
      if (!rq.url().startsWith("file:")) requests.push(rq.url())
    })
    await page.goto(pathToFileURL(join(out, "report.html")).href)
    expect(await page.locator("#findings section.event").count()).toBeGreaterThan(1)
    const conflicts = page.locator("#findings article[data-kind=conflict]")
    const n = await conflicts.count()
    expect(n).toBeGreaterThan(0)
    for (let i = 0; i < n; i++) {
      expect(await conflicts.nth(i).locator(".value").count()).toBeGreaterThanOrEqual(2)
      expect(await conflicts.nth(i).locator("code.where").count()).toBeGreaterThanOrEqual(2)
    }
    expect(await page.locator("#findings article[data-kind=single-source]").count()).toBeGreaterThan(0)
    expect(await page.locator("#quotes li").count()).toBeGreaterThan(0)
    expect(requests).toEqual([])
    await page.close()
  })
})
