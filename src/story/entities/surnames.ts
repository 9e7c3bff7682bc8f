/**
 * One referent, one type, after the typer: the story's people named in full decide what their surnames and
 * saints' forms are elsewhere in the same story.
 *
 * - A one-word run the typer left out ("none") that is written as the surname of a person the story names in
 *   full ("Rufinus" after "Tyrannius Rufinus", "Baghdadi" after "Abu Bakr al-Baghdadi", an Arabic article
 *   aside) is that person again. The typer scores each written form on its own, so a surname it has no
 *   evidence for is dropped while the full name beside it is kept.
 * - A one-word organisation written as such a surname ("Dupont" where the story names "Jean-Pierre Dupont") is
 *   that person too, unless the word is part of an organisation's longer name in the story; so is a one-word
 *   place ("Mendoza" after "Angel Mendoza"), unless it stands where places do ("in Houston", "Houston, Texas").
 * - "St. Jerome" or "Saint Jerome" where the story names "Jerome" as a person is that person, not a place like
 *   "St. Louis": the place reading of "St." loses to the story's own person.
 *
 * Nothing here guesses a new name: only names the typer already holds for people decide.
 */
import { lexiconTag } from "../../nlp/compromise.js";
import type { ParsedStory } from "../../nlp/parse.js";
import { countBefore } from "../../lib/sorted.js";
import type { Candidate } from "./index.js";
import type { RawMention } from "./mentions.js";
import { lastWord, nameKey, surnameKey, wordsOfLongerOrganizations } from "./merge.js";
import { besideCaseMark } from "./citations.js";

/** "St.", "St" and "Saint" before a name: a saint or a place named after one. */
const SAINT = /^(?:St\.?|Saint)\s+(\p{Lu}[\p{L}\p{M}'’-]*)$/u;

/** A word that can be a surname as written alone: capitalised, not all capitals ("UN" is no surname). */
const SURNAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}'’-]*$/u;

/**
 * What the tagger or its lexicon calls a word that is no surname: a people ("Israeli", "Americans"), a
 * quality, a place. "Arab Israeli" or "Sunni Muslims" taken for a person must not lend "Israeli" or "Muslims"
 * the person's type.
 */
const NOT_SURNAME_TAGS = ["Demonym", "Adjective", "Plural", "Country", "Region", "City", "Place"];

/** Does the lexicon know the first word of a full name as a people, a quality or a place ("French Islamist")? */
function opensWithNonName(name: string): boolean {
  const tag = lexiconTag(name.split(/\s+/u)[0]!.toLowerCase());
  return tag !== undefined && NOT_SURNAME_TAGS.includes(tag);
}

/** Is the one-word mention tagged, where it stands, as something other than a name? */
function taggedAsNonName(parsed: ParsedStory, m: RawMention): boolean {
  const { tokens } = parsed;
  const at = countBefore(tokens, m.start, (t) => t.start);
  const token = tokens[at];
  if (!token || token.start !== m.start) return false;
  return NOT_SURNAME_TAGS.some((t) => token.tags.has(t)) || NOT_SURNAME_TAGS.includes(lexiconTag(m.text.toLowerCase()) ?? "");
}

const PLACE_WORDS_BEFORE = new Set(["in", "at", "from", "to", "near", "outside", "across", "throughout", "within", "inside", "towards", "toward", "via", "into", "around"]);

/**
 * "in Houston", "Houston, Texas": the word before is a preposition of place, or a comma follows. With `of`, "the
 * mayor of Houston" too; without, for deciding a whole story's form, since "the icon of St. Jerome" and "a friend
 * of Houston" hold a person as often.
 */
function placeContext(parsed: ParsedStory, m: RawMention, of = true): boolean {
  const { tokens } = parsed;
  const at = countBefore(tokens, m.start, (t) => t.start);
  const token = tokens[at];
  if (!token || token.start !== m.start) return true;
  const before = tokens[at - 1];
  if (before && before.sentence === token.sentence && (PLACE_WORDS_BEFORE.has(before.normal) || (of && before.normal === "of"))) return true;
  return /^,/u.test(token.post);
}

/**
 * The typed mentions with the persons' surnames admitted and saints' forms retyped. `candidates` are all the
 * candidates the typer saw; `typed` those it kept (mutated in place where retyped). Returns mentions in order.
 */
export function personsAcrossForms(parsed: ParsedStory, candidates: Candidate[], typed: RawMention[]): RawMention[] {
  const people = typed.filter((m) => m.type === "person");
  if (people.length === 0) return typed;
  const surnames = new Set<string>();
  const personNames = new Set<string>();
  // How many mentions each surname's people have, full and alone: the weight of the person reading.
  const personMentions = new Map<string, number>();
  for (const m of people) {
    const name = m.text.replace(/['’]s$/u, "");
    personNames.add(nameKey(name));
    if (/\s/u.test(m.text) && !opensWithNonName(m.text)) surnames.add(surnameKey(lastWord(name)));
  }
  for (const m of people) {
    const key = surnameKey(lastWord(m.text.replace(/['’]s$/u, "")));
    if (surnames.has(key)) personMentions.set(key, (personMentions.get(key) ?? 0) + 1);
  }
  const organizationWords = wordsOfLongerOrganizations(typed);
  // A written form that stands where places do in any of its mentions ("flew to St. Louis", "in London") is that
  // place all through the story, so a person sharing the word ("Louis", "Jack London") does not take it over.
  const placeForms = new Set<string>();
  // How many one-word mentions of each surname the typer called a body or a place: the weight of that reading.
  const otherMentions = new Map<string, number>();
  for (const m of typed) {
    if (m.type === "person") continue;
    const word = m.text.replace(/['’]s$/u, "");
    if (m.type === "place" && placeContext(parsed, m, false)) placeForms.add(nameKey(word));
    if (SURNAME_WORD.test(word)) otherMentions.set(surnameKey(word), (otherMentions.get(surnameKey(word)) ?? 0) + 1);
  }
  // The person reading wins a one-word body or place only when the person is named at least as often as the word
  // is written as that body or place: "Dell" three times beside one "Michael Dell" is the company he founded.
  const personOutweighs = (key: string) => (personMentions.get(key) ?? 0) >= (otherMentions.get(key) ?? 0);
  for (const m of typed) {
    if (m.type === "person" || besideCaseMark(parsed.text, m.start, m.end)) continue;
    const word = m.text.replace(/['’]s$/u, "");
    const key = surnameKey(word);
    // "Dupont" typed an organisation or a place where the story names "Jean-Pierre Dupont": the person again.
    // Not an acronym, not a word of a longer organisation, not a place the story writes where places stand.
    if ((m.type === "organization" || (m.type === "place" && !placeForms.has(nameKey(word)) && !placeContext(parsed, m)))
      && SURNAME_WORD.test(word) && surnames.has(key) && !organizationWords.has(nameKey(word)) && personOutweighs(key)) {
      m.type = "person";
      continue;
    }
    const saint = SAINT.exec(m.text);
    if (!saint || !personNames.has(nameKey(saint[1]!)) || placeForms.has(nameKey(word))) continue;
    m.type = "person";
  }
  const kept = new Set(typed);
  const admitted: RawMention[] = [];
  for (const { mention: m } of candidates) {
    if (kept.has(m) || /\s/u.test(m.text) || besideCaseMark(parsed.text, m.start, m.end)) continue;
    const word = m.text.replace(/['’]s$/u, "");
    if (!SURNAME_WORD.test(word) || !surnames.has(surnameKey(word))) continue;
    // The typed mentions overlap none of each other, in order of start: the last one starting before this
    // candidate's end is the only one that can overlap it (a bisection, not a scan: a story may hold thousands).
    const previous = typed[countBefore(typed, m.end, (k) => k.start) - 1];
    if ((previous && previous.end > m.start) || taggedAsNonName(parsed, m)) continue;
    m.type = "person";
    admitted.push(m);
  }
  return admitted.length === 0 ? typed : [...typed, ...admitted].sort((a, b) => a.start - b.start);
}
