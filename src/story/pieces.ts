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
import { deserialize, serialize } from "node:v8";
import type { AttributionTrace, Boilerplate, Entity, Paragraph, Quote } from "../types.js";
import { parseSplitRegions, type Region } from "../nlp/parse.js";
import { rankedDrafts, typedMentions } from "./entities/index.js";
import { citedAuthors } from "./entities/citations.js";
import { toEntity, type EntityDraft } from "./entities/merge.js";
import type { RawMention } from "./entities/mentions.js";
import { extractQuotes, type QuoteReport } from "./quotes/index.js";
import { fullestName } from "./quotes/resolve.js";
import { countBefore } from "../lib/sorted.js";
import { StringPool, stringTable } from "../lib/string-pool.js";
import { quoteColumns, quotesOf, type QuoteColumns } from "./quote-columns.js";

/**
 * Characters of analysed text per piece. Far above any news story (the longest gold story analyses about
 * 60,000), so ordinary stories are read whole; small enough that one piece's tokens and compromise document
 * stay at some tens of megabytes.
 */
export const PIECE_CHARS = 100_000;

/** Regions, in text order, grouped into runs of at most `pieceChars` characters (one region per run at least). */
export function groupPieces(regions: Region[], pieceChars = PIECE_CHARS): Region[][] {
  return [...piecesOf(regions, pieceChars)];
}

/** `groupPieces`, one run at a time: only the run being read is held, not every region of the story. */
export function* piecesOf(regions: Iterable<Region>, pieceChars = PIECE_CHARS): Generator<Region[], void, undefined> {
  let current: Region[] = [];
  let size = 0;
  for (const region of regions) {
    const length = region.end - region.start;
    if (current.length > 0 && size + length > pieceChars) {
      yield current;
      current = [];
      size = 0;
    }
    current.push(region);
    size += length;
  }
  if (current.length > 0) yield current;
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
  /** The runs of regions, in text order; each is read once, when its piece is analysed. */
  pieces: Iterable<Region[]>;
  paragraphs: Paragraph[];
  boilerplate: Boilerplate[];
  authors: string[];
  indirect: boolean;
  /**
   * Give quotes with equal attributions one shared object (quote-columns.ts, quotesOf): only for a Story that
   * no user can change (the command line's, written as JSON), as changing one quote's would change the others'.
   * A library caller gets an object of its own per quote, as a quote of a one-piece story has.
   */
  shareAttributions?: boolean;
  /**
   * Give every entity with no aliases (or no titles) one shared frozen empty list (merge.ts, toEntity): only for
   * a Story no user can change (the command line's). A library caller gets lists of its own.
   */
  compactEntities?: boolean;
}

/**
 * What one piece found, as the final merge needs it: its mentions and quotes, and which of its mentions each
 * quote's speaker and relaying outlet were named by, and the names its quote reader gave mentions, both by the
 * mention's place in `mentions`.
 */
interface PieceResult {
  mentions: MentionColumns;
  quotes: QuoteColumns;
  /** Per quote, the mention of its speaker and of its relaying outlet (-1: none, or one the merge cannot see). */
  speakers: number[];
  vias: number[];
  /** Mentions given a name other than their text, and the names. */
  renamed: number[];
  names: string[];
}

/**
 * Entities and quotes of a story read piece by piece (see the top of this file).
 *
 * Memory: what each piece found is kept serialised (node:v8, outside the JavaScript heap) until every piece is
 * read, and only then made objects again for the merge. Held as objects, a hostile story's hundreds of
 * thousands of mentions and quotes would be the live heap while compromise's garbage of every later piece
 * builds up, and V8 lets the heap grow to about four times what it found live at its last full collection:
 * their size, not the piece size, would set the peak.
 */
export function analyseInPieces(input: PiecesInput): { entities: Entity[]; quotes: Quote[] } {
  const { text, paragraphs } = input;
  const packed: Buffer[] = [];
  // Citations are read once over the whole text, not once per piece.
  const cited = citedAuthors(text);
  let i = 0;
  for (const regions of input.pieces) {
    const parsed = parseSplitRegions(text, regions);
    // Page furniture (credit, byline, dateline) is read once, with the first piece.
    const found = typedMentions(parsed, i === 0 ? input.boilerplate : [], i === 0 ? input.authors : [], cited);
    const report: QuoteReport = { drafts: new Map() };
    const scanned = paragraphsWithin(paragraphs, regions[0]!.start, regions[regions.length - 1]!.end);
    const pieceQuotes = extractQuotes(parsed, paragraphs, rankedDrafts(text, found), { indirect: input.indirect }, scanned, report);
    packed.push(serialize(pieceResult(text, found, pieceQuotes, report)));
    i++;
  }

  const mentions: RawMention[] = [];
  const quotes: Quote[] = [];
  /**
   * Per quote (by its place in `quotes`), a mention of the entity its piece named as speaker and as relaying
   * outlet: only the quotes that have one, in order (a list of places and two of mentions, not an object each).
   */
  const namedQuotes: number[] = [];
  const namedSpeakers: (RawMention | null)[] = [];
  const namedVias: (RawMention | null)[] = [];
  const mentionNames = new Map<RawMention, string>();
  // Mentions and quotes repeat a story's names and words; strings past 64 characters are seldom repeated.
  const strings = new StringPool(64, 100_000);
  const titleLists = new Map<string, string[]>();
  const attributions = input.shareAttributions ? new Map<string, AttributionTrace>() : null;
  for (let k = 0; k < packed.length; k++) {
    const piece = deserialize(packed[k]!) as PieceResult;
    // Each buffer is dropped once read: the objects it held now live in the heap instead.
    packed[k] = EMPTY;
    // A deserialised string is a copy of its own; a hostile story repeats the same few names and words in
    // every mention and quote.
    const pieceMentions = mentionsOf(piece.mentions, strings, titleLists);
    const pieceQuotes = quotesOf(piece.quotes, text, strings, attributions);
    const at = (index: number) => (index >= 0 ? pieceMentions[index]! : null);
    for (const m of pieceMentions) mentions.push(m);
    pieceQuotes.forEach((q, n) => {
      if (piece.speakers[n]! >= 0 || piece.vias[n]! >= 0) {
        namedQuotes.push(quotes.length);
        namedSpeakers.push(at(piece.speakers[n]!));
        namedVias.push(at(piece.vias[n]!));
      }
      quotes.push(q);
    });
    piece.renamed.forEach((index, n) => {
      mentionNames.set(pieceMentions[index]!, piece.names[n]!);
    });
  }

  const drafts = rankedDrafts(text, mentions);
  // The drafts hold every mention now.
  mentions.length = 0;
  // Which entity each mention went to: asked only for the speakers and outlets of quotes.
  const owner = new Map<RawMention, EntityDraft>();
  if (namedQuotes.length > 0) for (const draft of drafts) for (const m of draft.mentions) owner.set(m, draft);
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
  for (let n = 0; n < namedQuotes.length; n++) {
    const q = quotes[namedQuotes[n]!]!;
    q.speaker = nameOf(namedSpeakers[n]!) ?? q.speaker;
    q.via = nameOf(namedVias[n]!) ?? q.via;
  }
  owner.clear();
  namedQuotes.length = 0;
  namedSpeakers.length = 0;
  namedVias.length = 0;
  mentionNames.clear();
  // Each draft's mentions are dropped once its entity is made, so the story's mentions are never held twice
  // over (as the merge's and as the result's) while the result is made.
  const entities: Entity[] = [];
  for (let k = 0; k < drafts.length; k++) {
    entities.push(toEntity(drafts[k]!, input.compactEntities === true));
    drafts[k] = DROPPED;
  }
  return { entities, quotes };
}

const DROPPED: EntityDraft = { type: "person", mentions: [], gender: null };
const EMPTY = Buffer.alloc(0);

/**
 * One piece's mentions as columns, each string (and each list of titles) written once and named by its place
 * in `strings` (`titleLists`). Serialised as objects, each mention came back as an object whose fields were
 * added one at a time (most of them in a separate property store), with new copies of its strings and a new
 * array for its titles, about 150 bytes of garbage each before the merge made its own: a hostile story's
 * 770,000 mentions filled the heap V8 allowed the merge.
 */
interface MentionColumns {
  strings: string[];
  titleLists: number[][];
  /** Per mention: places in `strings` (-1: null or absent), and in `titleLists`. */
  text: Int32Array;
  type: Int32Array;
  titledForm: Int32Array;
  gender: Int32Array;
  impliedName: Int32Array;
  titles: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** -1: null. */
  paragraph: Int32Array;
  words: Int32Array;
}

/**
 * Every field of a mention, so that the columns cannot leave one out: tsc fails here when RawMention gains a
 * field, until `mentionColumns` and `mentionsOf` carry it too.
 */
const MENTION_FIELDS: Record<keyof RawMention, keyof MentionColumns> = {
  text: "text", start: "start", end: "end", type: "type", titles: "titles", titledForm: "titledForm",
  paragraph: "paragraph", words: "words", gender: "gender", impliedName: "impliedName",
};
void MENTION_FIELDS;

function mentionColumns(found: RawMention[]): MentionColumns {
  const n = found.length;
  const { strings, place } = stringTable();
  const titleLists: number[][] = [];
  const listPlaces = new Map<string, number>();
  const columns: MentionColumns = {
    strings, titleLists,
    text: new Int32Array(n), type: new Int32Array(n), titledForm: new Int32Array(n), gender: new Int32Array(n),
    impliedName: new Int32Array(n), titles: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n),
    paragraph: new Int32Array(n), words: new Int32Array(n),
  };
  for (let k = 0; k < n; k++) {
    const m = found[k]!;
    columns.text[k] = place(m.text);
    columns.type[k] = place(m.type);
    columns.titledForm[k] = place(m.titledForm);
    columns.gender[k] = place(m.gender);
    columns.impliedName[k] = place(m.impliedName);
    const list = m.titles.map((t) => place(t));
    const key = list.join(",");
    let at = listPlaces.get(key);
    if (at === undefined) {
      at = titleLists.length;
      titleLists.push(list);
      listPlaces.set(key, at);
    }
    columns.titles[k] = at;
    columns.start[k] = m.start;
    columns.end[k] = m.end;
    columns.paragraph[k] = m.paragraph ?? -1;
    columns.words[k] = m.words;
  }
  return columns;
}

/**
 * The mentions of `mentionColumns` as objects again, each made whole as one object literal; their strings
 * shared through the pool, and each list of titles shared by every mention of the piece that has it (the merge
 * and `toEntity` only read them) and by the earlier pieces' (`titleLists`, by content).
 */
function mentionsOf(columns: MentionColumns, pool: StringPool, titleLists: Map<string, string[]>): RawMention[] {
  const strings = columns.strings.map((s) => pool.get(s));
  const lists = columns.titleLists.map((places) => {
    const titles = places.map((at) => strings[at]!);
    const key = titles.join("\u0000");
    const known = titleLists.get(key);
    if (known && known.length === titles.length && known.every((t, k) => t === titles[k])) return known;
    if (titleLists.size < 10_000) titleLists.set(key, titles);
    return titles;
  });
  const text = (at: number) => strings[at]!;
  const orNull = (at: number) => (at < 0 ? null : strings[at]!);
  const mentions: RawMention[] = [];
  for (let k = 0; k < columns.text.length; k++) {
    const base = {
      text: text(columns.text[k]!), start: columns.start[k]!, end: columns.end[k]!,
      type: text(columns.type[k]!) as RawMention["type"], titles: lists[columns.titles[k]!]!,
      titledForm: orNull(columns.titledForm[k]!), paragraph: columns.paragraph[k]! < 0 ? null : columns.paragraph[k]!,
      words: columns.words[k]!, gender: orNull(columns.gender[k]!) as RawMention["gender"],
    };
    const implied = columns.impliedName[k]!;
    mentions.push(implied < 0 ? base : { ...base, impliedName: strings[implied]! });
  }
  return mentions;
}

/**
 * One piece's findings with its mentions named by their place in `found`. A mention that is not one of `found`
 * (one the piece's own merge made) can be no mention of the whole story's merge either, which sees `found`
 * only: as a speaker it names nobody there, and a name given to it is never read, so it is left out (-1).
 */
function pieceResult(text: string, found: RawMention[], quotes: Quote[], report: QuoteReport): PieceResult {
  const place = new Map<RawMention, number>();
  found.forEach((m, k) => {
    place.set(m, k);
  });
  const placeOf = (m: RawMention | undefined) => (m ? place.get(m) ?? -1 : -1);
  const speakers: number[] = [];
  const vias: number[] = [];
  for (const q of quotes) {
    const drafts = report.drafts.get(q);
    speakers.push(placeOf(drafts?.speaker?.mentions[0]));
    vias.push(placeOf(drafts?.via?.mentions[0]));
  }
  const renamed: number[] = [];
  const names: string[] = [];
  // Only the names that differ from the mention as written: `fullestName` reads the others off the mention.
  for (const [m, name] of report.mentionNames ?? []) {
    const k = place.get(m);
    if (name !== m.text && k !== undefined) {
      renamed.push(k);
      names.push(name);
    }
  }
  return { mentions: mentionColumns(found), quotes: quoteColumns(quotes, text), speakers, vias, renamed, names };
}
