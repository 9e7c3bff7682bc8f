/**
 * table: for a person at a terminal. Holds all records (column widths depend on all of them) and draws a
 * table no wider than the terminal: columns are fitted by src/format/fit.ts (shrunk in proportion, never below
 * their longest word, the least useful dropped first when even that does not fit), text wraps at word
 * boundaries, file names are shortened from the left. Widths are display widths (string-width), measured on the
 * text as it will be shown. Colour goes through the chalk instance it is given (level 0: no escapes at all),
 * applied after wrapping so no escape is cut by a line break.
 */
import stringWidth from "string-width";
import type { Cell, Column } from "./columns.js";
import { safeForTerminal } from "./escape.js";
import { fitColumns, frameWidth, longestWord, shortenLeft, widestLine, type ColumnNeed } from "./fit.js";
import type { Formatter, FormatOptions } from "./formatter.js";
import { isErrorRecord, type OutputRecord } from "./records.js";
import { wrapRuns, type Style } from "./wrap.js";

/** The width when the terminal's is not known (--format table into a pipe). */
const DEFAULT_WIDTH = 100;
/** A file name is shortened from the left, but not below this (or its own width, when shorter). */
const FILE_LEAST = 12;

export const table: Formatter = {
  carriesErrors: false,
  format(records, options) {
    return [...tableChunks(records, options)].join("");
  },
  chunks: tableChunks,
};

/**
 * The table in pieces, a line or a record's block at a time, whose concatenation is format()'s string: the
 * widths need every row first, but the drawn lines (several times the cells' size) need not be held at once.
 */
function* tableChunks(records: readonly OutputRecord[], options: FormatOptions): Generator<string> {
  const rows = records.filter((r) => !isErrorRecord(r)) as object[];
  const files = new Set(rows.map((r) => (r as { file: string }).file));
  const vertical = options.columns.vertical === true;
  // The file column only earns its width when there is more than one file (or, laid out vertically, more
  // than one record: it then heads each record's block).
  const columns = options.columns.table.filter((c) => c.header !== "file" || files.size > 1 || (vertical && rows.length > 1));
  const width = Math.max(1, options.width ?? DEFAULT_WIDTH);
  if (rows.length === 0) {
    yield wrapRuns([{ text: "(nothing found)", style: options.chalk.dim }], width).join("\n") + "\n";
    return;
  }
  yield* vertical ? verticalTables(rows, columns, width, options) : horizontal(rows, columns, width, options);
}

/** A cell as it is shown, before wrapping: control characters made visible, an empty value as a dash. */
function cellText(cell: Cell): string {
  if (cell === null || cell === "") return "–";
  return safeForTerminal(String(cell), "cell");
}

/** A cell wrapped (or shortened) to `width` columns: its lines, each padded to the width, then styled. */
function cellLines(text: string, width: number, style: Style | undefined, shorten: boolean): string[] {
  const lines = shorten ? [shortenLeft(text, width)] : wrapRuns([{ text }], width);
  return lines.map((line) => {
    const pad = " ".repeat(Math.max(0, width - stringWidth(line)));
    return (style ? style(line) : line) + pad;
  });
}

interface Box {
  left: string;
  cross: string;
  right: string;
}

const TOP: Box = { left: "┌", cross: "┬", right: "┐" };
const MIDDLE: Box = { left: "├", cross: "┼", right: "┤" };
const BOTTOM: Box = { left: "└", cross: "┴", right: "┘" };

function rule(widths: readonly number[], box: Box): string {
  return box.left + widths.map((w) => "─".repeat(w + 2)).join(box.cross) + box.right;
}

/** One row of the table from its cells' lines: as tall as its tallest cell. */
function drawRow(cells: readonly string[][], widths: readonly number[]): string[] {
  const height = Math.max(1, ...cells.map((c) => c.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    lines.push("│" + cells.map((c, k) => ` ${c[i] ?? " ".repeat(widths[k]!)} `).join("│") + "│");
  }
  return lines;
}

function* horizontal(rows: object[], columns: Column[], width: number, options: FormatOptions): Generator<string> {
  // A cell's text is made again when its row is drawn rather than kept: one copy of the cells is enough.
  const textOf = (row: object, j: number) => cellText(columns[j]!.get(row));
  const needs: ColumnNeed[] = columns.map((c, j) => {
    // A running maximum over the cells, one made and measured at a time: an array of a column's texts (or
    // of their widths) would outlive the young generation and stay in the heap, with 800,000 rows hundreds
    // of MB of it; a spread over one would overflow the stack past ~120,000 rows.
    let widest = 0;
    let longest = 0;
    for (const row of rows) {
      const text = textOf(row, j);
      widest = Math.max(widest, widestLine(text));
      if (!c.shortenLeft) longest = Math.max(longest, longestWord(text));
    }
    const natural = Math.max(stringWidth(c.header), widest);
    const least = c.shortenLeft ? Math.min(natural, Math.max(FILE_LEAST, stringWidth(c.header))) : Math.max(longestWord(c.header), longest);
    return { natural, least, wide: c.wide === true };
  });
  const dropOrder = (options.columns.dropOrder ?? []).map((header) => columns.findIndex((c) => c.header === header)).filter((i) => i >= 0);
  const { keep, widths } = fitColumns(needs, width, dropOrder);
  const { chalk } = options;
  const lines = (drawn: readonly string[]) => drawn.join("\n") + "\n";
  yield lines([rule(widths, TOP), ...drawRow(keep.map((j, k) => cellLines(columns[j]!.header, widths[k]!, chalk.bold, false)), widths)]);
  for (const row of rows) {
    yield lines([rule(widths, MIDDLE), ...drawRow(keep.map((j, k) => cellLines(textOf(row, j), widths[k]!, styleOf(columns[j]!, row, options), columns[j]!.shortenLeft === true)), widths)]);
  }
  yield lines([rule(widths, BOTTOM)]);
  const hidden = columns.filter((_, j) => !keep.includes(j)).map((c) => c.header);
  if (hidden.length > 0) {
    // Say what was left out, so a narrow table is not mistaken for the whole record.
    const note = `(too narrow for ${hidden.join(", ")}: widen the terminal, or use --format tsv or --json)`;
    yield lines(wrapRuns([{ text: note, style: chalk.dim }], Math.max(1, width)));
  }
}

/** One field/value table per record, separated by a blank line. */
function* verticalTables(rows: object[], columns: Column[], width: number, options: FormatOptions): Generator<string> {
  const keyWidth = Math.max(...columns.map((c) => stringWidth(c.header)));
  const valueWidth = Math.max(1, width - keyWidth - frameWidth(2));
  const widths = [keyWidth, valueWidth];
  let first = true;
  for (const row of rows) {
    const out = [rule(widths, TOP)];
    columns.forEach((c, i) => {
      if (i > 0) out.push(rule(widths, MIDDLE));
      const value = cellLines(cellText(c.get(row)), valueWidth, styleOf(c, row, options), c.shortenLeft === true);
      out.push(...drawRow([cellLines(c.header, keyWidth, options.chalk.bold, false), value], widths));
    });
    out.push(rule(widths, BOTTOM));
    // Records' blocks are separated by a blank line.
    yield (first ? "" : "\n") + out.join("\n") + "\n";
    first = false;
  }
}

/** A little colour where it helps reading: who speaks, what kind of thing a name is. */
function styleOf(c: Column, row: object, options: FormatOptions): Style | undefined {
  const { chalk } = options;
  const value = c.get(row);
  if (value === null || value === "") return chalk.dim;
  if (c.header === "speaker" || c.header === "name") return chalk.cyan;
  if (c.header === "type" || c.header === "kind") return chalk.yellow;
  if (c.header === "file") return chalk.dim;
  return undefined;
}
