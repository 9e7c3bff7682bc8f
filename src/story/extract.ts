/**
 * The pipeline: text in, Story out. Pure: no I/O, no console.
 */
import type { ExtractOptions, Story } from "../types.js";
import { toCodePointOffsets } from "./offsets.js";
import { segment, type Segmentation } from "./segment.js";
import { parseRegions, type Region } from "../nlp/parse.js";
import { extractEntities } from "./entities/index.js";
import { extractQuotes } from "./quotes/index.js";
import { withMinConfidence } from "./quotes/confidence.js";

export function extract(text: string, options: ExtractOptions = {}): Story {
  const segmentation = segment(text);
  const language = segmentation.meta.language;
  if (language !== null && language !== "en" && !options.anyLanguage) {
    // English guesses presented as names would be wrong more often than right: say so instead.
    const warnings = [`language "${language}": names and quotes are not analysed (newsx reads English only; --any-language to try anyway)`];
    return toCodePointOffsets({ ...segmentation, entities: [], quotes: [], warnings }, text);
  }
  const parsed = parseRegions(text, analysedRegions(segmentation));
  const { entities, drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const found = extractQuotes(parsed, segmentation.paragraphs, drafts, { indirect: options.indirect ?? false });
  const quotes = withMinConfidence(found, options.minConfidence ?? 0);
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
