import { readFileSync } from "node:fs"
import { groupEvents } from "../../packages/claims/dist/EventGroup.js"
const keys = JSON.parse(readFileSync(process.argv[2] ?? "/tmp/gvakeys.json", "utf8"))
const t0 = Date.now()
const { events } = groupEvents(keys)
const ms = Date.now() - t0
const docs = [...new Set(keys.map((k) => k.document))]
const evOf = new Map(), members = new Map()
for (const e of events) for (const d of e.documents) { (evOf.get(d) ?? evOf.set(d, new Set()).get(d)).add(e.id); (members.get(e.id) ?? members.set(e.id, new Set()).get(e.id)).add(d) }
const gold = new Map()
for (const d of docs) { const g = d.split("/")[0]; (gold.get(g) ?? gold.set(g, new Set()).get(g)).add(d) }
let P = 0, R = 0
for (const d of docs) {
  const pred = new Set(); for (const e of evOf.get(d) ?? []) for (const x of members.get(e)) pred.add(x)
  if (pred.size === 0) pred.add(d)
  const g = gold.get(d.split("/")[0]); let both = 0; for (const x of pred) if (g.has(x)) both++
  P += both / pred.size; R += both / g.size
}
P /= docs.length; R /= docs.length
console.log(`P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(2 * P * R / (P + R)).toFixed(3)} events ${events.length} ${ms} ms`)
