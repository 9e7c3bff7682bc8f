/**
 * Speakers given by the layout of the text rather than by a verb of saying:
 * - a signature after a dash: "“…” ― Ada Quill", "“…”⏎— Ada Quill, harbour master" (on the next line or in the
 *   next paragraph);
 * - a transcript's label: "QUILL: … ‘…’", "Quill: ‘…’", a paragraph opened by a person's name and a colon.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { Paragraph } from "../../types.js";
import type { EntityDraft } from "../entities/merge.js";
import type { Attribution } from "./attribution.js";
import type { QuotedSpan } from "./marks.js";
import { tokenIndexAt } from "./windows.js";
import { countBefore } from "../../lib/sorted.js";
import { isPerson, mentionsOf } from "./people.js";

/** A dash that introduces a signature: horizontal bar, em or en dash, or two hyphens. */
const SIGNATURE_DASH = /^\s*(?:[―—–]|--)\s*/u;
/** The most words a signature's name, or a transcript's label, holds. */
const NAME_WORDS = 4;
/** The most words a signature line holds, name and description together. */
const SIGNATURE_WORDS = 14;

/** Where the signature after a quote starts: after a dash closing the quote's line, or opening the next paragraph. */
function signatureStart(text: string, paragraphs: Paragraph[], span: QuotedSpan): { start: number; end: number } | null {
  const paragraph = paragraphs[paragraphIndexOf(paragraphs, span.close)];
  if (!paragraph) return null;
  const rest = text.slice(span.close, paragraph.end);
  const dash = rest.match(SIGNATURE_DASH);
  if (dash && dash[0].trim() !== "") {
    const start = span.close + dash[0].length;
    const lineEnd = text.indexOf("\n", start);
    return { start, end: lineEnd < 0 || lineEnd > paragraph.end ? paragraph.end : lineEnd };
  }
  if (rest.trim() !== "") return null;
  const next = paragraphs[paragraph.index + 1];
  const opening = next?.text.match(SIGNATURE_DASH);
  if (!next || !opening || opening[0].trim() === "") return null;
  return { start: next.start + opening[0].length, end: next.end };
}

/** The paragraph at `offset` (the last one starting at or before it), -1 before the first. */
function paragraphIndexOf(paragraphs: Paragraph[], offset: number): number {
  // Binary search (paragraphs are in text order): a scan from the top for every quote is quadratic.
  const before = countBefore(paragraphs, offset, (p) => p.start, true);
  return paragraphs[before - 1]?.index ?? -1;
}

/**
 * "“…” ― Ada Quill", "“…”⏎― Ada Quill, harbour master": a person's name after a dash, on the rest of the quote's
 * line or opening the next paragraph, with nothing after it but a description set off by a comma or a
 * bracket, signs the quote. A sentence after the dash ("— Quill said on Monday") is read as an attribution
 * elsewhere, never here.
 */
export function signedAfter(parsed: ParsedStory, paragraphs: Paragraph[], span: QuotedSpan): Attribution | null {
  const line = signatureStart(parsed.text, paragraphs, span);
  if (!line) return null;
  const words: Token[] = [];
  for (let i = tokenIndexAt(parsed.tokens, line.start), token = parsed.tokens[i]; token && token.end <= line.end; token = parsed.tokens[++i]) {
    words.push(token);
  }
  if (words.length === 0 || words.length > SIGNATURE_WORDS) return null;
  // The name: capitalised words, up to a comma or a bracket.
  const name: Token[] = [];
  for (const word of words.slice(0, NAME_WORDS)) {
    if (!/^\p{Lu}/u.test(word.text)) break;
    name.push(word);
    if (/[,(]/u.test(word.post)) break;
  }
  if (!name.some((t) => t.tags.has("Person"))) return null;
  const description = words.slice(name.length);
  // Only a description may follow the name, set off by a comma or a bracket ("Ada Quill, harbour master").
  if (description.length > 0 && !/[,(]/u.test(name.at(-1)?.post ?? "")) return null;
  if (description.some((t) => t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Participle") && !t.tags.has("PastTense"))) return null;
  return { verb: null, speaker: name, appositive: description, according: [], rule: "after-dash-signature" };
}

/** The surnames of the story's people, lower case. */
function surnames(drafts: EntityDraft[]): Set<string> {
  const names = new Set<string>();
  for (const draft of drafts) {
    if (!isPerson(draft)) continue;
    for (const mention of mentionsOf(draft)) {
      const last = mention.text.split(/\s+/u).pop();
      if (last) names.add(last.toLowerCase());
    }
  }
  return names;
}

/**
 * "QUILL: We will not pay ‘a cent more.’", "Quill: ‘The ferry is safe.’": a paragraph opened by a label of a
 * few capitalised words (or a name in capitals) and a colon is a transcript's line, its quotes the labelled
 * person's. So is a quote opening its paragraph with such a label ("“Quill: We will not pay.”", an excerpt of
 * a transcript). The label must name one of the story's people (its last word a surname the story gives a
 * person, or a word the tagger reads as a name): "UPDATE:" or "Photo:" label no one.
 */
export function transcriptLabel(
  parsed: ParsedStory, paragraph: Paragraph | undefined, span: QuotedSpan, drafts: EntityDraft[],
): Attribution | null {
  if (!paragraph) return null;
  const opensParagraph = parsed.text.slice(paragraph.start, span.open).trim() === "";
  return labelAt(parsed, paragraph.start, span.open, drafts)
    // Inside the quote only when the quote opens its paragraph: in "…,” tweeted Alex Conant. “Clinton: ‘…’”
    // the label is part of what the tweet says, and the quote is the tweet's.
    ?? (opensParagraph ? labelAt(parsed, span.contentStart, span.contentEnd, drafts) : null);
}

/** A label of at most NAME_WORDS capitalised words and a colon, from `from` on and ending before `limit`. */
function labelAt(parsed: ParsedStory, from: number, limit: number, drafts: EntityDraft[]): Attribution | null {
  const words: Token[] = [];
  for (let i = tokenIndexAt(parsed.tokens, from); i < parsed.tokens.length && words.length < NAME_WORDS; i++) {
    const token = parsed.tokens[i];
    if (!token) break;
    if (token.start >= limit || !/^\p{Lu}/u.test(token.text)) return null;
    words.push(token);
    if (/^:\s*$/u.test(token.post)) {
      const last = token.normal.replace(/['’]s$/u, "");
      const known = words.some((w) => w.tags.has("Person")) || surnames(drafts).has(last);
      return known ? { verb: null, speaker: words, appositive: [], according: [], rule: "transcript-label" } : null;
    }
    if (token.post.trim() !== "" && !/^\.\s*$/u.test(token.post)) return null;
  }
  return null;
}
