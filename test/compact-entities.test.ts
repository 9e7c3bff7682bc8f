/**
 * The command line's Story shares one frozen empty list for every entity's empty aliases and titles
 * (COMPACT_ENTITIES, issue 23: 10 MB of byline lines made 400,000 entities each named once, two empty arrays
 * each); a library caller gets lists of its own, which it may change.
 */
import { describe, expect, it } from "vitest";
import { COMPACT_ENTITIES, extract } from "../src/story/extract.js";
import { PIECE_CHARS } from "../src/story/pieces.js";

// Invented: two people each named once, far apart, with paragraphs of no names between them, past one piece
// (PIECE_CHARS) of text.
const filler = (k: number) => `Crews moved ${k} crates of salt along the quay before noon.`;
const between = Math.ceil(PIECE_CHARS / 60);
const paragraphs = [
  "Talia Verhoeven opened the bakery on Monday.",
  ...Array.from({ length: between }, (_, k) => filler(k)),
  "Osric Palmgren repaired the bridge on Friday.",
  ...Array.from({ length: between }, (_, k) => filler(between + k)),
];
const text = paragraphs.join("\n\n");

function person(story: ReturnType<typeof extract>, name: string) {
  const found = story.entities.find((e) => e.name === name);
  expect(found, name).toBeDefined();
  return found!;
}

describe("the entities of a long story read in pieces", () => {
  it("in the command line's Story, share one frozen empty list for empty aliases and titles", () => {
    const story = extract(text, { [COMPACT_ENTITIES]: true });
    const talia = person(story, "Talia Verhoeven");
    const osric = person(story, "Osric Palmgren");
    // Each is named once, by its full name alone: no other form, no title.
    expect(talia.aliases).toEqual([]);
    expect(talia.titles).toEqual([]);
    expect(osric.aliases).toBe(talia.aliases);
    expect(osric.titles).toBe(talia.aliases);
    expect(Object.isFrozen(talia.aliases)).toBe(true);
  });

  it("in a library caller's Story, give each entity lists of its own that it may change", () => {
    const story = extract(text);
    const talia = person(story, "Talia Verhoeven");
    const osric = person(story, "Osric Palmgren");
    expect(osric.aliases).not.toBe(talia.aliases);
    expect(talia.titles).not.toBe(talia.aliases);
    talia.aliases.push("Tally");
    expect(osric.aliases).toEqual([]);
  });

  it("write the same JSON either way", () => {
    expect(JSON.stringify(extract(text, { [COMPACT_ENTITIES]: true }))).toBe(JSON.stringify(extract(text)));
  });
});
