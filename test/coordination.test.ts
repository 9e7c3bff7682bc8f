/**
 * Names listed together (src/story/entities/coordination.ts): each candidate learns the rules' answer for the
 * names it is listed with, and nothing from a name that merely stands nearby. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { coordinationFeatures } from "../src/story/entities/coordination.js";
import type { RawMention } from "../src/story/entities/mentions.js";

/** Candidates for the given words of `text`, each with the rules' answer. */
function candidates(text: string, names: [string, string][]): { mention: RawMention; rule: string }[] {
  let from = 0;
  return names.map(([name, rule]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    const mention: RawMention = { text: name, start, end: start + name.length, type: "place", titles: [], titledForm: null,
      paragraph: 0, words: name.split(" ").length, gender: null };
    return { mention, rule };
  });
}

describe("names listed together", () => {
  it("links the items of a list written with 'and', commas and '&'", () => {
    const text = "Ferries leave from Brennholm and Kvastrup daily.";
    expect(coordinationFeatures(text, candidates(text, [["Brennholm", "place"], ["Kvastrup", "none"]]))).toEqual([
      ["coord=none"], ["coord=place"],
    ]);
    const cited = "as shown before (Ambrel, Tosk, & Vinnick, 2019).";
    expect(coordinationFeatures(cited, candidates(cited, [["Ambrel", "person"], ["Tosk", "none"], ["Vinnick", "none"]]))).toEqual([
      ["coord=none"], ["coord=person", "coord=none"], ["coord=none"],
    ]);
  });

  it("takes 'or' and 'and the' as list words, whatever order the candidates come in", () => {
    const text = "between the Orlen Hills and the Vask Plain or Tammet";
    const listed = candidates(text, [["Orlen Hills", "place"], ["Vask Plain", "none"], ["Tammet", "organization"]]);
    expect(coordinationFeatures(text, [listed[2]!, listed[0]!, listed[1]!])).toEqual([
      ["coord=none"], ["coord=none"], ["coord=place", "coord=organization"],
    ]);
  });

  it("does not link names that only stand near each other", () => {
    const text = "Brennholm said Kvastrup was closed. Orlen, in Vask, agreed.";
    expect(coordinationFeatures(text, candidates(text, [["Brennholm", "person"], ["Kvastrup", "none"]]))).toEqual([[], []]);
    // "Orlen, in Vask": a preposition stands between the two, so they are no list.
    expect(coordinationFeatures(text, candidates(text, [["Orlen", "person"], ["Vask", "place"]]))).toEqual([[], []]);
  });
});
