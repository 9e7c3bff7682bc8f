/** json: ONE array of records, whatever the number of inputs (so `jq '.[]'` always works); jsonl: one per line. */
import { streamed, type Formatter } from "./formatter.js";
import { jsonChunks } from "./json-chunks.js";

/**
 * JSON.stringify escapes C0 controls but writes C1 controls and bidirectional overrides raw, which a terminal
 * showing the output would obey. They can only stand inside strings, where a \u escape is the same text.
 */
const RAW_CONTROLS = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeControls(json: string): string {
  return json.replace(RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A record's own JSON text, in pieces (a 10 MB story's record is hundreds of MB): escaped, and for json
 * indented as an element of the array. Both replacements work one character at a time, so making them piece
 * by piece gives the same text as making them on the whole. A worker thread makes this text for the main
 * thread (src/cli/worker.ts), which only adds the lead and tail around it.
 */
export function* recordBody(format: JsonFormat, record: unknown): Generator<string> {
  for (const piece of jsonChunks(record, format === "json" ? 2 : undefined)) {
    const safe = escapeControls(piece);
    yield format === "json" ? safe.replace(/\n/g, "\n  ") : safe;
  }
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
