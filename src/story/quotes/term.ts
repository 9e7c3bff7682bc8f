/**
 * Quoted terms: words set in quote marks inside the writer's own sentence that report no one's words (a “virtual
 * tie” on the Democratic side, the so-called “rebels”, a “unity” lunch, funding a “super PAC”). The marks flag
 * a term, not a quotation, and such a phrase is dropped.
 *
 * One learned decision over every partial quote (a phrase woven into a sentence): a logistic model over the
 * phrase's shape (length in words, a verb inside, capital first letter, punctuation that ends a sentence or
 * hands over), its attribution (a speaker found or not) and its sentence (a verb of saying or judging, a
 * determiner or possessive right before the mark, a noun right after it, as a modifier). Its weights are data
 * (rules/term-weights.json), fitted by scripts/train-terms.js on the tuning part of the shared PolNeAR gold:
 * a phrase is a quote there when it matches a gold direct or mixed quote, a term when it matches none.
 * Whole quotes (kind "direct") are never terms.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { Quote } from "../../types.js";
import { baseFormIn, speechVerbBase } from "../speech-verbs.js";
import { TokenWindow } from "./token-window.js";
import { tokenIndexAt } from "./windows.js";
import { JUDGES } from "./vocabulary.js";
import model from "./rules/term-weights.json" with { type: "json" };

/** The model's features of one phrase, by name; absent features are 0. */
export type TermFeatures = Record<string, number>;

const WEIGHTS: Readonly<Record<string, number>> = model.weights;

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whether a word of the sentence reports words or a judgement: a verb of saying or judging, "according". */
function reportsSpeech(token: Token): boolean {
  return speechVerbBase(token.text) !== null || baseFormIn(token.text, JUDGES) !== null || token.normal === "according";
}

/** Words that, right before the mark, make the phrase a noun's head or modifier: "the “rebels”", "its “safety check”". */
const DETERMINERS = /^(the|a|an|this|that|these|those|its|his|her|their|our|my|your|so-called)$/u;

/** The length bucket of a phrase of `n` words: one, two, three to five, six or more. */
function lengthFeature(n: number): string {
  if (n <= 1) return "words1";
  if (n === 2) return "words2";
  return n <= 5 ? "words3to5" : "words6plus";
}

/**
 * The features of a partial quote (UTF-16 offsets), read from its words and the sentence(s) it stands in.
 */
export function termFeatures(parsed: ParsedStory, quote: Quote): TermFeatures {
  const { tokens, sentences, text } = parsed;
  const story = TokenWindow.of(tokens);
  const features: TermFeatures = { bias: 1 };
  features[lengthFeature(words(quote.text))] = 1;
  if (quote.speaker !== null || quote.speakerText !== null) features.speaker = 1;
  const firstIndex = tokenIndexAt(tokens, quote.start);
  const endIndex = tokenIndexAt(tokens, quote.end);
  const first = tokens[firstIndex];
  const last = tokens[Math.max(0, endIndex - 1)];
  if (!first || !last) return features;
  const inside = story.slice(firstIndex, Math.max(firstIndex, endIndex));
  if (inside.some((t) => t.tags.has("Verb"))) features.verb = 1;
  const letter = quote.text.match(/\p{L}/u)?.[0];
  if (letter && letter !== letter.toLowerCase()) features.capital = 1;
  if (/[.!?…]\s*$/u.test(quote.text)) features.endsSentence = 1;
  else if (/[,;:—–-]\s*$/u.test(quote.text)) features.endsClause = 1;
  const from = sentences[first.sentence]?.firstToken ?? first.index;
  const to = sentences[last.sentence]?.endToken ?? last.index + 1;
  if (story.slice(from, to).some(reportsSpeech)) features.reports = 1;
  // A word or two with neither a speaker nor a verb of saying or judging in its sentence: the plainest term.
  // The length, speaker and sentence together, which the separate features above cannot say.
  if (features.words1 || features.words2) {
    if (!features.speaker && !features.reports) features.shortBare = 1;
    else if (!features.speaker) features.shortReported = 1;
  }
  // The word right before the opening mark, in the same sentence.
  const before = tokens[firstIndex - 1];
  if (before && before.sentence === first.sentence && /^[\s"“‘'«`]*$/u.test(text.slice(before.end, quote.start))) {
    if (DETERMINERS.test(before.normal) || /['’]s$/u.test(before.text)) features.determinerBefore = 1;
  }
  // A noun right after the closing mark, with nothing but the mark and a space between: the phrase modifies it.
  const after = tokens[endIndex];
  if (after && after.sentence === last.sentence && /^[\s"”’'»]*$/u.test(text.slice(quote.end, after.start))
    && after.tags.has("Noun") && !after.tags.has("Pronoun")) features.nounAfter = 1;
  return features;
}

/** The model's probability that a phrase with these features is a quotation, not a term. */
export function quoteProbability(features: TermFeatures, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  let score = 0;
  for (const [name, value] of Object.entries(features)) score += (weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-score));
}

/** Whether `quote` is a quoted term, not a quotation: a partial quote the model gives less than even odds. */
export function isQuotedTerm(parsed: ParsedStory, quote: Quote): boolean {
  if (quote.kind !== "partial") return false;
  return quoteProbability(termFeatures(parsed, quote)) < model.threshold;
}
