import { COLUMNS } from "../../format/index.js";
import type { BlockRecord, ParagraphRecord } from "../../format/index.js";
import type { CommandSpec } from "./spec.js";

export const paragraphs: CommandSpec = {
  name: "paragraphs",
  summary: "the body paragraphs, with their offsets (--all: every block of the page, classified)",
  depth: "layout",
  allOption: {
    description: "every block of the page in order, the body and what is not (navigation, caption, ...), with its kind",
    columns: COLUMNS.blocks,
  },
  toRecords: (result, options) => {
    const body: ParagraphRecord[] = result.story.paragraphs.map((p) => ({ file: result.file, ...p }));
    if (!options.all) return body;
    const blocks: BlockRecord[] = [
      ...result.story.paragraphs.map((p) => ({ file: result.file, kind: "body" as const, ...p })),
      ...result.story.boilerplate.map((b) => ({ file: result.file, index: null, ...b })),
    ];
    return blocks.sort((a, b) => a.start - b.start);
  },
  examples: [
    ["newsx paragraphs story.txt", "numbered body paragraphs"],
    ["newsx paragraphs --all page.txt", "every block of a saved web page, with why it is or is not body"],
    ["newsx paragraphs --jsonl stories/ | jq -c '{file, index, start, end: .end}'", "offsets of every paragraph"],
  ],
};
