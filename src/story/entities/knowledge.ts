/**
 * Lookup sets over the news lexicon, built once. Pure data access; no parsing here.
 */
import {
  FACILITY_HEADS, FEMALE_TITLES, FOREIGN_ORGANIZATION_HEADS, KIN_WORDS, LOCATIVE_PREPOSITIONS, PERSON_VERBS, SPORTS_WORDS, INSTITUTIONS, MALE_TITLES, NAME_PARTICLES, NEVER_NAMES, NEWS_OUTLETS,
  NON_ENTITY_HEADS, NOT_NAMES, NOT_ORGANIZATION_ACRONYMS, OF_HEADS, OFFICE_QUALIFIERS, ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS,
  PLACE_ABBREVIATIONS, TITLE_MODIFIERS, TITLES,
} from "../../nlp/lexicon.js";

/** A title's words up to any "of": "chief of staff" is a title, "staff" alone is not, nor the "of". */
function wordsBeforeOf(title: string): string[] {
  const words = title.split(" ");
  const of = words.indexOf("of");
  return of < 0 ? words : words.slice(0, of);
}
// "state" of "state secretary" is a modifier: "State Senator" and "state Hillary" hold no title word "state".
export const titleWords = new Set(TITLES.flatMap(wordsBeforeOf).filter((w) => w !== "state"));
// Heads of titles only: "minister" from "prime minister", not "prime" or "first" (which would make "FIRST
// Cup" a title and a name). Entity spans split on heads; the words before a head are TITLE_MODIFIERS.
export const titleHeads = new Set(TITLES.map((t) => wordsBeforeOf(t).pop()!));
export const titlePhrases = new Set(TITLES);
export const femaleTitles = new Set(FEMALE_TITLES);
export const maleTitles = new Set(MALE_TITLES);
export const organizationHeads = new Set(ORGANIZATION_HEADS);
export const knownOrganizations = new Set([...INSTITUTIONS, ...NEWS_OUTLETS]);
export const newsOutlets = new Set(NEWS_OUTLETS);
export const organizationAcronyms = new Set(ORGANIZATION_ACRONYMS);
export const neverNames = new Set(NEVER_NAMES);

/** Whether "<head> of <word>" is a title: "Secretary of State", "secretary of state" (`word` as normalised). */
export function isTitleWithOf(head: string, word: string | undefined): boolean {
  return word !== undefined && titlePhrases.has(`${titleKey(head)} of ${word}`);
}

/** Lower-cases and drops a trailing full stop, so "Sen." and "sen" compare equal. */
export function titleKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, "");
}

/**
 * True when `word` (any case, with or without a trailing dot) is in `titles`, or its part after the last hyphen
 * is: "then-President", "ex-Minister", "deputy-director".
 */
function inTitles(titles: ReadonlySet<string>, word: string): boolean {
  const key = titleKey(word);
  if (titles.has(key)) return true;
  const dash = key.lastIndexOf("-");
  return dash > 0 && titles.has(key.slice(dash + 1));
}

/** True when `word` is the head of a title ("minister", "Sen."), not only a word inside one ("prime"). */
export function isTitleHead(word: string): boolean {
  return inTitles(titleHeads, word);
}

/**
 * True when `word` (any case, with or without a trailing dot) is a word of a title such as "Sen.", "foreign" or
 * "minister". Quotes use it to read a speaker's role ("Russian Foreign Minister").
 */
export function isTitleWord(word: string): boolean {
  return inTitles(titleWords, word);
}

export const placeAbbreviations = new Set(PLACE_ABBREVIATIONS);
export const officeQualifiers = new Set(OFFICE_QUALIFIERS);

export const facilityHeads = new Set(FACILITY_HEADS);
export const foreignOrganizationHeads = new Set(FOREIGN_ORGANIZATION_HEADS);
export const nonEntityHeads = new Set(NON_ENTITY_HEADS);
export const notNames = new Set(NOT_NAMES);
export const nameParticles = new Set(NAME_PARTICLES);
export const notOrganizationAcronyms = new Set(NOT_ORGANIZATION_ACRONYMS);
export const titleModifiers = new Set(TITLE_MODIFIERS);
export const ofHeads: ReadonlyMap<string, "organization" | "place"> = new Map(Object.entries(OF_HEADS));
export const sportsWords = new Set(SPORTS_WORDS);
export const locativePrepositions = new Set(LOCATIVE_PREPOSITIONS);
export const personVerbs = new Set(PERSON_VERBS);
export const kinWords = new Set(KIN_WORDS);
