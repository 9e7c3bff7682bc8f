/**
 * Dates and datelines of whole invented pages (issue 21): stamp lines that carry two dates, and a page that shows
 * its last change unlabelled over its first publication. Expected values read off each page by a person, by the
 * conventions of the metadata gold (pages/META.md: published wins over updated).
 */
import { describe, expect, it } from "vitest";
import { segment } from "../src/story/segment.js";

const page = (lines: string[]) => lines.join("\n");

describe("a stamp line with both the update and the publication", () => {
  const text = page([
    "Factory fire forces families from their homes - Lakeshore Tribune",
    "Lakeshore Tribune",
    "Factory fire forces families from their homes",
    "By Nora Kell",
    "Last updated: June 14, 2021 at 5:03 p.m. | Published: June 13, 2021 at 8:15 a.m.",
    "SPRINGVALE, Ill. — A fire at a plastics factory forced about 200 people from their homes on Sunday, fire officials said.",
    "No one was hurt, and the blaze was under control by evening.",
    "© 2021 Lakeshore Tribune",
  ]);
  const { meta, paragraphs } = segment(text);
  it("reads the publication date from it, not the update", () => {
    expect(meta.date?.slice(0, 10)).toBe("2021-06-13");
  });
  it("keeps the stamp out of the body, so the story opens with its dateline", () => {
    expect(meta.dateline).toBe("SPRINGVALE, Ill.");
    expect(paragraphs.some((p) => p.text.startsWith("Last updated"))).toBe(false);
  });
});

describe("a line of prose with two dates is no stamp line", () => {
  const text = page([
    "Museum reopens after long repairs",
    "Museum reopens after long repairs",
    "By Ada Moss",
    "May 2, 2022",
    "The museum closed on March 3, 2020 and stayed shut through the winter until its reopening on May 1, 2022 with a new wing.",
    "Visitors queued around the block for the first tickets.",
  ]);
  it("keeps the sentence in the body and takes the header date", () => {
    const { meta, paragraphs } = segment(text);
    expect(meta.date?.slice(0, 10)).toBe("2022-05-02");
    expect(paragraphs.some((p) => p.text.startsWith("The museum closed"))).toBe(true);
  });
});

describe("a page that shows its last change unlabelled and its first publication under it", () => {
  const text = page([
    "Bank raises its rate for the third time this year | The Kingsbridge Herald",
    "The Kingsbridge Herald",
    "Bank raises its rate for the third time this year",
    "By Oliver Grant",
    "Thursday 7 March 2019 10:42 GMT",
    "First published on Wed 6 Mar 2019 18.00 GMT",
    "The central bank raised its main rate by a quarter point on Thursday, citing rising prices.",
    "Economists had expected the move after a run of strong figures.",
    "© 2019 The Kingsbridge Herald",
  ]);
  it("takes the first publication", () => {
    expect(segment(text).meta.date?.slice(0, 10)).toBe("2019-03-06");
  });
  it("still takes the first of two plain date lines when neither says it was first", () => {
    const plain = text.replace("First published on ", "");
    expect(segment(plain).meta.date?.slice(0, 10)).toBe("2019-03-07");
  });
});
