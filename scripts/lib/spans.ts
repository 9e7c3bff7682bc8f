/**
 * A learned reading of name boundaries, kept as a measuring instrument: NOT used by the pipeline.
 *
 * The rules of mentions.ts build names from runs of capitalised words and cut them by hand-written tests; on text
 * they were not written from they cut some names short ("Naqsh-e Jahan Square" at the hyphen, "National Air and
 * Space Museum" at "and") and keep words that are no part of one ("Together Bernoulli"). Here every stretch of
 * capitalised words (with the small words that join them inside names: "of", "and", "de", a number, a lower-case
 * syllable after a hyphen) is tagged token by token as B (a name begins), I (it goes on) or O (no name), left to
 * right, by a multinomial logistic model over word shapes, compromise's tags, the gazetteers, the words around,
 * where the word stands in its sentence, whether the story writes the word capitalised in mid-sentence or in
 * lower case elsewhere, the rules' own reading of the token and the label just given.
 *
 * scripts/train-spans.js fits it on the tuning part of the entity gold and cross-validates it by document. The
 * model's cut, laid over the rules' (`overlay`), gains 37 exact names on the documents it was fitted on and loses
 * 14 on held-out ones (5 folds), and no margin or kind of change (joining at a hyphen or at "and" / "of",
 * trimming a first word, a new name) wins on held-out documents: the gold's own boundary conventions vary from document to document
 * ("Theodorus of Tabennese" is two names, "Port of Refuge Harbour" one), and 55 documents do not teach them. So
 * nothing here reaches entity output; the cross-validation is what to rerun when features or gold change.
 *
 * It lives beside its only user, out of src/, so it is neither built into dist/ nor shipped in the package: it
 * is written against src/ (type-checked by `npm run lint`, tested on src/ by test/spans.test.ts) and
 * train-spans.js runs it against the built dist/ (lib/against-dist.js).
 */
import { lexiconTag } from "../../src/nlp/compromise.js";
import { isCommonWord } from "../../src/nlp/common-words.js";
import type { ParsedStory, Token } from "../../src/nlp/parse.js";
import { countBefore } from "../../src/lib/sorted.js";
import { facilityHeads, isTitleWord, nonEntityHeads, ofHeads, organizationHeads } from "../../src/story/entities/knowledge.js";
import type { RawMention } from "../../src/story/entities/mentions.js";
import { shapeOf } from "../../src/story/entities/features.js";

/** Small words that may stand inside a name between capitalised words. */
const CONNECTORS = new Set(["of", "and", "the", "for", "de", "del", "della", "di", "da", "das", "dos", "do", "la", "le", "les",
  "du", "von", "van", "der", "den", "al", "el", "bin", "ibn", "y", "e", "on", "&", "upon"]);

export const LABELS = ["O", "B", "I"] as const;
export type Label = 0 | 1 | 2;
const O = 0;
const B = 1;
const I = 2;

const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;

/** A token that can begin a name: a capitalised word ("Jahan", "US", "Ālī"). */
const isNameWord = (t: Token) => CAPITAL.test(t.text);

/** The separator allows two tokens in one name: a space, a hyphen, or the dot of "St." / "S. F.". */
function joined(left: Token, right: Token): boolean {
  if (right.pre !== "" || left.sentence !== right.sentence) return false;
  return /^(?:[ \u00a0]+|-|\.[ \u00a0]*)$/u.test(left.post);
}

/** Can `t` continue a stretch whose previous token is `left`? */
function canContinue(left: Token, t: Token): boolean {
  if (!joined(left, t)) return false;
  if (isNameWord(t) || DIGIT.test(t.text) || CONNECTORS.has(t.normal)) return true;
  // "Joo-ho", "Naqsh-e": a short lower-case syllable after a hyphen.
  return left.post === "-" && /^\p{Ll}{1,4}$/u.test(t.text);
}

/** The stretches of a story where names may stand: [first, last] token indexes, inclusive. */
export function stretches(parsed: ParsedStory): [number, number][] {
  const { tokens } = parsed;
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length && canContinue(tokens[j]!, tokens[j + 1]!)) j++;
    // A stretch never ends on a small word ("Bank of").
    while (j > i && CONNECTORS.has(tokens[j]!.normal)) j--;
    found.push([i, j]);
    i = j;
  }
  return found;
}

/** The rules' reading of each token: "B:person", "I:none", ... (none where no candidate covers it). */
export function ruleLabels(parsed: ParsedStory, candidates: { mention: RawMention; rule: string }[]): (string | undefined)[] {
  const { tokens } = parsed;
  const labels: (string | undefined)[] = new Array(tokens.length);
  for (const { mention, rule } of candidates) {
    const [first, last] = tokenRange(tokens, mention);
    for (let k = first; k <= last; k++) labels[k] = `${k === first ? "B" : "I"}:${rule === "none" ? "none" : "name"}`;
  }
  return labels;
}

/** The tokens a mention covers, [first, last] (last < first when none). */
function tokenRange(tokens: Token[], m: { start: number; end: number }): [number, number] {
  return [countBefore(tokens, m.start, (x) => x.end, true), countBefore(tokens, m.end, (x) => x.start) - 1];
}

/** What the story says about its words: capitalised in mid-sentence somewhere, written in lower case somewhere. */
export interface StoryWords { mid: Set<string>; lower: Set<string> }

export function storyWords(parsed: ParsedStory): StoryWords {
  const mid = new Set<string>();
  const lower = new Set<string>();
  const { tokens } = parsed;
  for (const t of tokens) {
    if (/^\p{Ll}/u.test(t.text)) {
      lower.add(t.normal);
      continue;
    }
    if (!isNameWord(t)) continue;
    const before = tokens[t.index - 1];
    if (!before || before.sentence !== t.sentence || /[:"“”‘'«(]\s*$/u.test(before.post) || /[“"‘'«(]/u.test(t.pre)) continue;
    mid.add(bare(t));
  }
  return { mid, lower };
}

const TAGS = ["Person", "FirstName", "LastName", "Honorific", "Place", "Country", "City", "Region", "Organization",
  "Acronym", "Demonym", "ProperNoun", "Adjective", "Verb", "Plural", "Value", "Date", "Determiner", "Preposition", "Pronoun",
  "Conjunction", "Adverb", "QuestionWord"];

const bare = (t: Token) => t.normal.replace(/['’]s$/u, "");

/** The features of token `k` of the stretch [from, to], apart from the label before it. */
export function tokenFeatures(parsed: ParsedStory, k: number, from: number, to: number, rules: (string | undefined)[], words: StoryWords): string[] {
  const { tokens } = parsed;
  const t = tokens[k]!;
  const word = bare(t);
  const rule = rules[k] ?? "O";
  const f: string[] = ["bias", `r=${rule}`, `shape=${shapeOf(t.text).slice(0, 6)}`, `w=${word}`];
  const capital = isNameWord(t);
  if (capital) {
    const common = isCommonWord(t.text);
    f.push(`common=${common}`, `mid=${words.mid.has(word)}`, `lower=${words.lower.has(word)}`);
    const before = tokens[k - 1];
    const initial = !before || before.sentence !== t.sentence || /[:"“”‘'«(]\s*$/u.test(before.post) || /[“"‘'«(]/u.test(t.pre);
    if (initial) f.push("initial", `initial_common=${common}`, `initial_mid=${words.mid.has(word)}`, `initial_r=${rule}`);
    if (isTitleWord(t.text)) f.push("title");
  } else if (DIGIT.test(t.text)) f.push("digit");
  else f.push(`small=${t.normal}`);
  for (const tag of TAGS) if (t.tags.has(tag)) f.push(`tag=${tag}`);
  const lex = lexiconTag(word);
  if (lex) f.push(`lex=${lex}`);
  if (organizationHeads.has(word)) f.push("head=org");
  if (facilityHeads.has(word)) f.push("head=facility");
  if (nonEntityHeads.has(word)) f.push("head=event");
  if (ofHeads.has(word)) f.push("ofhead");
  if (/['’]s$/u.test(t.text) || /^['’]/u.test(t.post)) f.push("possessive");
  // Neighbours, inside the stretch or not.
  const prev = tokens[k - 1];
  if (k > from && prev) {
    f.push(`pw=${prev.normal}`, `pshape=${shapeOf(prev.text).slice(0, 4)}`, `psep=${prev.post.trim() || "sp"}`, `pr=${rules[k - 1] ?? "O"}_${rule}`);
  } else {
    f.push("stretch_start");
    if (prev && prev.sentence === t.sentence) f.push(`before=${prev.normal}`);
  }
  const next = tokens[k + 1];
  if (k < to && next) f.push(`nw=${next.normal}`, `nshape=${shapeOf(next.text).slice(0, 4)}`, `nsep=${t.post.trim() || "sp"}`);
  else {
    f.push("stretch_end");
    if (next && next.sentence === t.sentence) f.push(`after=${next.normal}`);
  }
  return f;
}

/** Weights: a vector over O, B, I per feature string. */
export type LabelWeights = ReadonlyMap<string, number[]>;

/** Log-probabilities of O, B, I for one token's features plus the label before it. */
export function labelLogProbs(features: string[], previous: Label, table: LabelWeights): number[] {
  const s = [0, 0, 0];
  const add = (f: string) => {
    const w = table.get(f);
    if (w) for (let c = 0; c < 3; c++) s[c]! += w[c]!;
  };
  for (const f of features) add(f);
  add(`prev=${LABELS[previous]}`);
  // An I may only follow a B or an I.
  if (previous === O) s[I] = -Infinity;
  const top = Math.max(...s);
  const total = Math.log(s.reduce((sum, x) => sum + Math.exp(x - top), 0)) + top;
  return s.map((x) => x - total);
}

/** The model's labels for a stretch (greedy, left to right) and their log-likelihood. */
export function tagStretch(features: string[][], table: LabelWeights): { labels: Label[]; logLikelihood: number } {
  const labels: Label[] = [];
  let logLikelihood = 0;
  let previous: Label = O;
  for (const f of features) {
    const lp = labelLogProbs(f, previous, table);
    let best: Label = O;
    if (lp[B]! > lp[best]!) best = B;
    if (lp[I]! > lp[best]!) best = I;
    labels.push(best);
    logLikelihood += lp[best]!;
    previous = best;
  }
  return { labels, logLikelihood };
}

/** The log-likelihood of given labels for a stretch under the model. */
export function scoreLabels(features: string[][], labels: Label[], table: LabelWeights): number {
  let total = 0;
  let previous: Label = O;
  features.forEach((f, i) => {
    total += labelLogProbs(f, previous, table)[labels[i]!]!;
    previous = labels[i]!;
  });
  return total;
}

/** The spans [first, last] (token offsets within the stretch) a labelling makes. */
export function spansOf(labels: Label[]): [number, number][] {
  const spans: [number, number][] = [];
  labels.forEach((label, i) => {
    if (label === B) spans.push([i, i]);
    else if (label === I) spans[spans.length - 1]![1] = i;
  });
  return spans;
}

/**
 * The rules' labels with the model's names laid over them: where the model reads a name, its cut replaces the
 * rules' names it overlaps; a rules' name the model overlaps with none stays (whether a run is a name at all is
 * the typer's call, made with more evidence).
 */
export function overlay(rules: Label[], model: Label[]): Label[] {
  const out = [...rules];
  for (const [a, z] of spansOf(model)) {
    // Widen to the rules' names it touches, then clear them and write the model's span.
    let from = a;
    let to = z;
    while (from > 0 && out[from] === I) from--;
    while (to + 1 < out.length && out[to + 1] === I) to++;
    for (let k = from; k <= to; k++) out[k] = O;
    for (let k = a; k <= z; k++) out[k] = k === a ? B : I;
  }
  // An I left after an O (a rules' name cut in two) starts a name.
  for (let k = 0; k < out.length; k++) if (out[k] === I && (k === 0 || out[k - 1] === O)) out[k] = B;
  return out;
}

/** The rules' labels for a stretch: B / I where a candidate covers a token, O elsewhere. */
function rulesLabelsOf(rules: (string | undefined)[], from: number, to: number): Label[] {
  const labels: Label[] = [];
  for (let k = from; k <= to; k++) {
    const r = rules[k];
    labels.push(r === undefined ? O : r.startsWith("B") ? B : k === from ? B : I);
  }
  return labels;
}

/** Every stretch with the features of its tokens: what the trainer learns from and the tagger reads. */
export function stretchFeatures(parsed: ParsedStory, candidates: { mention: RawMention; rule: string }[]): { from: number; to: number; features: string[][]; rules: Label[] }[] {
  const rules = ruleLabels(parsed, candidates);
  const words = storyWords(parsed);
  return stretches(parsed).map(([from, to]) => {
    const features: string[][] = [];
    for (let k = from; k <= to; k++) features.push(tokenFeatures(parsed, k, from, to, rules, words));
    return { from, to, features, rules: rulesLabelsOf(rules, from, to) };
  });
}
