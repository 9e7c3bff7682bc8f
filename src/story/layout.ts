/**
 * The story's layout alone: metadata, body paragraphs and boilerplate, without the language analysis.
 * `meta` and `paragraphs` need nothing more, and this module does not import compromise, whose loading costs
 * more than the whole command otherwise (see docs/bench.md). Pure: no I/O, no console.
 */
import type { Story } from "../types.js";
import { toCodePointOffsets } from "./offsets.js";
import { segment } from "./segment.js";

/** The Story `extract()` gives, except that `entities` and `quotes` are left empty (not looked for). */
export function extractLayout(text: string): Story {
  return toCodePointOffsets({ ...segment(text), entities: [], quotes: [] }, text);
}
