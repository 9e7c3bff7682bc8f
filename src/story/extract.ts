/**
 * The pipeline: text in, Story out. Pure: no I/O, no console.
 */
import type { Entity, ExtractOptions, Quote, Story } from "../types.js";
import { toCodePointOffsets } from "./offsets.js";
import { segment, type Segmentation } from "./segment.js";
import { parseSplitRegions, splitRegions, type Region } from "../nlp/parse.js";
import { analyseInPieces, groupPieces, PIECE_CHARS } from "./pieces.js";
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
  const { entities, quotes: found } = analyse(text, segmentation, options.indirect ?? false);
  const quotes = withMinConfidence(found, options.minConfidence ?? 0);
  const story: Story = { ...segmentation, entities, quotes };
  return toCodePointOffsets(story, text);
}

/**
 * Entities and quotes. A story whose analysed text fits in one piece (every news story) is parsed whole; a
 * longer one is read piece by piece (src/story/pieces.ts), so that memory stays bounded whatever its length.
 */
export function analyse(
  text: string, segmentation: Segmentation, indirect: boolean, pieceChars = PIECE_CHARS,
): { entities: Entity[]; quotes: Quote[] } {
  const regions = splitRegions(text, analysedRegions(segmentation));
  const pieces = groupPieces(regions, pieceChars);
  const { boilerplate, paragraphs, meta } = segmentation;
  if (pieces.length > 1) {
    return analyseInPieces({ text, pieces, paragraphs, boilerplate, authors: meta.authors, indirect });
  }
  const parsed = parseSplitRegions(text, regions);
  const { entities, drafts } = extractEntities(parsed, boilerplate, meta.authors);
  return { entities, quotes: extractQuotes(parsed, paragraphs, drafts, { indirect }) };
}

/** The text newsx reads as prose: the headline (for its names) and the body paragraphs. */
export function analysedRegions(segmentation: Segmentation): Region[] {
  const regions: Region[] = segmentation.boilerplate
    .filter((block) => block.kind === "headline")
    .map((block) => ({ start: block.start, end: block.end, paragraph: null }));
  for (const p of segmentation.paragraphs) regions.push({ start: p.start, end: p.end, paragraph: p.index });
  return regions.sort((a, b) => a.start - b.start);
}
