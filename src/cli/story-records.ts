/**
 * A story's records for a command: what main.ts formats for a story analysed on the main thread, and what a
 * worker renders to JSON itself when the batch asks it to (src/cli/worker.ts), so both give the same records.
 */
import type { DataRecord, OutputRecord } from "../format/index.js";
import type { CommandOptions, CommandSpec } from "./commands/index.js";
import type { StoryResult } from "./process.js";

export function storyRecords(result: StoryResult, spec: CommandSpec, options: CommandOptions): OutputRecord[] {
  const records = spec.toRecords(result, options) satisfies DataRecord[];
  // --input jsonl: each record also carries the line's id as given, so the number 123 and the string "123"
  // stay apart in json/jsonl (the flat formats name both "123" in the file column).
  const line = result.line;
  return line ? records.map(({ file, ...rest }) => ({ file, id: line.id, ...rest })) : records;
}
