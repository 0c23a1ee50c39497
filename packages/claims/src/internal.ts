/**
 * Everything the packages of this repository share, for their own use: the
 * public API of @corroborate/claims is index.ts; what is only here may change
 * without notice.
 */
export * from "./Document.js"
export * from "./Report.js"
export * from "./Normalize.js"
export * from "./Story.js"
export * from "./Sentence.js"
export * from "./Quantity.js"
export * from "./TimeExpression.js"
export * from "./Unit.js"
export * from "./Entity.js"
export * from "./Metric.js"
export * from "./Claim.js"
export * from "./Syndication.js"
export * from "./Fact.js"
export * from "./Quote.js"
export * from "./Statement.js"
export * from "./Dateline.js"
export * from "./Audit.js"
export * from "./Reduce.js"
export * from "./Assemble.js"
export * from "./Extract.js"
export * from "./Finding.js"
export { stableId } from "./Hash.js"
export { lexiconSize } from "./Property.js"
