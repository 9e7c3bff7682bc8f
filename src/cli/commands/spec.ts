/** What a command is: its help, and how a processed story becomes the records it prints. */
import type { Command, DataRecord } from "../../format/index.js";
import type { StoryResult } from "../batch.js";

export interface CommandOptions {
  /** Include quotes of kind "indirect" (reported speech). */
  indirect: boolean;
}

export interface CommandSpec {
  name: Command;
  summary: string;
  /** Whether the command takes --indirect. */
  indirectOption?: boolean;
  toRecords(result: StoryResult, options: CommandOptions): DataRecord[];
  /** [command line, what it does], shown under --help. */
  examples: [string, string][];
}
