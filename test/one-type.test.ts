/**
 * One type per organisation name: invented mentions, typed as the rules might type them one sentence at a time.
 */
import { describe, expect, it } from "vitest";
import { oneTypePerOrganizationName } from "../src/story/entities/one-type.js";
import type { RawMention } from "../src/story/entities/mentions.js";
import type { EntityType } from "../src/types.js";

let at = 0;
function mention(text: string, type: EntityType, extra: Partial<RawMention> = {}): RawMention {
  const start = at;
  at += text.length + 10;
  return { text, start, end: start + text.length, type, titles: [], titledForm: null, paragraph: 0, words: text.split(" ").length, gender: null, ...extra };
}

describe("oneTypePerOrganizationName", () => {
  it("gives a name typed an organisation twice and a place once the organisation's type everywhere", () => {
    // "Glossabase lists 40 languages", "Glossabase's map", "the map taken from Glossabase".
    const mentions = [mention("Glossabase", "organization"), mention("Glossabase's", "organization"), mention("Glossabase", "place")];
    expect(oneTypePerOrganizationName(mentions).map((m) => m.type)).toEqual(["organization", "organization", "organization"]);
  });

  it("gives the majority type when the organisation is the minority, and drops a person's facts then", () => {
    const mentions = [mention("Harlow", "place"), mention("Harlow", "place"), mention("Harlow", "organization")];
    expect(oneTypePerOrganizationName(mentions).map((m) => m.type)).toEqual(["place", "place", "place"]);
    const person = [mention("Quillon", "organization"), mention("Quillon", "organization"), mention("Quillon", "person", { gender: "male", titles: ["Mr."] })];
    const [, , retyped] = oneTypePerOrganizationName(person);
    expect(retyped!.type).toBe("organization");
    expect(retyped!.gender).toBeNull();
    expect(retyped!.titles).toEqual([]);
  });

  it("leaves a tie, and a person and a place that share a name, as they are", () => {
    const tie = [mention("Travel Wren", "organization"), mention("Travel Wren", "place")];
    expect(oneTypePerOrganizationName(tie).map((m) => m.type)).toEqual(["organization", "place"]);
    const shared = [mention("Jordan", "person"), mention("Jordan", "person"), mention("Jordan", "place")];
    expect(oneTypePerOrganizationName(shared).map((m) => m.type)).toEqual(["person", "person", "place"]);
  });

  it("leaves the word of a longer body and a person's surname out of the vote", () => {
    // "in Marlow, Fla." beside "Marlow police" twice and "Marlow Police Department": the town stays a town.
    const town = [mention("Marlow", "place"), mention("Marlow Police Department", "organization"), mention("Marlow", "organization"), mention("Marlow", "organization")];
    expect(oneTypePerOrganizationName(town).map((m) => m.type)).toEqual(["place", "organization", "organization", "organization"]);
    // "Gerald Ford" named, "Ford" the carmaker twice, "Ford" the president once: two referents.
    const ford = [mention("Gerald Ford", "person"), mention("Ford", "organization"), mention("Ford", "organization"), mention("Ford", "person")];
    expect(oneTypePerOrganizationName(ford).map((m) => m.type)).toEqual(["person", "organization", "organization", "person"]);
  });

  it("does not make a body a person when most mentions were read as a person", () => {
    // "Quentaro said", "Quentaro reported" read as a person, "shares of Quentaro" as a body: the body may be right.
    const mentions = [mention("Quentaro", "person"), mention("Quentaro", "person"), mention("Quentaro", "organization")];
    expect(oneTypePerOrganizationName(mentions).map((m) => m.type)).toEqual(["person", "person", "organization"]);
  });
});
