/**
 * table: for a person at a terminal. Holds all records (column widths depend on all of them), wraps the long
 * column to the terminal width, colours through the chalk instance it is given (level 0: no escapes at all).
 */
import { createRequire } from "node:module";
import type CliTable from "cli-table3";
import type { Cell, Column } from "./columns.js";
import type { Formatter, FormatOptions } from "./formatter.js";
import { isErrorRecord } from "./records.js";
import { maxOf } from "../lib/arrays.js";
import { safeForTerminal } from "./escape.js";

// Required when a table is drawn, not when newsx starts: json, jsonl, csv and tsv never need it.
let tableModule: typeof CliTable | undefined;
const Table = (): typeof CliTable => (tableModule ??= createRequire(import.meta.url)("cli-table3") as typeof CliTable);

const DEFAULT_WIDTH = 100;
const NARROW_MAX = 32;

export const table: Formatter = {
  carriesErrors: false,
  format(records, options) {
    const rows = records.filter((r) => !isErrorRecord(r)) as object[];
    const files = new Set(rows.map((r) => (r as { file: string }).file));
    // The file column only earns its width when there is more than one file.
    const vertical = options.columns.vertical === true;
    // The file column only earns its width when there is more than one file (or, laid out vertically, more
    // than one record: it then heads each record's block).
    const columns = options.columns.table.filter((c) => c.header !== "file" || files.size > 1 || (vertical && rows.length > 1));
    if (rows.length === 0) return options.chalk.dim("(nothing found)") + "\n";
    return vertical ? verticalTables(rows, columns, options) : horizontal(rows, columns, options);
  },
};

function show(cell: Cell, options: FormatOptions): string {
  if (cell === null || cell === "") return options.chalk.dim("–");
  return safeForTerminal(String(cell), "cell");
}

/** cli-table3 colours headers and borders itself by default; switch that off so only our chalk decides. */
const PLAIN_STYLE = { head: [] as string[], border: [] as string[] };

function horizontal(rows: object[], columns: Column[], options: FormatOptions): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const natural = columns.map((c) =>
    Math.min(NARROW_MAX, maxOf(rows.map((r) => String(c.get(r) ?? "–").length), c.header.length)) + 2,
  );
  const borders = columns.length + 1;
  const narrowTotal = natural.reduce((sum, w, i) => (columns[i]!.wide ? sum : sum + w), 0);
  const wideCount = columns.filter((c) => c.wide).length;
  const wideWidth = Math.max(12, Math.floor((width - narrowTotal - borders) / Math.max(1, wideCount)));
  const colWidths = columns.map((c, i) => (c.wide ? wideWidth : natural[i]!));
  const t = new (Table())({
    head: columns.map((c) => options.chalk.bold(c.header)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: PLAIN_STYLE,
  });
  for (const row of rows) t.push(columns.map((c) => colour(c, row, options)));
  return t.toString() + "\n";
}

/** One field/value table per record, separated by a blank line. */
function verticalTables(rows: object[], columns: Column[], options: FormatOptions): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const keyWidth = Math.max(...columns.map((c) => c.header.length)) + 2;
  return rows
    .map((row) => {
      const t = new (Table())({
        colWidths: [keyWidth, Math.max(20, width - keyWidth - 3)],
        wordWrap: true,
        style: PLAIN_STYLE,
      });
      for (const c of columns) t.push([options.chalk.bold(c.header), colour(c, row, options)]);
      return t.toString() + "\n";
    })
    .join("\n");
}

/** A little colour where it helps reading: who speaks, what kind of thing a name is. */
function colour(c: Column, row: object, options: FormatOptions): string {
  const text = show(c.get(row), options);
  const { chalk } = options;
  if (c.header === "speaker" || c.header === "name") return c.get(row) === null ? text : chalk.cyan(text);
  if (c.header === "type" || c.header === "kind") return chalk.yellow(text);
  if (c.header === "file") return chalk.dim(text);
  return text;
}
