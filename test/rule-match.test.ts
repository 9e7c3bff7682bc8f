// The sequence matcher rules are written in (src/story/quotes/rules/match.ts), on invented sentences; the
// expected positions are counted by hand (position = the word after the match).
import { describe, expect, it } from "vitest";
import { parseRegions } from "../src/nlp/parse.js";
import { RULES, patternsOf } from "../src/story/quotes/rules/index.js";
import { compile, matchAny, matchAt } from "../src/story/quotes/rules/match.js";
import { TokenWindow } from "../src/story/quotes/token-window.js";

function window(text: string): TokenWindow {
  return TokenWindow.of(parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]).tokens);
}

describe("matchAt", () => {
  const words = window("And here is Ada Quill at the rally:");

  it("matches words, alternatives and optional terms, and says where the match ends", () => {
    expect(matchAt(words, 0, compile("(and|but|so)? here (is|was)"))).toBe(3);
    expect(matchAt(words, 1, compile("(and|but|so)? here (is|was)"))).toBe(3);
    expect(matchAt(words, 3, compile("#Person #Person"))).toBe(5);
    expect(matchAt(words, 5, compile(". the rally"))).toBe(8);
  });

  it("fails with -1, also past the end", () => {
    expect(matchAt(words, 0, compile("here is"))).toBe(-1);
    expect(matchAt(words, 6, compile("the rally today"))).toBe(-1);
    expect(matchAt(words, 8, compile("."))).toBe(-1);
  });

  it("leaves an optional term out when taking it makes the rest fail", () => {
    const clear = window("She made clear that she would run.");
    expect(matchAt(clear, 1, compile("(make|makes|made|making) it? clear"))).toBe(3);
    expect(matchAt(window("She made it clear she would run."), 1, compile("(make|makes|made|making) it? clear"))).toBe(4);
  });

  it("tries several patterns in order", () => {
    expect(matchAny(window("Here's Ada Quill:"), 0, patternsOf("before-colon-presented"))).toBe(1);
    expect(matchAny(window("But here was Ada Quill:"), 0, patternsOf("before-colon-presented"))).toBe(3);
    expect(matchAny(window("Ada Quill is here:"), 0, patternsOf("before-colon-presented"))).toBe(-1);
  });

  it("refuses a malformed pattern", () => {
    expect(() => compile("")).toThrow();
    expect(() => compile("(a||b)")).toThrow();
  });
});

describe("the rules' match patterns", () => {
  it("all compile, and a rule without any has none", () => {
    for (const rule of RULES) expect(() => patternsOf(rule.id), rule.id).not.toThrow();
    expect(patternsOf("after-according-to").map((p) => p.source)).toEqual(["according to"]);
    expect(patternsOf("after-subject-verb")).toEqual([]);
  });

  it("find the source's phrase and the joining conjunction as the rules' code reads them", () => {
    // "The port is closed, according to Tom Reyes": "according" is word 4, "to" word 5, the source opens at 6.
    const source = window("The port is closed, according to Tom Reyes.");
    expect(matchAny(source, 4, patternsOf("before-according-to"))).toBe(6);
    expect(matchAny(source, 5, patternsOf("before-according-to"))).toBe(-1);
    // "Reyes testified, and he pressed the board": "and" is word 2; the clause's subject opens at 3.
    const joined = window("Reyes testified, and he pressed the board.");
    expect(matchAny(joined, 2, patternsOf("before-joined-pronoun"))).toBe(3);
    expect(matchAny(joined, 3, patternsOf("before-joined-pronoun"))).toBe(-1);
  });
});
