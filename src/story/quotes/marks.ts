/**
 * Finding quoted stretches by their marks, in one left-to-right pass (linear on any input, including
 * thousands of quote marks in a row or a quote that never closes).
 *
 * Handled: “curly” and "straight" double quotes, «guillemets» (both directions), „low-high“, ``TeX-style'',
 * and ‘single’ quotes, where a ’ between letters (don’t, it’s) is an apostrophe and never closes a quote.
 * A quote that runs over paragraphs repeats its opening mark at each new paragraph and closes only at the end.
 * An opening mark that never closes is dropped, so it cannot swallow the rest of the story.
 */
import type { Paragraph } from "../../types.js";
import { countBefore } from "../../lib/sorted.js";

/** A quoted stretch, UTF-16 offsets. `contentStart/End` exclude the marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark. */
  close: number;
  contentStart: number;
  contentEnd: number;
  /** Body paragraph of the opening mark. */
  paragraph: number;
  /** For a quote over several paragraphs, each paragraph's piece of content. */
  pieces: Array<{ start: number; end: number }>;
}

type Family = "double" | "single" | "guillemet" | "guillemetReversed";

interface Mark {
  at: number;
  length: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
  /** A ’ after an s and before a lower-case word ("the farmers’ losses"): a plural possessive more often than a close. */
  weak?: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN_PUNCT = /[\s\p{Ps}\p{Pd}—–:;,/]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** Whether the character before a straight mark lets it open: start of text, space or opening punctuation. */
function opensAfter(ch: string | undefined): boolean {
  return ch === undefined || SPACE_OR_OPEN_PUNCT.test(ch) || ch === "“" || ch === "‘" || ch === "«";
}

/**
 * A double mark written the same on both sides (" or ''): it opens after a space or opening punctuation when a
 * word follows, closes after a word, and a mark that cannot open is taken as a close.
 */
function symmetricMark(at: number, length: number, before: string | undefined, after: string | undefined): Mark {
  const canOpen = opensAfter(before) && after !== undefined && !/\s/u.test(after);
  const canClose = before !== undefined && !/\s/u.test(before);
  return { at, length, family: "double", canOpen, canClose: canClose || !canOpen };
}

/** Classifies every quote mark in `text[from, to)`. */
function scanMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    switch (ch) {
      case "“":
        // „…“ (German) closes with “; elsewhere “ opens.
        marks.push({ at: i, length: 1, family: "double", canOpen: true, canClose: !opensAfter(before) });
        break;
      case "„":
        marks.push({ at: i, length: 1, family: "double", canOpen: true, canClose: false });
        break;
      case "”":
        marks.push({ at: i, length: 1, family: "double", canOpen: false, canClose: true });
        break;
      case '"':
        marks.push(symmetricMark(i, 1, before, after));
        break;
      case "`":
        if (after === "`") {
          marks.push({ at: i, length: 2, family: "double", canOpen: true, canClose: false });
          i++;
        }
        break;
      // biome-ignore lint/suspicious/noFallthroughSwitchClause: a lone straight single mark goes on as a curly one
      case "'":
        if (after === "'") {
          // Two apostrophes stand for a double mark (``…'' in TeX style, ''…'' in some archives): they
          // open after a space and close after a word, like a straight double quote.
          marks.push(symmetricMark(i, 2, before, i + 2 < to ? text[i + 2] : undefined));
          i++;
          break;
        }
      // falls through: a lone straight single mark behaves like a curly one
      case "‘":
      case "’": {
        // Between letters it is an apostrophe (don’t, O’Brien); after a letter at a word's end it may close.
        if (isLetter(before) && isLetter(after)) break;
        const canOpen = ch !== "’" && opensAfter(before) && after !== undefined && !/\s/u.test(after);
        const canClose = ch !== "‘" && before !== undefined && !/\s/u.test(before) && !isLetter(after);
        const weak = canClose && /s/iu.test(before ?? "") && after === " " && /\p{Ll}/u.test(text[i + 2] ?? "");
        if (canOpen || canClose) marks.push({ at: i, length: 1, family: "single", canOpen, canClose, weak });
        break;
      }
      case "«":
        marks.push({ at: i, length: 1, family: "guillemet", canOpen: true, canClose: false });
        break;
      case "»":
        marks.push({ at: i, length: 1, family: "guillemet", canOpen: false, canClose: true });
        break;
      default:
        break;
    }
  }
  return marks;
}

interface OpenQuote {
  mark: Mark;
  paragraph: number;
  pieces: Array<{ start: number; end: number }>;
}

/**
 * Finds the quoted spans of the body. Single quotes inside a double quote are quotes within the quote and
 * belong to it; only top-level spans are returned.
 */
export function findQuotedSpans(text: string, paragraphs: Paragraph[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let carried: OpenQuote | null = null; // a quote still open at the end of the previous paragraph

  for (const paragraph of paragraphs) {
    const marks = scanMarks(text, paragraph.start, paragraph.end);
    let current: OpenQuote | null = null;
    let first = 0;
    if (carried) {
      // The quote goes on only if this paragraph opens again with the same family of mark.
      const opener = marks[0];
      const leading = opener && text.slice(paragraph.start, opener.at).trim() === "";
      if (opener && leading && opener.canOpen && opener.family === carried.mark.family) {
        current = carried;
        current.pieces.push({ start: opener.at + opener.length, end: paragraph.end });
        first = 1;
      }
      carried = null;
    }
    // For each mark, whether a firm single close follows it in this paragraph (one backward pass).
    const firmCloseLater: boolean[] = new Array<boolean>(marks.length).fill(false);
    for (let k = marks.length - 2; k >= 0; k--) {
      const next = marks[k + 1]!;
      firmCloseLater[k] = firmCloseLater[k + 1]! || (next.family === "single" && next.canClose && !next.weak);
    }
    for (let k = first; k < marks.length; k++) {
      const mark = marks[k]!;
      if (current) {
        if (mark.family !== current.mark.family) continue; // nested quote of another kind
        if (mark.weak && firmCloseLater[k]) continue; // "the farmers’ losses are real,’": an apostrophe
        if (mark.canClose) {
          const piece = current.pieces[current.pieces.length - 1]!;
          piece.end = mark.at;
          spans.push(toSpan(current, mark.at + mark.length));
          current = null;
        } else if (mark.canOpen) {
          // Two openers in a row: the first never closed. Drop it and start again here.
          current = { mark, paragraph: paragraph.index, pieces: [{ start: mark.at + mark.length, end: paragraph.end }] };
        }
      } else if (mark.canOpen) {
        current = { mark, paragraph: paragraph.index, pieces: [{ start: mark.at + mark.length, end: paragraph.end }] };
      }
    }
    if (current) {
      const piece = current.pieces[current.pieces.length - 1]!;
      piece.end = trimEnd(text, piece.start, paragraph.end);
      carried = current;
    }
  }
  return spans.filter((s) => s.contentEnd > s.contentStart);
}

/** Whether `offset` lies inside a quoted span (spans sorted, not overlapping). */
export function insideQuote(spans: readonly QuotedSpan[], offset: number): boolean {
  const span = spans[countBefore(spans, offset, (s) => s.open, true) - 1];
  return span !== undefined && offset < span.close;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

function toSpan(quote: OpenQuote, close: number): QuotedSpan {
  const firstPiece = quote.pieces[0]!;
  const lastPiece = quote.pieces[quote.pieces.length - 1]!;
  return {
    open: quote.mark.at, close, contentStart: firstPiece.start, contentEnd: lastPiece.end,
    paragraph: quote.paragraph, pieces: quote.pieces,
  };
}
