/**
 * A story longer than one piece (src/story/pieces.ts) is read piece by piece, so that memory stays bounded.
 * These stories are invented for the test; the expected names and quotes were read off them by a person.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { analyse } from "../src/story/extract.js";
import { groupPieces, paragraphsWithin, PIECE_CHARS, piecesOf } from "../src/story/pieces.js";
import { segment } from "../src/story/segment.js";
import type { Story } from "../src/types.js";

const NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A paragraph of the writer's that names nobody; `k` makes each one different. */
function filler(k: number): string {
  const a = NUMBERS[k % 12]!;
  const b = NUMBERS[Math.floor(k / 12) % 12]!;
  const c = NUMBERS[Math.floor(k / 144) % 12]!;
  return `The inspectors counted ${a} cranes, ${b} barges and ${c} cargo sheds along the eastern quay on that day, `
    + `and the tally was written into the harbour ledger before the evening tide came in over the old stones.`;
}

/** Every offset of the story holds the text it claims (all characters here are in the BMP, so units = code points). */
function expectExactSpans(text: string, story: Story): void {
  for (const entity of story.entities) {
    for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const q of story.quotes) {
    expect(text.slice(q.start, q.end)).toContain(q.text.replace(/[,.]$/u, ""));
    if (q.speakerSpan) expect(text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe(q.speakerText);
  }
}

describe("a story longer than one piece", () => {
  const opening = [
    "Marta Kowalczyk, the harbour master of Port Ellery, opened an inquiry into the collapse of the north pier.",
    "“We will find out what happened,” said Marta Kowalczyk.",
  ];
  const middle = Array.from({ length: 600 }, (_, k) => filler(k));
  const closing = [
    "“The berths are full and the pier is gone,” Kowalczyk said.",
    "The inquiry will report in the spring.",
  ];
  const text = [...opening, ...middle, ...closing].join("\n\n");
  let analysed: Story | undefined;
  /** The story is analysed once for the tests below (it is long). */
  const story = () => (analysed ??= extract(text));

  it("is long enough to be read in several pieces", () => {
    expect(text.length).toBeGreaterThan(PIECE_CHARS);
  });

  it("joins a surname in a late piece to the full name of the first paragraph, as one entity", () => {
    const named = story().entities.filter((e) => e.aliases.includes("Kowalczyk") || e.name.includes("Kowalczyk"));
    expect(named.map((e) => [e.name, e.type])).toEqual([["Marta Kowalczyk", "person"]]);
    expect(named[0]!.mentions.map((m) => m.text)).toEqual(["Marta Kowalczyk", "Marta Kowalczyk", "Kowalczyk"]);
    expect(named[0]!.mentions[2]!.paragraph).toBe(opening.length + middle.length);
    expectExactSpans(text, story());
  });

  it("names the speaker of a quote in a late piece by the fullest name the story gives", () => {
    expect(story().quotes.map((q) => [q.text, q.speaker, q.paragraph])).toEqual([
      ["We will find out what happened,", "Marta Kowalczyk", 1],
      ["The berths are full and the pier is gone,", "Marta Kowalczyk", opening.length + middle.length],
    ]);
    expect(story().quotes[1]!.speakerText).toBe("Kowalczyk");
    expectExactSpans(text, story());
  });
});

describe("reading in pieces", () => {
  // Four short paragraphs, read whole and in pieces of about one paragraph: the same people and speakers.
  const text = [
    "Tomas Brandvold, who chairs the ferry board, met the unions on Friday.",
    "“We have no money left for the night crossing,” Brandvold said.",
    "Ines Moravec, a union steward, disagreed with him.",
    "“The money is there,” Moravec said, “and the board knows it.”",
  ].join("\n\n");
  const segmentation = segment(text);

  it("gives the same entities and speakers as reading the story whole", () => {
    const whole = analyse(text, segmentation, false);
    const pieces = analyse(text, segmentation, false, 80);
    const people = (r: typeof whole) => r.entities.map((e) => [e.name, e.mentions.map((m) => [m.start, m.end])]);
    expect(people(pieces)).toEqual(people(whole));
    expect(pieces.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["We have no money left for the night crossing,", "Tomas Brandvold"],
      ["The money is there, and the board knows it.", "Ines Moravec"],
    ]);
  });

  it("finds a headline's quote in pieces as in the whole story, numbered paragraph -1", () => {
    const headed = [
      "Brandvold: Ferry Board Has ‘No Money Left’ For Night Crossing",
      "Tomas Brandvold, who chairs the ferry board, met the unions on Friday.",
      "“We have no money left for the night crossing,” Brandvold said.",
    ].join("\n\n");
    const layout = segment(headed);
    const whole = analyse(headed, layout, false);
    const pieces = analyse(headed, layout, false, 80);
    const found = (r: typeof whole) => r.quotes.map((q) => [q.text, q.paragraph, q.start, q.end]);
    const at = (words: string): [number, number] => [headed.indexOf(words), headed.indexOf(words) + words.length];
    expect(found(whole)).toEqual([
      ["No Money Left", -1, ...at("No Money Left")],
      ["We have no money left for the night crossing,", 1, ...at("We have no money left for the night crossing,")],
    ]);
    expect(found(pieces)).toEqual(found(whole));
  });

  it("carries a mention's titles, titled form and implied full name from its piece to the merge", () => {
    // Each paragraph is a piece of its own; the titles and the implied "Tom Quill" come from the pieces' findings.
    const titled = [
      "Mayor Ada Quill opened the harbour fair on Saturday with her husband.",
      "Tom and Ada Quill walked the length of the pier together.",
      "Mayor Quill later thanked the volunteers of the fair.",
    ].join("\n\n");
    const layout = segment(titled);
    const whole = analyse(titled, layout, false);
    const pieces = analyse(titled, layout, false, 80);
    expect(pieces.entities).toEqual(whole.entities);
    const ada = pieces.entities.find((e) => e.name === "Ada Quill");
    expect(ada?.titles).toContain("Mayor");
    expect(ada?.aliases).toContain("Mayor Ada Quill");
    expect(pieces.entities.map((e) => e.name)).toContain("Tom Quill");
  });

  it("groups regions into pieces no longer than the piece size, one region at least", () => {
    const regions = [{ start: 0, end: 50, paragraph: 0 }, { start: 52, end: 90, paragraph: 1 }, { start: 92, end: 300, paragraph: 2 }];
    expect(groupPieces(regions, 100).map((p) => p.map((r) => r.paragraph))).toEqual([[0, 1], [2]]);
    expect(groupPieces(regions, 10).map((p) => p.length)).toEqual([1, 1, 1]);
  });

  it("groups regions as they come, reading no region past the piece it hands on", () => {
    const read: number[] = [];
    function* regions() {
      for (const [k, start] of [0, 52, 92].entries()) {
        read.push(k);
        yield { start, end: start + 40, paragraph: k };
      }
    }
    const pieces = piecesOf(regions(), 50);
    expect(pieces.next().value?.map((r) => r.paragraph)).toEqual([0]);
    // The second region had to be read to know that the first piece was full; the third was not.
    expect(read).toEqual([0, 1]);
    expect([...pieces].map((p) => p.map((r) => r.paragraph))).toEqual([[1], [2]]);
  });

  it("cuts the paragraphs that cross a piece's edges at the edge", () => {
    const paragraphs = [
      { index: 0, start: 0, end: 50, text: "" }, { index: 1, start: 52, end: 90, text: "" }, { index: 2, start: 92, end: 300, text: "" },
    ];
    expect(paragraphsWithin(paragraphs, 60, 150).map((p) => [p.index, p.start, p.end])).toEqual([[1, 60, 90], [2, 92, 150]]);
  });
});
