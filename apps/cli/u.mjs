import { measureSymbol } from "../../packages/claims/dist/Unit.js"
import { libraryUnit } from "../../packages/claims/dist/UnitLibrary.js"
for (const s of process.argv.slice(2)) console.log(s, measureSymbol(s), libraryUnit(s))
