/** What a command is: its help, and how a processed story becomes the records it prints. */
import type { ColumnSet, Command, DataRecord } from "../../format/index.js";
import type { Depth, StoryResult } from "../process.js";

export interface CommandOptions {
  /** Include quotes of kind "indirect" (reported speech). */
  indirect: boolean;
  /** `paragraphs --all`: every block of the page with its classification, not only the body. */
  all: boolean;
  /** `--min-confidence`: speakers below it become null (0 keeps all). */
  minConfidence?: number;
}

export interface CommandSpec {
  name: Command;
  summary: string;
  /** How much of each story the command needs: "layout" never loads the language analysis (compromise). */
  depth: Depth;
  /** Whether the command takes --indirect. */
  indirectOption?: boolean;
  /** Whether the command takes --all (and which columns its records then need). */
  allOption?: { description: string; columns: ColumnSet };
  /** Whether the command takes --explain (and which columns its records then need). */
  explainOption?: { description: string; columns: ColumnSet };
  toRecords(result: StoryResult, options: CommandOptions): DataRecord[];
  /** [command line, what it does], shown under --help. */
  examples: [string, string][];
}
