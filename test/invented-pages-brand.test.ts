/**
 * Where invented pages name their own brand (issue 21, source on unseen sites): notices that run on past the name,
 * titles whose site part carries more than the brand. Expected values read off each page by a person, by the
 * conventions of the metadata gold (pages/META.md): the source is the site as it brands itself, never its owner.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";
import { copyrightHolder, ownership } from "../src/story/segment/source.js";

const page = (lines: string[]) => lines.join("\n");

describe("an ownership notice with the copyright mark on the same line", () => {
  it("reads the brand and the owner though the mark follows the owner's name", () => {
    expect(ownership("The Millbrook Ledger is part of Tallgrass Regional Media. © 2025")).toMatchObject({ brands: ["The Millbrook Ledger"], owners: [expect.stringMatching(/^Tallgrass Regional/)] });
    expect(ownership("Pinecrest Daily is owned by Ridgeway Holdings Ltd. All rights reserved.").brands).toEqual(["Pinecrest Daily"]);
  });
  it("gives the brand, not the notice, as the copyright holder", () => {
    expect(copyrightHolder("The Millbrook Ledger is part of Tallgrass Regional Media. © 2025")).toBe("The Millbrook Ledger");
  });
  it("names the site on a page whose title is the headline alone", () => {
    const text = page([
      "Ferry timetable cut for the winter months",
      "",
      "The Millbrook Ledger",
      "Home",
      "Local",
      "Sport",
      "",
      "Ferry timetable cut for the winter months",
      "Words: Ada Lindqvist",
      "Monday 3 November 2025",
      "The island ferry will run four times a day instead of seven from December, the operator said on Monday.",
      "Residents who commute to the mainland say the first crossing now leaves too late for the morning shift.",
      "The operator blamed a shortage of deck crew and said the full timetable would return in April.",
      "",
      "Get the Ledger newsletter",
      "The Millbrook Ledger is part of Tallgrass Regional Media. © 2025",
    ]);
    expect(segment(text).meta.source).toBe("The Millbrook Ledger");
  });
});
