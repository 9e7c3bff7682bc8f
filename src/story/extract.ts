/**
 * The pipeline: text in, Story out. Pure: no I/O, no console.
 */
import type { ExtractOptions, Story } from "../types.js";
import { toCodePointOffsets } from "./offsets.js";
import { segment, type Segmentation } from "./segment.js";
import { parseRegions, type Region } from "../nlp/parse.js";
import { extractEntities } from "./entities/index.js";
import { extractQuotes } from "./quotes/index.js";

export function extract(text: string, options: ExtractOptions = {}): Story {
  const segmentation = segment(text);
  const parsed = parseRegions(text, analysedRegions(segmentation));
  const { entities, drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const quotes = extractQuotes(parsed, segmentation.paragraphs, drafts, { indirect: options.indirect ?? true });
  const story: Story = { ...segmentation, entities, quotes };
  return toCodePointOffsets(story, text);
}

/** The text newsx reads as prose: the headline (for its names) and the body paragraphs. */
export function analysedRegions(segmentation: Segmentation): Region[] {
  const regions: Region[] = segmentation.boilerplate
    .filter((block) => block.kind === "headline")
    .map((block) => ({ start: block.start, end: block.end, paragraph: null }));
  for (const p of segmentation.paragraphs) regions.push({ start: p.start, end: p.end, paragraph: p.index });
  return regions.sort((a, b) => a.start - b.start);
}
