export * from "./Csv.js"
export * from "./Render.js"
