/**
 * Fitting a table's columns to the terminal: a pure function from what the cells need to the width of each
 * column, and which columns are left out when even their least width does not fit.
 *
 * Every width here is a display width (string-width: a CJK character or an emoji takes two columns). A column
 * never gets less than its longest word, so words wrap whole instead of being cut; a column whose text is
 * shortened instead of wrapped (the file name, shortened from the left) has a fixed least width. When the least
 * widths of all columns do not fit, columns are dropped in the order the command states (least useful first);
 * only when a single column is left and its longest word is wider than the terminal is a word cut.
 */
import stringWidth from "string-width";

export interface ColumnNeed {
  /** The widest cell (or header) on one line: the width at which nothing wraps. */
  natural: number;
  /** The least width that cuts no word (or, for a shortened column, the least width worth showing). */
  least: number;
  /** A column of long text: it may take all the width that is left. Others stop at NARROW_MAX. */
  wide: boolean;
}

/** A column of short values (name, verb, count) takes more than this only when nothing else needs the room. */
export const NARROW_MAX = 32;

/** The columns a table draws, as indexes into the columns it was given, with their inner widths. */
export interface Fit {
  keep: number[];
  widths: number[];
}

/** Borders and padding of a table of n columns: "│ " before each column, " " after, "│" at the end. */
export const frameWidth = (n: number): number => 3 * n + 1;

/**
 * The columns to keep and their inner widths for a table no wider than `width` (borders included).
 * `dropOrder` lists column indexes, the first to be dropped first; columns not in it are never dropped.
 */
export function fitColumns(needs: readonly ColumnNeed[], width: number, dropOrder: readonly number[]): Fit {
  const keep = needs.map((_, i) => i);
  // Long text squeezed beside many short columns reads a word or two a line: for the decision to drop a column,
  // a wide column counts with the width it reads comfortably at (or less, when its text is shorter).
  const comfort = Math.min(WIDE_COMFORT, Math.floor(width / 2));
  const comfortable = (need: ColumnNeed): number => (need.wide ? Math.max(need.least, Math.min(need.natural, comfort)) : need.least);
  const total = (width: (need: ColumnNeed) => number): number => keep.reduce((sum, i) => sum + width(needs[i]!), 0) + frameWidth(keep.length);
  for (const drop of dropOrder) {
    if (total(comfortable) <= width || keep.length <= 1) break;
    const at = keep.indexOf(drop);
    if (at >= 0) keep.splice(at, 1);
  }
  const kept = keep.map((i) => needs[i]!);
  const widths = kept.map((need) => need.least);
  let room = width - total((need) => need.least);
  if (room < 0) {
    // Nothing left to drop and still too wide: the widest columns give up columns, down to one each. Only
    // here can a word be cut, and only because it is wider than the terminal.
    while (room < 0) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest]! <= 1) break;
      widths[widest]!--;
      room++;
    }
    return { keep, widths };
  }
  const preferred = kept.map((need) => Math.max(need.least, need.wide ? need.natural : Math.min(need.natural, NARROW_MAX)));
  // The room left is handed out in turn: long text up to its comfortable width; then the short columns, the
  // most useful first (the reverse of the drop order), each up to its natural width (names read badly broken);
  // then long text again, up to its natural width.
  room = grow(widths, (k) => (kept[k]!.wide ? Math.min(preferred[k]!, comfortable(kept[k]!)) : 0), room);
  const rank = (i: number): number => (dropOrder.includes(i) ? dropOrder.length - dropOrder.indexOf(i) : Infinity);
  const narrow = keep.map((i, k) => ({ i, k })).filter(({ k }) => !kept[k]!.wide).sort((a, b) => rank(b.i) - rank(a.i) || a.k - b.k);
  for (const { k } of narrow) {
    const more = Math.min(room, preferred[k]! - widths[k]!);
    widths[k]! += more;
    room -= more;
  }
  room = grow(widths, (k) => (kept[k]!.wide ? preferred[k]! : 0), room);
  // Room to spare: short columns past NARROW_MAX too (a long file name whole), in the same order.
  for (const { k } of narrow) {
    const more = Math.min(room, kept[k]!.natural - widths[k]!);
    if (more <= 0) continue;
    widths[k]! += more;
    room -= more;
  }
  return { keep, widths };
}

/**
 * Long text reads comfortably at this width (or half the terminal, when narrower); below it, the columns of the
 * drop order make way for it.
 */
export const WIDE_COMFORT = 30;

/** Gives `room` columns out one at a time to the column furthest below its target (by share); returns what is left. */
function grow(widths: number[], target: (k: number) => number, room: number): number {
  while (room > 0) {
    let best = -1;
    for (let k = 0; k < widths.length; k++) {
      if (widths[k]! >= target(k)) continue;
      if (best < 0 || widths[k]! / target(k) < widths[best]! / target(best)) best = k;
    }
    if (best < 0) break;
    widths[best]!++;
    room--;
  }
  return room;
}

/** The widest word of a text (what a column wrapping at word boundaries can never go below). */
export function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/[ \t\n\r\f\v]+/)) longest = Math.max(longest, stringWidth(word));
  return longest;
}

/** The widest line of a text. */
export function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, stringWidth(line));
  return widest;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * A path shortened from the left to at most `width` columns, keeping its end (the file name is what tells two
 * inputs apart): "…/stories/b.txt". A cut at a "/" is preferred when the name after it still fits.
 */
export function shortenLeft(path: string, width: number): string {
  if (stringWidth(path) <= width) return path;
  if (width <= 1) return width === 1 ? "…" : "";
  const parts = Array.from(graphemes.segment(path), (s) => s.segment);
  let kept = "";
  let keptWidth = 0;
  let atSlash = "";
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = stringWidth(parts[i]!);
    if (keptWidth + w > width - 1) break;
    kept = parts[i] + kept;
    keptWidth += w;
    if (parts[i] === "/") atSlash = kept;
  }
  return "…" + (atSlash || kept);
}
