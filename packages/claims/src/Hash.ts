/** Stable content ids: a short hex digest of the normalised content, never a counter. */
import { createHash } from "node:crypto"

export const stableId = (prefix: string, ...parts: ReadonlyArray<string | number | null>): string =>
  `${prefix}-${createHash("sha256")
    .update(parts.map((p) => (p === null ? "\u0000" : String(p))).join("\u001f"))
    .digest("hex")
    .slice(0, 12)}`
