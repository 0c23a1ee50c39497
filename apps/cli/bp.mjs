import { boilerplateLines } from "../../packages/claims/dist/Boilerplate.js"
import { readFileSync } from "node:fs"
const lines = readFileSync(0, "utf8").split("\n")
const out = boilerplateLines(lines)
lines.forEach((l, i) => { if (l.trim()) console.log(out.has(i) ? "CHROME" : "keep  ", l.slice(0, 110)) })
