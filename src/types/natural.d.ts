// natural's English stop-word list, imported directly: the package's util index also loads its
// storage back-ends, which print dotenv notices on every start.
declare module "natural/lib/natural/util/stopwords.js" {
  export const words: string[];
}
