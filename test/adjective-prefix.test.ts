/**
 * "pro-Moscow", "anti-Kyiv": an adjective made from a name is no mention of the place, in lower case and when a
 * sentence opens with it ("Pro-Moscow separatists"); a name in title case that starts with such a prefix
 * ("Anti-Defamation League") is still a name. Invented sentences; places chosen so the lexicon knows them.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const names = (text: string) => extract(text).entities.map((e) => `${e.name}:${e.type}`).sort();

describe("adjectives made from names", () => {
  it("drops the place from a sentence-opening 'Pro-Moscow' and 'Anti-Kyiv' before a lower-case word", () => {
    const found = names("Pro-Moscow separatists gathered on Friday. Anti-Kyiv slogans were painted on walls in Donetsk.");
    expect(found).not.toContain("Moscow:place");
    expect(found).not.toContain("Kyiv:place");
    expect(found).toContain("Donetsk:place");
  });

  it("keeps a title-case name that starts with a prefix, at a sentence's start too", () => {
    expect(names("Anti-Defamation League officials said the report was late.").some((n) => n.startsWith("Anti-Defamation League"))).toBe(true);
  });

  it("keeps the place after a capitalised prefix inside a sentence (a name, not a sentence's first word)", () => {
    // Mid-sentence "Pro-" is capitalised by the writer, not by the sentence: left to the other rules.
    expect(names("Crowds in Paris cheered as the team left for Moscow.")).toContain("Moscow:place");
  });
});
