/**
 * The gender of a given name, from the name lists of the gender-detection-from-name package (English, with the
 * Italian, Spanish, French, German and Turkish lists as a check). A name is taken only when the English list
 * gives it a gender and no other list gives the other one: "Lee", "Chris" and "Jean" are men's names in one
 * language and women's in another, so they say nothing; neither does a name that only another language lists
 * (the French list calls "Florent" a woman's name). Used where the story itself says nothing of a person's
 * gender (no courtesy title, no pronouns) and compromise does not know the name ("Barack", "Gabby").
 *
 * As in common-words.ts, the lists are read as files (not `require`d) and kept as ONE sorted string of
 * "name\tf\n" / "name\tm\n" lines searched by bisection, which the start-up snapshot restores almost for free.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { hasLine } from "./common-words.js";

const OTHER_LANGUAGES = ["it", "es", "fr", "de", "tr"] as const;

/** name -> gender, read off one list file (`['aadam', 'male'],` per entry). */
function readList(folder: string, language: string): Map<string, string> {
  const source = readFileSync(join(folder, "names", `${language}.js`), "utf8");
  const list = new Map<string, string>();
  for (const m of source.matchAll(/\[\s*'([^']+)'\s*,\s*'(male|female)'\s*\]/gu)) list.set(m[1] ?? "", m[2] ?? "");
  return list;
}

function load(): { genders: string; listed: string } {
  const folder = dirname(createRequire(import.meta.url).resolve("gender-detection-from-name/package.json"));
  const english = readList(folder, "en");
  const others = OTHER_LANGUAGES.map((language) => readList(folder, language));
  const every = new Set<string>();
  for (const list of [english, ...others]) for (const name of list.keys()) every.add(`${name.toLowerCase()}\n`);
  const lines: string[] = [];
  for (const [name, gender] of english) {
    if (others.some((other) => { const g = other.get(name); return g !== undefined && g !== gender; })) continue;
    lines.push(`${name}\t${gender === "female" ? "f" : "m"}\n`);
  }
  return { genders: lines.sort().join(""), listed: [...every].sort().join("") };
}

const { genders: givenNames, listed: everyGivenName } = load();

/** The gender the lists agree on for a given name (any case), or null. */
export function givenNameGender(name: string): "female" | "male" | null {
  const key = name.toLowerCase();
  if (hasLine(givenNames, `${key}\tf`)) return "female";
  if (hasLine(givenNames, `${key}\tm`)) return "male";
  return null;
}

/**
 * Whether any of the six lists (English, Italian, Spanish, French, German, Turkish) has the word as a given
 * name, whatever gender they give it. Evidence that a run of unknown capitalised words is a person's name
 * ("Orin Kessock") rather than a place or building in another language ("Meydan Kohne", "Strynø Brovej").
 */
export function isListedGivenName(word: string): boolean {
  return hasLine(everyGivenName, word.toLowerCase());
}
