export * from "./Corpus.js"
export * from "./Decode.js"
export * from "./Manifest.js"
export * from "./Errors.js"
