/**
 * Finding quotes and the verbs that report them, on kinds seen on unseen news: marks typed the wrong way
 * round, quotes nested in the other style, quote blocks and transcript layouts, verbs of saying. Sentences
 * invented for these tests; expected values read off them by a person.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import type { Quote } from "../src/types.js";

function quotes(text: string): Quote[] {
  return extract(text, { indirect: false }).quotes;
}

function said(text: string): Array<[string, string | null]> {
  return quotes(text).map((q) => [q.text, q.speaker]);
}

describe("quote marks typed the wrong way round", () => {
  it("opens a quote at a ” that starts a word", () => {
    expect(said("Harbour master Ada Quill spoke on Monday. ”We will dredge the channel,” she said."))
      .toEqual([["We will dredge the channel,", "Ada Quill"]]);
  });

  it("closes a quote at a “ after a word's comma", () => {
    expect(said("“The ferry is safe,“ said Tom Reyes, the port's engineer."))
      .toEqual([["The ferry is safe,", "Tom Reyes"]]);
  });

  it("keeps reading a “ after a comma as an opener when a word follows it", () => {
    expect(quotes("Ada Quill said,“The tide is late.”").map((q) => q.text)).toEqual(["The tide is late."]);
  });
});

describe("a quote nested in the other style of double mark", () => {
  it("keeps a straight-quoted word inside a curly quote", () => {
    expect(said("“We told the board \"no\" twice,” said Ada Quill."))
      .toEqual([["We told the board \"no\" twice,", "Ada Quill"]]);
  });

  it("keeps a curly quote inside a straight-quoted passage", () => {
    const found = quotes("The letter read: \"The port did nothing. “We were never asked,” one pilot said, and the board knew.\"");
    expect(found.map((q) => q.text)).toEqual([
      "The port did nothing. “We were never asked,” one pilot said, and the board knew.",
    ]);
  });

  it("reads the marks as before when nesting would leave a quote open", () => {
    // The first quote never closes; the second, opened straight and closed curly, is still found.
    expect(quotes("“We lost the vote, said a docker. \"We will try again,” said Ada Quill.").map((q) => q.text))
      .toEqual(["We will try again,"]);
  });
});
