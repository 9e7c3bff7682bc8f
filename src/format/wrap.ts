/**
 * Word wrapping of styled text for the terminal. Text is wrapped BEFORE any escape is written: the input is a
 * list of runs (plain text + a style function), lines are filled by visible width (string-width: an emoji or a
 * CJK character takes two columns, a combining accent none), and each piece of a line is styled on its own.
 * So no escape sequence can be cut by a line break and no style leaks from one line into the next.
 */
import stringWidth from "string-width";
import { visibleControls } from "./escape.js";
import { pushAll } from "../lib/arrays.js";

export type Style = (text: string) => string;

export interface Run {
  text: string;
  /** Applied to the text of this run on each line it lands on; none means plain. */
  style?: Style | undefined;
}

/** Breakable white space. A no-break space (U+00A0) is left alone on purpose. */
const SPACE = /[ \t\n\r\f\v]+/;

interface Piece {
  text: string;
  style?: Style | undefined;
  width: number;
}

interface Token {
  space: boolean;
  pieces: Piece[];
  width: number;
}

function tokenize(runs: readonly Run[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const text = visibleControls(run.text);
    for (const part of text.split(/([ \t\n\r\f\v]+)/)) {
      if (part === "") continue;
      const space = SPACE.test(part);
      // Any breakable space (a tab, a line break inside a paragraph) takes one column as a plain space.
      const piece: Piece = space
        ? { text: " ".repeat(part.length), style: run.style, width: part.length }
        : { text: part, style: run.style, width: stringWidth(part) };
      const last = tokens.at(-1);
      // A word may be made of several runs ("“" + "In" under different styles): it stays one unbreakable token.
      if (last && last.space === space) {
        last.pieces.push(piece);
        last.width += piece.width;
      } else tokens.push({ space, pieces: [piece], width: piece.width });
    }
  }
  return tokens;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Cuts a word wider than a whole line into pieces that fit, between grapheme clusters. */
function splitWide(token: Token, width: number): Piece[][] {
  const lines: Piece[][] = [[]];
  let used = 0;
  for (const piece of token.pieces) {
    let current = "";
    let currentWidth = 0;
    for (const { segment } of graphemes.segment(piece.text)) {
      const w = stringWidth(segment);
      if (used + currentWidth + w > width && used + currentWidth > 0) {
        if (current) lines.at(-1)!.push({ text: current, style: piece.style, width: currentWidth });
        lines.push([]);
        used = 0;
        current = "";
        currentWidth = 0;
      }
      current += segment;
      currentWidth += w;
    }
    if (current) lines.at(-1)!.push({ text: current, style: piece.style, width: currentWidth });
    used += currentWidth;
  }
  return lines.filter((l) => l.length > 0);
}

/**
 * Wraps runs into lines no wider than `width` visible columns (a word wider than the line is cut) and returns
 * the lines with their styles applied. White space at a break is dropped; white space inside a line is kept
 * as it is (so "state.  That" keeps its two spaces), a line break in the text becoming a space.
 */
export function wrapRuns(runs: readonly Run[], width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  let pendingSpace: Token | null = null;
  for (const token of tokenize(runs)) {
    if (token.space) {
      pendingSpace = line.length > 0 ? token : null;
      continue;
    }
    const spaceWidth = pendingSpace ? pendingSpace.width : 0;
    if (line.length > 0 && used + spaceWidth + token.width <= limit) {
      if (pendingSpace) pushAll(line, pendingSpace.pieces);
      pushAll(line, token.pieces);
      used += spaceWidth + token.width;
    } else {
      if (line.length > 0) lines.push(line);
      line = [];
      used = 0;
      if (token.width <= limit) {
        pushAll(line, token.pieces);
        used = token.width;
      } else {
        const parts = splitWide(token, limit);
        pushAll(lines, parts.slice(0, -1));
        line = parts.at(-1) ?? [];
        used = line.reduce((sum, p) => sum + p.width, 0);
      }
    }
    pendingSpace = null;
  }
  if (line.length > 0) lines.push(line);
  return lines.map(renderLine);
}

/** Joins a line's pieces, merging neighbours of the same style so each style is opened once per stretch. */
function renderLine(pieces: readonly Piece[]): string {
  let out = "";
  let i = 0;
  while (i < pieces.length) {
    const style = pieces[i]!.style;
    let text = "";
    while (i < pieces.length && pieces[i]!.style === style) text += pieces[i++]!.text;
    out += style ? style(text) : text;
  }
  return out;
}

