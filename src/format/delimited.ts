/**
 * csv and tsv: a header line, then one row per record, in the command's flat columns.
 * csv quotes as RFC 4180 says (a field with a comma, quote or line break is enclosed in double quotes, quotes
 * doubled). tsv cannot quote, so it escapes: backslash, tab, newline and carriage return become \\ \t \n \r.
 */
import type { Cell, Column } from "./columns.js";
import { streamed, type Formatter } from "./formatter.js";
import { isErrorRecord } from "./records.js";

export function csvField(cell: Cell): string {
  const text = cell === null ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const TSV_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function tsvField(cell: Cell): string {
  const text = cell === null ? "" : String(cell);
  return text.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]!);
}

function delimited(separator: string, field: (cell: Cell) => string): Formatter {
  const line = (cells: Cell[]) => cells.map(field).join(separator) + "\n";
  return streamed(
    {
      start: ({ columns }) => line(columns.flat.map((c: Column) => c.header)),
      record: (record, _index, { columns }) => (isErrorRecord(record) ? "" : line(columns.flat.map((c) => c.get(record)))),
      end: () => "",
    },
    false,
  );
}

export const csv: Formatter = delimited(",", csvField);
export const tsv: Formatter = delimited("\t", tsvField);
