import { describe, expect, it } from "vitest";
import { mergeMentions, toEntity } from "../src/story/entities/merge.js";
import type { RawMention } from "../src/story/entities/mentions.js";

/** A person mention at `start`, with no gender evidence of its own (an invented first name). */
function person(text: string, start: number, titles: string[] = []): RawMention {
  return {
    text, start, end: start + text.length, type: "person", titles, titledForm: null, paragraph: 0,
    words: text.split(" ").length, gender: null,
  };
}

/** An invented first name for each number: "Zab", "Zac", ... all different, none a known name. */
function coinedFirst(k: number): string {
  let word = "";
  for (let n = k; ; n = Math.floor(n / 26) - 1) {
    word = String.fromCharCode(97 + (n % 26)) + word;
    if (n < 26) break;
  }
  return `Zq${word}`;
}

describe("mergeMentions: namesakes", () => {
  it("a bare 'Mr. Smith' joins the namesake whose courtesy titles say male, even when another was named since", () => {
    const drafts = mergeMentions("", [
      person("Zorban Smith", 0),
      person("Smith", 20, ["Mr."]), // only Zorban is named before it: his
      person("Alira Smith", 100),
      person("Smith", 200, ["Mr."]), // Alira is nearer, but Zorban's titles say male and hers say nothing
    ]);
    const starts = drafts.map((d) => d.mentions.map((m) => m.start));
    expect(starts).toEqual([[0, 20, 200], [100]]);
  });

  it("30,000 people of one surname, each followed by a bare 'Smith', keep their own mentions", () => {
    // Before the merge weighed a bounded number of namesakes, every bare surname weighed every person of that
    // surname in the story: 30,000 x 30,000 steps, minutes; now 64 for each.
    const people = 30_000;
    const mentions: RawMention[] = [];
    for (let k = 0; k < people; k++) {
      mentions.push(person(`${coinedFirst(k)} Smith`, k * 100));
      mentions.push(person("Smith", k * 100 + 50));
    }
    const drafts = mergeMentions("", mentions);
    expect(drafts).toHaveLength(people);
    // Each bare "Smith" is the person named just before it.
    expect(drafts.every((d) => d.mentions.length === 2 && d.mentions[1]!.start === d.mentions[0]!.start + 50)).toBe(true);
  });
});

describe("toEntity: one name in many spellings", () => {
  it("100,000 different spellings of one person give 99,999 aliases (the name is not one) and one title", () => {
    // Before the seen spellings were kept in a set, each was looked for in the list of those before it:
    // 100,000 x 100,000 / 2 comparisons, minutes.
    const spellings = 100_000;
    const mentions = Array.from({ length: spellings }, (_, k) => person(`John ${coinedFirst(k)}`, k * 20, ["Sen."]));
    const entity = toEntity({ type: "person", mentions, gender: null });
    expect(entity.aliases).toHaveLength(spellings - 1);
    expect(entity.aliases).not.toContain(entity.name);
    expect(new Set(entity.aliases).size).toBe(spellings - 1);
    expect(entity.titles).toEqual(["Sen."]);
    expect(entity.count).toBe(spellings);
  });
});
