/**
 * Segmentation: text -> metadata, body paragraphs and classified boilerplate.
 * PLACEHOLDER: splits on blank lines; the real segmenter replaces it.
 */
import type { Boilerplate, Meta, Paragraph } from "../types.js";

export interface Segmentation {
  meta: Meta;
  /** Body paragraphs, offsets in UTF-16 code units. */
  paragraphs: Paragraph[];
  /** Non-body blocks, offsets in UTF-16 code units. */
  boilerplate: Boilerplate[];
}

export function emptyMeta(): Meta {
  return {
    headline: null, byline: null, authors: [], dateline: null, date: null, credit: null,
    copyright: null, source: null, language: null, links: null,
  };
}

export function segment(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const blockPattern = /[^\n]+(?:\n[^\n]+)*/g;
  for (const match of text.matchAll(blockPattern)) {
    const raw = match[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = match.index + raw.indexOf(trimmed);
    paragraphs.push({ index: paragraphs.length, text: trimmed, start, end: start + trimmed.length });
  }
  return { meta: emptyMeta(), paragraphs, boilerplate: [] };
}
