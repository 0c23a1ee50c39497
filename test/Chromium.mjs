/** Debian's Chromium, launched the one way the tests and `pnpm screenshots` need: headless, offline, quiet. */
import { chromium } from "playwright-core"

export const CHROMIUM = "/usr/bin/chromium"

export const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  })
