/**
 * Cutting a page into blocks: usually one block per non-empty line, since pages saved as text put every menu
 * item, caption and paragraph on a line of its own. Hard-wrapped prose (an e-mail, a wire feed wrapped at 72
 * columns) is the exception: its lines are joined back into one block per paragraph, or every wrapped line
 * would become a paragraph of its own.
 */

/** A block of the page: offsets in UTF-16 units, `text` is `page.slice(start, end)`, trimmed. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** Whether an empty line (or the start of the page) comes right before it. */
  afterBlank: boolean;
}

/**
 * The blocks of a page as columns: block k is `page.slice(start[k], end[k])`. A page of millions of short lines
 * (a hostile input) costs nine bytes a block this way, where an object and a substring per block cost some
 * sixty; the text of a block is cut from the page only when it is asked for.
 */
export interface LineTable {
  page: string;
  length: number;
  start: Int32Array;
  end: Int32Array;
  /** 1 when an empty line (or the start of the page) comes right before the block. */
  afterBlank: Uint8Array;
}

const TERMINAL = /[.!?。！？…:"”'’»)\]]$/u;

/** Splits `page` into trimmed, non-empty blocks. */
export function splitLines(page: string): Line[] {
  const table = lineTable(page);
  const lines: Line[] = [];
  for (let k = 0; k < table.length; k++) {
    const start = table.start[k]!;
    const end = table.end[k]!;
    lines.push({ start, end, text: page.slice(start, end), afterBlank: table.afterBlank[k] === 1 });
  }
  return lines;
}

/** Splits `page` into trimmed, non-empty blocks, as columns (see LineTable). */
export function lineTable(page: string): LineTable {
  // Every block ends at a line break or at the end of the page: their count bounds the number of blocks.
  let breaks = 1;
  for (let i = 0; i < page.length; i++) {
    const unit = page.charCodeAt(i);
    if (unit === 0x0a || (unit === 0x0d && page.charCodeAt(i + 1) !== 0x0a)) breaks++;
  }
  const table: LineTable = { page, length: 0, start: new Int32Array(breaks), end: new Int32Array(breaks), afterBlank: new Uint8Array(breaks) };
  let blank = true;
  let pos = 0;
  while (pos <= page.length) {
    const nl = nextBreak(page, pos);
    const [s, e] = trimRange(page, pos, nl);
    if (s < e) {
      table.start[table.length] = s;
      table.end[table.length] = e;
      table.afterBlank[table.length] = blank ? 1 : 0;
      table.length++;
      blank = false;
    } else {
      blank = true;
    }
    pos = nl + 1;
  }
  joinWrapped(table);
  return table;
}

/** Where the line starting at `from` ends: at "\n", at "\r\n" (its "\r" is trimmed off the line), at a lone "\r"
 * (old Mac files), or at the end of the page. */
function nextBreak(page: string, from: number): number {
  for (let i = from; i < page.length; i++) {
    const unit = page.charCodeAt(i);
    if (unit === 0x0a) return i;
    if (unit === 0x0d) return page.charCodeAt(i + 1) === 0x0a ? i + 1 : i;
  }
  return page.length;
}

/** The sub-range of [start, end) without surrounding white space (any Unicode space, no-break spaces too). */
export function trimRange(page: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(page.charCodeAt(start))) start++;
  while (end > start && isSpace(page.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isSpace(unit: number): boolean {
  return (
    unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200b) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f ||
    unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

/**
 * Joins runs of wrapped lines: consecutive lines (no blank line between) whose lengths are all alike and long,
 * most of which break mid-sentence. A menu or a list has short or uneven lines and stays line by line.
 * Works in place: a block is only ever moved to an index at or before its own.
 */
function joinWrapped(table: LineTable): void {
  const { start, end, afterBlank } = table;
  let out = 0;
  let i = 0;
  while (i < table.length) {
    let j = i + 1;
    while (j < table.length && afterBlank[j] === 0) j++;
    // blocks [i, j) are one blank-line-separated group
    if (j - i >= 2 && looksWrapped(table, i, j)) {
      const joinedEnd = end[j - 1]!;
      start[out] = start[i]!;
      end[out] = joinedEnd;
      afterBlank[out] = afterBlank[i]!;
      out++;
    } else {
      for (let k = i; k < j; k++, out++) {
        start[out] = start[k]!;
        end[out] = end[k]!;
        afterBlank[out] = afterBlank[k]!;
      }
    }
    i = j;
  }
  table.length = out;
}

/** Whether the group of blocks [from, to) (at least two) is one hard-wrapped paragraph. */
function looksWrapped(table: LineTable, from: number, to: number): boolean {
  const { page, start, end } = table;
  const text = (k: number) => page.slice(start[k]!, end[k]!);
  // the last line of a paragraph is shorter: it is left out of the body lines [from, to - 1)
  let max = -Infinity;
  let min = Infinity;
  for (let k = from; k < to - 1; k++) {
    const length = end[k]! - start[k]!;
    if (length > max) max = length;
    if (length < min) min = length;
  }
  if (min < 40 || max > 110 || min < max * 0.7) return false;
  if (end[to - 1]! - start[to - 1]! > max + 5) return false;
  let openEnds = 0;
  for (let k = from; k < to - 1; k++) if (!TERMINAL.test(text(k))) openEnds++;
  if (openEnds < (to - 1 - from) / 2) return false;
  // A sentence broken across lines goes on in lower case or after a comma; a caption followed by its credit,
  // or a title followed by a name, does not.
  let continued = 0;
  for (let k = from + 1; k < to; k++) {
    if (/^[\p{Ll}\d(“"‘'-]/u.test(text(k)) || /[,;\-–—]$/.test(text(k - 1))) continued++;
  }
  return continued >= (to - 1 - from) / 2;
}
