/**
 * Indirect speech: "Lavrov said Moscow is prepared to cooperate", "Medvedev told reporters … that he’s glad".
 * The content is the reported clause after the verb (and after "that"), up to the end of the sentence, a
 * following quote, or a ", saying" that hands over to a direct quote.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import { isSoCalled, phrasalSpeechVerb, speechVerbBase, isSpeechVerb } from "../speech-verbs.js";
import { subjectAfter, subjectBefore, type Attribution } from "./attribution.js";
import { insideQuote, type QuotedSpan } from "./marks.js";
import { isAbbreviation } from "./windows.js";
import { TokenWindow } from "./token-window.js";
import { CLAUSE_SUBJECTS, REPORTS_CLAUSE } from "./vocabulary.js";

const SENTENCE_END = /[.!?]/u;
/** Characters of a quoted name or title that may stand inside a paraphrased clause. */
const SHORT_QUOTED_NAME = 30;
const MIN_WORDS = 3;

/** Reported speech being built: the reported clause (`indirect`) and the attribution that reports it. */
export interface IndirectDraft {
  kind: "indirect";
  attribution: Attribution;
  order: number;
  indirect: { start: number; end: number };
}

export function indirectSpeech(parsed: ParsedStory, spans: QuotedSpan[], usedVerbs: Set<Token>): IndirectDraft[] {
  const found: IndirectDraft[] = [];
  const { tokens } = parsed;
  for (const sentence of parsed.sentences) {
    if (parsed.regions[sentence.region]?.paragraph === null) continue;
    const words = TokenWindow.of(tokens.slice(sentence.firstToken, sentence.endToken));
    const according = accordingReport(words, spans);
    if (according) found.push(according);
    for (let v = 0; v < words.length; v++) {
      const verb = words.at(v);
      if (!verb) break;
      if (usedVerbs.has(verb) || !isSpeechVerb(verb, words.at(v + 1)) || insideQuote(spans, verb.start)) continue;
      if (isSoCalled(words.at(v - 1), verb)) continue;
      // "pointed out that …": a phrasal verb's clause starts after its particle.
      const phrasal = phrasalSpeechVerb(verb, words.at(v + 1));
      const base = phrasal ?? speechVerbBase(verb.text);
      const end = phrasal ? v + 1 : v;
      // "saying" hands over to a quote; "is suggesting she won …" is a report like "suggests".
      const progressive = v > 0 && /^(is|are|was|were|has been|had been|been)$/u.test(words.normal(v - 1));
      if (!base || !REPORTS_CLAUSE.has(base)) continue;
      // "…, arguing that it was delays in the budget": a participle after a comma reports a clause of the
      // sentence's subject (resolved later, as for a participle before a quote). Without "that" it may hand
      // over to a quote ("saying “…”"), so it is left alone.
      if (/ing$/u.test(verb.normal) && !progressive) {
        const that = words.normal(end + 1) === "that";
        if (!that || v === 0 || !/,\s*$/u.test(words.post(v - 1))) continue;
        const content = reportedClause(words, end, base, spans);
        if (content) found.push({ kind: "indirect", order: verb.start, attribution: { verb, speaker: [], appositive: [], according: [], rule: "indirect-participle" }, indirect: content });
        continue;
      }
      const { speaker, appositive } = subjectBefore(words, v);
      if (speaker.length === 0) {
        const inverted = invertedReport(words, v, spans);
        if (inverted) found.push({ kind: "indirect", order: verb.start, attribution: { verb, ...inverted.who, according: [], rule: "indirect-inverted" }, indirect: inverted.content });
        continue;
      }
      const content = reportedClause(words, end, base, spans) ?? clauseBefore(words, v, speaker, appositive, spans);
      if (!content) continue;
      found.push({
        kind: "indirect", order: verb.start,
        attribution: { verb, speaker, appositive, according: [], rule: "indirect-subject-verb" }, indirect: content,
      });
    }
  }
  return found;
}


/**
 * Where a reported clause starts when no "that" introduces it: after a short object or time phrase, at a
 * subject pronoun ("told the Valley Ledger he’d support …", "said on Monday he saw …", "said Tuesday she …").
 */
function clauseWithoutThat(words: TokenWindow, v: number, base: string): number {
  for (let i = v + 1; i < words.length && i <= v + 5; i++) {
    const word = words.at(i);
    if (!word) break;
    if (CLAUSE_SUBJECTS.has(word.normal) && i > v + 1) return i;
    if (/[,;:.!?]/u.test(word.post)) return -1;
    const skippable = word.tags.has("Date") || word.tags.has("Preposition") || word.tags.has("Determiner")
      || /^\p{Lu}/u.test(word.text) || (base === "tell" && word.tags.has("Noun") && !word.tags.has("Pronoun"));
    if (!skippable) return -1;
  }
  return -1;
}

function reportedClause(words: TokenWindow, v: number, base: string, spans: QuotedSpan[]): { start: number; end: number } | null {
  let first = v + 1;
  // The "that" of this verb, not of a later clause ("said he doubted it, arguing that …").
  const comma = words.findIndex((w, i) => i > v && /[,;:]/u.test(w.post));
  const thatAt = words.findIndex((w, i) => i > v && i <= v + 10 && w.normal === "that" && (comma < 0 || i <= comma + 1));
  const pronounAt = thatAt > 0 ? -1 : clauseWithoutThat(words, v, base);
  if (thatAt > 0) first = thatAt + 1;
  else if (pronounAt > 0) first = pronounAt;
  else if (base === "tell") return null; // "told reporters" with no clause: nothing reported
  else if (/^(in|on|at|to|during|after|before|with)$/u.test(words.normal(first))) return null;
  if (first >= words.length) return null;
  if (/^[“"«‘]/u.test(words.pre(first).trim()) || /[:“"«]\s*$/u.test(words.post(first - 1))) return null;
  let last = first;
  for (let i = first; i < words.length; i++) {
    const word = words.at(i);
    if (!word) break;
    if (insideQuote(spans, word.start) || /[“"«]/u.test(word.pre)) break;
    last = i;
    // The dot of "Mr." or "Sen." inside the clause does not end it.
    if (SENTENCE_END.test(word.post) && !isAbbreviation(word)) break;
    const next = words.at(i + 1);
    // "said the ferry would sail, and according to the timetable, it was …": a clause joined with a source of its own.
    const joinedSource = next !== undefined && /^(and|but|yet)$/u.test(next.normal) && words.normal(i + 2) === "according";
    if (next && /,/u.test(word.post) && (isSpeechVerb(next) || next.normal === "according" || joinedSource)) break;
  }
  const [from, to] = [words.at(first), words.at(last)];
  if (!from || !to || last - first + 1 < MIN_WORDS) return null;
  return { start: from.start, end: to.end };
}

/**
 * "Storms are not likely to delay the harvest, noted KVLT’s Ivo Brandt.": the report comes first and the
 * speaker after the verb, at the end of the sentence.
 */
function invertedReport(words: TokenWindow, v: number, spans: QuotedSpan[]):
  { who: { speaker: Token[]; appositive: Token[] }; content: { start: number; end: number } } | null {
  const before = words.at(v - 1);
  if (!before || !/,\s*$/u.test(before.post) || v < MIN_WORDS) return null;
  const speaker = subjectAfter(words, v);
  if (speaker.length === 0) return null;
  const first = words.first;
  if (!first || insideQuote(spans, first.start) || insideQuote(spans, before.start)) return null;
  return { who: { speaker, appositive: [] }, content: { start: first.start, end: before.end } };
}

/**
 * "According to the survey, most voters …" and "Most voters …, according to the survey.": the sentence's
 * other clause is the report, and the words after "according to" say whose.
 */
function accordingReport(words: TokenWindow, spans: QuotedSpan[]): IndirectDraft | null {
  const at = words.findIndex((w, i) => w.normal === "according" && words.normal(i + 1) === "to");
  const according = words.at(at);
  if (!according) return null;
  const source: Token[] = [];
  let k = at + 2;
  for (let token = words.at(k); token && source.length < 10; token = words.at(++k)) {
    source.push(token);
    if (/[,;:.!?]/u.test(token.post)) break;
  }
  if (source.length === 0 || insideQuote(spans, according.start)) return null;
  let first: number;
  let last: number;
  if (at === 0 && /,/u.test(source.at(-1)?.post ?? "")) {
    first = k + 1;
    last = words.length - 1;
  } else if (at >= MIN_WORDS && /,/u.test(words.post(at - 1))) {
    first = 0;
    last = at - 1;
  } else return null;
  const [from, to] = [words.at(first), words.at(last)];
  if (!from || !to || last - first + 1 < MIN_WORDS) return null;
  for (const word of words.slice(first, last + 1)) {
    if (insideQuote(spans, word.start) || /[“"«]/u.test(word.pre)) return null;
  }
  return {
    kind: "indirect", order: according.start,
    attribution: { verb: null, speaker: [], appositive: [], according: source, rule: "indirect-according-to" },
    indirect: { start: from.start, end: to.end },
  };
}

/**
 * "Trump's accusation had imperiled the troops, Biden said." and "…, analysts say.": the report comes first,
 * then a comma, the speaker and the verb that ends the sentence (a time phrase may follow: "said Tuesday").
 */
function clauseBefore(words: TokenWindow, v: number, speaker: Token[], appositive: Token[], spans: QuotedSpan[]):
  { start: number; end: number } | null {
  const verb = words.at(v);
  const firstWord = words.first;
  if (!verb || !firstWord) return null;
  let end = v;
  while (end + 1 < words.length && end < v + 3 && !SENTENCE_END.test(words.post(end))
    && (words.has(end + 1, "Date") || /^(on|last|this|in|at|recently|later|earlier)$/u.test(words.normal(end + 1)))) end++;
  if (!SENTENCE_END.test(words.post(end)) || /[”"»’]/u.test(verb.post)) return null;
  const first = words.indexOf(speaker[0]);
  const opener = Math.min(first, appositive.length > 0 ? words.indexOf(appositive[0]) : first);
  const before = words.at(opener - 1);
  if (!before || !/,\s*$/u.test(before.post) || opener - 1 < MIN_WORDS - 1) return null;
  // A quote inside the clause makes it no paraphrase, except a short one, up to 30 characters: a quoted name or
  // title ("the “Super Sunday” vote") or a scare-quoted word.
  const from = firstWord.start;
  for (const span of spans) {
    if (span.open >= before.end) break;
    if (span.close > from && span.contentEnd - span.contentStart > SHORT_QUOTED_NAME) return null;
  }
  return { start: from, end: before.end };
}
