import type { CommandSpec } from "./spec.js";

export const paragraphs: CommandSpec = {
  name: "paragraphs",
  summary: "the body paragraphs, with their offsets",
  depth: "layout",
  toRecords: (result) => result.story.paragraphs.map((p) => ({ file: result.file, ...p })),
  examples: [
    ["newsx paragraphs story.txt", "numbered body paragraphs"],
    ["newsx paragraphs --jsonl stories/ | jq -c '{file, index, start, end}'", "offsets of every paragraph"],
  ],
};
