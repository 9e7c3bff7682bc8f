/** What a command is: its help, and how a processed story becomes the records it prints. */
import type { Command, DataRecord } from "../../format/index.js";
import type { Depth, StoryResult } from "../process.js";

export interface CommandOptions {
  /** Include quotes of kind "indirect" (reported speech). */
  indirect: boolean;
}

export interface CommandSpec {
  name: Command;
  summary: string;
  /** How much of each story the command needs: "layout" never loads the language analysis (compromise). */
  depth: Depth;
  /** Whether the command takes --indirect. */
  indirectOption?: boolean;
  toRecords(result: StoryResult, options: CommandOptions): DataRecord[];
  /** [command line, what it does], shown under --help. */
  examples: [string, string][];
}
