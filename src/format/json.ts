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
 * The record's JSON text, in pieces (a 10 MB story's record is hundreds of MB). Both replacements work one
 * character at a time, so making them piece by piece gives the same text as making them on the whole.
 */
function* recordPieces(record: unknown, indent: number | undefined, lead: string, indentAll: boolean, tail: string): Generator<string> {
  yield lead;
  for (const piece of jsonChunks(record, indent)) {
    const safe = escapeControls(piece);
    yield indentAll ? safe.replace(/\n/g, "\n  ") : safe;
  }
  if (tail) yield tail;
}

export const json: Formatter = streamed(
  {
    start: () => "[",
    recordChunks: (record, index) => recordPieces(record, 2, (index > 0 ? "," : "") + "\n  ", true, ""),
    end: (count) => (count > 0 ? "\n" : "") + "]\n",
  },
  true,
);

export const jsonl: Formatter = streamed(
  {
    start: () => "",
    recordChunks: (record) => recordPieces(record, undefined, "", false, "\n"),
    end: () => "",
  },
  true,
);
