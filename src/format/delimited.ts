/**
 * csv and tsv: a header line, then one row per record, in the command's flat columns.
 * csv quotes as RFC 4180 says (a field with a comma, quote or line break is enclosed in double quotes, quotes
 * doubled). tsv cannot quote, so it escapes: backslash, tab, newline and carriage return become \\ \t \n \r.
 *
 * A story is untrusted and these files are opened in spreadsheets and terminals, so by default (`raw` false,
 * i.e. without --csv-raw) a text cell is made safe first: its other control characters are shown as pictures
 * (escape.ts), and in csv a cell that begins with = + - @, a tab or a carriage return, which a spreadsheet
 * would run as a formula, gets a leading apostrophe (the OWASP advice; spreadsheets hide it), and a lone carriage
 * return becomes a line feed (a terminal would draw the rest of the cell over its start). Numbers are
 * never changed, so a negative number stays a number.
 */
import type { Cell, Column } from "./columns.js";
import { visibleControls } from "./escape.js";
import { streamed, type Formatter } from "./formatter.js";
import { isErrorRecord } from "./records.js";

/** What a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const LONE_CR = /\r(?!\n)/g;

export function csvField(cell: Cell, raw = false): string {
  let text = cell === null ? "" : String(cell);
  if (!raw && typeof cell === "string") {
    text = visibleControls(text);
    if (FORMULA_START.test(text)) text = `'${text}`;
    // A lone carriage return inside a quoted cell is a line break to a spreadsheet but, to a terminal the file is
    // printed on, a jump back over the line already drawn (text hidden under text): it becomes a line feed, as in
    // the table. CR LF stays as it is.
    text = text.replace(LONE_CR, "\n");
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const TSV_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function tsvField(cell: Cell, raw = false): string {
  const text = cell === null ? "" : String(cell);
  return (raw ? text : visibleControls(text)).replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]!);
}

function delimited(separator: string, field: (cell: Cell, raw: boolean) => string): Formatter {
  const line = (cells: Cell[], raw = false) => cells.map((cell) => field(cell, raw)).join(separator) + "\n";
  return streamed(
    {
      start: ({ columns }) => line(columns.flat.map((c: Column) => c.header)),
      record: (record, _index, { columns, raw }) =>
        (isErrorRecord(record) ? "" : line(columns.flat.map((c) => c.get(record)), Boolean(raw))),
      end: () => "",
    },
    false,
  );
}

export const csv: Formatter = delimited(",", csvField);
export const tsv: Formatter = delimited("\t", tsvField);
