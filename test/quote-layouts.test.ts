/**
 * Speakers given by a story's layout (src/story/quotes/layouts.ts) on small invented stories: a quotation's
 * signature line under it. The expected speakers were read off each story by a person.
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

  it("leaves an agency's sign-off under the last quote out of the body: a wire service signs the story, not the quote", () => {
    const story = [
      "Ferry fares to rise",
      "The harbour board voted on Tuesday to raise ferry fares by ten percent, its first rise in six years.",
      "The chair closed the meeting with a line from an old sea shanty: “Haul away, boys, the tide is turning.”\n— Reuters",
      "Most read on the harbour desk this week.",
    ].join("\n\n");
    const { paragraphs, boilerplate } = segment(story);
    expect(paragraphs.map((p) => p.text)).not.toContain("— Reuters");
    expect(boilerplate.map((b) => b.text)).toContain("— Reuters");
  });
});
