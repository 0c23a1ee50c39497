import { extractMentions } from "../../packages/claims/dist/Quantity.js"
for (const m of extractMentions(process.argv[2], null)) console.log(JSON.stringify({t:m.text, v:m.value, u:m.unit, k:m.kind, ch:m.change, mod:m.modifiers}))
