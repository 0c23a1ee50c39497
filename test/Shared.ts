/**
 * The shared material beside the checkout (`../shared`). Tests that need it skip
 * when it is absent on a developer machine, and fail under CI=true.
 */
import { existsSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..")
export const sharedDir = resolve(repoRoot, "..", "shared")
export const hasShared = existsSync(sharedDir)
export const requireShared = (): boolean => {
  if (!hasShared && process.env["CI"] === "true")
    throw new Error(`../shared is missing (looked in ${sharedDir}); CI must have it beside the checkout`)
  return hasShared
}
