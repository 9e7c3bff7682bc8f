/** json: ONE array of records, whatever the number of inputs (so `jq '.[]'` always works); jsonl: one per line. */
import { streamed, type Formatter } from "./formatter.js";
import { jsonChunks, type JsonChunkOptions } from "./json-chunks.js";
import type { ErrorRecord } from "../types.js";

/**
 * JSON.stringify escapes C0 controls but writes C1 controls and bidirectional overrides raw, which a terminal
 * showing the output would obey. They can only stand inside strings, where a \u escape is the same text.
 */
const RAW_CONTROLS = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(json: string): string {
  return json.replace(RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A record's own JSON text, in pieces (a 10 MB story's record is hundreds of MB): escaped, and for json
 * indented as an element of the array. Both replacements work one character at a time, so making them piece
 * by piece gives the same text as making them on the whole. A worker thread makes this text for the main
 * thread (src/cli/worker.ts), which only adds the lead and tail around it.
 */
export function* recordBody(format: JsonFormat, record: unknown, options: JsonChunkOptions = {}): Generator<string> {
  for (const piece of jsonChunks(record, format === "json" ? 2 : undefined, options)) {
    const safe = escapeControls(piece);
    yield format === "json" ? safe.replace(/\n/g, "\n  ") : safe;
  }
}

/**
 * The end of a record whose writing failed half-way (a bug, or the worker thread making it died), once part
 * of it is out and cannot be taken back: `closers` (JsonChunkOptions.trace after the last piece written)
 * closes what was open inside it, then the error becomes one more member of the record, then the record
 * closes. So the output stays valid JSON, one record per line for jsonl, and the broken record carries
 * `error` as every error record does (readers that filter on it drop it). The frame's tail is not included.
 */
export function brokenRecordEnd(format: JsonFormat, closers: string, error: ErrorRecord["error"]): string {
  const member = escapeControls(JSON.stringify(error, null, format === "json" ? 2 : undefined));
  if (format === "json") return closers.replace(/\n/g, "\n  ") + ',\n    "error": ' + member.replace(/\n/g, "\n    ") + "\n  }";
  return closers + ',"error":' + member + "}";
}

export type JsonFormat = "json" | "jsonl";

/** What stands before and after each record's body. */
export const RECORD_FRAME: Record<JsonFormat, { lead(index: number): string; tail: string }> = {
  json: { lead: (index) => (index > 0 ? "," : "") + "\n  ", tail: "" },
  jsonl: { lead: () => "", tail: "\n" },
};

function* framed(format: JsonFormat, record: unknown, index: number): Generator<string> {
  const { lead, tail } = RECORD_FRAME[format];
  yield lead(index);
  yield* recordBody(format, record);
  if (tail) yield tail;
}

export const json: Formatter = streamed(
  {
    start: () => "[",
    recordChunks: (record, index) => framed("json", record, index),
    end: (count) => (count > 0 ? "\n" : "") + "]\n",
  },
  true,
);

export const jsonl: Formatter = streamed(
  {
    start: () => "",
    recordChunks: (record, index) => framed("jsonl", record, index),
    end: () => "",
  },
  true,
);
