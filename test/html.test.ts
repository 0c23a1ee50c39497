/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core.
 * The screenshot is kept in test-artifacts/ for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chromium, type Browser } from "playwright-core"
import { runCli, tempDir } from "./Cli.js"
import { repoRoot, requireShared, sharedDir } from "./Shared.js"

const CHROMIUM = "/usr/bin/chromium"
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium && process.env["CI"] === "true") throw new Error(`${CHROMIUM} is missing; .ci/run installs Debian's chromium`)
const artifacts = join(repoRoot, "test-artifacts")

describe.runIf(hasChromium && requireShared())("HTML report in Chromium", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the counts, the findings side by side, and filters the facts", async () => {
    const out = join(artifacts, "halcyon-grid")
    mkdirSync(out, { recursive: true })
    runCli(["audit", "corpus/halcyon-grid", "--out", out], { cwd: sharedDir })
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const requests: Array<string> = []
    page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()) })
    await page.goto(pathToFileURL(join(out, "report.html")).href)
    expect(await page.textContent("#count-conflicts b")).toBe("3")
    expect(await page.textContent("#count-misquotes b")).toBe("1")
    expect(await page.locator("#findings section[data-kind=conflict]").count()).toBe(3)
    const misquote = page.locator("#findings section[data-kind=misquote]")
    expect(await misquote.locator(".value").count()).toBe(2)
    expect(await page.locator("#findings mark", { hasText: "$150 million" }).count()).toBe(1)
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
    writeFileSync(join(dir, "a.md"), "---\noutlet: A<img src=x onerror=alert(2)>\npublished: 2026-01-05\n---\nAcme Corp raised $5 million. <script>alert(1)</script> \"<b>Bold</b> claims here,\" said Jane Doe.\n")
    writeFileSync(join(dir, "b.md"), "---\noutlet: B\npublished: 2026-01-05\n---\nAcme Corp raised $7 million in its seed round.\n")
    const out = tempDir()
    runCli(["audit", dir, "--out", out])
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
})
