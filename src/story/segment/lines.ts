/**
 * Cutting a page into blocks: usually one block per non-empty line, since pages saved as text put every menu
 * item, caption and paragraph on a line of its own. Hard-wrapped prose (an e-mail, a wire feed wrapped at 72
 * columns) is the exception: its lines are joined back into one block per paragraph, or every wrapped line
 * would become a paragraph of its own.
 */
import { maxOf, minOf } from "../../lib/arrays.js";

/** A block of the page: offsets in UTF-16 units, `text` is `page.slice(start, end)`, trimmed. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** Whether an empty line (or the start of the page) comes right before it. */
  afterBlank: boolean;
}

const TERMINAL = /[.!?。！？…:"”'’»)\]]$/u;

/** Splits `page` into trimmed, non-empty blocks. */
export function splitLines(page: string): Line[] {
  const raw: Line[] = [];
  let blank = true;
  let pos = 0;
  while (pos <= page.length) {
    const nl = nextBreak(page, pos);
    const [s, e] = trimRange(page, pos, nl);
    if (s < e) {
      raw.push({ start: s, end: e, text: page.slice(s, e), afterBlank: blank });
      blank = false;
    } else {
      blank = true;
    }
    pos = nl + 1;
  }
  return joinWrapped(page, raw);
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
 */
function joinWrapped(page: string, lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.afterBlank) j++;
    // lines[i..j) is one blank-line-separated group
    if (j - i >= 2 && looksWrapped(lines.slice(i, j))) {
      const first = lines[i]!;
      const last = lines[j - 1]!;
      out.push({ start: first.start, end: last.end, text: page.slice(first.start, last.end), afterBlank: first.afterBlank });
    } else {
      for (let k = i; k < j; k++) out.push(lines[k]!);
    }
    i = j;
  }
  return out;
}

function looksWrapped(group: Line[]): boolean {
  const body = group.slice(0, -1); // the last line of a paragraph is shorter
  const lengths = body.map((l) => l.text.length);
  const max = maxOf(lengths);
  const min = minOf(lengths);
  if (min < 40 || max > 110 || min < max * 0.7) return false;
  if (group[group.length - 1]!.text.length > max + 5) return false;
  const openEnds = body.filter((l) => !TERMINAL.test(l.text)).length;
  if (openEnds < body.length / 2) return false;
  // A sentence broken across lines goes on in lower case or after a comma; a caption followed by its credit,
  // or a title followed by a name, does not.
  let continued = 0;
  for (let k = 1; k < group.length; k++) {
    if (/^[\p{Ll}\d(“"‘'-]/u.test(group[k]!.text) || /[,;\-–—]$/.test(group[k - 1]!.text)) continued++;
  }
  return continued >= (group.length - 1) / 2;
}
