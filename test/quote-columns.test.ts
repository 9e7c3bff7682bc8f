/**
 * A piece's quotes as columns between the piece and the whole story's merge (src/story/quote-columns.ts): made
 * objects again they must be the same quotes, fields in the same order (the JSON is compared byte for byte),
 * with equal attributions shared.
 */
import { serialize, deserialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { quoteColumns, quotesOf } from "../src/story/quote-columns.js";
import { StringPool } from "../src/lib/string-pool.js";
import { extract, SHARED_ATTRIBUTIONS } from "../src/story/extract.js";
import type { AttributionTrace, Quote } from "../src/types.js";

const roundTrip = (quotes: Quote[], source = "") =>
  quotesOf(deserialize(serialize(quoteColumns(quotes, source))), source, new StringPool(64, 1000), new Map<string, AttributionTrace>());

describe("quote columns", () => {
  it("give back the quotes newsx reads, field for field and in the same order", () => {
    // Invented: a direct quote, an interrupted one (fragments), a partial one, reported speech, no speaker.
    const story = [
      "“The gates will shut at six,” harbour master Tova Linde said on Tuesday.",
      "“We tried,” Linde said, “and the tide won.”",
      "Linde called the closure “a matter of hours” and left.",
      "The port office said that ferries would wait outside.",
      "“Nobody knows,” a sign read.",
    ].join("\n\n");
    const quotes = extract(story, { indirect: true }).quotes;
    expect(quotes.some((q) => q.kind === "indirect")).toBe(true);
    expect(quotes.some((q) => q.fragments !== undefined)).toBe(true);
    const back = roundTrip(quotes, story);
    expect(JSON.stringify(back)).toBe(JSON.stringify(quotes));
    for (const [k, q] of back.entries()) expect(Object.keys(q)).toEqual(Object.keys(quotes[k]!));
  });

  it("share one attribution between quotes with equal ones, and keep null spans and confidences", () => {
    const quote = (start: number): Quote => ({
      text: "A,", speaker: null, speakerText: "he", role: null, verb: "said", kind: "direct", via: null, paragraph: start,
      start, end: start + 2, speakerSpan: { start: start + 4, end: start + 6 }, verbSpan: null,
      attribution: { rule: "after-subject-verb", evidence: "he said", resolution: "none" }, confidence: null,
    });
    const back = roundTrip([quote(0), quote(20)]);
    expect(back[0]!.attribution).toBe(back[1]!.attribution);
    expect(back[1]).toEqual(quote(20));
    expect(back[1]!.verbSpan).toBeNull();
    expect(back[1]!.confidence).toBeNull();
  });

  it("give each quote an attribution of its own when no map to share them is given", () => {
    const quote = (start: number): Quote => ({
      text: "A,", speaker: null, speakerText: "he", role: null, verb: "said", kind: "direct", via: null, paragraph: start,
      start, end: start + 2, speakerSpan: null, verbSpan: null,
      attribution: { rule: "after-subject-verb", evidence: "he said", resolution: "none" }, confidence: null,
    });
    const back = quotesOf(deserialize(serialize(quoteColumns([quote(0), quote(20)], ""))), "", new StringPool(64, 1000), null);
    expect(back[0]!.attribution).not.toBe(back[1]!.attribution);
    expect(back[1]!.attribution).toEqual({ rule: "after-subject-verb", evidence: "he said", resolution: "none" });
  });

  it("in a long story's library result (read in pieces), changing one quote's attribution leaves the others' alone", () => {
    // Invented: a quote said by Tova Linde in every paragraph, each about other places, far past one piece
    // (PIECE_CHARS) of text.
    const places = ["gates", "ferries", "docks", "cranes", "bridges", "locks", "piers", "sheds", "quays", "buoys", "tugs"];
    const paragraph = (k: number) =>
      `“The ${places[k % 11]} and the ${places[Math.floor(k / 11) % 11]} will shut before the ` +
      `${places[Math.floor(k / 121) % 11]} open again,” Tova Linde said on Tuesday at the harbour office.`;
    const text = Array.from({ length: 1331 }, (_, k) => paragraph(k)).join("\n\n");
    const story = extract(text);
    expect(story.quotes.length).toBeGreaterThan(1000);
    const [first, second] = story.quotes;
    expect(second!.attribution).toEqual(first!.attribution);
    first!.attribution.rule = "changed by the user";
    expect(second!.attribution.rule).not.toBe("changed by the user");
    // The command line's Story, which no user sees as objects, keeps the saving: one object for equal ones.
    const cli = extract(text, { [SHARED_ATTRIBUTIONS]: true });
    expect(cli.quotes[1]!.attribution).toBe(cli.quotes[0]!.attribution);
  });

  it("carry a quote's text as its offsets when it is the story's text there, and as a string when it is not", () => {
    const source = "Tova Linde said that the gates would shut at six.";
    // "the gates would shut at six" is source[21, 48); the second quote's text differs from its stretch.
    const quote = (text: string): Quote => ({
      text, speaker: "Tova Linde", speakerText: "Tova Linde", speakerSpan: { start: 0, end: 10 }, role: null, verb: "said",
      verbSpan: { start: 11, end: 15 }, via: null, kind: "indirect", paragraph: 0, start: 21, end: 48,
      attribution: { rule: "indirect-that", evidence: "said that", resolution: "named" }, confidence: 0.5,
    });
    const columns = quoteColumns([quote("the gates would shut at six"), quote("the gates would shut at 6")], source);
    expect(columns.strings).not.toContain("the gates would shut at six");
    expect(columns.strings).toContain("the gates would shut at 6");
    const back = roundTrip([quote("the gates would shut at six"), quote("the gates would shut at 6")], source);
    expect(back.map((q) => q.text)).toEqual(["the gates would shut at six", "the gates would shut at 6"]);
  });

  it("carry a quote of a field order it does not know as it is", () => {
    const odd = { speaker: "Tova Linde", text: "Go.", speakerText: null, role: null, verb: null, kind: "direct", via: null, paragraph: 0,
      start: 1, end: 4, speakerSpan: null, verbSpan: null, attribution: { rule: "none", evidence: "", resolution: "none" }, confidence: 0.5 } as Quote;
    const back = roundTrip([odd]);
    expect(Object.keys(back[0]!)).toEqual(Object.keys(odd));
    expect(back[0]).toEqual(odd);
  });
});
