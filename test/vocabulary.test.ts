/**
 * The shared vocabulary (src/story/quotes/vocabulary.ts): the lists two readers once typed each their own way,
 * checked on invented words, with the expected answers written down by a person.
 */
import { describe, expect, it } from "vitest";
import { parseRegions, type Token } from "../src/nlp/parse.js";
import {
  CAPITALISED_WORD, NAME_SHAPED, ONE_PERSON_PRONOUNS, PERSON_SUBJECT_PRONOUNS, SUBJECT_PRONOUNS, isPossessive,
} from "../src/story/quotes/vocabulary.js";

function tokens(text: string): Token[] {
  return parseRegions(text, [{ start: 0, end: text.length, paragraph: 0 }]).tokens;
}
const word = (all: Token[], text: string) => all.find((t) => t.text === text)!;

describe("isPossessive", () => {
  const all = tokens("Carson’s aide met the Reyes’ lawyer and the ‘harbour’ people at Google's office.");

  it("reads a possessive ’s and a bare apostrophe after an s", () => {
    expect(isPossessive(word(all, "Carson’s"))).toBe(true);
    expect(isPossessive(word(all, "Reyes"))).toBe(true);
    expect(isPossessive(word(all, "Google's"))).toBe(true);
  });

  it("does not take a closing single quote mark for one", () => {
    expect(isPossessive(word(all, "harbour"))).toBe(false);
    expect(isPossessive(word(all, "aide"))).toBe(false);
  });
});

describe("the two shapes of a capitalised word", () => {
  it("NAME_SHAPED wants a lower-case letter; CAPITALISED_WORD takes acronyms and initials too", () => {
    for (const w of ["Reyes", "O'Malley", "McCaskill"]) {
      expect(NAME_SHAPED.test(w), w).toBe(true);
      expect(CAPITALISED_WORD.test(w), w).toBe(true);
    }
    for (const w of ["NATO", "U.S."]) {
      expect(NAME_SHAPED.test(w), w).toBe(false);
      expect(CAPITALISED_WORD.test(w), w).toBe(true);
    }
    // A hyphenated word kept whole is a name's shape, but the entity finder reads it part by part.
    expect(NAME_SHAPED.test("X-Ray")).toBe(true);
    expect(CAPITALISED_WORD.test("X-Ray")).toBe(false);
    expect(CAPITALISED_WORD.test("reyes")).toBe(false);
  });
});

describe("pronouns", () => {
  it("keeps “it” a subject pronoun but not a person's", () => {
    expect(SUBJECT_PRONOUNS.has("it")).toBe(true);
    expect(PERSON_SUBJECT_PRONOUNS.has("it")).toBe(false);
    expect([...PERSON_SUBJECT_PRONOUNS].sort()).toEqual(["he", "i", "she", "they", "we"]);
    expect([...ONE_PERSON_PRONOUNS].sort()).toEqual(["he", "she"]);
  });
});
