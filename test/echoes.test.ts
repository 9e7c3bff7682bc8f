/**
 * Names of the story seen again in lines the segmenter does not read as prose (src/story/entities/echoes.ts):
 * a page's title line, an infobox row; never a row of links to other pages.
 */
import { describe, expect, it } from "vitest";
import { echoedMentions } from "../src/story/entities/echoes.js";
import type { RawMention } from "../src/story/entities/mentions.js";
import type { Boilerplate, EntityType } from "../src/types.js";
import { extract } from "../src/index.js";

function known(text: string, name: string, type: EntityType): RawMention {
  const start = text.lastIndexOf(name);
  return { text: name, start, end: start + name.length, type, titles: [], titledForm: null, paragraph: 0, words: name.split(" ").length, gender: null };
}

function block(text: string, line: string, kind: Boilerplate["kind"]): Boilerplate {
  const start = text.indexOf(line);
  return { text: line, start, end: start + line.length, kind };
}

describe("echoedMentions", () => {
  const text = "Fort Alder\n\nBorn: 1950, Fort Alder, Wessex\n\nRhona Vane grew up in Fort Alder, Wessex.";
  const names = [known(text, "Rhona Vane", "person"), known(text, "Fort Alder", "place"), known(text, "Wessex", "place")];

  it("finds the story's names in a title line and an infobox row, with their types", () => {
    const found = echoedMentions(text, [block(text, "Fort Alder", "navigation"), block(text, "Born: 1950, Fort Alder, Wessex", "date")], names);
    expect(found.map((m) => [m.text, m.type, m.start, m.paragraph])).toEqual([
      ["Fort Alder", "place", 0, null],
      ["Fort Alder", "place", 24, null],
      ["Wessex", "place", 36, null],
    ]);
  });

  it("reads nothing in a row of links to other pages, or in a block with its own reader", () => {
    const menu = "Fort Alder\n\n« Wessex floods | Main | Rhona Vane wins »\n\nRhona Vane grew up in Fort Alder, Wessex.";
    const menuNames = [known(menu, "Rhona Vane", "person"), known(menu, "Wessex", "place")];
    expect(echoedMentions(menu, [block(menu, "« Wessex floods | Main | Rhona Vane wins »", "navigation")], menuNames)).toEqual([]);
    expect(echoedMentions(text, [block(text, "Fort Alder", "credit")], names)).toEqual([]);
  });

  it("takes a name only when it is a whole run of capitalised words; a closing full stop is no part of it", () => {
    const t = "Wessex Fort Alder.\n\nFort Alder. Rain in Wessex, then more.\n\nIn Fort Alder and Wessex.";
    const names2 = [known(t, "Fort Alder", "place"), known(t, "Wessex", "place")];
    const found = echoedMentions(t, [block(t, "Wessex Fort Alder.", "other"), block(t, "Fort Alder. Rain in Wessex, then more.", "other")], names2);
    expect(found.map((m) => [m.text, m.start])).toEqual([["Fort Alder", 20], ["Wessex", 40]]);
  });

  it("takes no dictionary word capitalised only because it opens the title line", () => {
    const t = "High tide returns to Wessex\n\nThe High trust met in Wessex.";
    const found = echoedMentions(t, [block(t, "High tide returns to Wessex", "navigation")], [known(t, "High", "organization"), known(t, "Wessex", "place")]);
    expect(found.map((m) => m.text)).toEqual(["Wessex"]);
  });

  it("takes no place out of a person's name in a caption", () => {
    const t = "Corin Ashby arrives at the gala on Friday.\n\nThe festival opened in Ashby on Friday.";
    const found = echoedMentions(t, [block(t, "Corin Ashby arrives at the gala on Friday.", "caption")], [known(t, "Ashby", "place")]);
    expect(found).toEqual([]);
  });

  it("reads no menu item or list of other headlines below the page's first line", () => {
    const t = "Home\nNews\nWessex\nSign in\n\nRhona Vane grew up in Wessex.\n\nMost Read\nWessex floods again";
    const menu = ["Home", "News", "Wessex", "Sign in", "Most Read", "Wessex floods again"].map((line) => block(t, line, "navigation"));
    expect(echoedMentions(t, menu, [known(t, "Wessex", "place"), known(t, "Rhona Vane", "person")])).toEqual([]);
  });
});

describe("extract() with a title line, an infobox row and a menu above the body", () => {
  const story = extract([
    "Brannoch",
    "",
    "Born: March 3, 1950 (age 70) Kessock, Ardmore",
    "",
    "« Ferry times to Ardmore | Main | Harbour news »",
    "",
    "Brannoch is a small fishing town on the north coast of the island of Ardmore. The town grew around its harbour in the eighteenth century, when boats from Kessock came to land their catch here.",
    "",
    "Most visitors to Brannoch arrive on the morning ferry from Kessock and stay a night or two. The harbour master, Ewan Tolland, keeps a list of rooms to let in the old net lofts above the quay.",
  ].join("\n"));

  it("counts the row's place names as mentions outside the body", () => {
    const kessock = story.entities.find((e) => e.name === "Kessock");
    expect(kessock?.type).toBe("place");
    expect(kessock?.mentions.map((m) => m.paragraph)).toEqual([null, 0, 1]);
  });

  it("leaves the menu's names to the pages it links to", () => {
    // "Ardmore" stands in the infobox row (offset 39 + 9) and in the first paragraph, not in the menu line.
    expect(story.entities.find((e) => e.name === "Ardmore")?.mentions.map((m) => m.start)).toEqual([48, 176]);
  });
});
