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

describe("a magazine without a copyright line: the brand from its trademark notice and masthead", () => {
  const text = page([
    "Subscribe", "Sign In", "THE LONG VIEW", "CULTURE",
    "The last lighthouse keepers of Norway",
    "Words by Ingrid Holm",
    "The light on the rock was automated in 1989, but nobody told the keeper's family, or rather nobody could make them leave.",
    "Arne Nilsen was born in the keeper's house. His father kept the light, and his grandfather before that.",
    "He still climbs the 112 steps every evening, though the lamp has switched itself on since before his children were born.",
    "\"The light does not need me,\" he said. \"But I think the rock does.\"",
    "Arne Nilsen at the top of the lighthouse. Photograph: Erik Sand for The Long View",
    "More from Culture", "The quiet return of the cassette tape",
    "The Long View is a registered trademark of Northlight Publishing Group.",
    "Terms of Use | Privacy",
  ]);
  const { meta } = segment(text);
  it("names the magazine, not its owner, and keeps the credit's 'for' part", () => {
    expect(meta.source).toBe("The Long View");
    expect(meta.byline).toBe("Words by Ingrid Holm");
    expect(meta.authors).toEqual(["Ingrid Holm"]);
    expect(meta.credit).toBe("Erik Sand for The Long View");
  });
});

describe("a blog whose footer holds its name and its theme's credit", () => {
  const text = page([
    "Pixel & Pine", "A blog about gardening, photography and slow living", "Home About Recipes Garden Contact",
    "Why I stopped tilling my vegetable beds",
    "Posted on April 2, 2026 by Greta Lindqvist",
    "For ten years I turned over every bed each spring with a fork, because that is what my grandmother did.",
    "Three seasons ago I stopped. The beds now get a thick layer of compost in the autumn and nothing else.",
    "The soil holds water far better, and there are fewer weeds because buried seeds stay buried.",
    "If you want to try it, start with one bed and cover it with cardboard in October.",
    "Filed Under: Garden",
    "Leave a Reply",
    "Copyright © 2026 Pixel & Pine · Built on the Genesis Framework",
  ]);
  const { meta } = segment(text);
  it("takes the blog's name, not the framework line after the dot", () => {
    expect(meta.source).toBe("Pixel & Pine");
    expect(meta.authors).toEqual(["Greta Lindqvist"]);
    expect(meta.date).toBe("2026-04-02");
  });
});

describe("a company newsroom's press release", () => {
  const text = page([
    "Newsroom", "Press Releases", "Media Contacts",
    "Brightwell Robotics opens new factory in Ohio",
    "COLUMBUS, Ohio, Sept. 9, 2026 /PRNewswire/ -- Brightwell Robotics, a maker of warehouse automation systems, today announced the opening of a factory in Columbus that will employ 600 people by 2028.",
    "The plant will build the company's line of autonomous carts, which are used by retailers and shipping firms across North America.",
    "\"Ohio gives us the workforce and the location we need to grow,\" said Priya Natarajan, chief executive of Brightwell Robotics.",
    "The company received $12 million in state tax credits tied to the number of jobs created.",
    "Media Contact:", "Jordan Lee", "press@brightwellrobotics.com",
  ]);
  const { meta, paragraphs } = segment(text);
  it("reads the dateline and the date the release gives in it, and no byline", () => {
    expect(meta.dateline).toBe("COLUMBUS, Ohio");
    expect(meta.date).toBe("2026-09-09");
    expect(meta.byline).toBeNull();
    expect(paragraphs[0]!.text.startsWith("Brightwell Robotics, a maker")).toBe(true);
  });
});
