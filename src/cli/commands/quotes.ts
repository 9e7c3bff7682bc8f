import type { CommandSpec } from "./spec.js";

export const quotes: CommandSpec = {
  name: "quotes",
  summary: "who said what: attributed quotations with their speakers",
  depth: "full",
  indirectOption: true,
  toRecords: (result, options) =>
    result.story.quotes
      .filter((q) => options.indirect || q.kind !== "indirect")
      .map((q) => ({ file: result.file, ...q })),
  examples: [
    ["newsx quotes story.txt", "table of the quotes (direct and partial)"],
    ["newsx quotes --indirect story.txt", "also reported speech without quote marks"],
    ["newsx quotes --json stories/ | jq -r '.[] | \"\\(.speaker): \\(.text)\"'", "every quote of a folder, with jq"],
    ["cat story.txt | newsx quotes --format csv > quotes.csv", "from stdin, as CSV"],
  ],
};
