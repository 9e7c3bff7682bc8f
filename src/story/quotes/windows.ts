/**
 * The words around a quote where its attribution can stand: after the closing mark up to the end of the
 * sentence ("…,” he said, according to Interfax.") and before the opening mark back to the start of the
 * sentence ("Lavrov said …, saying “…"). Windows never reach into another quote or another paragraph.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import { countBefore } from "../../lib/sorted.js";
import { TokenWindow } from "./token-window.js";

/** Index of the first token starting at or after `offset` (tokens are sorted by start). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  return countBefore(tokens, offset, (t) => t.start);
}

/** The last token starting before `offset`: the word right before a quote's opening mark, or undefined. */
export function tokenBefore(tokens: Token[], offset: number): Token | undefined {
  return TokenWindow.of(tokens).at(tokenIndexAt(tokens, offset) - 1);
}

const SENTENCE_END = /[.!?]/u;
/**
 * How far a window reaches: attributions after a quote are short, and long windows catch other people's verbs;
 * a partial quote's verb may stand far back in a long sentence.
 */
const MAX_WINDOW = 25;
export const LONG_WINDOW = 60;

/** Tokens after `close` up to the end of the sentence, stopping before `limit` (the next quote's opening). */
export function windowAfter(parsed: ParsedStory, close: number, limit: number, region: number): Token[] {
  const { tokens } = parsed;
  const story = TokenWindow.of(tokens);
  const window: Token[] = [];
  for (let i = tokenIndexAt(tokens, close); window.length < MAX_WINDOW; i++) {
    const token = story.at(i);
    if (!token || token.start >= limit || token.region !== region) break;
    window.push(token);
    if (SENTENCE_END.test(token.post) && !isAbbreviation(token)) break;
  }
  return window;
}

/** Tokens before `open` back to the start of its sentence, not before `limit` (the previous quote's end). */
export function windowBefore(
  parsed: ParsedStory, open: number, limit: number, region: number, reach = MAX_WINDOW,
): Token[] {
  const { tokens } = parsed;
  const story = TokenWindow.of(tokens);
  const window: Token[] = [];
  for (let i = tokenIndexAt(tokens, open) - 1; window.length < reach; i--) {
    const token = story.at(i);
    if (!token || token.start < limit || token.region !== region) break;
    // A word whose punctuation ends a sentence belongs to the sentence before this one.
    if (SENTENCE_END.test(token.post) && !isAbbreviation(token)) break;
    window.unshift(token);
  }
  return window;
}

/** "Sen.", "Dr.", "U.S.", "No." end in a dot without ending the sentence. */
export function isAbbreviation(token: Token): boolean {
  if (!token.post.startsWith(".")) return false;
  // "of Elmvale, Mich., said": a full stop followed by a comma ends no sentence.
  if (/^\.,/u.test(token.post)) return true;
  if (/^\p{Lu}$/u.test(token.text)) return true;
  // "(D-S.C.)", "(R-Fla.)", ", R-Ky., said": party and state after a legislator's name.
  if (/^\p{Lu}-\p{Lu}[\p{L}.]{0,5}$/u.test(token.text) && /^\.[),]/u.test(token.post)) return true;
  return token.tags.has("Honorific") || token.tags.has("Abbreviation") || /^(no|st|mt|jr|sr|vs|gen|sen|rep|gov|lt|col|capt|sgt|dr|mr|mrs|ms|prof|rev)$/i.test(token.text);
}

/**
 * "on Friday", "early Monday morning", "last week", "this month": the index just past a time phrase that
 * starts at `from` in `words` (stopping before `end`), or `from` when none starts there. A time with a comma,
 * semicolon or colon in it closes a clause of its own ("X, who spoke on Thursday, said") and is no phrase here.
 */
export function timePhraseEnd(words: Token[], from: number, end: number): number {
  const view = TokenWindow.of(words);
  const first = view.at(from);
  if (!first || (!/^(on|late|early|last|this|next)$/u.test(first.normal) && !first.tags.has("Date"))) return from;
  let k = from + (first.tags.has("Date") ? 0 : 1);
  const start = k;
  while (k < end && k < start + 3 && (view.has(k, "Date") || /^(night|morning|afternoon|evening|week|month|year)$/u.test(view.normal(k)))) {
    if (/[,;:]/u.test(view.post(k))) return from;
    k++;
  }
  return k > start && k < end ? k : from;
}
