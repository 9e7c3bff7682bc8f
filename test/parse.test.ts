import { describe, expect, it } from "vitest";
import { MAX_RUN_CHARS, parseRegions, splitRunOns } from "../src/nlp/parse.js";

describe("parseRegions: the compromise boundary", () => {
  const text = "Kremlin Cheers Obama’s Re-Election\n\nSasha said “they’ll win,” he added.  Then the end.";

  it("gives every token the offsets of its own text in the original story", () => {
    const parsed = parseRegions(text, [{ start: 0, end: 34, paragraph: null }, { start: 36, end: text.length, paragraph: 0 }]);
    expect(parsed.tokens.length).toBeGreaterThan(8);
    for (const token of parsed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    // The contraction's silent second half ("will") has no text and gets no token.
    expect(parsed.tokens.map((t) => t.text)).toContain("they’ll");
    expect(parsed.tokens.every((t) => t.text !== "")).toBe(true);
  });

  it("never lets a sentence cross from one region into the next", () => {
    const parsed = parseRegions(text, [{ start: 0, end: 34, paragraph: null }, { start: 36, end: text.length, paragraph: 0 }]);
    for (const sentence of parsed.sentences) {
      const regions = new Set(parsed.tokens.slice(sentence.firstToken, sentence.endToken).map((t) => t.region));
      expect(regions.size).toBe(1);
    }
    expect(parsed.tokens.find((t) => t.text === "Sasha")!.region).toBe(1);
  });

  it("keeps the punctuation after a possessive or a contraction with the word", () => {
    const story = "Tom Reyes, an old pal of the family's, insists it didn't. The score was 3-1, and the fans left.";
    const parsed = parseRegions(story, [{ start: 0, end: story.length, paragraph: 0 }]);
    for (let i = 0; i + 1 < parsed.tokens.length; i++) {
      const token = parsed.tokens[i]!;
      const next = parsed.tokens[i + 1]!;
      // What stands between two words in the story is the first one's post and the second one's pre.
      expect((token.post + next.pre).replace(/\s+/gu, ""), token.text).toBe(story.slice(token.end, next.start).replace(/\s+/gu, ""));
    }
  });
});

describe("splitRunOns: pathological run-on text is cut before it reaches the tagger", () => {
  it("leaves ordinary paragraphs whole", () => {
    const paragraph = "One sentence here. ".repeat(200);
    expect(splitRunOns(paragraph, { start: 0, end: paragraph.length, paragraph: 0 })).toHaveLength(1);
  });

  it("cuts a run without sentence ends into contiguous pieces no longer than the limit, at spaces", () => {
    const runOn = "word ".repeat(2000).trim();
    const pieces = splitRunOns(runOn, { start: 0, end: runOn.length, paragraph: 3 });
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces[0]!.start).toBe(0);
    expect(pieces[pieces.length - 1]!.end).toBe(runOn.length);
    for (let i = 1; i < pieces.length; i++) {
      expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
      expect(runOn[pieces[i]!.start]).toBe(" ");
    }
    for (const piece of pieces) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_RUN_CHARS + 1);
      expect(piece.paragraph).toBe(3);
    }
  });

  it("does not take a full stop after an abbreviation, an initial or an acronym for a sentence end", () => {
    // compromise does not split at "Mr." or "J." or "U.S.", so neither may the cut, or a run of them would reach
    // the tagger as one endless sentence.
    for (const unit of ["Mr. Smith met Mr. Jones and Dr. Brown ", "J. R. R. Tolkien of the U.S. met F.B.I. agents ", "wait... and ", "pi is 3.14 and "]) {
      const runOn = unit.repeat(Math.ceil((3 * MAX_RUN_CHARS) / unit.length));
      const pieces = splitRunOns(runOn, { start: 0, end: runOn.length, paragraph: 0 });
      expect(pieces.length, unit).toBeGreaterThanOrEqual(3);
      for (const piece of pieces) expect(piece.end - piece.start, unit).toBeLessThanOrEqual(MAX_RUN_CHARS + 1);
    }
  });

  it("still ends a sentence at a full stop after an ordinary word, a question or an exclamation", () => {
    for (const unit of ["Mr. Smith left town. ", "Did Dr. Brown agree? ", "Jones won! ", "It rained.\n"]) {
      const story = unit.repeat(Math.ceil((3 * MAX_RUN_CHARS) / unit.length));
      expect(splitRunOns(story, { start: 0, end: story.length, paragraph: 0 }), unit).toHaveLength(1);
    }
  });

  it("keeps the tagger's sentences within a bounded length on a run of abbreviations", () => {
    const runOn = "Mr. Smith met Mr. Jones and Dr. Brown ".repeat(200);
    const parsed = parseRegions(runOn, [{ start: 0, end: runOn.length, paragraph: 0 }]);
    for (const s of parsed.sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_RUN_CHARS + 1);
    for (const token of parsed.tokens) expect(runOn.slice(token.start, token.end)).toBe(token.text);
  });

  it("cuts text without any space and never splits a surrogate pair", () => {
    const emoji = "😀".repeat(2000);
    const pieces = splitRunOns(emoji, { start: 0, end: emoji.length, paragraph: 0 });
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(emoji.charCodeAt(piece.start) >= 0xdc00 && emoji.charCodeAt(piece.start) <= 0xdfff).toBe(false);
    const parsed = parseRegions(emoji, [{ start: 0, end: emoji.length, paragraph: 0 }]);
    for (const token of parsed.tokens) expect(emoji.slice(token.start, token.end)).toBe(token.text);
  });

  it("splits a word from a quote mark glued to the punctuation before it, offsets intact", () => {
    const glued = 'Dana Whitcomb (R-Ohio):"Where is it?" Quill wrote,“We lost it.” "It is gone,"he said.';
    const parsed = parseRegions(glued, [{ start: 0, end: glued.length, paragraph: 0 }]);
    const words = parsed.tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(["Where", "We", "wrote"]));
    for (const token of parsed.tokens) expect(glued.slice(token.start, token.end)).toBe(token.text);
    // The mark opens the quote: it is the next word's, as if a space stood before it.
    expect(parsed.tokens.find((t) => t.text === "Where")!.pre).toBe('"');
    expect(parsed.tokens.find((t) => t.text === "We")!.pre).toBe("“");
    // A closing mark stays with the word before it.
    expect(parsed.tokens.find((t) => t.text === "gone")!.post).toBe(',"');
    expect(parsed.tokens.find((t) => t.text === "he")!.pre).toBe("");
  });
});

describe("parseRegions in batches: a long story is parsed in several compromise calls", () => {
  it("gives the same tokens, tags and sentences as one call", () => {
    const paragraphs = [
      "“We will not back down,” Sen. Jane Roe told reporters on Tuesday.",
      "Mr. Smith, who leads the committee, said they’ll pass the bill.",
      "The vote in Paris was close. Dr. Ana Chen did not comment.",
    ];
    const count = 60;
    const story = Array.from({ length: count }, (_, i) => paragraphs[i % 3]).join("\n\n");
    const regions = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      const length = paragraphs[i % 3]!.length;
      regions.push({ start: at, end: at + length, paragraph: i });
      at += length + 2;
    }
    const flat = (p: ReturnType<typeof parseRegions>) => ({
      tokens: p.tokens.map((t) => ({ ...t, tags: [...t.tags] })),
      sentences: p.sentences,
    });
    const oneCall = parseRegions(story, regions, Infinity);
    // About 200 characters a batch: a batch ends after every third or fourth region.
    const batched = parseRegions(story, regions, 200);
    expect(oneCall.tokens.length).toBeGreaterThan(500);
    expect(flat(batched)).toEqual(flat(oneCall));
  });
});
