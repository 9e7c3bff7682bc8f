/**
 * The pipeline: text in, Story out. Pure: no I/O, no console.
 */
import type { Entity, ExtractOptions, Paragraph, Quote, Story } from "../types.js";
import { toCodePointOffsets, type StoryDraft } from "./offsets.js";
import { segmentLayout, type Layout, type Segmentation } from "./segment.js";
import { ParagraphTable } from "./segment/paragraph-table.js";
import { BoilerplateTable } from "./segment/boilerplate-table.js";
import { parseSplitRegions, splitRunOns, type Region } from "../nlp/parse.js";
import { analyseInPieces, piecesOf, PIECE_CHARS } from "./pieces.js";
import { extractEntities } from "./entities/index.js";
import { extractQuotes } from "./quotes/index.js";
import { withMinConfidence } from "./quotes/confidence.js";

/**
 * An option the command line gives `extract` (never a user: it is no part of ExtractOptions): the Story's
 * `boilerplate`, and a long story's `paragraphs`, as arrays that make each item when it is read
 * (BoilerplateTable.view, ParagraphTable.view) instead of arrays of objects, for a Story that is only written
 * (as JSON, csv/tsv rows or table cells) and never cloned between threads. A page of five million short lines then holds nine bytes a block
 * instead of a 64-byte object, a story of half a million paragraphs eight bytes a paragraph instead of about
 * ninety (issue 23: peak memory of the command line on a 10 MB input).
 */
export const COLUMN_VIEWS: unique symbol = Symbol("newsx.columnViews");

/**
 * An option the command line gives `extract` (never a user): a long story's quotes with equal attributions share
 * one attribution object (src/story/pieces.ts), half a million of them for 10 MB of short quoted paragraphs. A
 * library user, who may change one quote's attribution, gets an object of its own per quote.
 */
export const SHARED_ATTRIBUTIONS: unique symbol = Symbol("newsx.sharedAttributions");

/**
 * An option the command line gives `extract` (never a user): a long story's entities with no aliases or no
 * titles share one frozen empty list (src/story/entities/merge.ts, toEntity), for 10 MB of byline lines 400,000
 * entities each named once. A library user, who may add to one entity's list, gets lists of its own.
 */
export const COMPACT_ENTITIES: unique symbol = Symbol("newsx.compactEntities");

/** The options only the command line gives (see COLUMN_VIEWS, SHARED_ATTRIBUTIONS and COMPACT_ENTITIES). */
export interface CliExtractOptions {
  [COLUMN_VIEWS]?: boolean;
  [SHARED_ATTRIBUTIONS]?: boolean;
  [COMPACT_ENTITIES]?: boolean;
}

export function extract(text: string, options: ExtractOptions & CliExtractOptions = {}): Story {
  const layout = segmentLayout(text);
  const { meta, boilerplate } = layout;
  const view = options[COLUMN_VIEWS] === true;
  const language = meta.language;
  if (language !== null && language !== "en" && !options.anyLanguage) {
    // English guesses presented as names would be wrong more often than right: say so instead.
    const warnings = [`language "${language}": names and quotes are not analysed (newsx reads English only; --any-language to try anyway)`];
    return toCodePointOffsets({ meta, paragraphs: layout.paragraphs.objects(), boilerplate, entities: [], quotes: [], warnings }, text, view);
  }
  const { paragraphs, entities, quotes: found } = analyseLayout(
    text, layout, options.indirect ?? false, PIECE_CHARS, view, options[SHARED_ATTRIBUTIONS] === true, options[COMPACT_ENTITIES] === true,
  );
  const quotes = withMinConfidence(found, options.minConfidence ?? 0);
  const story: StoryDraft = { meta, paragraphs, boilerplate, entities, quotes };
  return toCodePointOffsets(story, text, view);
}

/**
 * Entities and quotes. A story whose analysed text fits in one piece (every news story) is parsed whole; a
 * longer one is read piece by piece (src/story/pieces.ts), so that memory stays bounded whatever its length.
 */
export function analyse(
  text: string, segmentation: Segmentation, indirect: boolean, pieceChars = PIECE_CHARS,
): { entities: Entity[]; quotes: Quote[] } {
  const layout = { ...segmentation, paragraphs: ParagraphTable.of(text, segmentation.paragraphs), boilerplate: BoilerplateTable.of(text, segmentation.boilerplate) };
  const { entities, quotes } = analyseLayout(text, layout, indirect, pieceChars, false, false, false);
  return { entities, quotes };
}

/**
 * `analyse` of a layout whose paragraphs are still a table, with the paragraphs as objects. The pieces' regions
 * are made as each piece is reached: a story of a million paragraphs would otherwise hold a region object for
 * each (several times over: as given, as cut, as grouped) through the whole analysis. A story of one piece
 * gets its paragraph objects before it is analysed, as it always did; a longer one reads a view of the table
 * (ParagraphTable.view) and gets them once its analysis is done (or keeps the view: `paragraphView`, COLUMN_VIEWS).
 */
function analyseLayout(
  text: string, layout: Layout, indirect: boolean, pieceChars: number, paragraphView: boolean, shareAttributions: boolean,
  compactEntities: boolean,
): { paragraphs: Paragraph[]; entities: Entity[]; quotes: Quote[] } {
  const pieces = piecesOf(splitRegionStream(text, analysedRegionStream(layout)), pieceChars);
  const first = pieces.next();
  const second = first.done ? first : pieces.next();
  const { meta } = layout;
  // Read by the entity finders (bylines, credits, datelines; names echoed in page lines) block by block.
  const boilerplate = layout.boilerplate.view();
  if (!second.done) {
    const all = (function* () {
      yield first.value!;
      yield second.value;
      yield* pieces;
    })();
    const paragraphs = layout.paragraphs.view() as Paragraph[];
    const { entities, quotes } = analyseInPieces({ text, pieces: all, paragraphs, boilerplate, authors: meta.authors, indirect, shareAttributions, compactEntities });
    return { paragraphs: paragraphView ? paragraphs : layout.paragraphs.objects(), entities, quotes };
  }
  const paragraphs = layout.paragraphs.objects();
  const parsed = parseSplitRegions(text, first.done ? [] : first.value);
  const { entities, drafts } = extractEntities(parsed, boilerplate, meta.authors);
  return { paragraphs, entities, quotes: extractQuotes(parsed, paragraphs, drafts, { indirect }) };
}

/** The text newsx reads as prose: the headline (for its names) and the body paragraphs. */
export function analysedRegions(segmentation: Segmentation): Region[] {
  return [...analysedRegionStream({ ...segmentation, paragraphs: ParagraphTable.of("", segmentation.paragraphs), boilerplate: BoilerplateTable.of("", segmentation.boilerplate) })];
}

/**
 * `analysedRegions` one at a time, in text order: the headline blocks merged with the paragraphs (both lists
 * are in text order, and no two blocks start at one offset).
 */
function* analysedRegionStream(layout: Layout): Generator<Region> {
  const headlines = layout.boilerplate.ofKind("headline");
  const paragraphs = layout.paragraphs;
  let h = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const start = paragraphs.start(k);
    for (; h < headlines.length && headlines[h]!.start < start; h++) yield { start: headlines[h]!.start, end: headlines[h]!.end, paragraph: null };
    yield { start, end: paragraphs.end(k), paragraph: k };
  }
  for (; h < headlines.length; h++) yield { start: headlines[h]!.start, end: headlines[h]!.end, paragraph: null };
}

/** `splitRegions`, one region at a time. */
function* splitRegionStream(text: string, regions: Iterable<Region>): Generator<Region> {
  for (const region of regions) yield* splitRunOns(text, region);
}
