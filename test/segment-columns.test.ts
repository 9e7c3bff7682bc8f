/**
 * The segmenter's per-line columns (issue 23): the line table holds the same blocks the line objects did, and
 * the seen-lines set keyed by hash finds exactly the repeats a set of lower-cased lines found, hash collisions too.
 */
import { describe, expect, it } from "vitest";
import { describeLines } from "../src/story/segment/body.js";
import { lineTable } from "../src/story/segment/lines.js";
import { LANGUAGE_SAMPLE, languageSample } from "../src/story/segment/language.js";
import { joinInChunks } from "../src/story/segment.js";

describe("line table", () => {
  it("keeps trimmed offsets and blank-line marks for \\r\\n, lone \\r and \\n breaks", () => {
    const page = "  First line \r\n\r\nSecond\rThird\n";
    const table = lineTable(page);
    expect(table.length).toBe(3);
    expect(Array.from(table.start.subarray(0, 3))).toEqual([2, 17, 24]);
    expect(Array.from(table.end.subarray(0, 3))).toEqual([12, 23, 29]);
    expect(Array.from(table.afterBlank.subarray(0, 3))).toEqual([1, 1, 0]);
  });

  it("gives each line's view its own offsets and text", () => {
    const infos = describeLines(lineTable("One two three four five.\nSomething else here now.\n"));
    expect(infos.slice().map((info) => [info.line.start, info.line.end, info.line.text])).toEqual([
      [0, 24, "One two three four five."],
      [25, 49, "Something else here now."],
    ]);
  });
});

describe("repeated lines", () => {
  it("finds a line repeated in another case, not the lines before it", () => {
    const infos = describeLines(lineTable("One two three four five.\nSomething else here now.\none two three four five.\n"));
    expect(infos.slice().map((info) => info.repeat)).toEqual([false, false, true]);
  });

  it("tells apart two different lines whose keys share a hash, and still finds the second one's repeat", () => {
    // The keys "21:one two three 0562789" and "21:one two three 0779192" have the same FNV-1a hash.
    const infos = describeLines(lineTable("one two three 0562789\none two three 0779192\none two three 0779192\n"));
    expect(infos.slice().map((info) => info.repeat)).toEqual([false, false, true]);
  });
});

describe("joins made in bounded pieces", () => {
  it("samples for the language guess only as much as it reads, and the same first characters", () => {
    // 3,000 lines of "ab" joined by "\n" are 8,999 characters; 2,667 lines make exactly 8,000, so the sample
    // stops at the first line past that: 2,668 lines, 8,003 characters.
    const lines = Array.from({ length: 3000 }, () => "ab");
    const sample = languageSample(lines);
    expect(sample.length).toBe(8003);
    expect(sample.slice(0, LANGUAGE_SAMPLE)).toBe(lines.join("\n").slice(0, LANGUAGE_SAMPLE));
    expect(languageSample(["Le chat", "dort"])).toBe("Le chat\ndort");
  });

  it("joins lines in chunks into the string a single join gives", () => {
    const words = ["one", "", "three", "four", "five"];
    expect(joinInChunks(words, "\n", 2)).toBe("one\n\nthree\nfour\nfive");
    expect(joinInChunks(words.slice(0, 4), "\n", 2)).toBe("one\n\nthree\nfour");
    expect(joinInChunks([], "\n", 2)).toBe("");
  });
});

describe("a line's sentence end", () => {
  it("takes a “ after a sentence stop as a quote's close, and one after a comma or a word as an opener", () => {
    const page = [
      "The pilot told the board the channel would be dredged by June.“",
      "The pilot turned to the board and said, “",
      "The pilot called the new channel “",
    ].join("\n");
    expect(describeLines(lineTable(page)).slice().map((info) => info.terminal)).toEqual([true, false, false]);
  });
});
