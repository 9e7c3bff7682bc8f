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
 * Parses the given regions of `text` with one compromise call. Sentences never cross regions.
 */
export function parseRegions(text: string, regions: Region[]): ParsedStory {
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

  const document = nlp(joined).document as CompromiseTerm[][];
  let position = 0; // offset in `joined`, advanced over every term's pre + text + post
  let regionIndex = 0;
  for (const terms of document) {
    let sentence: Sentence | null = null;
    for (const term of terms) {
      position += term.pre.length;
      const joinedStart = position;
      position += term.text.length + term.post.length;
      // Contractions expand into extra terms with no text of their own ("they’ll" -> they + will).
      if (term.text === "") continue;
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
      const start = joinedStart + shift;
      parsed.tokens.push({
        text: term.text, normal: term.normal ?? term.text.toLowerCase(),
        start, end: start + term.text.length, pre: term.pre, post: term.post, tags: term.tags,
        index: parsed.tokens.length, sentence: sentence.index, region: regionIndex,
      });
      sentence.endToken = parsed.tokens.length;
      sentence.end = Math.min(start + term.text.length + term.post.length, region.end);
    }
  }
  return parsed;
}
