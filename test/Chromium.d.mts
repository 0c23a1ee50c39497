import type { Browser } from "playwright-core"
export declare const CHROMIUM: string
export declare const launchChromium: () => Promise<Browser>
