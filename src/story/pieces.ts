/**
 * A long story analysed in bounded pieces, so that its memory depends on the piece size, not the story size.
 *
 * The parser's tokens (and compromise's document behind them) cost about a hundred bytes per byte of text, and
 * everything the extractors build from them comes on top. A story longer than PIECE_CHARS (no news story comes
 * near it; a 10 MB hostile input does) is cut into runs of whole parser regions (paragraphs, or the sentence-end
 * cuts of a very long one: `splitRegions`); each run is parsed, its names found and its quotes read, and its
 * tokens are dropped before the next run is parsed. What crosses pieces is merged at the end:
 * - every name mention joins the whole story's entities (`rankedDrafts` over all mentions), so "Smith" in the
 *   last piece still joins "John Smith" of the first paragraph;
 * - a quote's speaker (and relaying outlet) is named by the whole-story entity its piece resolved it to, with
 *   the fullest form the story gives that entity.
 * What a piece cannot see: a pronoun's antecedent or a carried-over speaker in the piece before, a quote
 * running over the cut, and the learned typer's pooling of one name's evidence over the other pieces.
 * A story of one piece never comes here (src/story/extract.ts), so its result is exactly the whole-story one.
 */
import type { Boilerplate, Entity, Paragraph, Quote } from "../types.js";
import { parseSplitRegions, type Region } from "../nlp/parse.js";
import { rankedDrafts, typedMentions } from "./entities/index.js";
import { citedAuthors } from "./entities/citations.js";
import { toEntity, type EntityDraft } from "./entities/merge.js";
import type { RawMention } from "./entities/mentions.js";
import { extractQuotes, type QuoteReport } from "./quotes/index.js";
import { fullestName } from "./quotes/resolve.js";
import { countBefore } from "../lib/sorted.js";

/**
 * Characters of analysed text per piece. Far above any news story (the longest gold story analyses about
 * 60,000), so ordinary stories are read whole; small enough that one piece's tokens and compromise document
 * stay at some tens of megabytes.
 */
export const PIECE_CHARS = 100_000;

/** Regions, in text order, grouped into runs of at most `pieceChars` characters (one region per run at least). */
export function groupPieces(regions: Region[], pieceChars = PIECE_CHARS): Region[][] {
  const pieces: Region[][] = [];
  let current: Region[] = [];
  let size = 0;
  for (const region of regions) {
    const length = region.end - region.start;
    if (current.length > 0 && size + length > pieceChars) {
      pieces.push(current);
      current = [];
      size = 0;
    }
    current.push(region);
    size += length;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

/**
 * The body paragraphs within [start, end), a paragraph that crosses an edge cut at it: where a piece reads
 * quote marks. Each piece reads only its own stretch, so reading marks stays linear in the story.
 */
export function paragraphsWithin(paragraphs: Paragraph[], start: number, end: number): Paragraph[] {
  const within: Paragraph[] = [];
  for (let k = countBefore(paragraphs, start, (p) => p.end, true); k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    if (p.start >= end) break;
    // `text` of a cut paragraph is not needed by the mark reader, which reads the story text between the offsets.
    within.push(p.start >= start && p.end <= end ? p : { ...p, start: Math.max(p.start, start), end: Math.min(p.end, end), text: "" });
  }
  return within;
}

export interface PiecesInput {
  text: string;
  pieces: Region[][];
  paragraphs: Paragraph[];
  boilerplate: Boilerplate[];
  authors: string[];
  indirect: boolean;
}

/** Entities and quotes of a story read piece by piece (see the top of this file). */
export function analyseInPieces(input: PiecesInput): { entities: Entity[]; quotes: Quote[] } {
  const { text, paragraphs } = input;
  const mentions: RawMention[] = [];
  const quotes: Quote[] = [];
  /** Per quote, a mention of the entity its piece named as speaker and as relaying outlet. */
  const named = new Map<Quote, { speaker: RawMention | null; via: RawMention | null }>();
  const mentionNames = new Map<RawMention, string>();
  // Citations are read once over the whole text, not once per piece.
  const cited = citedAuthors(text);
  input.pieces.forEach((regions, i) => {
    const parsed = parseSplitRegions(text, regions);
    // Page furniture (credit, byline, dateline) is read once, with the first piece.
    const found = typedMentions(parsed, i === 0 ? input.boilerplate : [], i === 0 ? input.authors : [], cited);
    for (const m of found) mentions.push(m);
    const report: QuoteReport = { drafts: new Map() };
    const scanned = paragraphsWithin(paragraphs, regions[0]!.start, regions[regions.length - 1]!.end);
    const pieceQuotes = extractQuotes(parsed, paragraphs, rankedDrafts(text, found), { indirect: input.indirect }, scanned, report);
    for (const q of pieceQuotes) {
      quotes.push(q);
      const drafts = report.drafts.get(q);
      if (drafts && (drafts.speaker || drafts.via)) {
        named.set(q, { speaker: drafts.speaker?.mentions[0] ?? null, via: drafts.via?.mentions[0] ?? null });
      }
    }
    // Only the names that differ from the mention as written: `fullestName` reads the others off the mention.
    for (const [m, name] of report.mentionNames ?? []) if (name !== m.text) mentionNames.set(m, name);
  });

  const drafts = rankedDrafts(text, mentions);
  const owner = new Map<RawMention, EntityDraft>();
  for (const draft of drafts) for (const m of draft.mentions) owner.set(m, draft);
  const names = new Map<EntityDraft, string>();
  const nameOf = (mention: RawMention | null): string | undefined => {
    const draft = mention ? owner.get(mention) : undefined;
    if (!draft) return undefined;
    let name = names.get(draft);
    if (name === undefined) {
      name = fullestName(draft.mentions, mentionNames);
      names.set(draft, name);
    }
    return name;
  };
  for (const q of quotes) {
    const by = named.get(q);
    if (!by) continue;
    q.speaker = nameOf(by.speaker) ?? q.speaker;
    q.via = nameOf(by.via) ?? q.via;
  }
  return { entities: drafts.map(toEntity), quotes };
}
