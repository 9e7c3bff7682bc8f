/**
 * The pipeline: text in, Story out. Pure: no I/O, no console.
 */
import type { Entity, ExtractOptions, Quote, Story } from "../types.js";
import { toCodePointOffsets } from "./offsets.js";
import { segment, type Segmentation } from "./segment.js";
import { parseSplitRegions, splitRunOns, type Region } from "../nlp/parse.js";
import { analyseInPieces, piecesOf, PIECE_CHARS } from "./pieces.js";
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
 * The pieces' regions are made as each piece is reached: a story of a million paragraphs would otherwise hold
 * a region object for each (several times over: as given, as cut, as grouped) through the whole analysis.
 */
export function analyse(
  text: string, segmentation: Segmentation, indirect: boolean, pieceChars = PIECE_CHARS,
): { entities: Entity[]; quotes: Quote[] } {
  const pieces = piecesOf(splitRegionStream(text, analysedRegionStream(segmentation)), pieceChars);
  const first = pieces.next();
  const second = first.done ? first : pieces.next();
  const { boilerplate, paragraphs, meta } = segmentation;
  if (!second.done) {
    const all = (function* () {
      yield first.value!;
      yield second.value;
      yield* pieces;
    })();
    return analyseInPieces({ text, pieces: all, paragraphs, boilerplate, authors: meta.authors, indirect });
  }
  const parsed = parseSplitRegions(text, first.done ? [] : first.value);
  const { entities, drafts } = extractEntities(parsed, boilerplate, meta.authors);
  return { entities, quotes: extractQuotes(parsed, paragraphs, drafts, { indirect }) };
}

/** The text newsx reads as prose: the headline (for its names) and the body paragraphs. */
export function analysedRegions(segmentation: Segmentation): Region[] {
  return [...analysedRegionStream(segmentation)];
}

/**
 * `analysedRegions` one at a time, in text order: the headline blocks merged with the paragraphs (both lists
 * are in text order, and no two blocks start at one offset).
 */
function* analysedRegionStream(segmentation: Segmentation): Generator<Region> {
  const headlines = segmentation.boilerplate.filter((block) => block.kind === "headline");
  let h = 0;
  for (const p of segmentation.paragraphs) {
    for (; h < headlines.length && headlines[h]!.start < p.start; h++) yield { start: headlines[h]!.start, end: headlines[h]!.end, paragraph: null };
    yield { start: p.start, end: p.end, paragraph: p.index };
  }
  for (; h < headlines.length; h++) yield { start: headlines[h]!.start, end: headlines[h]!.end, paragraph: null };
}

/** `splitRegions`, one region at a time. */
function* splitRegionStream(text: string, regions: Iterable<Region>): Generator<Region> {
  for (const region of regions) yield* splitRunOns(text, region);
}
