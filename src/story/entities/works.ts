/**
 * Titles of works: "the television series Gilmore Girls", "the 1969 film Easy Rider", "his book Hydraulica", "a
 * pilot titled Young MacGyver", "the painting, "Joan of Arc"", "Cry Wolf, another horror film". A title is no
 * person, organisation or place, whatever its words are ("House of Wax" is no body, "Flight of the Phoenix" names
 * no city), and the annotated texts never list one; without this the rules type a title by its words.
 *
 * One rule for the kind: a noun for a work (film, series, novel, painting, ...), used as a noun, right before a
 * capitalised run (maybe after a comma or an opening quote mark), or "titled" / "entitled" before one; and a
 * capitalised run that a comma and "a/an/another/the ... film" describe. The title runs over capitalised words
 * and the small words of titles ("of", "the", "by"); inside quote marks, to the closing mark. A run followed by a
 * verb is the subject of a clause about the work ("the film Ostrander directed"), not its title, and is kept.
 *
 * Work is linear in the text: one pass over the tokens, each title read over a bounded number of tokens.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import { isListedGivenName } from "../../nlp/given-names.js";

/** A title's offsets in the text (UTF-16, end exclusive). */
export interface TitleSpan { start: number; end: number }

/** Nouns for a work whose name may follow them. Not "play", "show", "single", "book" as verbs: the tags decide. */
const WORK_NOUNS = new Set([
  "film", "films", "movie", "movies", "series", "miniseries", "sitcom", "novel", "novels", "novella", "book", "books",
  "memoir", "album", "albums", "song", "songs", "painting", "paintings", "poem", "poems", "opera", "operas",
  "symphony", "musical", "comedy", "thriller", "documentary", "sequel", "trilogy", "sculpture",
]);
/** Verbs that name a work after any noun: "a pilot titled Young MacGyver", "an essay entitled ...". */
const TITLING = new Set(["titled", "entitled"]);
/**
 * Small words that may stand inside a title between capitalised words. Not "in", "at", "by", "with": after a
 * title they more often say where or by whom ("the poem Manfred in Venice", "the painting Sunflowers by Van Gogh").
 */
const TITLE_SMALL = new Set(["of", "the", "a", "an", "and", "&"]);
/** Small words a title described after it may hold before its last word ("Flight of the Phoenix, a 2004 film"). */
const TITLE_INNER = new Set(["of", "the", "a", "an"]);
/** Most tokens a title runs over. */
const MAX_TITLE = 10;
/** Opening and closing quote marks around a title. */
const OPEN_QUOTE = /["“‘«]\s*$/u;
const CLOSE_QUOTE = /^\s*[,.;:!?]?\s*["”’»]/u;

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/** Whether token `t` is a work noun used as a noun ("the film", not "to film"). */
function isWorkNoun(t: Token): boolean {
  // In lower case: a capitalised one is part of a name ("the World Series", "Comedy Central").
  return WORK_NOUNS.has(t.normal) && /^\p{Ll}/u.test(t.text) && t.tags.has("Noun") && !t.tags.has("Verb");
}

/**
 * The title that starts at token `i` (already known to follow a work noun), as a span, or null. Stops at the
 * sentence's end, at punctuation after a word (but inside quote marks at the closing mark) and after
 * MAX_TITLE tokens; small words count only between capitalised words.
 */
function titleAt(parsed: ParsedStory, i: number, plural: boolean): TitleSpan | null {
  const { tokens } = parsed;
  const first = tokens[i];
  if (!first || !capitalised(first)) return null;
  const quoted = OPEN_QUOTE.test(first.pre);
  let last = i;
  for (let j = i; j < tokens.length && j < i + MAX_TITLE; j++) {
    const t = tokens[j]!;
    if (t.sentence !== first.sentence) break;
    if (j > i && !quoted && /\S/u.test(tokens[j - 1]!.post.replace(/['’]s?/u, ""))) break;
    if (capitalised(t) || /^\d+$/u.test(t.text)) last = j;
    // "and" joins two titles after a plural noun ("the films Jaws and Alien") or stands inside a quoted one; after
    // a singular one it more often ends the title ("the film Jaws and Spielberg's career").
    else if (!TITLE_SMALL.has(t.normal) || (t.normal === "and" && !quoted && !plural)) break;
    if (quoted && CLOSE_QUOTE.test(t.post)) break;
  }
  const next = tokens[last + 1];
  // "the film Ostrander directed": the run is the subject of a clause about the work, not its title.
  if (!quoted && next && next.sentence === first.sentence && !/\S/u.test(tokens[last]!.post) && (
    (next.tags.has("Verb") && !next.tags.has("Noun")) || (!TITLING.has(tokens[i - 1]?.normal ?? "") && clauseAfterPerson(first, next)))) return null;
  return { start: first.start, end: tokens[last]!.end };
}

/**
 * Whether a run opening with a given name ("Michael Chabon", "Jordan Peele") is followed by a lower-case word that
 * goes on the clause: "In the novel Michael Chabon describes ...", "the documentary Jordan Peele produced, ...".
 * The tagger reads such verbs as plural nouns or adjectives; a title named after a person is followed by
 * punctuation or a small word instead ("the film Erin Brockovich in 2000").
 */
function clauseAfterPerson(first: Token, next: Token): boolean {
  if (!(first.tags.has("FirstName") || isListedGivenName(first.normal)) || !/^\p{Ll}/u.test(next.text)) return false;
  return !["Preposition", "Conjunction", "Determiner", "Pronoun", "QuestionWord"].some((tag) => next.tags.has(tag));
}

/**
 * Whether "<work noun>," at `i` opens a clause about the work rather than an apposition naming it: "In the book,
 * Bob Woodward writes", "In his film, Hanks, who ...": the noun has no word of its own before it (only "the",
 * "a", "his", ...), or a person's name follows the comma unquoted.
 */
function commaOpensClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  // A quoted title is a title, whoever it is named after ("the painting, "Joan of Arc"").
  if (next && OPEN_QUOTE.test(tokens[i]!.post + next.pre)) return false;
  if (!before || before.sentence !== tokens[i]!.sentence || DETERMINERS.has(before.normal)) return true;
  return next !== undefined && (next.tags.has("Person") || next.tags.has("FirstName") || isListedGivenName(next.normal));
}
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that"]);

/** A description after a comma that makes the run before it a work: ", another horror film", ", a 2004 novel". */
const DESCRIBED = /^\s*,\s+(?:a|an|another|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?([\p{L}]+)(?=\s*[,.;:)!?]|\s+(?:that|which|about|by|from|in|starring|directed|written|released|based|set)\b)/u;

/** The titles of works in the story, in text order. */
export function workTitles(parsed: ParsedStory): TitleSpan[] {
  const { tokens, text } = parsed;
  const titles: TitleSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(isWorkNoun(t) || (TITLING.has(t.normal) && /^\p{Ll}/u.test(t.text)))) continue;
    const next = tokens[i + 1]!;
    if (next.sentence !== t.sentence || !/^[\s,]*["“‘«]?\s*$/u.test(t.post + next.pre) || /['’]/u.test(t.post)) continue;
    const plural = /s$/u.test(t.normal) && t.normal !== "series";
    // After a comma the title is an apposition of one work, closed by punctuation ("the WB series, Supernatural.");
    // a plural noun's comma ends a list ("in the books, Florida Sen. Marco Rubio").
    const comma = t.post.includes(",");
    if (comma && (plural || commaOpensClause(tokens, i))) continue;
    const title = titleAt(parsed, i + 1, plural);
    if (!title) continue;
    if (comma && !/^\s*(?:["”’»]\s*)?[,.;:!?)]/u.test(parsed.text.slice(title.end, title.end + 4))) continue;
    titles.push(title);
  }
  // "Cry Wolf, another horror film": a capitalised run that a comma and a work noun describe.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!capitalised(t) || !t.post.startsWith(",")) continue;
    const described = DESCRIBED.exec(text.slice(t.end, t.end + 80));
    if (!described || !WORK_NOUNS.has(described[1]!.toLowerCase())) continue;
    let start = i;
    while (start > 0) {
      const before = tokens[start - 1]!;
      if (before.sentence !== t.sentence || /\S/u.test(before.post) || !(capitalised(before) || TITLE_INNER.has(before.normal))) break;
      start--;
    }
    while (start < i && !capitalised(tokens[start]!)) start++;
    // A run opening the sentence after a small word ("In Cry Wolf, ...") starts at its first capitalised word.
    titles.push({ start: tokens[start]!.start, end: t.end });
  }
  return titles.sort((a, b) => a.start - b.start);
}

/** Whether the span [start, end) overlaps one of the sorted titles. */
export function inTitle(titles: TitleSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = titles.length;
  // The first title ending after `start`; titles do not nest in a way that matters here (sorted by start).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (titles[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (titles[k]!.end > start) return true;
  return false;
}
