/**
 * Given names that are also ordinary words ("Hope", "Frank", "Miles", "May", "Will", "June"): one rule in
 * src/story/entities/mentions.ts (`opensGivenName`) reads such a word as the start of a person's name when a word
 * written as a surname follows it, unless the context reads the ordinary word. Every sentence is invented for the
 * test; the expected names were read off the sentences by a person.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import type { EntityType } from "../src/types.js";

/** name -> type of every entity the text yields. */
function typed(text: string): Record<string, EntityType> {
  return Object.fromEntries(extract(text).entities.map((e) => [e.name, e.type]));
}

const people = (text: string) => extract(text).entities.filter((e) => e.type === "person").map((e) => e.name).sort();
const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker);

describe("an ordinary word that is a listed given name, before a surname", () => {
  it("opens a person's name at the start of a sentence", () => {
    expect(typed("Hope Hicks arrived at the briefing late on Monday.")).toEqual({ "Hope Hicks": "person" });
    expect(typed("Frank Gehry designed the museum in 1997.")).toEqual({ "Frank Gehry": "person" });
    expect(typed("Miles Davis recorded the album in two days.")).toEqual({ "Miles Davis": "person" });
    expect(typed("May Chen, 41, said the data were clear.")).toEqual({ "May Chen": "person" });
  });

  it("opens a person's name inside a sentence, after a role or a preposition", () => {
    expect(typed("The trumpeter Miles Davis recorded the album.")).toEqual({ "Miles Davis": "person" });
    expect(typed("Architect Frank Gehry designed the museum.")).toEqual({ "Frank Gehry": "person" });
    // "by" before a month is a deadline ("by May"), but before a month and a surname it names the writer.
    expect(typed("The report was written by May Chen, a researcher.")).toEqual({ "May Chen": "person" });
    expect(typed("Critics praised Miles Davis for the record.")).toEqual({ "Miles Davis": "person" });
  });

  it("takes a surname that is also an ordinary word only when the sentence says a person", () => {
    // "Hicks" is a word too: a verb of speaking or of people after the pair, or a title before it, says whose.
    expect(typed("Hope Hicks said the White House would respond on Tuesday.")).toEqual({ "Hope Hicks": "person", "White House": "organization" });
    expect(people("Officials said Hope Hicks had left the firm.")).toEqual(["Hope Hicks"]);
    expect(people("Mark Okafor and spokeswoman Hope Hicks met the press.")).toEqual(["Hope Hicks", "Mark Okafor"]);
    // Two ordinary words with nothing to say a person: a thing's name.
    expect(people("The songs of Pearl Jam filled the hall.")).toEqual([]);
    expect(people("Samples such as Moon Rocks, dust and ice are kept in the lab.")).toEqual([]);
    expect(people("Barden helps lead a program called Sandy Hook Promise.")).toEqual([]);
  });
});

describe("one name, one person across the story", () => {
  it("takes two words the story names as a person elsewhere as that person wherever they stand", () => {
    const mentions = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.mentions.length ?? 0;
    // "Friends of Hope Hicks" alone says nothing of a person; "Hope Hicks said" in the same story does.
    expect(mentions("Hope Hicks said the plan was sound. Friends of Hope Hicks gathered later.", "Hope Hicks")).toBe(2);
    // So too a given name no dictionary has before a surname that is an ordinary word.
    expect(mentions("Orlaith Price said the fund had grown. Donors cheered Orlaith Price at the dinner.", "Orlaith Price")).toBe(2);
    // Never without a sign of a person at one of them at least.
    expect(people("The songs of Pearl Jam filled the hall, and Pearl Jam played on.")).toEqual([]);
  });
});

describe("the context that reads the ordinary word", () => {
  it("leaves a word that is no surname out: a number, a lower-case word, a small word", () => {
    expect(typed("May 5 is the deadline for the filing.")).toEqual({});
    expect(typed("The vote is set for June 2024 in the capital.")).toEqual({});
    expect(typed("Hope remains that the talks will succeed.")).toEqual({});
    expect(typed("Frank talks between the two leaders began on Monday.")).toEqual({});
    expect(typed("Will the council agree to the plan?")).toEqual({});
    expect(people("The Bill of Rights protects speech.")).toEqual([]);
  });

  it("leaves a place or a building named with the word to be one", () => {
    expect(people("Art Basel opened in Miami on Thursday.")).toEqual([]);
    expect(people("The ceremony was held in the Rose Garden.")).toEqual([]);
    expect(people("Hope Street was closed for repairs.")).toEqual([]);
    expect(people("Joggers circled Lake Merritt at dusk.")).toEqual([]);
    expect(people("Ads ran in Tampa, Fort Myers and West Palm Beach.")).toEqual([]);
    expect(people("The Hope Diamond is kept in Washington.")).toEqual([]);
  });

  it("reads a modal opening a question, and a month after a word of time, as what they ordinarily are", () => {
    expect(typed("May Reyes run again? Nobody knows.")).toEqual({ Reyes: "person" });
    expect(typed("Will Tom Reyes run again? Nobody knows.")).toEqual({ "Tom Reyes": "person" });
    expect(typed("In May Vance said the plan would change.")).toEqual({ Vance: "person" });
  });

  it("reads a given name alone at the start of a sentence, before a noun in lower case, as that noun's modifier", () => {
    expect(typed("Grace periods are common in loans.")).toEqual({});
    expect(typed("Amber alerts went out across the state.")).toEqual({});
    // Before a verb it is still someone's name; a country or a surname before a noun is still a name.
    expect(typed("Grace told reporters the loan was late.")).toEqual({ Grace: "person" });
    expect(typed("China trade talks resumed on Monday.")).toEqual({ China: "place" });
    expect(people("Sanders supporters rallied in Ohio.")).toEqual(["Sanders"]);
  });

  it("keeps the given names the tagger already knew", () => {
    expect(typed("June Carter sang the song.")).toEqual({ "June Carter": "person" });
    expect(typed("Mark Twain said it first.")).toEqual({ "Mark Twain": "person" });
    expect(typed("Will Reyes said the ferry was late.")).toEqual({ "Will Reyes": "person" });
  });
});

describe("speakers whose given name is an ordinary word (issue 20)", () => {
  it("names the speaker in full after the quote and through a pronoun or a surname", () => {
    expect(speakers("Story\n\n“We will win,” Hope Hicks said.")).toEqual(["Hope Hicks"]);
    expect(speakers("Story\n\nHope Hicks arrived at the briefing late on Monday.\n\n“We will win,” she said.")).toEqual(["Hope Hicks"]);
    expect(speakers("Story\n\nFrank Gehry designed the museum.\n\n“I wanted light,” he said.")).toEqual(["Frank Gehry"]);
    expect(speakers("Story\n\nThe trumpeter Miles Davis recorded the album in two days.\n\n“It was fast,” Davis said.")).toEqual(["Miles Davis"]);
  });
});
