/**
 * "“We will win,” the deputy envoy said": a quote's speaker found as the one person the story gives that title.
 * Each different title was a scan of every person and mention of the piece, so a story of thousands of different
 * title chains was quadratic (100 s of CPU per MB); the resolver now searches at most 64 different titles.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

/** Invented words of letters only, all different: "Bab Cac", "Bab Dad", ... */
const NAMES = Array.from({ length: 400 }, (_, i) => {
  const a = String.fromCharCode(66 + (i % 20));
  const b = String.fromCharCode(66 + Math.floor(i / 20));
  return `${a}al${b.toLowerCase()}orn ${b}ez${a.toLowerCase()}ad`;
});
const TITLES = ["deputy", "chief", "envoy", "mayor", "governor", "admiral", "colonel", "judge", "sheriff", "minister"];

/** A title chain of three different words for each i: "deputy chief envoy", "deputy chief mayor", ... */
function chain(i: number): string[] {
  return [TITLES[i % 10]!, TITLES[(Math.floor(i / 10) % 10)]!, TITLES[Math.floor(i / 100) % 10]!];
}

function paragraph(i: number): string {
  const words = chain(i);
  const upper = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ");
  return `${upper} ${NAMES[i]} met the people. “We will win,” the ${words.join(" ")} said.`;
}

describe("quotes said by 'the <title>': bounded work per piece", () => {
  it("a title named once before the quote gives its holder", () => {
    const story = extract(`Harbour Deal Signed\n\n${paragraph(0)}\n\n${paragraph(1)}\n`);
    expect(story.quotes.map((q) => q.speaker)).toEqual([NAMES[0], NAMES[1]]);
  });

  it("past 64 different titles in one piece, a title's holder is no longer searched for", () => {
    const text = `Harbour Deal Signed\n\n${Array.from({ length: 90 }, (_, i) => paragraph(i)).join("\n\n")}\n`;
    expect(text.length).toBeLessThan(100_000); // one piece
    const story = extract(text);
    expect(story.quotes).toHaveLength(90);
    expect(story.quotes[0]!.speaker).toBe(NAMES[0]);
    expect(story.quotes.slice(80).map((q) => q.speaker)).toEqual(Array(10).fill(null));
  });
});
