/**
 * The dictionary of ordinary words (src/nlp/common-words.ts) is one sorted string searched by bisection:
 * every word must be found wherever it sits, and nothing between, before or after the words.
 */
import { describe, expect, it } from "vitest";
import { hasLine, isCommonWord } from "../src/nlp/common-words.js";

describe("hasLine", () => {
  const words = ["apple", "bar", "barn", "cat", "zebra", "é"];
  const sorted = words.map((w) => `${w}\n`).join("");

  it("finds every line, first, last and middle", () => {
    for (const word of words) expect([word, hasLine(sorted, word)]).toEqual([word, true]);
  });

  it("finds nothing that is not a whole line", () => {
    for (const word of ["", "a", "appl", "apples", "ba", "barns", "b", "dog", "zz", "e", "\n", "bar\nbarn"]) {
      expect([word, hasLine(sorted, word)]).toEqual([word, false]);
    }
    expect(hasLine("", "apple")).toBe(false);
  });
});

describe("isCommonWord", () => {
  it("knows dictionary words in any case, with a possessive or plural s", () => {
    expect(isCommonWord("Museum")).toBe(true);
    expect(isCommonWord("challenge")).toBe(true);
    expect(isCommonWord("Museum's")).toBe(true);
  });

  it("does not know surnames", () => {
    expect(isCommonWord("Mehraban")).toBe(false);
    expect(isCommonWord("Peskov")).toBe(false);
  });
});
