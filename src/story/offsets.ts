/**
 * Internally every extractor works in UTF-16 code units, the unit of JavaScript strings and of compromise.
 * The public contract counts Unicode code points (what Python and jq index by). This module is the one place
 * where the first becomes the second.
 */
import type { Boilerplate, Span, Story } from "../types.js";
import { countBefore } from "../lib/sorted.js";
import { BoilerplateTable } from "./segment/boilerplate-table.js";

/** Converts UTF-16 offsets of one text into code-point offsets. */
export type OffsetConverter = (utf16Offset: number) => number;

const IDENTITY: OffsetConverter = (offset) => offset;

/** Builds a converter for `text`; it is the identity when the text has no characters outside the BMP. */
export function codePointConverter(text: string): OffsetConverter {
  const astralStarts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astralStarts.push(i);
        i++;
      }
    }
  }
  if (astralStarts.length === 0) return IDENTITY;
  return (offset) => {
    // Each surrogate pair that ends at or before `offset` counts as one code point, not two.
    return offset - countBefore(astralStarts, offset, (start) => start + 2, true);
  };
}

/** Returns a copy of `span`-like object with start and end converted. */
export function convertSpan<T extends Span>(span: T, convert: OffsetConverter): T {
  return { ...span, start: convert(span.start), end: convert(span.end) };
}

/** A Story whose boilerplate may still be columns (src/story/segment/boilerplate-table.ts). */
export type StoryDraft = Omit<Story, "boilerplate"> & { boilerplate: Boilerplate[] | BoilerplateTable };

/**
 * Converts every offset of a story built in UTF-16 units into code points (the public contract). Boilerplate
 * still in columns becomes the Story's array of objects, or with `boilerplateView` an array that makes each
 * block when it is read (BoilerplateTable.view: for a Story that is only written as JSON, never cloned).
 */
export function toCodePointOffsets(draft: StoryDraft, text: string, boilerplateView = false): Story {
  const convert = codePointConverter(text);
  const table = draft.boilerplate instanceof BoilerplateTable ? draft.boilerplate : null;
  const story = { ...draft, boilerplate: table === null ? (draft.boilerplate as Boilerplate[]) : boilerplateView ? table.view(convert) : table.objects(convert) };
  // Text without characters outside the BMP (nearly all text) needs no conversion: no copy of every record,
  // which for a story of a million names or quotes would double the memory of the result.
  if (convert === IDENTITY) return story;
  return {
    meta: story.meta,
    paragraphs: story.paragraphs.map((p) => convertSpan(p, convert)),
    boilerplate: table === null ? story.boilerplate.map((b) => convertSpan(b, convert)) : story.boilerplate,
    entities: story.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => convertSpan(m, convert)) })),
    quotes: story.quotes.map((q) => ({
      ...convertSpan(q, convert),
      ...(q.fragments ? { fragments: q.fragments.map((f) => convertSpan(f, convert)) } : {}),
      speakerSpan: q.speakerSpan && convertSpan(q.speakerSpan, convert),
      verbSpan: q.verbSpan && convertSpan(q.verbSpan, convert),
    })),
    ...(story.warnings ? { warnings: story.warnings } : {}),
  };
}
