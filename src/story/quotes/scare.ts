/**
 * Scare quotes: a word or two set in quote marks in a sentence that reports no one's words ("a “virtual tie”
 * on the Democratic side", "funding a “super PAC” that …"). The marks flag a term, not a quotation.
 *
 * Measured on the tuning part of the shared PolNeAR gold: among phrases of at most two words given no speaker,
 * those in a sentence with neither a verb of saying (nor "according to") nor a verb of judging (called,
 * dubbed, described, accused, …) were a quotation in 30 cases and a term in 53; with such a verb, a
 * quotation in 102 cases and a term in 21. Longer phrases were a quotation far more often than not, whatever
 * the sentence.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { Quote } from "../../types.js";
import { baseFormIn, isSoCalled, speechVerbBase } from "../speech-verbs.js";
import { TokenWindow } from "./token-window.js";
import { tokenIndexAt } from "./windows.js";
import { JUDGES } from "./vocabulary.js";
import { namedWordsAt } from "./spoken.js";

/** The most words a scare quote holds. */
const SCARE_WORDS = 2;

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Whether a word of the sentence reports words or a judgement: a verb of saying or judging, "according". The
 * "called" of "so-called" is neither: it flags a term (`before` is the word before `token`).
 */
function reportsSpeech(token: Token, before: Token | undefined): boolean {
  if (isSoCalled(before, token)) return false;
  // A word of a name is no verb: "the United States", "Ada Said". Nouns of saying still count ("his calls for"),
  // and so do those made with "-ment" ("Reyes's announcement that …", "a statement").
  if (token.tags.has("ProperNoun") && !token.tags.has("Verb")) return false;
  const stem = /^(\p{L}{3,})ments?$/u.exec(token.normal)?.[1];
  if (stem !== undefined && speechVerbBase(stem) !== null) return true;
  return speechVerbBase(token.text) !== null || baseFormIn(token.text, JUDGES) !== null || token.normal === "according";
}

/**
 * Whether `quote` (UTF-16 offsets) is a scare quote: a partial quote of at most two words, with no speaker and
 * no words read as its speaker, in a sentence where no word reports speech or a judgement. The sentence is the
 * one the quote opens in, through the one it closes in.
 */
export function isScareQuote(parsed: ParsedStory, quote: Quote): boolean {
  if (quote.kind !== "partial" || quote.speaker !== null || quote.speakerText !== null) return false;
  if (words(quote.text) > SCARE_WORDS) return false;
  // "the phrase “open port” was uttered once": the words a noun before the mark names were someone's words.
  if (namedWordsAt(parsed, quote.start)) return false;
  const { tokens, sentences } = parsed;
  const first = tokens[tokenIndexAt(tokens, quote.start)];
  const last = tokens[Math.max(0, tokenIndexAt(tokens, quote.end) - 1)];
  if (!first || !last) return false;
  const from = sentences[first.sentence]?.firstToken ?? first.index;
  const to = sentences[last.sentence]?.endToken ?? last.index + 1;
  return !TokenWindow.of(tokens).slice(from, to).some((token) => reportsSpeech(token, tokens[token.index - 1]));
}
