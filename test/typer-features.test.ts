/**
 * The typer's name-level evidence (src/story/entities/features.ts, longer-names.ts): word kinds, acronyms
 * spelt out in the story, and the longer names a one-word name ends. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { acronymDefinition, bracketIndex, wordClass } from "../src/story/entities/features.js";
import { longerNameFeatures } from "../src/story/entities/longer-names.js";
import type { RawMention } from "../src/story/entities/mentions.js";

describe("wordClass", () => {
  it("tells places, organisation heads (English or not), acronyms and common words apart", () => {
    expect(["Fisheries", "Norway"].map(wordClass)).toEqual(["C", "P"]);
    expect(["Bergen", "Herald"].map(wordClass)).toEqual(["P", "O"]);
    expect(wordClass("Partido")).toBe("O");
    expect(wordClass("Université")).toBe("O");
    expect(wordClass("NATO")).not.toBe("C");
    expect(wordClass("Kvastrupel")).toBe("X");
  });
});

describe("acronymDefinition", () => {
  it("finds an acronym spelt out by capitalised words before or after it", () => {
    expect(acronymDefinition("The Harbour Safety Board (HSB) met on Monday.", "HSB")).toBe("cap");
    expect(acronymDefinition("The HSB (Harbour Safety Board) met on Monday.", "HSB")).toBe("cap");
    // Small words inside the name are skipped.
    expect(acronymDefinition("the Office of Lighthouse Keepers (OLK) said", "OLK")).toBe("cap");
  });

  it("says 'lower' for an acronym of an ordinary thing, and nothing when it is not spelt out", () => {
    expect(acronymDefinition("levels of dissolved organic carbon (DOC) rose", "DOC")).toBe("lower");
    expect(acronymDefinition("The HSB met on Monday.", "HSB")).toBeNull();
    expect(acronymDefinition("The Harbour Board (HSB) met.", "HSB")).toBeNull();
  });

  it("finds it past other brackets, an unclosed one and a later use, as a search of the text would", () => {
    // Looked up in an index of the story's brackets (a search per acronym was quadratic on long stories).
    const story = "DOVER (AP) — The (unclosed aside HSB said. DOVER (AP) — The Harbour Safety Board (HSB) met. Later the HSB (twice) spoke.";
    expect(acronymDefinition(story, "HSB")).toBe("cap");
    expect(acronymDefinition(story, "AP")).toBeNull();
    // The word before " (" may end with the acronym ("XHSB ("), as a plain search found it.
    expect(acronymDefinition("Then XHSB (Harbour Safety Board) met.", "HSB")).toBe("cap");
    expect(acronymDefinition("The HSB (sometimes) met, as did the (Harbour Safety Board).", "HSB")).toBeNull();
  });

  it("indexes only brackets and words an acronym can be, so that thousands of brackets cost little", () => {
    const index = bracketIndex("The Harbour Board (board) met Quay Office (QO) and XQO (Quay Office), then U.S.A. (United States Army) and R&D (rain) and Ve (the) lot.");
    // Inside: "(QO)" is kept, "(board)", "(Quay Office)" and the others are not.
    expect([...index.inside.keys()]).toEqual(["QO"]);
    // Before: the endings of "XQO" and "U.S.A." and "R&D" that read as acronyms; none of "Board", "Office", "Ve".
    expect([...index.before.keys()].sort()).toEqual(["A.", "QO", "R&D", "S.A.", "U.S.A.", "XQO"]);
    expect(acronymDefinition("Then U.S.A. (United States Army) met.", "U.S.A.")).toBe("cap");
    expect(acronymDefinition("Then R&D (Rain Dance) met.", "R&D")).toBe("cap");
  });
});

/** Candidates of the given names with the rules' answers (offsets do not matter here). */
function candidates(names: [string, string][]): { mention: RawMention; rule: string }[] {
  return names.map(([text, rule]) => ({
    mention: { text, start: 0, end: text.length, type: "person", titles: [], titledForm: null, paragraph: 0, words: text.split(" ").length, gender: null },
    rule,
  }));
}

describe("longerNameFeatures", () => {
  it("gives a one-word name the rules' type of each longer name it ends", () => {
    const found = longerNameFeatures(candidates([
      ["Marta Quillon", "person"], ["Quillon", "place"], ["Quillon's", "none"], ["Port Quillon", "place"], ["Marta", "person"],
    ]));
    expect(found).toEqual([[], ["ends=person", "ends=place"], ["ends=person", "ends=place"], [], []]);
  });

  it("ignores longer runs the rules rejected", () => {
    expect(longerNameFeatures(candidates([["Deep Quillon", "none"], ["Quillon", "person"]]))).toEqual([[], []]);
  });
});
