import type { CommandSpec } from "./spec.js";
import { EXPLAINED_QUOTE_COLUMNS } from "../../format/columns.js";
import { withMinConfidence } from "../../story/quotes/confidence.js";

export const quotes: CommandSpec = {
  name: "quotes",
  summary: "who said what: attributed quotations with their speakers",
  depth: "full",
  indirectOption: true,
  explainOption: {
    description: "also print why each speaker: the rule that decided, the words it read, and its confidence",
    columns: EXPLAINED_QUOTE_COLUMNS,
  },
  toRecords: (result, options) =>
    withMinConfidence(result.story.quotes, options.minConfidence ?? 0)
      .filter((q) => options.indirect || q.kind !== "indirect")
      .map((q) => ({ file: result.file, ...q })),
  examples: [
    ["newsx quotes story.txt", "table of the quotes (direct and partial)"],
    ["newsx quotes --indirect story.txt", "also reported speech without quote marks"],
    ["newsx quotes --explain story.txt", "with the rule that chose each speaker, its words and the confidence"],
    ["newsx quotes --min-confidence 0.9 --json story.txt", "only speakers newsx is at least 90% sure of"],
    ["newsx quotes --json stories/ | jq -r '.[] | \"\\(.speaker): \\(.text)\"'", "every quote of a folder, with jq"],
    ["cat story.txt | newsx quotes --format csv > quotes.csv", "from stdin, as CSV"],
  ],
};
