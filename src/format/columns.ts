/**
 * How each command's records flatten into rows (csv, tsv, table). Nested values become one cell:
 * lists joined with "; ", spans written "start-end", counts where a list would be too long to read.
 */
import type { Span } from "../types.js";
import type {
  BlockRecord, Command, EntityRecord, ExtractRecord, MetaRecord, ParagraphRecord, QuoteRecord,
} from "./records.js";

export type Cell = string | number | null;

export interface Column {
  header: string;
  get(record: object): Cell;
  /** In a table: the column that takes the remaining width and wraps (long text). */
  wide?: boolean;
  /** In a table: shortened from the left to fit (a path: its end tells inputs apart) instead of wrapped. */
  shortenLeft?: boolean;
}

/** Builds a column over one record type (the cast is safe: a command's columns only ever see its records). */
function column<R>(header: string, get: (record: R) => Cell, wide = false): Column {
  return { header, get: get as (record: object) => Cell, wide };
}

export const LIST_SEPARATOR = "; ";
const list = (items: readonly string[]): string => items.join(LIST_SEPARATOR);
const spans = (items: readonly Span[]): string => list(items.map((s) => `${s.start}-${s.end}`));

export interface ColumnSet {
  /** Every column, for csv and tsv: nothing is lost that fits in a cell. */
  flat: Column[];
  /** The columns worth a person's screen width. */
  table: Column[];
  /**
   * The table's columns (by header) to leave out, first to last, when the terminal is too narrow for the least
   * width of all of them (each column's longest word). Columns not listed are always shown.
   */
  dropOrder?: string[];
  /** Lay the table out as field/value pairs, one block per record (records with many short fields). */
  vertical?: boolean;
}

const file: Column = { ...column<{ file: string }>("file", (r) => r.file), shortenLeft: true };

const quote = {
  paragraph: column<QuoteRecord>("paragraph", (r) => r.paragraph),
  kind: column<QuoteRecord>("kind", (r) => r.kind),
  speaker: column<QuoteRecord>("speaker", (r) => r.speaker),
  speakerText: column<QuoteRecord>("speakerText", (r) => r.speakerText),
  role: column<QuoteRecord>("role", (r) => r.role),
  verb: column<QuoteRecord>("verb", (r) => r.verb),
  via: column<QuoteRecord>("via", (r) => r.via),
  start: column<QuoteRecord>("start", (r) => r.start),
  end: column<QuoteRecord>("end", (r) => r.end),
  fragments: column<QuoteRecord>("fragments", (r) => (r.fragments ? spans(r.fragments) : null)),
  text: column<QuoteRecord>("text", (r) => r.text, true),
  rule: column<QuoteRecord>("rule", (r) => r.attribution.rule),
  resolution: column<QuoteRecord>("resolution", (r) => r.attribution.resolution),
  evidence: column<QuoteRecord>("evidence", (r) => r.attribution.evidence),
  confidence: column<QuoteRecord>("confidence", (r) => (r.confidence === null ? null : Number(r.confidence.toFixed(2)))),
};

const entity = {
  name: column<EntityRecord>("name", (r) => r.name),
  type: column<EntityRecord>("type", (r) => r.type),
  count: column<EntityRecord>("count", (r) => r.count),
  aliases: column<EntityRecord>("aliases", (r) => list(r.aliases), true),
  titles: column<EntityRecord>("titles", (r) => list(r.titles)),
  mentions: column<EntityRecord>("mentions", (r) => spans(r.mentions)),
};

const metaColumns: Column[] = [
  column<MetaRecord>("headline", (r) => r.headline),
  column<MetaRecord>("byline", (r) => r.byline),
  column<MetaRecord>("authors", (r) => list(r.authors)),
  column<MetaRecord>("dateline", (r) => r.dateline),
  column<MetaRecord>("date", (r) => r.date),
  column<MetaRecord>("credit", (r) => r.credit),
  column<MetaRecord>("copyright", (r) => r.copyright),
  column<MetaRecord>("source", (r) => r.source),
  column<MetaRecord>("language", (r) => r.language),
  column<MetaRecord>("previous", (r) => r.links?.previous ?? null),
  column<MetaRecord>("next", (r) => r.links?.next ?? null),
];

const paragraph = {
  index: column<ParagraphRecord>("index", (r) => r.index),
  start: column<ParagraphRecord>("start", (r) => r.start),
  end: column<ParagraphRecord>("end", (r) => r.end),
  text: column<ParagraphRecord>("text", (r) => r.text, true),
};

const block = {
  kind: column<BlockRecord>("kind", (r) => r.kind),
  index: column<BlockRecord>("index", (r) => r.index),
};

/** `extract` holds a whole story: as a row it is summarised, the full record is in json/jsonl. */
const extractColumns: Column[] = [
  file,
  column<ExtractRecord>("encoding", (r) => r.encoding ?? null),
  column<ExtractRecord>("headline", (r) => r.meta.headline, true),
  column<ExtractRecord>("paragraphs", (r) => r.paragraphs.length),
  column<ExtractRecord>("entities", (r) => r.entities.length),
  column<ExtractRecord>("quotes", (r) => r.quotes.length),
];

/** `quotes --explain`: why each speaker (the rule, the words it read, how they became a name, the confidence). */
export const EXPLAINED_QUOTE_COLUMNS: ColumnSet = {
  flat: [file, quote.paragraph, quote.kind, quote.speaker, quote.speakerText, quote.role, quote.verb, quote.via,
    quote.start, quote.end, quote.fragments, quote.rule, quote.resolution, quote.evidence, quote.confidence, quote.text],
  table: [file, quote.paragraph, quote.speaker, quote.rule, quote.evidence, quote.confidence, quote.kind, quote.text],
};

export const COLUMNS: Record<Command | "blocks", ColumnSet> = {
  quotes: {
    flat: [file, quote.paragraph, quote.kind, quote.speaker, quote.speakerText, quote.role, quote.verb, quote.via,
      quote.start, quote.end, quote.fragments, quote.text],
    table: [file, quote.paragraph, quote.speaker, quote.verb, quote.kind, quote.text],
    // Who said what stays; how (kind, verb) and where (paragraph, file) go first on a narrow terminal.
    dropOrder: ["kind", "verb", "paragraph", "file"],
  },
  entities: {
    flat: [file, entity.name, entity.type, entity.count, entity.aliases, entity.titles, entity.mentions],
    table: [file, entity.name, entity.type, entity.count, entity.titles, entity.aliases],
    dropOrder: ["aliases", "count", "titles", "file"],
  },
  meta: { flat: [file, ...metaColumns], table: [file, ...metaColumns], vertical: true },
  paragraphs: {
    flat: [file, paragraph.index, paragraph.start, paragraph.end, paragraph.text],
    table: [file, paragraph.index, paragraph.text],
    dropOrder: ["index", "file"],
  },
  // The summary row: which file, then what it holds; the counts go before the headline.
  extract: { flat: extractColumns, table: extractColumns, dropOrder: ["encoding", "paragraphs", "entities", "quotes", "headline"] },
  /** `paragraphs --all` */
  blocks: {
    flat: [file, block.kind, block.index, paragraph.start, paragraph.end, paragraph.text],
    table: [file, block.kind, block.index, paragraph.text],
    dropOrder: ["index", "file"],
  },
};
