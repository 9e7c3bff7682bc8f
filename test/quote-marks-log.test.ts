/**
 * The log of keep-or-drop decisions on quoted stretches (extractQuotes' `markLog`) that scripts/train-quotes.js
 * learns from: every stretch the rules met, titles they drop before attribution included, with its features.
 * Sentences invented for these tests; expected values read off them by a person.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";
import { analysedRegions } from "../src/story/extract.js";
import { parseRegions } from "../src/nlp/parse.js";
import { extractEntities } from "../src/story/entities/index.js";
import { extractQuotes, type MarkDecision } from "../src/story/quotes/index.js";

const STORY = "Pier plan stalls\n\nThe harbour board met on Monday.\n\n"
  + "Ada Quill spoke on Channel 4's “Morning Tide” on Sunday. “We will not pay for the pier,” Quill said.\n\n"
  + "The harbour board is funding a “super ferry” that will sail from May.";

function run(log?: MarkDecision[], story = STORY): string[] {
  const segmentation = segment(story);
  const parsed = parseRegions(story, analysedRegions(segmentation));
  const { drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  return extractQuotes(parsed, segmentation.paragraphs, drafts, { indirect: false, markLog: log }).map((q) => q.text);
}

describe("the log of keep-or-drop decisions on quoted stretches", () => {
  it("logs a show's title, a term and a quotation with the rules' verdicts, and changes no output", () => {
    const log: MarkDecision[] = [];
    const kept = run(log);
    expect(kept).toEqual(["We will not pay for the pier,"]);
    expect(run()).toEqual(kept);
    expect(log.map((d) => [d.candidate.text, d.rulesKeep, d.candidate.title, d.candidate.scare])).toEqual([
      ["Morning Tide", false, true, false],
      ["We will not pay for the pier,", true, false, false],
      ["super ferry", false, false, true],
    ]);
  });

  it("gives each stretch features of its words and its sentence, again under the rules' verdict", () => {
    const log: MarkDecision[] = [];
    run(log);
    const [title, quotation, term] = log.map((d) => d.features);
    expect(title).toMatchObject({ "words:2": 1, "caps:every-word": 1, "speaker:none": 1, "rules:title": 1, "title|words:2": 1 });
    expect(quotation).toMatchObject({ "kind:direct": 1, "speaker:name": 1, "ends:comma": 1, "opens-sentence": 1, "kept|speaker:name": 1 });
    expect(term).toMatchObject({ "words:2": 1, "first:lower": 1, "verb:none": 1, "before:a": 1, "rules:scare": 1, "scare|verb:none": 1 });
    expect(quotation?.["rules:title"]).toBeUndefined();
  });

  it("marks a quote that fills its paragraph, and not one inside a sentence", () => {
    const log: MarkDecision[] = [];
    run(log, "Pier plan stalls\n\nAda Quill spoke to the board on Monday.\n\n“The pier is finished.”\n\n"
      + "She said the pier was “finished” for good.");
    expect(log.map((d) => [d.candidate.text, d.features["fills-paragraph"] ?? 0])).toEqual([
      ["The pier is finished.", 1],
      ["finished", 0],
    ]);
  });
});
