/**
 * A read-only view over a run of tagged tokens (the words before or after a quote, a sentence), read by position.
 * Every read out of range gives undefined, or "" and false for a word's text and tags, the way a missing word
 * reads in a rule ("the word before is “to”" is simply false at the start), so the readers need no `!`.
 *
 * The view wraps the array it is given without copying it (readers build many windows per story) and has no
 * way to change it. Positions are indices in the view, never in the story.
 */
import type { Token } from "../../nlp/parse.js";

export class TokenWindow {
  private constructor(private readonly tokens: readonly Token[]) {}

  /** A view over `tokens`; a view given is returned as it is. */
  static of(tokens: readonly Token[] | TokenWindow): TokenWindow {
    return tokens instanceof TokenWindow ? tokens : new TokenWindow(tokens);
  }

  get length(): number {
    return this.tokens.length;
  }

  /** The word at `i`, or undefined before the start or past the end (no counting from the end for `i` < 0). */
  at(i: number): Token | undefined {
    return i >= 0 && i < this.tokens.length ? this.tokens[i] : undefined;
  }

  get first(): Token | undefined {
    return this.at(0);
  }

  get last(): Token | undefined {
    return this.at(this.tokens.length - 1);
  }

  /** compromise's normal form of the word at `i`, or "". */
  normal(i: number): string {
    return this.at(i)?.normal ?? "";
  }

  /** The word at `i` as written, or "". */
  text(i: number): string {
    return this.at(i)?.text ?? "";
  }

  /** The punctuation and spaces before the word at `i`, or "". */
  pre(i: number): string {
    return this.at(i)?.pre ?? "";
  }

  /** The punctuation and spaces after the word at `i`, or "". */
  post(i: number): string {
    return this.at(i)?.post ?? "";
  }

  /** Whether the word at `i` has the tag; false out of range. */
  has(i: number, tag: string): boolean {
    return this.at(i)?.tags.has(tag) ?? false;
  }

  /** The position of `token` in the view, or -1. */
  indexOf(token: Token | undefined): number {
    return token === undefined ? -1 : this.tokens.indexOf(token);
  }

  /**
   * The word right before `token` in the view: "the word before the verb" without index arithmetic at the
   * caller. Undefined at the start of the view, or for a word the view does not hold.
   */
  previous(token: Token | undefined): Token | undefined {
    const at = this.positionOf(token);
    return at < 0 ? undefined : this.at(at - 1);
  }

  /** The word right after `token` in the view; undefined at its end, or for a word the view does not hold. */
  next(token: Token | undefined): Token | undefined {
    const at = this.positionOf(token);
    return at < 0 ? undefined : this.at(at + 1);
  }

  /**
   * Where `token` stands in the view, or -1. A word is found by where it starts, so a copy with its tags
   * corrected (a verb the tagger read as a noun) is found too. Views are runs of the story's words in order, so
   * the word's story index less the first word's is its place, checked, before any scan.
   */
  private positionOf(token: Token | undefined): number {
    if (token === undefined) return -1;
    const guess = token.index - (this.tokens[0]?.index ?? 0);
    if (this.tokens[guess]?.start === token.start) return guess;
    return this.tokens.findIndex((t) => t.start === token.start);
  }

  /** The words from `start` up to (not including) `end`, as a new array. */
  slice(start?: number, end?: number): Token[] {
    return this.tokens.slice(start, end);
  }

  /** Up to `n` words right before position `i`, in text order. */
  before(i: number, n: number): Token[] {
    return this.tokens.slice(Math.max(0, i - n), Math.max(0, i));
  }

  /** Up to `n` words right after position `i`, in text order. */
  after(i: number, n: number): Token[] {
    return this.tokens.slice(i + 1, i + 1 + n);
  }

  some(test: (token: Token, i: number) => boolean): boolean {
    return this.tokens.some(test);
  }

  every(test: (token: Token, i: number) => boolean): boolean {
    return this.tokens.every(test);
  }

  findIndex(test: (token: Token, i: number) => boolean): number {
    return this.tokens.findIndex(test);
  }

  /** The words as an array, for helpers that read plain arrays. */
  toArray(): readonly Token[] {
    return this.tokens;
  }
}
