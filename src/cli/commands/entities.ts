import type { CommandSpec } from "./spec.js";

export const entities: CommandSpec = {
  name: "entities",
  summary: "people, organisations and places the story names",
  depth: "full",
  toRecords: (result) => result.story.entities.map((e) => ({ file: result.file, ...e })),
  examples: [
    ["newsx entities story.txt", "table of names, types and titles"],
    ["newsx entities --json story.txt | jq -r '.[] | select(.type==\"person\") | .name'", "people only"],
    ["newsx entities stories/ | awk -F'\\t' 'NR>1 {print $3}' | sort | uniq -c", "tsv when piped: count types"],
  ],
};
