/**
 * Output formats, registered in ONE map keyed by the --format value. `satisfies` makes a format without a
 * formatter a compile error.
 */
import { csv, tsv } from "./delimited.js";
import type { Format, Formatter } from "./formatter.js";
import { json, jsonl } from "./json.js";
import { table } from "./table.js";

export const formatters = { table, json, jsonl, csv, tsv } satisfies Record<Format, Formatter>;

export { FORMATS, type Format, type Formatter, type FormatOptions, type StreamingFormat } from "./formatter.js";
export { COLUMNS, type Column, type ColumnSet, type Cell } from "./columns.js";
export * from "./records.js";
