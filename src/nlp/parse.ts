/**
 * The one boundary between compromise and newsx. compromise's views are typed `any` and count offsets in
 * UTF-16 units of the string it was given; here they become our own Token and Sentence records whose offsets
 * are UTF-16 units of the ORIGINAL story text. Every extractor works on these records, so a story is parsed
 * once and compromise's shapes never leak further.
 */
import { nlp } from "./compromise.js";

/** A stretch of the story text to parse, e.g. the headline or one body paragraph. */
export interface Region {
  start: number;
  end: number;
  /** Body paragraph index, or null for text outside the body (headline, credit, ...). */
  paragraph: number | null;
}

export interface Token {
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** compromise's normalised form (lower case, no diacritics or apostrophe variants). */
  normal: string;
  /** Offsets of `text` in the original story (UTF-16 units). */
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as written. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Position in ParsedStory.tokens. */
  index: number;
  /** Position in ParsedStory.sentences. */
  sentence: number;
  region: number;
}

export interface Sentence {
  index: number;
  region: number;
  /** Offsets of the sentence in the original story, from its first word's `pre` to its last word's `post`. */
  start: number;
  end: number;
  /** Tokens [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface ParsedStory {
  text: string;
  regions: Region[];
  tokens: Token[];
  sentences: Sentence[];
}

/** How far ahead a term whose offsets drifted is looked for before it is dropped. */
const RESYNC_REACH = 64;

/** Regions are joined with this separator, which compromise always treats as a sentence break. */
const REGION_SEPARATOR = "\n\n";

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
}

/**
 * compromise's tagger is super-linear in sentence length (20,000 words without punctuation take seconds,
 * 40,000 take most of a minute), so a stretch longer than this with no sentence end is cut, at a space where
 * there is one, into regions of its own. Each piece is a slice of the original text, so offsets stay exact.
 * No news sentence comes near this length; only pathological input (a 1 MB line of words) is cut.
 */
export const MAX_RUN_CHARS = 1500;

function isSentenceEnd(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x0a; // . ! ? newline
}

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0;
}

/** Splits a region where it runs on for more than MAX_RUN_CHARS without a sentence end. Linear. */
export function splitRunOns(text: string, region: Region): Region[] {
  if (region.end - region.start <= MAX_RUN_CHARS) return [region];
  const pieces: Region[] = [];
  let pieceStart = region.start;
  let runStart = region.start; // just after the last sentence end
  let lastSpace = -1;
  for (let i = region.start; i < region.end; i++) {
    const unit = text.charCodeAt(i);
    if (isSentenceEnd(unit)) runStart = i + 1;
    else if (isSpace(unit)) lastSpace = i;
    if (i - runStart >= MAX_RUN_CHARS) {
      // Cut at the last space of the run when it is far enough in; otherwise (no spaces) cut right here.
      let cut = lastSpace > runStart + MAX_RUN_CHARS / 2 ? lastSpace : i;
      // Never cut a surrogate pair in two.
      const unitAtCut = text.charCodeAt(cut);
      if (unitAtCut >= 0xdc00 && unitAtCut <= 0xdfff) cut--;
      if (cut > pieceStart) pieces.push({ start: pieceStart, end: cut, paragraph: region.paragraph });
      pieceStart = cut;
      runStart = cut;
    }
  }
  pieces.push({ start: pieceStart, end: region.end, paragraph: region.paragraph });
  return pieces;
}

/**
 * `Rep. Dana Whitcomb (R-Ohio):"Where is it?"`, `"We will go,"he said`: a double quote mark written with no
 * space between punctuation and a word glues the two words into one term for compromise, so the speaker's
 * name and the quote's first word become one token. compromise is given a space in the mark's place (one
 * character for one, so every offset holds); the tokens read the mark back from the real text.
 */
function unglueQuoteMarks(text: string): string {
  return text.replace(/([:;,.!?)])["“”«»](?=\p{L})/gu, "$1 ");
}

/**
 * Whether a mark `unglueQuoteMarks` hid (`mark`, after `before`) opens a quote: “ and «, and a straight mark
 * after a colon. ” and », and a straight mark after , . ! ? close one.
 */
function opensQuote(mark: string, before: string | undefined): boolean {
  return mark === "“" || mark === "«" || (mark === '"' && before === ":");
}

/**
 * Parses the given regions of `text` with one compromise call. Sentences never cross regions.
 */
export function parseRegions(text: string, givenRegions: Region[]): ParsedStory {
  const regions = givenRegions.flatMap((region) => splitRunOns(text, region));
  const pieces: string[] = [];
  /** Where each region starts in the joined string. */
  const joinedStarts: number[] = [];
  let cursor = 0;
  for (const region of regions) {
    joinedStarts.push(cursor);
    const piece = text.slice(region.start, region.end);
    pieces.push(piece);
    cursor += piece.length + REGION_SEPARATOR.length;
  }
  const joined = pieces.join(REGION_SEPARATOR);
  const parsed: ParsedStory = { text, regions, tokens: [], sentences: [] };
  if (joined.trim() === "") return parsed;

  const unglued = unglueQuoteMarks(joined);
  const document = nlp(unglued).document as CompromiseTerm[][];
  let position = 0; // offset in `joined`, advanced over every term's pre + text + post
  let regionIndex = 0;
  for (const terms of document) {
    let sentence: Sentence | null = null;
    for (const term of terms) {
      // Contractions expand into extra terms with no text of their own ("they’ll" -> they + will).
      if (term.text === "") {
        position += term.pre.length + term.post.length;
        // The punctuation after "couple's," or "don't." stays with the expansion; give it back to the word.
        const written = parsed.tokens[parsed.tokens.length - 1];
        if (written && term.post !== "" && written.post === "") written.post = term.post;
        continue;
      }
      // pre + text + post reproduce the input in ordinary text; where compromise reshapes it (runs of emoji,
      // odd symbols) the term is found again by its text just ahead, so offsets never drift.
      let joinedStart = position + term.pre.length;
      if (!joined.startsWith(term.text, joinedStart)) {
        const found = joined.indexOf(term.text, position);
        if (found < 0 || found - position > RESYNC_REACH) {
          position += term.pre.length + term.text.length + term.post.length;
          continue;
        }
        joinedStart = found;
      }
      position = joinedStart + term.text.length + term.post.length;
      while (regionIndex + 1 < regions.length && joinedStart >= joinedStarts[regionIndex + 1]!) regionIndex++;
      const region = regions[regionIndex]!;
      const shift = region.start - joinedStarts[regionIndex]!;
      if (!sentence || sentence.region !== regionIndex) {
        sentence = {
          index: parsed.sentences.length, region: regionIndex,
          start: joinedStart - term.pre.length + shift, end: 0,
          firstToken: parsed.tokens.length, endToken: parsed.tokens.length,
        };
        parsed.sentences.push(sentence);
      }
      // compromise can leave spaces inside a term's text (a run of emoji swallows the line break after it).
      // Where `unglued` differs from the text just before this word, it hid a quote mark there.
      const hiddenMark = joinedStart > 1 && unglued[joinedStart - 1] !== joined[joinedStart - 1] ? joined[joinedStart - 1] : undefined;
      const leading = term.text.length - term.text.trimStart().length;
      const word = term.text.trim();
      if (word === "") continue;
      const start = joinedStart + leading + shift;
      if (start + word.length > region.end) continue;
      parsed.tokens.push({
        text: word, normal: term.normal ?? term.text.toLowerCase(),
        start, end: start + word.length, post: term.post, tags: term.tags,
        // A mark `unglueQuoteMarks` hid is given back: an opening one to this word's pre, as if a space stood
        // before it; a closing one (`,”he`) to the post of the word before (`unglued` differs only there).
        pre: hiddenMark && opensQuote(hiddenMark, joined[joinedStart - 2]) ? term.pre + hiddenMark : term.pre,
        index: parsed.tokens.length, sentence: sentence.index, region: regionIndex,
      });
      const previous = parsed.tokens[parsed.tokens.length - 2];
      if (previous && hiddenMark && !opensQuote(hiddenMark, joined[joinedStart - 2])) {
        previous.post = previous.post.replace(/ $/u, hiddenMark);
      }
      sentence.endToken = parsed.tokens.length;
      sentence.end = Math.min(start + word.length + term.post.length, region.end);
    }
  }
  tagMiddleInitials(parsed.tokens);
  tagElidedSurnames(parsed.tokens);
  return parsed;
}

const SURNAME_TAGS: ReadonlySet<string> = new Set(["Noun", "Singular", "ProperNoun", "Person", "LastName"]);

/**
 * "D’Souza told the host …": at the start of a sentence the tagger reads a surname with an elided particle
 * ("D’", as in d'Estaing) as a determiner, so the sentence loses its subject; in mid-sentence it reads the
 * same word as a surname, which is what a capital, an apostrophe and a capitalised word are.
 */
function tagElidedSurnames(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.tags.has("Determiner") && /^\p{Lu}['’]\p{Lu}\p{Ll}+$/u.test(token.text)) token.tags = SURNAME_TAGS;
  }
}

const INITIAL_TAGS: ReadonlySet<string> = new Set(["Noun", "ProperNoun", "Person", "Acronym"]);
const ROYAL = /^(king|queen|pope|emperor|empress|tsar|czar|prince|princess|kaiser|sultan)$/u;

/**
 * "Tom A. Reyes", "Ada I. Quill": the tagger reads a middle initial that is also a word ("A", "I") as the
 * article or the pronoun, which cuts the name in two, and after a first name it has misread ("Secretary of
 * State John F. Kerrigan", where "State John" became a place) it tags "F." as no part of a name. Between a
 * first name and a capitalised word in the same sentence an initial is part of the name, as "W." in
 * "Michael W. Marsh" already is. "A" and "I" need a first name the tagger knows as one.
 */
function tagMiddleInitials(tokens: Token[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    if (!/^\p{Lu}$/u.test(token.text) || !/^\.\s/u.test(token.post) || token.tags.has("Person")) continue;
    const before = tokens[k - 1]!;
    const after = tokens[k + 1]!;
    const firstName = before.tags.has("FirstName") || before.tags.has("MaleName") || before.tags.has("FemaleName");
    if (!firstName && (/^[AI]$/u.test(token.text) || !before.tags.has("ProperNoun") || !/^\p{Lu}\p{Ll}/u.test(before.text))) continue;
    if (before.post !== " " || after.sentence !== token.sentence || !/^\p{Lu}\p{Ll}/u.test(after.text)) continue;
    // "Queen Elizabeth I. Reyes said": a numeral after a monarch's name.
    if (/^[IV]$/u.test(token.text) && ROYAL.test(tokens[k - 2]?.normal ?? "")) continue;
    token.tags = INITIAL_TAGS;
  }
}
