/** json: ONE array of records, whatever the number of inputs (so `jq '.[]'` always works); jsonl: one per line. */
import { streamed, type Formatter } from "./formatter.js";

export const json: Formatter = streamed(
  {
    start: () => "[",
    record: (record, index) => (index > 0 ? "," : "") + "\n  " + JSON.stringify(record, null, 2).replace(/\n/g, "\n  "),
    end: (count) => (count > 0 ? "\n" : "") + "]\n",
  },
  true,
);

export const jsonl: Formatter = streamed(
  {
    start: () => "",
    record: (record) => JSON.stringify(record) + "\n",
    end: () => "",
  },
  true,
);
