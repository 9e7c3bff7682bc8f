/**
 * The one boundary between compromise and newsx. compromise's views are typed `any` and count offsets in
 * UTF-16 units of the string it was given; here they become our own Token and Sentence records whose offsets
 * are UTF-16 units of the ORIGINAL story text. Every extractor works on these records, so a story is parsed
 * once and compromise's shapes never leak further.
 */
import { nlp } from "./compromise.js";
import { StringPool } from "../lib/string-pool.js";

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

/**
 * The longest region handed on: a longer paragraph (no news paragraph comes near this) is cut at the last
 * sentence end before this length, so that no one region (and no one compromise call, see PARSE_BATCH_CHARS)
 * grows with the input. A cut at a sentence end changes nothing for the tagger, which works sentence by
 * sentence; only the extractors' windows, which stop at a region's edge, see the cut.
 */
export const MAX_REGION_CHARS = 10_000;

/** compromise's own list of abbreviations after which a full stop does not end a sentence ("mr", "dr", "inc"). */
const ABBREVIATIONS = (nlp.model() as { one: { abbreviations?: Record<string, unknown> } }).one.abbreviations ?? {};

/** The longest word checked against ABBREVIATIONS; a longer word before a full stop is never one. */
const MAX_ABBREVIATION = 24;

function isStop(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f; // . ! ?
}

function isNewline(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d;
}

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0;
}

function isWhite(unit: number): boolean {
  return isSpace(unit) || isNewline(unit) || unit === 0x0b || unit === 0x0c || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x3000;
}

/** Whether the UTF-16 unit at `i` is a letter or a digit (a lone surrogate half counts as a letter's part). */
function isLetterAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

/**
 * Whether the stop (. ! ?) at `i`, the last of its run, surely ends a sentence for compromise's splitter
 * (methods.one.tokenize.splitSentences), judged from the text near it only. The splitter ends a sentence at a
 * run of stops followed by white space unless the word before a full stop is an abbreviation ("Mr.", "Dr."),
 * an initial or acronym ("J.", "U.S."), or the run is an ellipsis. The answer errs towards "no": a missed end
 * only makes the run-on cut fire where the tagger would have split anyway, while an end the tagger does not
 * see would let its sentence grow without bound ("Mr. Smith met Mr. Jones and Dr. Brown " repeated).
 */
function endsSentence(text: string, i: number, end: number): boolean {
  if (i + 1 < end && !isWhite(text.charCodeAt(i + 1))) return false;
  let runStart = i;
  while (runStart > 0 && isStop(text.charCodeAt(runStart - 1))) runStart--;
  if (text.charCodeAt(i) !== 0x2e) return true; // ! or ?
  if (i - runStart >= 1 && text.charCodeAt(i - 1) === 0x2e) return false; // ".." ellipsis
  if (runStart > 0 && text.charCodeAt(runStart - 1) === 0x2026) return false; // "…."
  // The word before the stops: back to white space, no further than any abbreviation is long.
  let wordStart = runStart;
  while (wordStart > 0 && runStart - wordStart <= MAX_ABBREVIATION && !isWhite(text.charCodeAt(wordStart - 1))) wordStart--;
  if (runStart - wordStart > MAX_ABBREVIATION) return true;
  const word = text.slice(wordStart, runStart);
  if (word.includes(".")) return false; // "U.S." "a.m."
  let letters = 0;
  for (let k = 0; k < word.length; k++) if (isLetterAt(word, k)) letters++;
  if (letters <= 1) return false; // an initial ("J.") or no word at all
  return !Object.hasOwn(ABBREVIATIONS, word.toLowerCase());
}

/**
 * Splits a region where it runs on for more than MAX_RUN_CHARS without a sentence end (a line break, or a stop
 * that `endsSentence` is sure of, after a letter), and at the last sentence end before MAX_REGION_CHARS when it
 * is longer than that. Linear: each unit is looked at a bounded number of times.
 */
export function splitRunOns(text: string, region: Region): Region[] {
  if (region.end - region.start <= MAX_RUN_CHARS) return [region];
  const pieces: Region[] = [];
  let pieceStart = region.start;
  let runStart = region.start; // just after the last sentence end
  let letterSeen = false; // a letter since runStart: compromise glues a chunk without one to its neighbour
  let lastSpace = -1;
  for (let i = region.start; i < region.end; i++) {
    const unit = text.charCodeAt(i);
    if (isSpace(unit)) lastSpace = i;
    else if (isNewline(unit) || (isStop(unit) && !isStop(text.charCodeAt(i + 1)) && endsSentence(text, i, region.end))) {
      if (letterSeen) {
        runStart = i + 1;
        letterSeen = false;
      }
    } else if (!letterSeen && isLetterAt(text, i)) letterSeen = true;
    if (i - pieceStart >= MAX_REGION_CHARS && runStart > pieceStart && runStart < region.end) {
      pieces.push({ start: pieceStart, end: runStart, paragraph: region.paragraph });
      pieceStart = runStart;
    }
    if (i - runStart >= MAX_RUN_CHARS) {
      // Cut at the last space of the run when it is far enough in; otherwise (no spaces) cut right here.
      let cut = lastSpace > runStart + MAX_RUN_CHARS / 2 ? lastSpace : i;
      // Never cut a surrogate pair in two.
      const unitAtCut = text.charCodeAt(cut);
      if (unitAtCut >= 0xdc00 && unitAtCut <= 0xdfff) cut--;
      if (cut > pieceStart) pieces.push({ start: pieceStart, end: cut, paragraph: region.paragraph });
      pieceStart = cut;
      runStart = cut;
      letterSeen = false;
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
 * How many characters of regions go to one compromise call. compromise holds a whole document's terms (each
 * with its own objects and tag set) until the call returns, so a 10 MB story parsed at once peaks at some
 * gigabytes; parsed in batches, only one batch's terms are alive at a time. Sentences never cross regions, so
 * a batch boundary changes nothing for the tagger; a story shorter than this is parsed in one call.
 */
export const PARSE_BATCH_CHARS = 50_000;

/**
 * Parses the given regions of `text`, in as few compromise calls as PARSE_BATCH_CHARS allows. Sentences never
 * cross regions.
 */
export function parseRegions(text: string, givenRegions: Region[], batchChars = PARSE_BATCH_CHARS): ParsedStory {
  return parseSplitRegions(text, splitRegions(text, givenRegions), batchChars);
}

/** The regions as the parser reads them: each one cut where it runs on (`splitRunOns`). */
export function splitRegions(text: string, givenRegions: Region[]): Region[] {
  const regions: Region[] = [];
  for (const region of givenRegions) for (const piece of splitRunOns(text, region)) regions.push(piece);
  return regions;
}

/** `parseRegions` for regions already cut by `splitRegions` (a run of them, in text order). */
export function parseSplitRegions(text: string, regions: Region[], batchChars = PARSE_BATCH_CHARS): ParsedStory {
  const parsed: ParsedStory = { text, regions, tokens: [], sentences: [] };
  const tagSets = new Map<string, ReadonlySet<string>>();
  // One copy of each short string the tokens repeat (words, their normal forms, the spaces and marks around
  // them): one string object per token would cost about as much as the token.
  const pool = new StringPool(24, 200_000);
  let from = 0;
  while (from < regions.length) {
    let to = from + 1;
    let size = regions[from]!.end - regions[from]!.start;
    while (to < regions.length && size + regions[to]!.end - regions[to]!.start <= batchChars) {
      size += regions[to]!.end - regions[to]!.start + REGION_SEPARATOR.length;
      to++;
    }
    parseBatch(parsed, from, to, to < regions.length, tagSets, pool);
    from = to;
  }
  tagMiddleInitials(parsed.tokens);
  tagElidedSurnames(parsed.tokens);
  return parsed;
}

/**
 * The one tag set object for each distinct set of tags: a story's tokens carry a few hundred distinct sets,
 * and one Set per token would cost more memory than the token itself.
 */
function internTags(tags: Set<string>, tagSets: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  const key = [...tags].join("|");
  let shared = tagSets.get(key);
  if (!shared) {
    shared = new Set(tags);
    tagSets.set(key, shared);
  }
  return shared;
}

/**
 * Parses regions [from, to) of `parsed` with one compromise call, appending tokens and sentences. A batch that
 * is not the last ends with the region separator, as it would inside one call, so that its last word's `post`
 * is the same whether or not a batch ends after it.
 */
function parseBatch(
  parsed: ParsedStory, from: number, to: number, moreFollow: boolean, tagSets: Map<string, ReadonlySet<string>>, pool: StringPool,
): void {
  const { text, regions } = parsed;
  const pieces: string[] = [];
  /** Where each region starts in the joined string. */
  const joinedStarts: number[] = [];
  let cursor = 0;
  for (let r = from; r < to; r++) {
    const region = regions[r]!;
    joinedStarts.push(cursor);
    const piece = text.slice(region.start, region.end);
    pieces.push(piece);
    cursor += piece.length + REGION_SEPARATOR.length;
  }
  const joined = pieces.join(REGION_SEPARATOR) + (moreFollow ? REGION_SEPARATOR : "");
  if (joined.trim() === "") return;
  const unglued = unglueQuoteMarks(joined);
  const document = nlp(unglued).document as CompromiseTerm[][];
  let position = 0; // offset in `joined`, advanced over every term's pre + text + post
  let regionIndex = 0; // relative to `from`
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
      while (regionIndex + 1 < to - from && joinedStart >= joinedStarts[regionIndex + 1]!) regionIndex++;
      const region = regions[from + regionIndex]!;
      const shift = region.start - joinedStarts[regionIndex]!;
      if (!sentence || sentence.region !== from + regionIndex) {
        sentence = {
          index: parsed.sentences.length, region: from + regionIndex,
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
      const normal = term.normal ?? term.text.toLowerCase();
      parsed.tokens.push({
        text: pool.get(word), normal: normal === word ? pool.get(word) : pool.get(normal),
        start, end: start + word.length, post: pool.get(term.post), tags: internTags(term.tags, tagSets),
        // A mark `unglueQuoteMarks` hid is given back: an opening one to this word's pre, as if a space stood
        // before it; a closing one (`,”he`) to the post of the word before (`unglued` differs only there).
        pre: pool.get(hiddenMark && opensQuote(hiddenMark, joined[joinedStart - 2]) ? term.pre + hiddenMark : term.pre),
        index: parsed.tokens.length, sentence: sentence.index, region: from + regionIndex,
      });
      const previous = parsed.tokens[parsed.tokens.length - 2];
      if (previous && hiddenMark && !opensQuote(hiddenMark, joined[joinedStart - 2])) {
        previous.post = previous.post.replace(/ $/u, hiddenMark);
      }
      sentence.endToken = parsed.tokens.length;
      sentence.end = Math.min(start + word.length + term.post.length, region.end);
    }
  }
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
