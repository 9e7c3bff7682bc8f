/**
 * Finding quoted stretches by their marks, in one left-to-right pass (linear on any input, including
 * thousands of quote marks in a row or a quote that never closes).
 *
 * Handled: “curly” and "straight" double quotes, «guillemets» (both directions), „low-high“, ``TeX-style'',
 * and ‘single’ quotes, where a ’ between letters (don’t, it’s) is an apostrophe and never closes a quote.
 * A quote that runs over paragraphs repeats its opening mark at each new paragraph and closes only at the end.
 * An opening mark that never closes is dropped, so it cannot swallow the rest of the story.
 *
 * Marks typed the wrong way round are read by where they stand, not by their shape: a ” at a word's start opens
 * (”We will …”), a “ after a word and its punctuation closes (“It is unusual,“ said …). A quote opened in one
 * style of double mark may hold a quote in the other style ("… he said “no” to us …"), kept only when every
 * mark of the paragraph then pairs up; so may a quote in the same style (“… the claim that it “will last” is …”),
 * on the same condition.
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

/** How a double mark is drawn: straight (" and '') or curly (“ ” „ and ``). */
type Style = "straight" | "curly";

interface Mark {
  at: number;
  length: number;
  family: Family;
  style?: Style;
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
  return { at, length, family: "double", style: "straight", canOpen, canClose: canClose || !canOpen };
}

/** A word's closing punctuation before a mark that ends the word: "unusual,“ said" (a “ typed for a ”). */
const ENDS_CLAUSE = /[.,!?;…]/u;

/** Whether a “ closes: after a word ("„Wort“"), or after a word's punctuation with no word right after it. */
function curlyOpenerCloses(before: string | undefined, after: string | undefined): boolean {
  if (!opensAfter(before)) return true;
  return before !== undefined && ENDS_CLAUSE.test(before) && !isLetter(after);
}

/** Whether a ” opens: at a word's start, after a space, the text's start or a bracket ("aides ”get close …"). */
function curlyCloserOpens(before: string | undefined, after: string | undefined): boolean {
  return (before === undefined || /[\s(\[]/u.test(before)) && isLetter(after);
}

/** Classifies every quote mark in `text[from, to)`. */
function scanMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    switch (ch) {
      case "“":
        // „…“ (German) closes with “; elsewhere “ opens.
        marks.push({ at: i, length: 1, family: "double", style: "curly", canOpen: true, canClose: curlyOpenerCloses(before, after) });
        break;
      case "„":
        marks.push({ at: i, length: 1, family: "double", style: "curly", canOpen: true, canClose: false });
        break;
      case "”":
        marks.push({ at: i, length: 1, family: "double", style: "curly", canOpen: curlyCloserOpens(before, after), canClose: true });
        break;
      case '"':
        marks.push(symmetricMark(i, 1, before, after));
        break;
      case "`":
        if (after === "`") {
          marks.push({ at: i, length: 2, family: "double", style: "curly", canOpen: true, canClose: false });
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
    let resumed: OpenQuote | null = null;
    let first = 0;
    if (carried) {
      // The quote goes on only if this paragraph opens again with the same family of mark.
      const opener = marks[0];
      const leading = opener && text.slice(paragraph.start, opener.at).trim() === "";
      if (opener && leading && opener.canOpen && opener.family === carried.mark.family) {
        resumed = carried;
        resumed.pieces.push({ start: opener.at + opener.length, end: paragraph.end });
        first = 1;
      }
      carried = null;
    }
    // A quote nested in a double-marked one (the same style or the other) stands only when the paragraph's marks then all pair up
    // ("“We told them "no" twice,” she said."); otherwise the marks are read as before, so a quote left open
    // ("“We lost, she said. "Again,” he added.") cannot hide the closed one after it.
    let paired = pairMarks(paragraph, marks, first, resumed, true);
    if (paired.unpaired) paired = pairMarks(paragraph, marks, first, resumed, false);
    spans.push(...paired.spans);
    const current = paired.open;
    if (current) {
      const piece = current.pieces[current.pieces.length - 1];
      if (piece) piece.end = trimEnd(text, piece.start, paragraph.end);
      carried = current;
    }
  }
  return spans.filter((s) => s.contentEnd > s.contentStart);
}

/**
 * Pairs one paragraph's marks, from `first` on, into quoted spans; `resumed` is a quote carried over from the
 * paragraph before. Returns the closed spans, the quote still open at the paragraph's end, and whether a quote
 * nested inside another, or opened after one, was left without its close.
 */
function pairMarks(
  paragraph: Paragraph, marks: Mark[], first: number, resumed: OpenQuote | null, nesting: boolean,
): { spans: QuotedSpan[]; open: OpenQuote | null; unpaired: boolean } {
  const spans: QuotedSpan[] = [];
  const copy = (quote: OpenQuote): OpenQuote => ({ ...quote, pieces: quote.pieces.map((p) => ({ ...p })) });
  let current: OpenQuote | null = resumed ? copy(resumed) : null;
  let nested: Mark | null = null; // an inner double quote, drawn in either style
  let didNest = false;
  // For each mark, whether a firm single close follows it in this paragraph (one backward pass).
  const firmCloseLater: boolean[] = new Array<boolean>(marks.length).fill(false);
  let firmLater = false;
  for (let k = marks.length - 1; k >= 0; k--) {
    firmCloseLater[k] = firmLater;
    const mark = marks[k];
    if (mark) firmLater ||= mark.family === "single" && mark.canClose && !mark.weak;
  }
  for (let k = first; k < marks.length; k++) {
    const mark = marks[k];
    if (!mark) continue;
    if (current) {
      if (mark.family !== current.mark.family) continue; // nested quote of another kind
      if (nested) {
        if (mark.style === nested.style && mark.canClose) nested = null;
        continue;
      }
      if (mark.weak && firmCloseLater[k]) continue; // "the farmers’ losses are real,’": an apostrophe
      if (nesting && mark.canOpen && !mark.canClose && mark.style && current.mark.style) {
        nested = mark;
        didNest = true;
      } else if (mark.canClose) {
        const piece = current.pieces[current.pieces.length - 1];
        if (piece) piece.end = mark.at;
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
  return { spans, open: current, unpaired: nested !== null || (didNest && current !== null) };
}

/** Whether `offset` lies inside a quoted span (spans sorted, not overlapping). */
export function insideQuote(spans: readonly QuotedSpan[], offset: number): boolean {
  const span = spans[countBefore(spans, offset, (s) => s.open, true) - 1];
  return span !== undefined && offset < span.close;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return end;
}

function toSpan(quote: OpenQuote, close: number): QuotedSpan {
  // An open quote always holds at least its first piece; an empty one would give an empty span, dropped later.
  const contentStart = quote.pieces[0]?.start ?? close;
  const contentEnd = quote.pieces[quote.pieces.length - 1]?.end ?? close;
  return {
    open: quote.mark.at, close, contentStart, contentEnd,
    paragraph: quote.paragraph, pieces: quote.pieces,
  };
}

/** Words a title leaves in lower case ("Clinton Says Russians Hacked DNC, Calls Trump’s Remarks ‘Troubling’"). */
const TITLE_SMALL_WORDS = /^(a|an|the|and|but|or|nor|for|of|in|on|at|to|by|with|from|as|vs?\.?|via|per|into|onto|over|up)$/u;
/** The most words a headline holds. */
const HEADLINE_WORDS = 25;

/**
 * `Quote.paragraph` of a quote in the story's headline, which is no body paragraph: -1, before the first one. The
 * field stays a number (the JSON contract only ever grows); its offsets say where in the headline the quote is.
 */
export const HEADLINE_PARAGRAPH = -1;

/**
 * Whether the paragraph is the story's headline, or its first (a headline the page layout did not mark), written
 * in title case as headlines are ("Ryan Calls Images ‘Hateful’"): there a quote capitalised like a title is
 * capitalised because the line is, not because it names a show or a book.
 */
export function inTitleCaseHeadline(text: string, paragraph: Paragraph | undefined): boolean {
  if (!paragraph || (paragraph.index !== 0 && paragraph.index !== HEADLINE_PARAGRAPH)) return false;
  // Asked once per quoted title: a first paragraph of a million quoted names was read again for each.
  const known = titleCaseFirstParagraph.get(paragraph);
  if (known && known.text === text) return known.answer;
  const answer = titleCaseLine(text, paragraph.start, paragraph.end);
  titleCaseFirstParagraph.set(paragraph, { text, answer });
  return answer;
}

const titleCaseFirstParagraph = new WeakMap<Paragraph, { text: string; answer: boolean }>();

/**
 * A piece without the marks around its letters and digits ("“Deal”," -> "Deal"). By index, not by a regex: an
 * anchored-at-the-end pattern retries from every mark of a long run ("a!!!…!b") and grows with its square.
 */
function trimToWord(piece: string): string {
  const wordChar = /[\p{L}\p{N}]/u;
  const chars = [...piece];
  let from = 0;
  let to = chars.length;
  while (from < to && !wordChar.test(chars[from] ?? "")) from++;
  while (to > from && !wordChar.test(chars[to - 1] ?? "")) to--;
  return chars.slice(from, to).join("");
}

/** Whether text[start, end) holds 3 to HEADLINE_WORDS words, none in lower case but the small ones. */
function titleCaseLine(text: string, start: number, end: number): boolean {
  let count = 0;
  let lower = 0;
  for (const [piece] of text.slice(start, end).matchAll(/\S+/gu)) {
    const w = trimToWord(piece);
    if (!/\p{L}/u.test(w)) continue;
    // More words than a headline holds: no need to read on.
    if (++count > HEADLINE_WORDS) return false;
    if (/^\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.test(w)) lower++;
  }
  return count >= 3 && lower === 0;
}
