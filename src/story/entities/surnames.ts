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
import { lastWord, nameKey, surnameKey } from "./merge.js";

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

const PLACE_WORDS_BEFORE = new Set(["in", "at", "from", "to", "near", "of", "outside", "across", "throughout", "within", "inside", "towards", "toward", "via", "into", "around"]);

/** "in Houston", "Houston, Texas": the word before is a preposition of place, or a comma follows. */
function placeContext(parsed: ParsedStory, m: RawMention): boolean {
  const { tokens } = parsed;
  const at = countBefore(tokens, m.start, (t) => t.start);
  const token = tokens[at];
  if (!token || token.start !== m.start) return true;
  const before = tokens[at - 1];
  if (before && before.sentence === token.sentence && PLACE_WORDS_BEFORE.has(before.normal)) return true;
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
  for (const m of people) {
    personNames.add(nameKey(m.text.replace(/['’]s$/u, "")));
    if (/\s/u.test(m.text) && !opensWithNonName(m.text)) surnames.add(surnameKey(lastWord(m.text.replace(/['’]s$/u, ""))));
  }
  // Words of the story's organisations named in more than one word ("Dupont" in "Dupont Chemicals"): such a word
  // alone may be that company, so it keeps its type.
  const organizationWords = new Set<string>();
  for (const m of typed) if (m.type === "organization" && /\s/u.test(m.text)) for (const w of m.text.split(/\s+/u)) organizationWords.add(nameKey(w));
  for (const m of typed) {
    if (m.type === "person") continue;
    const word = m.text.replace(/['’]s$/u, "");
    // "Dupont" typed an organisation where the story names "Jean-Pierre Dupont": the person again. Not a place
    // ("Houston" beside "Sam Houston" may be the city), not an acronym, not a word of a longer organisation.
    if (m.type === "place" && SURNAME_WORD.test(word) && surnames.has(surnameKey(word)) && !organizationWords.has(nameKey(word)) && !placeContext(parsed, m)) {
      m.type = "person";
      continue;
    }
    if (m.type === "organization" && SURNAME_WORD.test(word) && surnames.has(surnameKey(word)) && !organizationWords.has(nameKey(word))) {
      m.type = "person";
      continue;
    }
    const saint = SAINT.exec(m.text);
    if (!saint || !personNames.has(nameKey(saint[1]!))) continue;
    m.type = "person";
  }
  const kept = new Set(typed);
  const admitted: RawMention[] = [];
  for (const { mention: m } of candidates) {
    if (kept.has(m) || /\s/u.test(m.text)) continue;
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
