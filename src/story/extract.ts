/**
 * The pipeline: text in, Story out. Pure: no I/O, no console.
 */
import type { ExtractOptions, Story } from "../types.js";
import { codePointConverter, convertSpan } from "./offsets.js";
import { segment, type Segmentation } from "./segment.js";
import { parseRegions, type Region } from "../nlp/parse.js";
import { extractEntities } from "./entities/index.js";
import { extractQuotes } from "./quotes/index.js";

export function extract(text: string, options: ExtractOptions = {}): Story {
  const segmentation = segment(text);
  const parsed = parseRegions(text, analysedRegions(segmentation));
  const { entities, drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const quotes = extractQuotes(parsed, segmentation.paragraphs, drafts, { indirect: options.indirect ?? true });
  const story: Story = { ...segmentation, entities, quotes };
  return toCodePointOffsets(story, text);
}

/** The text newsx reads as prose: the headline (for its names) and the body paragraphs. */
function analysedRegions(segmentation: Segmentation): Region[] {
  const regions: Region[] = segmentation.boilerplate
    .filter((block) => block.kind === "headline")
    .map((block) => ({ start: block.start, end: block.end, paragraph: null }));
  for (const p of segmentation.paragraphs) regions.push({ start: p.start, end: p.end, paragraph: p.index });
  return regions.sort((a, b) => a.start - b.start);
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
