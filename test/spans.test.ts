/**
 * The learned name-boundary tagger's plumbing (scripts/lib/spans.ts): the stretches it reads, the labels
 * it gives with a hand-made weight table, and how its cut is laid over the rules'. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { parseRegions } from "../src/nlp/parse.js";
import { overlay, scoreLabels, spansOf, storyWords, stretches, tagStretch, type Label } from "../scripts/lib/spans.js";

const parse = (text: string) => parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]);
const words = (text: string) => {
  const parsed = parse(text);
  return stretches(parsed).map(([a, z]) => parsed.text.slice(parsed.tokens[a]!.start, parsed.tokens[z]!.end));
};

describe("stretches of capitalised words", () => {
  it("joins names across a hyphen, 'and' and 'of', but does not end on a small word", () => {
    expect(words("Visitors crossed Naqsh-e Jahan Square to reach the Museum of Tin and Glass today.")).toEqual([
      "Visitors", "Naqsh-e Jahan Square", "Museum of Tin and Glass",
    ]);
    expect(words("She met Ada Quill of the bank.")).toEqual(["She", "Ada Quill"]);
  });

  it("keeps a number after a name and stops at the end of a sentence", () => {
    expect(words("Take Route 66 west. Then Orvale.")).toEqual(["Take Route 66", "Then Orvale"]);
  });
});

describe("what the story says about its words", () => {
  it("knows which words it capitalises in mid-sentence and which it writes in lower case", () => {
    const { mid, lower } = storyWords(parse("Lanterns glowed. The lanterns of Brask were bright near Brask Hall."));
    expect(mid.has("brask")).toBe(true);
    expect(mid.has("lanterns")).toBe(false);
    expect(lower.has("lanterns")).toBe(true);
  });
});

describe("labels", () => {
  const O: Label = 0;
  const B: Label = 1;
  const I: Label = 2;

  it("reads spans off B / I / O labels", () => {
    expect(spansOf([B, I, O, B, B, I])).toEqual([[0, 1], [3, 3], [4, 5]]);
  });

  it("tags greedily with the weights given, never an I after an O", () => {
    // "cap" favours B, "joined" favours I; a token with "joined" after an O must still not be I.
    const table = new Map([["cap", [0, 2, 0]], ["joined", [0, 0, 3]], ["small", [2, 0, 0]]]);
    const { labels } = tagStretch([["cap"], ["cap", "joined"], ["small"], ["joined"]], table);
    expect(labels).toEqual([B, I, O, O]);
    // A stretch starts after an O, so I is out and B competes with O alone: log(e^2 / (e^0 + e^2)).
    expect(scoreLabels([["cap"]], [B], table)).toBeCloseTo(Math.log(Math.exp(2) / (1 + Math.exp(2))), 6);
  });

  it("lays the model's names over the rules' and keeps rules' names the model does not touch", () => {
    // Rules: "Jahan Square" [1,2] and "Hall" [4]; model: "Naqsh-e Jahan Square" [0,2], nothing at 4.
    expect(overlay([O, B, I, O, B], [B, I, I, O, O])).toEqual([B, I, I, O, B]);
    // The model trims "Together" off "Together Bernoulli".
    expect(overlay([B, I], [O, B])).toEqual([O, B]);
    // A rules' name cut by the model's shorter one: what remains of it starts a name.
    expect(overlay([B, I, I], [B, O, O])).toEqual([B, O, O]);
  });
});
