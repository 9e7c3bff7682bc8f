/**
 * The pipeline: text in, Story out. Pure: no I/O, no console.
 */
import type { ExtractOptions, Story } from "../types.js";
import { codePointConverter, convertSpan } from "./offsets.js";
import { segment } from "./segment.js";

export function extract(text: string, options: ExtractOptions = {}): Story {
  void options;
  const segmentation = segment(text);
  const story: Story = { ...segmentation, entities: [], quotes: [] };
  return toCodePointOffsets(story, text);
}

/** Converts every offset of a story built in UTF-16 units into code points (the public contract). */
function toCodePointOffsets(story: Story, text: string): Story {
  const convert = codePointConverter(text);
  return {
    meta: story.meta,
    paragraphs: story.paragraphs.map((p) => convertSpan(p, convert)),
    boilerplate: story.boilerplate.map((b) => convertSpan(b, convert)),
    entities: story.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => convertSpan(m, convert)) })),
    quotes: story.quotes.map((q) => ({
      ...convertSpan(q, convert),
      ...(q.fragments ? { fragments: q.fragments.map((f) => convertSpan(f, convert)) } : {}),
      speakerSpan: q.speakerSpan && convertSpan(q.speakerSpan, convert),
      verbSpan: q.verbSpan && convertSpan(q.verbSpan, convert),
    })),
  };
}
