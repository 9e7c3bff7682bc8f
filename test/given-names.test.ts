/**
 * Given names' genders (src/nlp/given-names.ts): the English list of gender-detection-from-name, checked against
 * the package's other languages. Expected values are what the names are, read off by a person.
 */
import { describe, expect, it } from "vitest";
import { givenNameGender, isListedGivenName } from "../src/nlp/given-names.js";

describe("givenNameGender", () => {
  it("knows common given names compromise does not, in any case", () => {
    expect(givenNameGender("Gabby")).toBe("female");
    expect(givenNameGender("Barack")).toBe("male");
    expect(givenNameGender("KELLYANNE")).toBe("female");
  });

  it("says nothing of a name one language gives men and another women", () => {
    // "Lee" is a man's name in English and a woman's in French; "Jean" the other way round.
    expect(givenNameGender("Lee")).toBeNull();
    expect(givenNameGender("Jean")).toBeNull();
  });

  it("says nothing of a name only another language lists, nor of a word that is no name", () => {
    // Only the French list has "Florent", and it calls it a woman's name: not trusted.
    expect(givenNameGender("Florent")).toBeNull();
    expect(givenNameGender("Budget")).toBeNull();
    expect(givenNameGender("")).toBeNull();
  });
});

describe("isListedGivenName", () => {
  it("knows a given name from any of the lists, whatever gender they give it", () => {
    // "Lee" and "Jean" are listed, with genders that disagree; "Florent" only by the French list.
    expect(isListedGivenName("Lee")).toBe(true);
    expect(isListedGivenName("Jean")).toBe(true);
    expect(isListedGivenName("Florent")).toBe(true);
    expect(isListedGivenName("BARACK")).toBe(true);
  });

  it("does not take words of place names in other languages, nor ordinary words, for given names", () => {
    expect(isListedGivenName("Meydan")).toBe(false);
    expect(isListedGivenName("Paseo")).toBe(false);
    expect(isListedGivenName("Budget")).toBe(false);
    expect(isListedGivenName("")).toBe(false);
  });
});
