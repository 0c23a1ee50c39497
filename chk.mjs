import { checkSync } from "recheck"
const [src, flags = ""] = process.argv.slice(2)
const r = checkSync(src, flags.replace(/[gy]/g, ""), { timeout: 5000 })
console.log(r.status, r.complexity?.type ?? "", JSON.stringify(r.attack?.pumps?.[0]?.pump ?? ""), r.checker)
