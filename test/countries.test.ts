/** Countries the tagger reads as nationalities in the plural are still places (src/story/entities/mentions.ts). */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

describe("a country written like a plural nationality", () => {
  it("is a place: 'the Philippines', 'Laos'", () => {
    const story = extract("Most households in the Philippines and in Laos still cook with wood.");
    expect(story.entities.map((e) => [e.name, e.type])).toEqual([["Philippines", "place"], ["Laos", "place"]]);
  });

  it("leaves a people's name no place: 'the Filipinos'", () => {
    expect(extract("Most Filipinos cook with wood.").entities).toEqual([]);
  });
});
