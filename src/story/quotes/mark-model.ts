/**
 * Features of a learned decision on whether words in quote marks are reported as someone's words (a quotation) or
 * are a term, a title or a name set in marks ("a “super PAC”", "on “Meet the Press”"): generic features of the
 * quoted span and its sentence, with the hand rules' own verdicts (scare.ts, the title test of index.ts) among them.
 *
 * NOT USED BY THE PIPELINE: the rules decide. scripts/train-quotes.js logs these features for every quoted stretch
 * of the tuning part (extractQuotes' `markLog`), fits a logistic regression and cross-validates it by story; the
 * model overruling the rules where it was sure lifted detection F1 by about 0.001 on both parts, by keeping quoted
 * titles the gold sometimes counts as quotations (shows, songs, slogans) and so naming speakers for show titles
 * ("told NBC's “Today”"). scripts/README.md has the figures; rerun `npm run train:quotes` when the features or the
 * gold change, and wire a decision in only when the held-out rows beat the rules without such outputs.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import { baseFormIn, speechVerbBase } from "../speech-verbs.js";
import { isPossessive, JUDGES } from "./vocabulary.js";
import { tokenIndexAt } from "./windows.js";

/** A quoted stretch as the model sees it: content offsets (UTF-16) and what the rules made of it. */
export interface MarkCandidate {
  /** Start of the first piece's content and end of the last piece's content. */
  start: number;
  end: number;
  /** The quoted words (pieces joined by a space). */
  text: string;
  kind: "direct" | "partial";
  /** Whether a speaker name was resolved, and the rule that found the speaker words ("none" if none). */
  speakerFound: boolean;
  speakerWords: boolean;
  rule: string;
  /** In the headline, or the title-case first paragraph standing for one. */
  headline: boolean;
  /** The rules' verdicts: capitalised like a title; a scare quote (scare.ts). */
  title: boolean;
  scare: boolean;
}

/** Words before the opening mark that name a term rather than report words ("the so-called “…”", "dubbed “…”"). */
const BEFORE_WORDS: ReadonlySet<string> = new Set(["called", "so-called", "socalled", "the", "a", "an", "term", "word", "words",
  "dubbed", "titled", "entitled", "named", "of", "as", "his", "her", "their", "its", "our", "this", "that", "and", "or", "in",
  "on", "for", "to", "with", "by", "from", "phrase", "slogan", "label", "known", "about", "than", "is", "was", "be", "are", "were"]);

/** How far around a quote its line's start and end are looked for. */
const LINE_REACH = 8;

const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

function reportsSpeech(token: Token): "say" | "judge" | null {
  if (speechVerbBase(token.text) !== null || token.normal === "according") return "say";
  return baseFormIn(token.text, JUDGES) !== null ? "judge" : null;
}

const bucket = (n: number, edges: number[]): string => {
  for (const edge of edges) if (n <= edge) return `${edge}`;
  return `>${edges[edges.length - 1]}`;
};

/** The features of one candidate: names to values (mostly 1 for a present indicator). */
export function markFeatures(parsed: ParsedStory, c: MarkCandidate): Record<string, number> {
  const f: Record<string, number> = {};
  const on = (name: string, value = 1): void => { f[name] = value; };
  const { tokens, sentences, text } = parsed;
  const words = wordsOf(c.text);
  on(`words:${bucket(words.length, [1, 2, 3, 5, 8, 15])}`);
  on(`kind:${c.kind}`);
  const letters = c.text.replace(/[^\p{L}]/gu, "");
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  if (letters.length > 0 && letters === letters.toUpperCase()) on("caps:all");
  else if (words.length > 1 && capitalised === words.length) on("caps:every-word");
  else if (words.length > 1 && capitalised / words.length >= 0.5) on("caps:most-words");
  on(/^[^\p{L}]*\p{Lu}/u.test(c.text) ? "first:upper" : "first:lower");
  const end = c.text.trimEnd().slice(-1);
  on(`ends:${/[.!?…]/u.test(end) ? "stop" : end === "," ? "comma" : /[\p{L}\p{N}]/u.test(end) ? "word" : "other"}`);
  if (/[.!?]\s+\p{Lu}/u.test(c.text)) on("sentences-inside");
  if (/\p{N}/u.test(c.text)) on("digits");
  on(c.speakerFound ? "speaker:name" : c.speakerWords ? "speaker:words" : "speaker:none");
  on(`rule:${c.rule}`);
  if (c.headline) on("headline");
  if (c.title) on("rules:title");
  if (c.scare) on("rules:scare");
  // The sentences the quote stands in, and where in them it stands.
  const firstIndex = tokenIndexAt(tokens, c.start);
  const lastIndex = Math.max(firstIndex, tokenIndexAt(tokens, c.end) - 1);
  const first = tokens[firstIndex];
  const last = tokens[lastIndex];
  if (!first || !last) return grouped(f, c);
  const from = sentences[first.sentence]?.firstToken ?? first.index;
  const to = sentences[last.sentence]?.endToken ?? last.index + 1;
  const outsideBefore = firstIndex - from;
  const outsideAfter = to - lastIndex - 1;
  if (outsideBefore <= 0 && outsideAfter <= 0) on("fills-sentence");
  else if (outsideBefore <= 0) on("opens-sentence");
  else if (outsideAfter <= 0) on("closes-sentence");
  on(`outside:${bucket(outsideBefore + Math.max(0, outsideAfter), [0, 3, 8, 20])}`);
  // The nearest verb of saying or judging outside the quote, in its sentences, by words.
  let nearest: { kind: "say" | "judge"; distance: number } | null = null;
  for (let i = from; i < to; i++) {
    if (i >= firstIndex && i <= lastIndex) continue;
    const token = tokens[i];
    const kind = token && reportsSpeech(token);
    if (!kind) continue;
    const distance = i < firstIndex ? firstIndex - i : i - lastIndex;
    if (!nearest || distance < nearest.distance) nearest = { kind, distance };
  }
  if (nearest) on(`verb:${nearest.kind}:${bucket(nearest.distance, [1, 3, 8])}`);
  else on("verb:none");
  if (tokens.slice(firstIndex, lastIndex + 1).some((t) => reportsSpeech(t) === "say")) on("verb-inside");
  // The word right before the opening mark, and right after the closing one, in the same sentence.
  const before = tokens[firstIndex - 1];
  if (before && before.sentence === first.sentence) {
    const normal = before.normal.replace(/[^\p{L}-]/gu, "");
    on(BEFORE_WORDS.has(normal) ? `before:${normal}` : before.tags.has("Verb") ? "before:verb" : before.tags.has("Noun") ? "before:noun" : "before:other");
    if (/[,:]\s*\S*$/u.test(before.post)) on("before:punct");
    // "on ABC's “This Week”", "told NBC's “Today”": an owner's name right before the mark, and the word before it.
    if (isPossessive(before)) on("before:possessive");
    const earlier = tokens[firstIndex - 2];
    if (earlier && earlier.sentence === first.sentence) {
      const word = earlier.normal.replace(/[^\p{L}-]/gu, "");
      on(BEFORE_WORDS.has(word) ? `before2:${word}` : earlier.tags.has("Verb") ? "before2:verb" : "before2:other");
    }
  } else on("before:none");
  const after = tokens[lastIndex + 1];
  if (after && after.sentence === last.sentence && after.start >= c.end) {
    on(after.tags.has("Noun") && !after.tags.has("Pronoun") ? "after:noun" : after.tags.has("Verb") ? "after:verb" : "after:other");
  } else on("after:none");
  // A name inside the marks ("“Meet the Press”" is no one's words): share of proper nouns.
  const inner = tokens.slice(firstIndex, lastIndex + 1);
  if (inner.length > 0 && inner.filter((t) => t.tags.has("ProperNoun")).length / inner.length >= 0.5) on("mostly-proper");
  // The paragraph is all quote ("“…”" alone on its line): a few marks and spaces at most on either side, looked
  // for only that far, so a story of one line holding thousands of quotes is not read again for each.
  const lead = (c.start <= LINE_REACH ? "\n" : "") + text.slice(Math.max(0, c.start - LINE_REACH), c.start);
  const tail = text.slice(c.end, c.end + LINE_REACH) + (c.end + LINE_REACH >= text.length ? "\n" : "");
  if (/\n[\s"“”‘’'«»„]*$/u.test(lead) && /^[\s"“”‘’'«»„.,!?]*\n/u.test(tail)) on("fills-paragraph");
  return grouped(f, c);
}

/**
 * Each feature again under the rules' verdict ("title|…", "scare|…", "kept|…"), so the model weighs a feature
 * apart where the rules dropped the stretch: a quote capitalised like a title is another population than one the
 * rules keep (cross-validated: the held-out ranking of titles rose, AUC 0.62 -> 0.69).
 */
function grouped(f: Record<string, number>, c: MarkCandidate): Record<string, number> {
  const group = c.title ? "title" : c.scare ? "scare" : "kept";
  const out: Record<string, number> = { ...f };
  for (const [name, value] of Object.entries(f)) out[`${group}|${name}`] = value;
  return out;
}
