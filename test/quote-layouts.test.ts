/**
 * Speakers given by a story's layout (src/story/quotes/layouts.ts) on small invented stories: a quotation's
 * signature line under it, and a transcript's labelled lines without quote marks. The expected speakers were
 * read off each story by a person.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { segment } from "../src/story/segment.js";

const quotesOf = (text: string) => extract(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker, rule: q.attribution.rule }));

describe("a quotation's signature line", () => {
  const tiny = [
    "Ferry fares to rise",
    "The harbour board voted on Tuesday to raise ferry fares by ten percent.",
    "“We cannot keep the boats running at the old prices.”\n― Ada Quill, harbour master",
    "The new fares start in May.",
  ].join("\n\n");

  it("stays in a tiny story's body, with the prose after it, instead of reading as a menu line", () => {
    const { paragraphs, boilerplate } = segment(tiny);
    expect(paragraphs.map((p) => p.text)).toEqual([
      "The harbour board voted on Tuesday to raise ferry fares by ten percent.",
      "“We cannot keep the boats running at the old prices.”",
      "― Ada Quill, harbour master",
      "The new fares start in May.",
    ]);
    expect(boilerplate.map((b) => b.kind)).toEqual(["headline"]);
  });

  it("signs the quote over it, on the next line or in the next paragraph, after any dash", () => {
    expect(quotesOf(tiny)).toEqual([{ text: "We cannot keep the boats running at the old prices.", speaker: "Ada Quill", rule: "after-dash-signature" }]);
    const apart = "Ferry fares to rise\n\nThe harbour board voted on Tuesday to raise ferry fares.\n\n“We cannot keep the boats running at the old prices.”\n\n— Ada Quill";
    expect(quotesOf(apart)).toEqual([{ text: "We cannot keep the boats running at the old prices.", speaker: "Ada Quill", rule: "after-dash-signature" }]);
    const hyphens = "Ferry fares to rise\n\nThe harbour board voted on Tuesday to raise ferry fares.\n\n“We cannot keep the boats running.”\n\n-- Ada Quill, mayor\n\nThe new fares start in May.";
    expect(quotesOf(hyphens)[0]).toMatchObject({ speaker: "Ada Quill", rule: "after-dash-signature" });
  });

  it("keeps a dash-led line under a paragraph that is no quotation out of the body as before", () => {
    // No quotation over it: a short dash-led line is furniture (here a link), not a signature.
    const { paragraphs } = segment("Ferry fares to rise\n\nThe harbour board voted on Tuesday to raise ferry fares by ten percent.\n\n— Back to top");
    expect(paragraphs.map((p) => p.text)).toEqual(["The harbour board voted on Tuesday to raise ferry fares by ten percent."]);
  });
});

describe("a transcript's lines without quote marks", () => {
  const exchange = [
    "Ferry talks, in their words",
    "Harbour master Ada Quill and pilot Tom Reyes met the board on Monday. Part of the exchange follows.",
    "QUILL: We will not run the ferry until the hull is repaired.",
    "Mr. REYES: The pilots are ready to sail tomorrow.",
    "NOTE: The board meets again in May.",
    "QUILL: Then the pilots can pay for the hull.",
  ].join("\n\n");

  it("gives each labelled line to the story's person with the label's surname, and a note to no one", () => {
    expect(quotesOf(exchange)).toEqual([
      { text: "We will not run the ferry until the hull is repaired.", speaker: "Ada Quill", rule: "transcript-line" },
      { text: "The pilots are ready to sail tomorrow.", speaker: "Tom Reyes", rule: "transcript-line" },
      { text: "Then the pilots can pay for the hull.", speaker: "Ada Quill", rule: "transcript-line" },
    ]);
  });

  it("leaves an interview's “Q:” and “A:” alone: they name no one, and annotated news counts no quote there", () => {
    const interview = "Ada Quill on the ferry\n\nHarbour master Ada Quill spoke to the Ledger on Monday.\n\nQ: When will the ferry run again?\n\nA: Not before the hull is repaired.\n\nQ: And the fares?\n\nA: They will rise.";
    expect(quotesOf(interview)).toEqual([]);
  });

  it("is decided on the whole story: one labelled line, a dateline or a note make no transcript", () => {
    const one = "Ferry talks\n\nHarbour master Ada Quill met the board on Monday.\n\nQUILL: We will not run the ferry.\n\nThe board meets again in May.";
    expect(quotesOf(one)).toEqual([]);
    const labels = "Ferry fares rise\n\nWASHINGTON: Harbour master Ada Quill raised ferry fares on Monday.\n\nNOTE: The new fares start in May.\n\nUPDATE: The board approved the plan.";
    expect(quotesOf(labels)).toEqual([]);
  });

  it("leaves a labelled line with quote marks to its marks", () => {
    const marked = [
      "Ferry talks",
      "Harbour master Ada Quill and pilot Tom Reyes met the board on Monday.",
      "QUILL: We will not pay ‘a cent more’ for the hull.",
      "REYES: The pilots are ready to sail tomorrow.",
    ].join("\n\n");
    expect(quotesOf(marked)).toEqual([
      { text: "a cent more", speaker: "Ada Quill", rule: "transcript-label" },
      { text: "The pilots are ready to sail tomorrow.", speaker: "Tom Reyes", rule: "transcript-line" },
    ]);
  });
});
