import { tagsOf } from "../../packages/claims/dist/PartOfSpeech.js"
for (const w of process.argv.slice(2)) console.log(w, tagsOf(w), tagsOf(w.toLowerCase()))
