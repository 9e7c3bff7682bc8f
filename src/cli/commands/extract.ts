import type { CommandSpec } from "./spec.js";
import { withMinConfidence } from "../../story/quotes/confidence.js";

export const extract: CommandSpec = {
  name: "extract",
  summary: "everything: meta, paragraphs, boilerplate, entities and quotes (a summary row in table/csv/tsv)",
  depth: "full",
  indirectOption: true,
  toRecords: (result, options) => [
    {
      file: result.file,
      encoding: result.encoding,
      meta: result.story.meta,
      paragraphs: result.story.paragraphs,
      boilerplate: result.story.boilerplate,
      entities: result.story.entities,
      quotes: withMinConfidence(result.story.quotes, options.minConfidence ?? 0).filter((q) => options.indirect || q.kind !== "indirect"),
      ...(result.story.warnings ? { warnings: result.story.warnings } : {}),
    },
  ],
  examples: [
    ["newsx extract --json story.txt", "the whole Story as JSON"],
    ["newsx extract --jsonl stories/ > stories.jsonl", "a folder, one line per story, streamed"],
    ["newsx extract stories/", "one summary row per story"],
  ],
};
