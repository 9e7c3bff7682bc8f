/**
 * What every output format is: a pure function of the records (no I/O, no colour decisions of its own).
 */
import type { ChalkInstance } from "chalk";
import type { ColumnSet } from "./columns.js";
import type { OutputRecord } from "./records.js";

export const FORMATS = ["table", "json", "jsonl", "csv", "tsv"] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** How the command's records flatten into rows (csv, tsv, table). */
  columns: ColumnSet;
  /** Colour, decided once by the CLI; a level-0 instance prints no escapes. Only the table uses it. */
  chalk: ChalkInstance;
  /** Terminal width in characters, when known (table wrapping). */
  width?: number;
  /** csv and tsv: write cells exactly as they are, with no formula guard and no control pictures (--csv-raw). */
  raw?: boolean;
}

/**
 * A streamable format, in pieces whose concatenation is the whole output: the CLI writes `record()` as each
 * input finishes, so memory does not grow with the number of inputs.
 */
export interface StreamingFormat {
  start(options: FormatOptions): string;
  record(record: OutputRecord, index: number, options: FormatOptions): string;
  /**
   * record() in pieces whose concatenation is record(): a record can be hundreds of MB (json/jsonl of a 10 MB
   * story), and written piece by piece it never exists as one string.
   */
  recordChunks(record: OutputRecord, index: number, options: FormatOptions): Iterable<string>;
  end(count: number, options: FormatOptions): string;
}

/** A streaming format as written: record() or recordChunks(), the other made from it. */
export type StreamingFormatSpec = Omit<StreamingFormat, "record" | "recordChunks"> &
  ({ record: StreamingFormat["record"]; recordChunks?: never } | { recordChunks: StreamingFormat["recordChunks"]; record?: never });

export interface Formatter {
  /** The whole output for these records. */
  format(records: readonly OutputRecord[], options: FormatOptions): string;
  /** Present when the format can be written record by record. */
  stream?: StreamingFormat;
  /**
   * Present when the format needs every record first (the table: its widths) but can be written in pieces,
   * whose concatenation is format()'s string, so that the whole output is never one string.
   */
  chunks?: (records: readonly OutputRecord[], options: FormatOptions) => Iterable<string>;
  /** json/jsonl keep error records in their place; table/csv/tsv leave them to stderr (they have no columns for them). */
  carriesErrors: boolean;
}

/** A Formatter from a streaming one: format() is by construction the concatenation of the stream's pieces. */
export function streamed(spec: StreamingFormatSpec, carriesErrors: boolean): Formatter {
  const { recordChunks, record } = spec;
  const stream: StreamingFormat = {
    start: spec.start,
    end: spec.end,
    record: record ?? ((r, i, options) => [...recordChunks!(r, i, options)].join("")),
    recordChunks: recordChunks ?? ((r, i, options) => [record!(r, i, options)]),
  };
  return {
    stream,
    carriesErrors,
    format(records, options) {
      return stream.start(options) + records.map((r, i) => stream.record(r, i, options)).join("") + stream.end(records.length, options);
    },
  };
}
