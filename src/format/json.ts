/** json: ONE array of records, whatever the number of inputs (so `jq '.[]'` always works); jsonl: one per line. */
import { streamed, type Formatter } from "./formatter.js";

/**
 * JSON.stringify escapes C0 controls but writes C1 controls and bidirectional overrides raw, which a terminal
 * showing the output would obey. They can only stand inside strings, where a \u escape is the same text.
 */
const RAW_CONTROLS = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function stringify(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export const json: Formatter = streamed(
  {
    start: () => "[",
    record: (record, index) => (index > 0 ? "," : "") + "\n  " + stringify(record, 2).replace(/\n/g, "\n  "),
    end: (count) => (count > 0 ? "\n" : "") + "]\n",
  },
  true,
);

export const jsonl: Formatter = streamed(
  {
    start: () => "",
    record: (record) => stringify(record) + "\n",
    end: () => "",
  },
  true,
);
