import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { mergeMentions } from "../src/story/entities/merge.js";
import type { RawMention } from "../src/story/entities/mentions.js";

function mention(text: string, start: number, type: RawMention["type"] = "person"): RawMention {
  return {
    text, start, end: start + text.length, type, titles: [], titledForm: null, paragraph: 0,
    words: text.split(" ").length, gender: null,
  };
}

/** An invented word for each number: "Zqab", "Zqac", ... all different, none a known name. */
function coined(k: number): string {
  let word = "";
  for (let n = k; ; n = Math.floor(n / 26) - 1) {
    word = String.fromCharCode(97 + (n % 26)) + word;
    if (n < 26) break;
  }
  return `Zq${word}`;
}

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
function heapAfterCollection(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

describe("mergeMentions: memory per entity (issue 23)", () => {
  it("50,000 people each named once hold well under 170 bytes a draft beyond their mentions", () => {
    // A draft's list of mentions was `[]` pushed onto, which reserves 17 slots (about 150 bytes) for the one
    // mention it holds: a draft cost about 230 bytes, a page of half a million bylines over 100 MB.
    const people = 50_000;
    const mentions = Array.from({ length: people }, (_, k) => mention(`Ana ${coined(k)}`, k * 20));
    const before = heapAfterCollection();
    const drafts = mergeMentions("", mentions);
    const held = heapAfterCollection() - before;
    expect(drafts).toHaveLength(people);
    expect(drafts.every((d) => d.mentions.length === 1)).toBe(true);
    expect(held / people).toBeLessThan(170);
  });
});

describe("mergeMentions: the surname and key bookkeeping", () => {
  it("a bare surname goes to the nearest of three namesakes, and a repeated full name stays one person", () => {
    const drafts = mergeMentions("", [
      mention("Zorba Quill", 0),
      mention("Zorba Quill", 20), // the same person again: still one candidate for "Quill"
      mention("Quill", 40),
      mention("Alira Quill", 100), // a second person: the surname now has two
      mention("Quill", 120),
      mention("Tomas Quill", 200), // and a third
      mention("Quill", 220),
    ]);
    const starts = drafts.map((d) => d.mentions.map((m) => m.start)).sort((a, b) => a[0]! - b[0]!);
    expect(starts).toEqual([[0, 20, 40], [100, 120], [200, 220]]);
  });

  it("a person and an organisation of the same name stay two entities", () => {
    const drafts = mergeMentions("", [mention("Harlan Vick", 0), mention("Harlan Vick", 50, "organization")]);
    expect(drafts.map((d) => d.type).sort()).toEqual(["organization", "person"]);
  });
});
