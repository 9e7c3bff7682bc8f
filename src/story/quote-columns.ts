/**
 * One piece's quotes as columns, between the piece that found them and the whole story's merge
 * (src/story/pieces.ts): each string written once per piece and named by its place, numbers in typed arrays.
 *
 * Why: serialised as objects (node:v8) and made objects again at the end, each quote came back as an object
 * whose fields were added one at a time (most of them in a separate property store), with new objects for its
 * two spans and its attribution and new copies of its strings, about 330 bytes each plus the garbage of their
 * making. A 10 MB story of short quoted paragraphs has half a million quotes: their making at the end set the
 * command line's peak memory (issue 23). Made here as whole object literals, with their strings pooled and
 * equal attributions shared, they cost about 220 bytes and leave no garbage.
 *
 * A quote is made again with its fields in the order newsx made it (the JSON is the same byte for byte); the
 * two orders the quote reader makes (src/story/quotes/index.ts, buildQuote) are known here, and a quote of any
 * other order is carried as it is.
 */
import type { AttributionTrace, Quote, QuoteKind, Span, TextSpan } from "../types.js";
import { stringTable, type StringPool } from "../lib/string-pool.js";

/** The fields of a quote in the order of a direct or partial quote; `fragments` may follow. */
const DIRECT_ORDER = "text,speaker,speakerText,role,verb,kind,via,paragraph,start,end,speakerSpan,verbSpan,attribution,confidence";
const DIRECT_WITH_FRAGMENTS = `${DIRECT_ORDER},fragments`;
/** The fields of a reported-speech quote, in its order. */
const INDIRECT_ORDER = "text,speaker,speakerText,speakerSpan,role,verb,verbSpan,via,kind,paragraph,start,end,attribution,confidence";

/**
 * In `text`: the quote's text is the story's own between its `start` and `end` (nearly every quote's is). It is
 * then neither written into the columns nor copied when made again, but taken as a slice of the story's text,
 * which V8 keeps as a reference into it: reported speech that runs on (a 10 MB paragraph of "X said that Y said
 * that ...") gives each quote the rest of its clause, hundreds of characters, and its half a million quotes
 * held 340 MB of copies and 400 MB of serialised columns (issue 23).
 */
const AS_WRITTEN = -2;

/** Field orders: the code in `order`. */
const DIRECT = 0;
const INDIRECT = 1;
/** A quote of another order: carried whole in `others`. */
const OTHER = 2;

/**
 * Every field of a quote, so that the columns cannot leave one out: tsc fails here when Quote gains a field,
 * until `quoteColumns` and `quotesOf` carry it too (and the orders above name it).
 */
const QUOTE_FIELDS: Record<keyof Quote, true> = {
  text: true, speaker: true, speakerText: true, role: true, verb: true, kind: true, via: true, paragraph: true,
  start: true, end: true, fragments: true, speakerSpan: true, verbSpan: true, attribution: true, confidence: true,
};
void QUOTE_FIELDS;

export interface QuoteColumns {
  strings: string[];
  /** Per quote: DIRECT, INDIRECT or OTHER. */
  order: Uint8Array;
  /** Places in `strings`; AS_WRITTEN: the story's text between the quote's `start` and `end`. */
  text: Int32Array;
  speaker: Int32Array;
  speakerText: Int32Array;
  role: Int32Array;
  verb: Int32Array;
  kind: Int32Array;
  via: Int32Array;
  rule: Int32Array;
  evidence: Int32Array;
  resolution: Int32Array;
  paragraph: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** -1: no span (null). */
  speakerStart: Int32Array;
  speakerEnd: Int32Array;
  verbStart: Int32Array;
  verbEnd: Int32Array;
  /** NaN: null. */
  confidence: Float64Array;
  /** The fragments of the quotes that have them, by quote. */
  fragments: Map<number, TextSpan[]>;
  /** The quotes of another field order, whole, by quote. */
  others: Map<number, Quote>;
}

function orderOf(q: Quote): number {
  const keys = Object.keys(q).join(",");
  if (keys === DIRECT_ORDER || keys === DIRECT_WITH_FRAGMENTS) return DIRECT;
  if (keys === INDIRECT_ORDER) return INDIRECT;
  return OTHER;
}

/** `source`: the story's text, whose offsets the quotes carry (see AS_WRITTEN). */
export function quoteColumns(quotes: readonly Quote[], source: string): QuoteColumns {
  const n = quotes.length;
  const { strings, place } = stringTable();
  const ints = () => new Int32Array(n);
  const columns: QuoteColumns = {
    strings, order: new Uint8Array(n),
    text: ints(), speaker: ints(), speakerText: ints(), role: ints(), verb: ints(), kind: ints(), via: ints(),
    rule: ints(), evidence: ints(), resolution: ints(), paragraph: ints(), start: ints(), end: ints(),
    speakerStart: ints(), speakerEnd: ints(), verbStart: ints(), verbEnd: ints(),
    confidence: new Float64Array(n), fragments: new Map(), others: new Map(),
  };
  for (let k = 0; k < n; k++) {
    const q = quotes[k]!;
    const order = orderOf(q);
    columns.order[k] = order;
    if (order === OTHER) {
      columns.others.set(k, q);
      continue;
    }
    columns.text[k] = q.text.length > 0 && source.slice(q.start, q.end) === q.text ? AS_WRITTEN : place(q.text);
    columns.speaker[k] = place(q.speaker);
    columns.speakerText[k] = place(q.speakerText);
    columns.role[k] = place(q.role);
    columns.verb[k] = place(q.verb);
    columns.kind[k] = place(q.kind);
    columns.via[k] = place(q.via);
    columns.rule[k] = place(q.attribution.rule);
    columns.evidence[k] = place(q.attribution.evidence);
    columns.resolution[k] = place(q.attribution.resolution);
    columns.paragraph[k] = q.paragraph;
    columns.start[k] = q.start;
    columns.end[k] = q.end;
    columns.speakerStart[k] = q.speakerSpan ? q.speakerSpan.start : -1;
    columns.speakerEnd[k] = q.speakerSpan ? q.speakerSpan.end : -1;
    columns.verbStart[k] = q.verbSpan ? q.verbSpan.start : -1;
    columns.verbEnd[k] = q.verbSpan ? q.verbSpan.end : -1;
    columns.confidence[k] = q.confidence === null ? Number.NaN : q.confidence;
    if (q.fragments) columns.fragments.set(k, q.fragments);
  }
  return columns;
}

/** Equal attributions shared by the quotes of the whole story, at most this many kept. */
const MAX_ATTRIBUTIONS = 100_000;

/**
 * The quotes of `quoteColumns` as objects again, each made whole as one object literal with its fields in the
 * order it had; their strings shared through the pool, and, given `attributions`, each attribution shared by
 * every quote of the story with the same one (by content: nothing newsx does changes an attribution once made,
 * but a library user may, so null gives each quote its own).
 */
export function quotesOf(
  columns: QuoteColumns, source: string, pool: StringPool, attributions: Map<string, AttributionTrace> | null,
): Quote[] {
  const strings = columns.strings.map((s) => pool.get(s));
  const str = (at: number) => (at < 0 ? null : strings[at]!);
  const span = (start: number, end: number): Span | null => (start < 0 ? null : { start, end });
  const quotes: Quote[] = [];
  for (let k = 0; k < columns.order.length; k++) {
    const order = columns.order[k]!;
    if (order === OTHER) {
      quotes.push(columns.others.get(k)!);
      continue;
    }
    const rule = strings[columns.rule[k]!]!;
    const evidence = strings[columns.evidence[k]!]!;
    const resolution = strings[columns.resolution[k]!]!;
    const key = attributions === null ? "" : `${rule}\u0000${evidence}\u0000${resolution}`;
    let attribution = attributions?.get(key);
    if (attribution === undefined) {
      attribution = { rule, evidence, resolution };
      if (attributions !== null && attributions.size < MAX_ATTRIBUTIONS) attributions.set(key, attribution);
    }
    const confidence = Number.isNaN(columns.confidence[k]!) ? null : columns.confidence[k]!;
    const speakerSpan = span(columns.speakerStart[k]!, columns.speakerEnd[k]!);
    const verbSpan = span(columns.verbStart[k]!, columns.verbEnd[k]!);
    const start = columns.start[k]!;
    const end = columns.end[k]!;
    const text = columns.text[k] === AS_WRITTEN ? source.slice(start, end) : strings[columns.text[k]!]!;
    const speaker = str(columns.speaker[k]!);
    const speakerText = str(columns.speakerText[k]!);
    const role = str(columns.role[k]!);
    const verb = str(columns.verb[k]!);
    const kind = strings[columns.kind[k]!]! as QuoteKind;
    const via = str(columns.via[k]!);
    const paragraph = columns.paragraph[k]!;
    if (order === INDIRECT) {
      quotes.push({ text, speaker, speakerText, speakerSpan, role, verb, verbSpan, via, kind, paragraph, start, end, attribution, confidence });
      continue;
    }
    const quote: Quote = { text, speaker, speakerText, role, verb, kind, via, paragraph, start, end, speakerSpan, verbSpan, attribution, confidence };
    const fragments = columns.fragments.get(k);
    if (fragments) quote.fragments = fragments.map((f) => ({ text: pool.get(f.text), start: f.start, end: f.end }));
    quotes.push(quote);
  }
  return quotes;
}
