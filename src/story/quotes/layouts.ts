/**
 * Speakers given by the layout of the text rather than by a verb of saying:
 * - a signature after a dash: "“…” ― Ada Quill", "“…”⏎— Ada Quill, harbour master" (on the next line or in the
 *   next paragraph);
 * - a transcript's label: "QUILL: … ‘…’", "Quill: ‘…’", a paragraph opened by a person's name and a colon;
 * - a transcript's lines without marks: "PARK: We will not …", in a story whose paragraphs open with such labels.
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

/**
 * A speaker's label opening a paragraph of a transcript, in capitals, and its colon: "PARK:", "ADA PARK:",
 * "MR. PARK:", "Mr. PARK:" (a courtesy title as written). Captured: the label.
 */
const UPPER_LABEL = /^((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.\s+)?\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t]+(?=\S)/u;
/** The tags of a surname, given to a transcript label's words in capitals. */
const NAME_TAGS: ReadonlySet<string> = new Set(["Noun", "ProperNoun", "Person", "LastName"]);
/** How many paragraphs of a story must open with a speaker's label for it to be laid out as a transcript. */
const TRANSCRIPT_LINES = 2;

/** One line of a transcript: the words after the label, as a quoted span, and who the label names. */
export interface TranscriptLine {
  span: QuotedSpan;
  attribution: Attribution;
}

/**
 * "PARK: We will not pay.", "Mr. PARK: …": in a story laid out as a transcript, each paragraph opened by a
 * speaker's label in capitals is that speaker's words, quote marks or none. The layout is decided on the whole
 * story: at least TRANSCRIPT_LINES paragraphs open with a label that names one of the story's people (its last
 * word a surname the story gives a person), so that an "UPDATE:", a "NOTE:" or a dateline's "WASHINGTON:"
 * opening a paragraph of an ordinary story is no one's line. A labelled paragraph that holds quote marks is left
 * to them (its quotes are the label's, `transcriptLabel`).
 *
 * An interview's "Q:" and "A:" are not read: they name no one, and annotated news (PolNeAR's Q&A with a vice
 * president) counts no quote in them.
 */
export function transcriptLines(
  parsed: ParsedStory, paragraphs: Paragraph[], spans: QuotedSpan[], drafts: EntityDraft[],
): TranscriptLine[] {
  const known = surnames(drafts);
  const speakers: { paragraph: Paragraph; label: string }[] = [];
  for (const paragraph of paragraphs) {
    const label = UPPER_LABEL.exec(parsed.text.slice(paragraph.start, paragraph.end))?.[1];
    if (!label) continue;
    const last = label.split(/\s+/u).pop()?.toLowerCase().replace(/['’]s$/u, "") ?? "";
    if (known.has(last)) speakers.push({ paragraph, label });
  }
  if (speakers.length < TRANSCRIPT_LINES) return [];
  // The paragraphs holding quote marks: each piece of a quoted span, found by binary search (a long transcript
  // with many quotes would make a scan of every span for every line quadratic).
  const marked = new Set<number>();
  for (const span of spans) {
    marked.add(paragraphIndexOf(paragraphs, span.open));
    for (const piece of span.pieces) marked.add(paragraphIndexOf(paragraphs, piece.start));
    marked.add(paragraphIndexOf(paragraphs, Math.max(span.open, span.close - 1)));
  }
  const lines: TranscriptLine[] = [];
  for (const { paragraph } of speakers) {
    if (marked.has(paragraph.index)) continue;
    const written = parsed.text.slice(paragraph.start, paragraph.end);
    const contentStart = paragraph.start + (UPPER_LABEL.exec(written)?.[0].length ?? 0);
    const contentEnd = paragraph.start + written.trimEnd().length;
    // The label's words name the speaker, a surname of the story's people: read as the name they spell ("REYES" as
    // "Reyes"), whatever the tagger made of a word in capitals (a plural noun). Only the words in capitals: the
    // entity finder may hold "Mr. REYES" as a person of its own, apart from the "Tom Reyes" the story names, whom
    // the surname alone finds.
    const speaker = wordsIn(parsed, paragraph.start, contentStart)
      .filter((word) => /^\p{Lu}{2}/u.test(word.text)).map(asName);
    lines.push({
      span: { open: contentStart, close: contentEnd, contentStart, contentEnd, paragraph: paragraph.index, pieces: [{ start: contentStart, end: contentEnd }] },
      attribution: { verb: null, speaker, appositive: [], according: [], rule: "transcript-line" },
    });
  }
  return lines;
}

/** A word of a label in capitals as the name it spells: "REYES" read as "Reyes", a surname. */
function asName(word: Token): Token {
  const text = word.text.charAt(0) + word.text.slice(1).toLowerCase();
  return { ...word, text, normal: text.toLowerCase(), tags: NAME_TAGS };
}

/** The story's words from `from` up to `to`. */
function wordsIn(parsed: ParsedStory, from: number, to: number): Token[] {
  const words: Token[] = [];
  for (let i = tokenIndexAt(parsed.tokens, from), token = parsed.tokens[i]; token && token.start < to; token = parsed.tokens[++i]) {
    words.push(token);
  }
  return words;
}
