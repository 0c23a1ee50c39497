// `natural` is imported by submodule (its root loads database drivers); these
// declarations cover the submodules used here.
declare module "natural/lib/natural/stemmers/index.js" {
  const stemmers: { PorterStemmer: { stem(token: string): string } }
  export default stemmers
}
declare module "natural/lib/natural/inflectors/index.js" {
  class NounInflector {
    singularize(token: string): string
    pluralize(token: string): string
  }
  const inflectors: { NounInflector: typeof NounInflector }
  export default inflectors
}
declare module "natural/lib/natural/distance/index.js" {
  const distance: {
    JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number
    LevenshteinDistance(a: string, b: string): number
  }
  export default distance
}
declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: ReadonlyArray<string> }
  export default stopwords
}
