/**
 * Metadata of whole invented pages, as a text extractor leaves them (menus, kicker, headline, byline, captions,
 * body, related links, footer), for kinds of sites the shared gold has few of. Expected values read off each page
 * by a person, by the conventions of the metadata gold (pages/META.md).
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

const page = (lines: string[]) => lines.join("\n");

describe("a UK paper: caption without a full stop before its 'Image:' credit", () => {
  const text = page([
    "Menu", "Search", "Sign in", "Home", "UK", "World", "Sport",
    "Hospital waiting lists fall for third month in a row",
    "Helen McAllister",
    "Health Correspondent",
    "Published 14/02/2026",
    "Patients wait in a corridor at a hospital in Leeds Image: PA",
    "Waiting lists for planned hospital treatment in England fell for the third month running in December, official figures show.",
    "About 7.1 million treatments were waiting to be carried out at the end of the month, down from 7.2 million in November.",
    "The health secretary said the figures showed the service was \"turning a corner\", but unions warned that staff shortages remained severe.",
    "The number of people waiting more than a year fell to 210,000.",
    "More on this story", "Nurses vote on new pay offer",
    "Follow The Northern Ledger", "Sign up to The Northern Ledger newsletter",
    "© Northern Ledger Media Ltd 2026",
  ]);
  const { meta, paragraphs } = segment(text);
  it("takes the headline, not the caption, and the credit without its label", () => {
    expect(meta.headline).toBe("Hospital waiting lists fall for third month in a row");
    expect(meta.credit).toBe("PA");
    expect(meta.byline).toBe("Helen McAllister");
    expect(meta.authors).toEqual(["Helen McAllister"]);
    expect(meta.date).toBe("2026-02-14");
    expect(meta.source).toBe("The Northern Ledger");
    expect(paragraphs[0]!.text.startsWith("Waiting lists")).toBe(true);
  });
});
