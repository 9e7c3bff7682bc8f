/**
 * What a worker thread needs to write a story's records itself (src/cli/worker.ts), in every format that can be
 * written record by record: json and jsonl (each record's JSON, in pieces) and csv and tsv (one row per record).
 * The main thread writes the format's start (the json array's "[", the csv header) once per batch and each
 * record's lead; the worker makes the rest, so a 10 MB story's Story never has to cross to the main thread
 * (a structured clone of millions of objects) only to be turned into text there.
 *
 * The same functions make the rows the main thread makes for a story analysed there: `columnsFor` picks the
 * columns main.ts formats with, and the rows are the format's own `record()`, so both threads give one text.
 */
import { Chalk } from "chalk";
import { COLUMNS, formatters, type Cell, type ColumnSet, type FormatOptions } from "../format/index.js";
import { RECORD_FRAME, recordBody } from "../format/json.js";
import type { JsonChunkOptions } from "../format/json-chunks.js";
import type { Command } from "../format/index.js";
import type { CommandOptions, CommandSpec } from "./commands/index.js";
import type { StoryResult } from "./process.js";

/**
 * The formats a worker writes for the main thread: the streaming ones as text, and the table as its rows'
 * cells (the table needs every record before its first line, so it cannot be written as the records come).
 */
export type RenderFormat = "json" | "jsonl" | "csv" | "tsv" | "table";
export type StreamFormat = Exclude<RenderFormat, "table">;

/** Which of a command's column sets its rows use: --all and --explain change them. */
export interface ColumnChoice {
  all: boolean;
  explain: boolean;
}

/**
 * How a worker writes a story's records (BatchOptions.render). Plain data: it is posted to the worker, which
 * rebuilds the columns (functions) from `columns` itself.
 */
export interface Render {
  command: Command;
  format: RenderFormat;
  options: CommandOptions;
  /** csv/tsv: which columns (absent: the command's own). */
  columns?: ColumnChoice;
  /** csv/tsv: cells as they are (--csv-raw). */
  raw?: boolean;
}

/** The columns a command's rows are made of, as --all and --explain choose them. */
export function columnsFor(spec: CommandSpec, choice: ColumnChoice | undefined): ColumnSet {
  if (choice?.all && spec.allOption) return spec.allOption.columns;
  if (choice?.explain && spec.explainOption) return spec.explainOption.columns;
  return COLUMNS[spec.name];
}

/** What stands before and after each record's body: json's comma and indent, jsonl's line end; nothing for rows. */
export const RENDER_FRAME: Record<StreamFormat, { lead(index: number): string; tail: string }> = {
  ...RECORD_FRAME,
  csv: { lead: () => "", tail: "" },
  tsv: { lead: () => "", tail: "" },
};

/**
 * The body of one record (no lead, no tail) in pieces. json/jsonl: its JSON (recordBody; `json` carries
 * release and trace). csv/tsv: its row, whole, as one piece, so a piece never ends inside a row (trace's
 * closers stay null: nothing is ever open between pieces).
 */
export function renderer(render: Render & { format: StreamFormat }, spec: CommandSpec): (record: unknown, json: JsonChunkOptions) => Iterable<string> {
  const { format } = render;
  if (format === "json" || format === "jsonl") return (record, json) => recordBody(format, record, json);
  const stream = formatters[format].stream!;
  // Only the table reads chalk and width; a row needs the columns and --csv-raw.
  const options: FormatOptions = { columns: columnsFor(spec, render.columns), chalk: new Chalk({ level: 0 }), raw: Boolean(render.raw) };
  return (record) => [stream.record(record as Parameters<typeof stream.record>[0], 0, options)];
}

/**
 * A story's table rows, packed: each distinct value once (`values`), and each row as `width` indexes into
 * them (its file, then the values of the command's table columns, in their order). A worker sends these
 * instead of the Story, and the main thread holds them so until the table is drawn (it needs every row
 * first). Packed because most cells repeat (the file on every row, twice; "said", the speaker, the kind):
 * a structured clone copies a string every time it meets it, and a row of strings held as objects costs
 * about 170 bytes, so the 800,000 quotes of a 10 MB story cost hundreds of MB in each thread; packed,
 * each value crosses once and a row costs its indexes and a small view.
 */
export interface PackedRows {
  values: Cell[];
  /** Indexes per row: 1 (the file) + the number of columns. */
  width: number;
  indexes: Int32Array;
}

/**
 * `records`' rows, packed. Each record is read once and its slot emptied, so that the records, already
 * turned into indexes, can be collected while the rest are packed.
 */
export function packRows(records: (object | undefined)[], columns: ColumnSet): PackedRows {
  const width = 1 + columns.table.length;
  const values: Cell[] = [];
  const indexOf = new Map<Cell, number>();
  const index = (value: Cell): number => {
    let i = indexOf.get(value);
    if (i === undefined) {
      i = values.push(value) - 1;
      indexOf.set(value, i);
    }
    return i;
  };
  const indexes = new Int32Array(records.length * width);
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    records[r] = undefined;
    const start = r * width;
    indexes[start] = index((record as { file: string }).file);
    for (let j = 0; j < columns.table.length; j++) indexes[start + 1 + j] = index(columns.table[j]!.get(record));
  }
  return { values, width, indexes };
}

/** One row of a PackedRows, read where it lies: what the table is drawn from. */
export class PackedRow {
  constructor(
    private readonly packed: PackedRows,
    private readonly start: number,
  ) {}

  /** The record's file (the table shows the file column only for several files). */
  get file(): string {
    return this.at(0) as string;
  }

  /** The value of the table's column `j`. */
  cell(j: number): Cell {
    return this.at(1 + j);
  }

  /** The value `offset` places into the row: packRows fills every index of a row with one of `values`. */
  private at(offset: number): Cell {
    return this.packed.values[this.packed.indexes[this.start + offset]!] as Cell;
  }
}

export function rowsOf(packed: PackedRows): PackedRow[] {
  const rows: PackedRow[] = [];
  for (let start = 0; start < packed.indexes.length; start += packed.width) rows.push(new PackedRow(packed, start));
  return rows;
}

/** The same columns, reading a PackedRow's cells: the table drawn from rows is the table drawn from the records. */
export function rowColumns(columns: ColumnSet): ColumnSet {
  return { ...columns, table: columns.table.map((c, j) => ({ ...c, get: (row: object) => (row as PackedRow).cell(j) })) };
}

/** What the main thread needs of a story a worker analysed, besides its records' text or rows. */
export interface StoryHead {
  file: string;
  encoding: string;
  line?: StoryResult["line"];
  /** The Story's warnings, which the main thread prints on stderr. */
  warnings?: string[];
}

/**
 * The story's head, its Story let go: once its records are made they hold all that is left to send, and a
 * 10 MB story's Story and records together are most of a worker's heap.
 */
export function letGoOfStory(result: StoryResult): StoryHead {
  const head: StoryHead = { file: result.file, encoding: result.encoding };
  if (result.line) head.line = result.line;
  if (result.story.warnings) head.warnings = result.story.warnings;
  (result as { story?: unknown }).story = undefined;
  return head;
}

/** A story whose records a worker turned into table rows (Render with format "table"). */
export interface TabledResult extends StoryHead {
  ok: true;
  tabled: true;
  rows: PackedRows;
}

/** The story's table rows, packed as `records` is emptied, its Story let go first. */
export function tabled(result: StoryResult, render: Render, spec: CommandSpec, records: (object | undefined)[]): TabledResult {
  return { ok: true, tabled: true, ...letGoOfStory(result), rows: packRows(records, columnsFor(spec, render.columns)) };
}
