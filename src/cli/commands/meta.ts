import type { CommandSpec } from "./spec.js";

export const meta: CommandSpec = {
  name: "meta",
  summary: "headline, byline, dateline, credit, copyright, source, date, navigation links",
  depth: "layout",
  toRecords: (result) => [{ file: result.file, ...result.story.meta }],
  examples: [
    ["newsx meta story.txt", "the story's metadata"],
    ["cat story.txt | newsx meta --json", "from stdin, as JSON"],
    ["newsx meta --format csv stories/ > meta.csv", "one row per story"],
  ],
};
