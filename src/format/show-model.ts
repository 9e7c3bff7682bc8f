/**
 * What `newsx show` draws on a story, independent of the medium (terminal or HTML): the speakers in a stable
 * order, the numbered quotes, and each block of text (headline, body paragraphs) cut into segments at every
 * annotation boundary, each segment carrying the annotations that cover it.
 *
 * Offsets in a Story are code points of the whole input; every block knows its own start, so a block is cut
 * by code point (Array.from) and never in the middle of a surrogate pair.
 */
import type { Entity, EntityType, Quote, Span, Story } from "../types.js";
import { countBefore } from "../lib/sorted.js";

/** A speaker as the legend lists it: in order of their first quote in the story. */
export interface SpeakerInfo {
  /** The speaker's name, or null for the quotes whose speaker the story does not state. */
  name: string | null;
  /** 0-based position among the named speakers (the colour index); -1 for the unattributed. */
  colour: number;
  count: number;
  /** The quote numbers (1-based, as in Q1) of this speaker's quotes. */
  quotes: number[];
}

export interface QuoteInfo {
  /** 1-based number in story order: Q1, Q2... */
  number: number;
  quote: Quote;
  speaker: SpeakerInfo;
}

export type Annotation =
  | { kind: "quote"; start: number; end: number; quote: QuoteInfo }
  | { kind: "attribution"; start: number; end: number; quote: QuoteInfo }
  | { kind: "mention"; start: number; end: number; entity: Entity };

export interface Segment {
  text: string;
  /** Every annotation covering the segment, outermost first (see `nestingOrder`). */
  annotations: Annotation[];
}

export interface Block {
  kind: "headline" | "paragraph";
  /** The body paragraph index, or null for the headline. */
  paragraph: number | null;
  segments: Segment[];
}

export interface StoryView {
  speakers: SpeakerInfo[];
  quotes: QuoteInfo[];
  /** The headline with its annotations, when the segmenter found a headline block. */
  headline: Block | null;
  paragraphs: Block[];
}

export interface ViewOptions {
  /** Also show reported speech (quotes of kind "indirect"); off by default, as in `newsx quotes`. */
  indirect?: boolean;
}

/** Why this speaker: "rule after-subject-verb (“Ada Quill said”), name, confidence 0.97". */
export function explanation(quote: Quote): string {
  const { rule, evidence, resolution } = quote.attribution;
  const words = evidence ? ` (“${evidence}”)` : "";
  const sure = quote.confidence === null ? "" : `, confidence ${quote.confidence.toFixed(2)}`;
  return `rule ${rule}${words}, ${resolution}${sure}`;
}

export const ENTITY_TYPES: readonly EntityType[] = ["person", "organization", "place"];

export function buildView(story: Story, options: ViewOptions = {}): StoryView {
  const shown = story.quotes
    .filter((q) => options.indirect || q.kind !== "indirect")
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const speakers = new Map<string | null, SpeakerInfo>();
  let named = 0;
  const quotes: QuoteInfo[] = shown.map((quote, i) => {
    let speaker = speakers.get(quote.speaker);
    if (!speaker) {
      speaker = { name: quote.speaker, colour: quote.speaker === null ? -1 : named++, count: 0, quotes: [] };
      speakers.set(quote.speaker, speaker);
    }
    speaker.count++;
    speaker.quotes.push(i + 1);
    return { number: i + 1, quote, speaker };
  });
  const annotations = collectAnnotations(story, quotes);
  const byParagraph = bucketByParagraph(story.paragraphs, annotations);
  const headlineBlock = story.boilerplate.find((b) => b.kind === "headline");
  return {
    // Named speakers in order of appearance; the unattributed last, so colours do not shift when one is found.
    speakers: [...speakers.values()].sort((a, b) => (a.colour === -1 ? 1 : 0) - (b.colour === -1 ? 1 : 0)),
    quotes,
    headline: headlineBlock
      ? { kind: "headline", paragraph: null, segments: segmentBlock(headlineBlock.text, headlineBlock.start, annotations) }
      : null,
    paragraphs: story.paragraphs.map((p, i) => ({
      kind: "paragraph",
      paragraph: p.index,
      segments: segmentBlock(p.text, p.start, byParagraph[i]!),
    })),
  };
}

/**
 * The annotations touching each paragraph (paragraphs come in text order), found by binary search, so a story
 * with thousands of paragraphs does not cost paragraphs x annotations.
 */
function bucketByParagraph(paragraphs: readonly Span[], annotations: readonly Annotation[]): Annotation[][] {
  const buckets: Annotation[][] = paragraphs.map(() => []);
  for (const a of annotations) {
    // The first paragraph that ends after the annotation starts.
    const low = countBefore(paragraphs, a.start, (p) => p.end, true);
    // A quote's highlight may take in the mark just before it, which can be a paragraph's first character.
    for (let i = Math.max(0, low - 1); i < paragraphs.length && paragraphs[i]!.start <= a.end; i++) buckets[i]!.push(a);
  }
  return buckets;
}

/** Quote marks that may open or close a quote; the quote's highlight takes them in when they touch it. */
const OPENING_MARKS = new Set(["“", '"', "‘", "'", "«", "„", "‚", "‹", "「", "『", "»", "›"]);
const CLOSING_MARKS = new Set(["”", '"', "’", "'", "»", "“", "‛", "›", "」", "』", "«", "‹"]);

function collectAnnotations(story: Story, quotes: QuoteInfo[]): Annotation[] {
  const annotations: Annotation[] = [];
  const drawn: { start: number; end: number }[] = [];
  for (const info of quotes) {
    const { quote } = info;
    const pieces = quote.fragments && quote.fragments.length > 0 ? quote.fragments : [quote];
    for (const piece of pieces) annotations.push({ kind: "quote", start: piece.start, end: piece.end, quote: info });
    // "he" + "added" read as one attribution when at most one character (a space) separates them.
    const spans = [quote.speakerSpan, quote.verbSpan].filter((s) => s !== null).sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number }[] = [];
    for (const span of spans) {
      const last = merged.at(-1);
      // Sorted by start, so this covers overlapping spans too.
      if (last && span.start - last.end <= 1) last.end = Math.max(last.end, span.end);
      else merged.push({ start: span.start, end: span.end });
    }
    for (const span of merged) {
      // One speaker span may serve two quotes ("he said ..., suggesting ..."): draw it once, for the first.
      if (span.end <= span.start || drawn.some((d) => d.start <= span.start && span.end <= d.end)) continue;
      drawn.push(span);
      annotations.push({ kind: "attribution", start: span.start, end: span.end, quote: info });
    }
  }
  for (const entity of story.entities) {
    for (const m of entity.mentions) {
      if (m.end > m.start) annotations.push({ kind: "mention", start: m.start, end: m.end, entity });
    }
  }
  return annotations;
}

/**
 * Cuts one block of text (starting at code point `blockStart` of the input) at every boundary of the
 * annotations that touch it. A quote's highlight is widened over the quote marks right next to it.
 */
export function segmentBlock(text: string, blockStart: number, all: readonly Annotation[]): Segment[] {
  const chars = Array.from(text);
  const length = chars.length;
  const local: { annotation: Annotation; start: number; end: number }[] = [];
  for (const a of all) {
    let start = a.start - blockStart;
    let end = a.end - blockStart;
    if (end <= 0 || start >= length) continue;
    if (a.kind === "quote") {
      if (start > 0 && OPENING_MARKS.has(chars[start - 1]!)) start--;
      if (end < length && CLOSING_MARKS.has(chars[end]!)) end++;
    }
    start = Math.max(0, start);
    end = Math.min(length, end);
    if (end > start) local.push({ annotation: a, start, end });
  }
  const cuts = new Set<number>([0, length]);
  for (const a of local) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    // The story-wide annotation objects themselves: renderers follow one annotation across segments by identity.
    const covering = local.filter((a) => a.start <= from && a.end >= to).map((a) => a.annotation).sort(nestingOrder);
    segments.push({ text: chars.slice(from, to).join(""), annotations: covering });
  }
  return segments;
}

const KIND_RANK = { quote: 0, attribution: 1, mention: 2 } as const;

/** Outermost first: the longer span, then quote before attribution before mention. */
export function nestingOrder(a: Annotation, b: Annotation): number {
  return b.end - b.start - (a.end - a.start) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.start - b.start;
}

/** Events that open and close annotations around text so that they nest properly, as markup must. */
export type NestEvent =
  | { type: "open"; annotation: Annotation; reopened: boolean }
  | { type: "close"; annotation: Annotation }
  | { type: "text"; text: string; annotations: Annotation[] };

/**
 * Turns segments into properly nested open/close events. When an annotation ends while one opened after it is
 * still open (spans that overlap without nesting), the inner one is closed and opened again after it.
 */
export function nest(segments: readonly Segment[]): NestEvent[] {
  const events: NestEvent[] = [];
  const stack: Annotation[] = [];
  const opened = new Set<Annotation>();
  for (const segment of segments) {
    // Keep the open annotations that agree with this segment's outermost-first order; close the rest (the
    // wanted ones among them are opened again below, in order). With properly nested spans nothing reopens.
    let keep = 0;
    while (keep < stack.length && stack[keep] === segment.annotations[keep]) keep++;
    while (stack.length > keep) events.push({ type: "close", annotation: stack.pop()! });
    for (const a of segment.annotations.slice(keep)) {
      stack.push(a);
      events.push({ type: "open", annotation: a, reopened: opened.has(a) });
      opened.add(a);
    }
    events.push({ type: "text", text: segment.text, annotations: segment.annotations });
  }
  while (stack.length > 0) events.push({ type: "close", annotation: stack.pop()! });
  return events;
}
