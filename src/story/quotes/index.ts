/**
 * Who said what: quoted spans found by their marks, joined when one quote is interrupted by its attribution,
 * read for their attribution, resolved to the speaker's fullest name, plus indirect (unquoted) speech.
 */
import type { ParsedStory, Token } from "../../nlp/parse.js";
import type { AttributionTrace, Paragraph, Quote, QuoteKind } from "../../types.js";
import type { EntityDraft } from "../entities/merge.js";
import type { RawMention } from "../entities/mentions.js";
import { attributionAfter, attributionBefore, bareReport, isPronoun, type Attribution } from "./attribution.js";
import { ACTS_ON_WORDS, CLAUSE_ONLY_OPENERS, CLAUSE_OPENERS, JUDGES, OBJECT_PRONOUN_SUBJECTS, ONE_PERSON_PRONOUNS, OPENING_MARKS,
  OTHER_CLAUSE_OPENERS, PERSON_SUBJECT_PRONOUNS, SENTENCE_ADVERBS, SUBORDINATORS } from "./vocabulary.js";
import { findQuotedSpans, HEADLINE_PARAGRAPH, inTitleCaseHeadline, insideQuote, type QuotedSpan } from "./marks.js";
import { SpeakerResolver, type PronounDecision, type SpeechAct, type Subject } from "./resolve.js";
import { indirectSpeech, type IndirectDraft } from "./indirect.js";
import { signedAfter, transcriptLabel } from "./layouts.js";
import { entityKind, isPerson, mentionsOf } from "./people.js";
import { spokenAloud } from "./spoken.js";
import { isScareQuote } from "./scare.js";
import { markFeatures, type MarkCandidate } from "./mark-model.js";
import { baseFormIn, isSpeechVerb, speechVerbBase } from "../speech-verbs.js";
import { LONG_WINDOW, tokenBefore, tokenIndexAt, windowAfter, windowBefore } from "./windows.js";
import { TokenWindow } from "./token-window.js";
import { isTitleWord } from "../entities/knowledge.js";
import type { RuleId } from "./rules/index.js";
import type { Resolution } from "./resolve.js";
import { confidenceOf } from "./confidence.js";
import { countBefore } from "../../lib/sorted.js";

export { HEADLINE_PARAGRAPH };

/** One keep-or-drop decision of the rules on a quoted stretch, for scripts/train-quotes.js: its features, the verdict, its pieces (UTF-16). */
export interface MarkDecision {
  candidate: MarkCandidate;
  features: Record<string, number>;
  rulesKeep: boolean;
  pieces: Array<{ start: number; end: number }>;
}

/**
 * A quote in marks being built: its quoted spans (one, or two for an interrupted quote: "“A,” he said, “B.”"),
 * never none, and its attribution.
 */
interface MarkedDraft {
  kind: Exclude<QuoteKind, "indirect">;
  spans: [QuotedSpan, ...QuotedSpan[]];
  attribution: Attribution | null;
  /** Where the speech act stands, for ordering the history pronouns are resolved against. */
  order: number;
}

/** A quote being built: one in marks, or reported speech (indirect.ts), told apart by `kind`. */
type QuoteDraft = MarkedDraft | IndirectDraft;


/** The quoted words; a quote over several paragraphs gives its pieces joined by a space. */
function contentOf(text: string, span: QuotedSpan): string {
  return span.pieces.map((p) => text.slice(p.start, p.end)).join(" ");
}

/**
 * Lower-case start: a phrase woven into the writer's sentence ("will “be basically normal.”"). So is a quote
 * that follows a word of the writer's with no punctuation between, whatever its first letter: "dismissed the
 * report as “Holt campaign spin.”" (`before` is the text from the paragraph start to the opening mark).
 */
function kindOf(content: string, before: string): MarkedDraft["kind"] {
  const first = content.match(/\p{L}/u)?.[0];
  if (!first) return "partial";
  if (first === first.toLowerCase() && first !== first.toUpperCase()) return "partial";
  // "saying “We are prepared …”": a speech verb right before the mark introduces a whole quote, comma or not.
  // The "called" of "the so-called “Rebels”" flags a term: no verb of saying.
  const lastWord = before.match(/([\p{L}\p{N}]+)\s*$/u)?.[1];
  if (lastWord && (speechVerbBase(lastWord) === null || /\bso[-\s]called\s*$/iu.test(before))) return "partial";
  return "direct";
}

function wordCount(content: string): number {
  return content.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const SMALL_WORDS = /^(of|the|and|a|an|in|on|for|to|at|by|with|from|or|is|de|la|el|y)$/u;

/**
 * Titles of shows, books and slogans (“Meet the Press”, “Saturday Night Live”, “Never Trump”): every word
 * capitalised and no longer than a title. Not speech, whoever is named nearby.
 */
function isTitle(content: string): boolean {
  // "VOTERS ASK IF THE NEW BRIDGE WILL EVER OPEN AT ALL": a headline in capitals.
  if (/\p{Lu}{2}/u.test(content) && !/\p{Ll}/u.test(content) && wordCount(content) >= 3) return true;
  // "Like Oakland. Or Ferguson,": a sentence ends inside, after a word (not an abbreviation like "Mr."), so
  // this is speech in short sentences, not a title.
  for (const m of content.matchAll(/(\p{L}+)[.!?]\s+\p{Lu}/gu)) {
    const word = m[1] ?? "";
    if (word.length > 2 && /\p{Ll}$/u.test(word) && !isTitleWord(word)) return false;
  }
  const words = content.replace(/[.,!?:;…]+$/u, "").split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0] ?? "");
}

/**
 * What a caller analysing a long story piece by piece (src/story/pieces.ts) needs to name each quote's speaker
 * after the whole story's entities are merged: the entity (of the `drafts` given) each quote's speaker and
 * relaying outlet were resolved to, and each mention's name as a speaker.
 */
export interface QuoteReport {
  drafts: Map<Quote, { speaker: EntityDraft | null; via: EntityDraft | null }>;
  mentionNames?: ReadonlyMap<RawMention, string>;
}

/**
 * `scanned`: the paragraphs (or the parts of them) whose quote marks are read, when `parsed` holds only part of
 * the story; by default every paragraph. `paragraphs` stays the whole story's, indexed by paragraph number.
 */
export function extractQuotes(
  parsed: ParsedStory, paragraphs: Paragraph[], drafts: EntityDraft[],
  options: {
    indirect: boolean;
    /** Filled with every pronoun decision (scripts/train-pronouns.js); the rules alone decide then. */
    pronounLog?: PronounDecision[];
    /**
     * Filled with every quoted stretch the keep-or-drop rules met, titles dropped before attribution included, with
     * the features of a learned decision (mark-model.ts; scripts/train-quotes.js cross-validates it). The output is
     * the same with or without it.
     */
    markLog?: MarkDecision[];
  },
  scanned: Paragraph[] = paragraphs, report?: QuoteReport,
): Quote[] {
  const { text } = parsed;
  const story = TokenWindow.of(parsed.tokens);
  const regionOfParagraph = new Map<number, number>();
  parsed.regions.forEach((r, i) => { if (r.paragraph !== null) regionOfParagraph.set(r.paragraph, i); });
  // The headline's quotes too ("Quill: Reyes Plan Is ‘Dead on Arrival’"): it is read as prose for its names, and a
  // headline's marks quote someone's words as a paragraph's do. Its spans carry HEADLINE_PARAGRAPH.
  const headlines = headlineBlocks(parsed);
  const spans = byOpen(onceEach(text, findQuotedSpans(text, headlines), headlines), findQuotedSpans(text, scanned));
  /** The block a span stands in: its body paragraph, or the headline block holding it. */
  const blockOf = (span: QuotedSpan): Paragraph | undefined => span.paragraph === HEADLINE_PARAGRAPH
    ? headlines.find((h) => h.start <= span.open && span.open < h.end) : paragraphs[span.paragraph];
  /** The parsed region a span opens in. */
  const regionOf = (span: QuotedSpan): number => span.paragraph === HEADLINE_PARAGRAPH
    ? parsed.regions.findIndex((r) => r.paragraph === null && r.start <= span.open && span.open < r.end)
    : regionOfParagraph.get(span.paragraph) ?? -1;
  const quoteDrafts: MarkedDraft[] = [];
  const usedVerbs = new Set<Token>();
  // For each span, the first span from it on that is not a title: found in one pass from the end, because
  // rescanning from every quote is quadratic in a run of titles (“A,” he said. repeated).
  const titles = spans.map((s) => isTitle(contentOf(text, s)));
  const untitledFrom: number[] = new Array<number>(spans.length + 1).fill(spans.length);
  for (let k = spans.length - 1; k >= 0; k--) untitledFrom[k] = titles[k] ? untitledFrom[k + 1] ?? spans.length : k;

  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (!span) continue;
    const region = regionOf(span);
    const previousClose = lastSpan(quoteDrafts[quoteDrafts.length - 1])?.close ?? 0;
    // "“…,” delegate Ada Quill, wearing “Vote Quill” pins, said": a title quoted in the writer's words is
    // dropped below, so it does not end the attribution's window as another quote would.
    const nextOpen = spans[untitledFrom[k + 1] ?? spans.length]?.open ?? text.length;
    const content = contentOf(text, span);
    const kind = kindOf(content, text.slice(Math.max(blockOf(span)?.start ?? 0, span.open - 40), span.open));
    const endRegion = span.paragraph === HEADLINE_PARAGRAPH ? region
      : regionOfParagraph.get(paragraphIndexAt(paragraphs, span.close)) ?? region;
    const handsOver = /[,!?]\s*$/u.test(content);
    const closesSentence = /[.!?…]\s*$/u.test(content);
    // "Vogel labeled the plan ''unfit to pass.'' When Reyes was …": a phrase woven into a sentence that it also
    // ends has its attribution in that sentence; what follows is the writer's next one.
    // A "?" or "!" followed by a lower-case word ends no sentence: "… “why would you not want to know?” asked Quill."
    const goesOn = handsOver && /^\s+\p{Ll}/u.test(text.slice(span.close, span.close + 3));
    const afterWindow = kind === "partial" && closesSentence && !goesOn ? [] : windowAfter(parsed, span.close, nextOpen, endRegion);
    const read = afterWindow.length === 0 ? null : attributionAfter(afterWindow, handsOver, !closesSentence);
    // The words of a quoted title in the window ("under a “Save Our Ferry” banner") never name the speaker.
    const unquoted = read && [...read.speaker, ...read.according].some((t) => insideQuote(spans, t.start)) ? null : read;
    // A phrase ending in "?" or "!" inside a sentence hands over only to an attribution right after the mark (an
    // inverted verb, or a subject and its verb): in "Quill called the vote “a betrayal!” while Reyes said it was
    // fair" and "the pilots chanted “no deal!” and the chairman said …" the words after it are another clause.
    const exclaims = kind === "partial" && /[!?]\s*$/u.test(content);
    const after = exclaims && unquoted && !attributionRightAfter(afterWindow, unquoted) ? null : unquoted;
    // A partial quote's verb may stand far back in its sentence, and so may the speaker of a quote that a
    // long clause ending in a colon introduces ("X, whose start-up …, said Mr. Penn was …: “…”").
    const colon = /:\s*$/u.test(text.slice(Math.max(0, span.open - 3), span.open));
    const reach = kind === "partial" || colon ? LONG_WINDOW : undefined;
    const windowAhead = windowBefore(parsed, span.open, previousClose, region, reach);
    const before = attributionBefore(windowAhead, kind === "direct")
      ?? (kind === "direct" ? introducedByPreviousParagraph(parsed, paragraphs, span, previousClose, regionOfParagraph)
        ?? introducedBySentenceBefore(parsed, span, previousClose, region) : null);
    // “…,” Susan said: a comma at the end of the quote hands it to what follows, whatever the sentence began with,
    // unless a verb of saying with its subject stands before the phrase in its sentence and what follows is a
    // clause of its own, not a verb of saying ("in a clip that Judge Ada Quill called “vulgar,” Reyes expressed
    // a wish …" is the judge's word; "…, a move that is “a steal,” Tom Reyes grumbled." is his).
    const afterVerb = after?.verb ?? null;
    // Nor does a phrase hand over to a clause joined by a conjunction ("Quill called the plan “a betrayal,” and
    // Reyes said so too"): that clause's verb refers back to the quote only when nobody said it before.
    const joined = OTHER_CLAUSE_OPENERS.has(afterWindow[0]?.normal ?? "");
    const saidBefore = before?.verb != null && before.speaker.length > 0 && afterVerb !== null
      && ((!isSpeechVerb(afterVerb) && !endsAtVerb(afterWindow, afterWindow.indexOf(afterVerb))) || (kind === "partial" && joined));
    // "X confirmed it and said, “…” The star then recalled …": a quote its speaker introduces, closing its own
    // sentence, is not the next sentence's.
    const introduced = kind === "direct" && closesSentence && before?.verb != null && before.speaker.length > 0
      && before.verb === windowAhead[windowAhead.length - 1] && /[,:]\s*$/u.test(before.verb.post.replace(/[“"‘«]/gu, ""));
    // A phrase that ends in "?" or "!" hands over as a comma does: "— as critics allege, but Moscow denies — “why
    // would you not want to know?” asked Ada Quill." is hers.
    let attribution = (kind === "partial" && (!(after && handsOver) || saidBefore)) || introduced
      ? before ?? after : after ?? before;
    // "X called the claims “fantasy,” according to radio host Y": a bare "according to" after the phrase is
    // where the report comes from; the clause before it names its own speaker.
    // Not a verb inside a relative clause ("read a note that called him “a liar,” according to Y").
    const relativeVerb = before?.verb ? /^(that|which|who)$/u.test(story.previous(before.verb)?.normal ?? "") : false;
    if (attribution === after && after && !after.verb && after.speaker.length === 0 && before?.verb && before.speaker.length > 0
      && !relativeVerb) {
      attribution = { ...before, according: after.according };
    }
    // “calmer” and “more patient”: a second phrase in the same clause has the first one's speaker.
    const previous = quoteDrafts[quoteDrafts.length - 1];
    const previousSpan = lastSpan(previous);
    const reported = previous?.attribution?.verb ? isSpeechVerb(previous.attribution.verb) : false;
    if (!attribution && kind === "partial" && previous?.attribution && previousSpan && sameClause(parsed, previousSpan, span, reported)) {
      attribution = { ...previous.attribution, rule: "same-clause-phrase" };
    }
    // "… called it “vulgar,” Reyes expressed a wish to “…”": the words between a phrase that hands over and
    // this one open with their own subject and verb, which the phrase before did not take.
    if (!attribution && kind === "partial" && previous && previousSpan && /,\s*$/u.test(contentOf(text, previousSpan))
      && windowAhead[0] !== undefined && windowAhead[0] === parsed.tokens[tokenIndexAt(parsed.tokens, previousSpan.close)]) {
      const read = attributionAfter(windowAhead, true);
      attribution = read && { ...read, rule: "after-previous-phrase" };
    }
    // "Dario Penn: Maren ‘Better Prepared …’": a headline or line led by a name and a colon. Its quoted
    // words are that person's even when capitalised like a title.
    // Layouts that name the speaker without a verb (layouts.ts): "“…” ― Ada Quill" signs the quote outright;
    // "QUILL: … ‘…’" labels a transcript's line.
    attribution = signedAfter(parsed, paragraphs, span) ?? attribution;
    const lead = attribution ? null : namedLead(parsed, blockOf(span), span, region)
      ?? transcriptLabel(parsed, blockOf(span), span, drafts);
    attribution ??= lead;

    // “A,” he said, “B.”: the attribution sits between two pieces of one quote.
    const next = spans[k + 1];
    if (after && next && next.paragraph === span.paragraph && /[,—–-]\s*$/u.test(content)
      && continuesAfterAttribution(text, span, next)) {
      quoteDrafts.push({ spans: [span, next], kind, attribution: after, order: span.open });
      if (after.verb) usedVerbs.add(after.verb);
      k++;
      continue;
    }
    // A title is dropped, so its verb stays free for the sentence's own report ("… the “Super Sunday” vote,
    // Reyes said.").
    // In a headline written in title case every quote is capitalised like a title; its quotes are speech (marks.ts).
    // So is a quote a verb of saying introduces or hands to ("asked, “Really?”"; spoken.ts).
    if (titles[k] && !lead && !inTitleCaseHeadline(text, blockOf(span)) && !spokenAloud(parsed, span, after)) {
      if (options.markLog) {
        const candidate: MarkCandidate = { start: span.contentStart, end: span.contentEnd, text: content, kind, speakerFound: false,
          speakerWords: (attribution?.speaker.length ?? 0) > 0, rule: attribution?.rule ?? "none",
          headline: span.paragraph === HEADLINE_PARAGRAPH, title: true, scare: false };
        options.markLog.push({ candidate, features: markFeatures(parsed, candidate), rulesKeep: false, pieces: span.pieces.map((p) => ({ ...p })) });
      }
      continue;
    }
    if (attribution?.verb) usedVerbs.add(attribution.verb);
    // Quoted phrases stay, with no speaker unless a speech verb gives one: annotated news counts most of them as
    // someone's words woven into the sentence, and silence is never a wrong name. Only a word or two in a
    // sentence that reports no one's words is a scare quote, dropped once speakers are resolved (scare.ts).
    quoteDrafts.push({ spans: [span], kind, attribution, order: span.open });
  }

  // Indirect speech is always read, because its speakers are the history that pronouns resolve against.
  const all: QuoteDraft[] = [...quoteDrafts, ...indirectSpeech(parsed, spans, usedVerbs)];
  all.sort((a, b) => a.order - b.order);
  // Scare quotes are dropped only now, once resolved: a phrase that found a speaker is someone's words (scare.ts).
  // Not in a headline: there marks quote someone's words ("Reyes Told A Reporter Not To ‘Moan’"), never flag a term.
  const headlineQuote = (q: Quote): boolean => q.paragraph === HEADLINE_PARAGRAPH
    || (q.paragraph === 0 && inTitleCaseHeadline(text, paragraphs[0]));
  const quotes = resolveAll(parsed, paragraphs, drafts, all, spans, options.pronounLog, report)
    .filter((q) => {
      if (q.kind === "indirect") return true;
      const scare = isScareQuote(parsed, q);
      const keep = headlineQuote(q) || !scare;
      if (options.markLog) {
        const candidate: MarkCandidate = { start: q.start, end: q.end, text: q.text, kind: q.kind, speakerFound: q.speaker !== null,
          speakerWords: q.speakerText !== null, rule: q.attribution.rule, headline: headlineQuote(q), title: false, scare };
        const pieces = q.fragments ? q.fragments.map((p) => ({ start: p.start, end: p.end })) : [{ start: q.start, end: q.end }];
        options.markLog.push({ candidate, features: markFeatures(parsed, candidate), rulesKeep: keep, pieces });
      }
      return keep;
    });
  return options.indirect ? quotes : quotes.filter((q) => q.kind !== "indirect");
}

/**
 * The headline's blocks as paragraphs numbered HEADLINE_PARAGRAPH: the parsed regions outside the body (the
 * analysed text holds only the headline there, src/story/extract.ts).
 */
function headlineBlocks(parsed: ParsedStory): Paragraph[] {
  return parsed.regions.filter((r) => r.paragraph === null)
    .map((r) => ({ index: HEADLINE_PARAGRAPH, start: r.start, end: r.end, text: parsed.text.slice(r.start, r.end) }));
}

/**
 * The headline's spans without the repeats of one already read: a page gives its headline twice, as its title
 * and above the story ("‘Dead on Arrival’: … - Doverton Post" and "‘Dead on Arrival’: …"), and it is one quote.
 */
function onceEach(text: string, spans: QuotedSpan[], blocks: Paragraph[]): QuotedSpan[] {
  /** Each quote's words, with the block they were first read in: one headline may quote a word twice. */
  const seen = new Map<string, Paragraph | undefined>();
  return spans.filter((span) => {
    const content = contentOf(text, span);
    const block = blocks.find((b) => b.start <= span.open && span.open < b.end);
    const first = seen.get(content);
    if (seen.has(content) && first !== block) return false;
    if (!seen.has(content)) seen.set(content, block);
    return true;
  });
}

/** Two lists of spans, each in text order, merged in text order. */
function byOpen(a: QuotedSpan[], b: QuotedSpan[]): QuotedSpan[] {
  return a.length === 0 ? b : [...a, ...b].sort((x, y) => x.open - y.open);
}

/** "…,” Tom Reyes grumbled.", "…,” Reyes recalled later.": the clause ends at its verb, or one adverb after it. */
function endsAtVerb(window: Token[], v: number): boolean {
  const words = TokenWindow.of(window);
  const verb = words.at(v);
  if (!verb) return false;
  if (/^[.,!?;]/u.test(verb.post)) return true;
  const next = words.next(verb);
  return next !== undefined && (next.tags.has("Adverb") || next.tags.has("Date")) && /^[.,!?;]/u.test(next.post);
}

/**
 * "Ivo Marsh said in a statement. “We will fight on.”": the sentence just before a quote that opens its own
 * sentence, in the same paragraph and holding no quote of its own, says only who spoke.
 */
function introducedBySentenceBefore(parsed: ParsedStory, span: QuotedSpan, previousClose: number, region: number): Attribution | null {
  const last = tokenBefore(parsed.tokens, span.open);
  if (!last || last.region !== region || last.start < previousClose || !/[.!?]\s*$/u.test(last.post)) return null;
  const sentence = parsed.sentences[last.sentence];
  if (!sentence) return null;
  const words = parsed.tokens.slice(sentence.firstToken, last.index + 1);
  const [first] = words;
  if (words.length > 30 || !first || first.start < previousClose) return null;
  return bareReport(words);
}

/** "Holt pushed back on it:" ending one paragraph introduces the quote that opens the next. */
function introducedByPreviousParagraph(
  parsed: ParsedStory, paragraphs: Paragraph[], span: QuotedSpan, previousClose: number,
  regionOfParagraph: Map<number, number>,
): Attribution | null {
  const paragraph = paragraphs[span.paragraph];
  const previous = paragraphs[span.paragraph - 1];
  if (!paragraph || !previous || parsed.text.slice(paragraph.start, span.open).trim() !== "") return null;
  if (!/:\s*$/u.test(previous.text)) return null;
  const region = regionOfParagraph.get(previous.index);
  if (region === undefined) return null;
  const read = attributionBefore(windowBefore(parsed, previous.end, previousClose, region), true);
  return read && { ...read, rule: "previous-paragraph-colon" };
}

/**
 * Two quotes in one paragraph and one clause: only the writer's words between, no sentence end or semicolon,
 * no new subject. In speech reported by the first quote's verb ("Reyes argued that the levy was a “hidden
 * tax” and we must “give …”"), "we" is the speaker's own words, not a new subject.
 */
function sameClause(parsed: ParsedStory, first: QuotedSpan, second: QuotedSpan, reported = false): boolean {
  const { text, tokens } = parsed;
  if (first.paragraph !== second.paragraph || second.open - first.close > 200) return false;
  if (/[.!?;]\s*$/u.test(text.slice(first.contentStart, first.contentEnd))) return false;
  const between = text.slice(first.close, second.open);
  // "… a “disgrace” after she blamed the floods on “years of neglect”": a clause with a subject of its own.
  // "I" stays a new subject: in a column it is the writer's.
  const newSubject = reported ? /\b(he|she|they|I)\s+\p{L}/u : /\b(he|she|they|we|I)\s+\p{L}/u;
  if (/[.!?;:]/u.test(between) || newSubject.test(between)) return false;
  // "… “reckless,” Reyes argued the next day, and “…”": a person and a verb start a clause of their own.
  const words = TokenWindow.of(tokens);
  for (let k = tokenIndexAt(tokens, first.close); k + 1 < tokens.length; k++) {
    const token = words.at(k);
    const next = words.at(k + 1);
    if (!token || !next || next.end > second.open) break;
    const named = token.tags.has("Person") || (token.tags.has("ProperNoun") && /^\p{Lu}/u.test(token.text));
    // "… “reckless” as Reyes looked on, and “…”": a clause opened by "as" or "while" is set inside the first one.
    const subordinate = SUBORDINATORS.has(words.normal(k - 1));
    if (named && !subordinate && (next.tags.has("PastTense") || next.tags.has("PresentTense")) && !next.tags.has("Infinitive")
      && !next.tags.has("Auxiliary")) return false;
  }
  return true;
}

/**
 * "Dario Penn: Maren ‘Better Prepared …’", "Holt: Endorsements show …": a paragraph (often the
 * headline) that opens with a person's bare name and a colon is that person's words, quote marks and all.
 */
function namedLead(parsed: ParsedStory, paragraph: Paragraph | undefined, span: QuotedSpan, region: number): Attribution | null {
  if (!paragraph) return null;
  const words: Token[] = [];
  for (let i = tokenIndexAt(parsed.tokens, paragraph.start); i < parsed.tokens.length && words.length < 4; i++) {
    const token = parsed.tokens[i];
    if (!token) break;
    if (token.region !== region || token.start >= span.open || !/^\p{Lu}/u.test(token.text)) return null;
    words.push(token);
    if (/:\s*$/u.test(token.post)) {
      return words.some((w) => w.tags.has("Person"))
        ? { verb: null, speaker: words, appositive: [], according: [], rule: "named-lead" } : null;
    }
    if (token.post.trim() !== "" && !/^\.\s*$/u.test(token.post)) return null;
  }
  return null;
}

/** A draft's last quoted span; none for an indirect draft (or no draft). */
function lastSpan(draft: QuoteDraft | undefined): QuotedSpan | undefined {
  return draft?.kind === "indirect" ? undefined : draft && lastSpanOf(draft);
}

/** The last span of a quote in marks (never undefined: a draft in marks has at least one span). */
function lastSpanOf(draft: MarkedDraft): QuotedSpan {
  return draft.spans[draft.spans.length - 1] ?? draft.spans[0];
}

function paragraphIndexAt(paragraphs: Paragraph[], offset: number): number {
  // Binary search (paragraphs are in text order): a scan from the top for every quote is quadratic.
  const before = countBefore(paragraphs, offset, (p) => p.start, true);
  return paragraphs[before - 1]?.index ?? 0;
}


/** Between the pieces: only a short attribution ending in a comma or colon. */
function continuesAfterAttribution(text: string, first: QuotedSpan, second: QuotedSpan): boolean {
  const between = text.slice(first.close, second.open);
  // "“A,” he said, adding, “B.”": a second verb of saying, as a participle, introduces a quote of its own, one
  // that opens a sentence ("…,” Reyes wrote, explaining why, “but most …” goes on with the first).
  const opensSentence = /^\P{L}*\p{Lu}/u.test(text.slice(second.contentStart, second.contentEnd));
  const words = [...between.matchAll(/\p{L}+/gu)].map((m) => m[0]);
  const saying = words.filter((w) => speechVerbBase(w) !== null);
  // Nor does an attribution that goes on into a clause of its own, opened by a conjunction or holding a second
  // verb of saying, before a quote that opens a sentence: "…,” she said, but despite the row, “I think …”;
  // "…,” Reyes said as the crowd yelled: “Out!”; "…,” he said, and then predicted: “We will …”.
  const ownClause = words.some((w) => CLAUSE_OPENERS.has(w.toLowerCase())) || saying.length >= 2;
  const introducesAnother = opensSentence && (ownClause || saying.some((w) => /ing$/u.test(w)));
  return between.length < 120 && /[,:]\s*$/u.test(between) && !/[.!?]\s/u.test(between) && !introducesAnother;
}

/** Resolves every draft in text order, so a pronoun is read against the speakers before it. */
function resolveAll(
  parsed: ParsedStory, paragraphs: Paragraph[], drafts: EntityDraft[], quoteDrafts: QuoteDraft[], spans: QuotedSpan[],
  pronounLog?: PronounDecision[],
  report?: QuoteReport,
): Quote[] {
  const { text } = parsed;
  const resolver = new SpeakerResolver(text, drafts, parsed, spans, pronounLog);
  if (report) report.mentionNames = resolver.mentionNames;
  const history: SpeechAct[] = [];
  const quotes: Quote[] = [];
  let previous: { quote: Quote; draft: EntityDraft | null } | null = null;

  for (const q of quoteDrafts) {
    const first = q.kind === "indirect" ? undefined : q.spans[0];
    const paragraph = first ? first.paragraph : paragraphIndexAt(paragraphs, q.order);
    const a = q.attribution;
    let speakerDraft: EntityDraft | null = null;
    let speakerName: string | null = null;
    let role: string | null = null;
    let speakerWords: Token[] = a?.speaker ?? [];
    let via: string | null = null;
    let viaDraft: EntityDraft | null = null;
    // The trace: which rule decided, and how its words became a name. Each branch below that decides sets both.
    let rule: RuleId = a?.rule ?? "none";
    let how: Resolution = "none";
    /** Words a fallback rule read that are not the quote's speaker words (a subject in the sentence before). */
    let evidenceWords: Token[] | null = null;

    // "according to him": the object pronoun is resolved as its subject form would be.
    const accordingPronoun = a && a.according.length === 1 ? objectPronounAsSubject(a.according[0]) : undefined;
    const according = accordingPronoun
      ? { ...resolver.resolvePronoun(accordingPronoun, paragraph, history), name: null, role: null }
      : a && a.according.length > 0 ? resolver.resolveNamed(a.according, []) : null;
    const pronoun = a && a.speaker.length === 1 ? a.speaker[0] : undefined;
    if (pronoun && isPronoun(pronoun)) {
      ({ draft: speakerDraft, how } = resolver.resolvePronoun(pronoun, paragraph, history));
    } else if (a && a.speaker.length > 0) {
      const named = resolver.resolveNamed(a.speaker, a.appositive);
      speakerDraft = named?.draft ?? null;
      speakerName = named?.name ?? null;
      role = named?.role ?? null;
      how = named && (named.draft || named.name) ? named.how ?? "name" : "none";
    }
    if (a && a.verb && a.speaker.length === 0 && a.according.length === 0) {
      // "…, telling Reuters, “…": the participle's subject is the sentence's.
      // The subject must stand before the participle, unless the participle is part of a phrase opening its
      // sentence ("Saying “…,” Reyes left"): in "Pilots kept asking “why now?” until the chairman, Tom Reyes, told
      // reporters" the person after it is the subject of another clause.
      const found = resolver.subjectOfSentence(a.verb.sentence);
      const subject = found && (found.offset < a.verb.start || inOpeningPhrase(parsed.tokens, a.verb, found.offset, spans))
        ? found : undefined;
      if (subject) {
        speakerDraft = subject.draft;
        speakerWords = subject.words;
        rule = "participle-sentence-subject";
        how = "subject";
      } else if (previous?.draft && previous.quote.speakerSpan && previous.quote.verbSpan
        && resolver.sentenceAt(previous.quote.verbSpan.start) === a.verb.sentence
        && ((previous.quote.verbSpan.start < previous.quote.speakerSpan.start
          && onlyDescriptionBetween(parsed.tokens, previous.quote.speakerSpan.end, a.verb.start))
          || coordinatedParticiples(parsed.tokens, previous.quote.verbSpan.start, a.verb))) {
        // "“…,” said Tom Reyes, asking crews to “stay ashore.”": the subject came after its verb, in the
        // inverted attribution of the quote before, and nothing but a description stands between it and the
        // participle ("…, said Ada Quill, as the crowd jeered, demanding …" has a clause of its own).
        speakerDraft = previous.draft;
        speakerWords = tokensIn(parsed.tokens, previous.quote.speakerSpan);
        rule = "participle-previous-inverted";
        how = "carried";
      } else {
        // "He then defended the remark, saying, “…”": the participle's sentence opens on a pronoun as its subject.
        const opener = pronounSubject(parsed, a.verb.sentence);
        const found = opener && opener.start < a.verb.start ? resolver.resolvePronoun(opener, paragraph, history) : null;
        if (opener && found?.draft) {
          speakerDraft = found.draft;
          speakerWords = [opener];
          rule = "participle-pronoun-subject";
          how = found.how;
        }
      }
    }
    if (a && a.according.length > 0) {
      if (speakerWords.length === 0) {
        speakerWords = a.according;
        speakerDraft = according?.draft ?? null;
        how = according?.draft ? according.how ?? "name" : "none";
        if (a.verb) rule = "according-in-clause";
      } else {
        via = according?.draft && entityKind(according.draft) === "organization" ? resolver.nameOf(according.draft) : wordsText(text, a.according);
        if (according?.draft && entityKind(according.draft) === "organization") viaDraft = according.draft;
      }
    }
    // A phrase woven into a sentence with no speech verb is the words of the sentence's subject:
    // "Penn also bemoaned a mood in which neighbours “simply distrust each other”".
    // "… a row in June when Tom Reyes assailed a judge for his “…”": a clause opened on a person who acts is
    // nearer the phrase than the sentence's subject.
    const clause: Token[] | null = !speakerDraft && !speakerName && speakerWords.length === 0 && q.kind === "partial" && first
      ? clauseSubjectBefore(parsed.tokens, first.open, (lastSpan(q) ?? first).close) : null;
    const clauseSpeaker: ReturnType<SpeakerResolver["resolveNamed"]> = clause ? resolver.resolveNamed(clause, []) : null;
    if (clause && clauseSpeaker?.draft && isPerson(clauseSpeaker.draft)) {
      speakerDraft = clauseSpeaker.draft;
      speakerWords = clause;
      rule = "clause-subject-judging";
      how = clauseSpeaker.how ?? "name";
    }
    if (!speakerDraft && !speakerName && speakerWords.length === 0 && q.kind === "partial" && first) {
      const sentence = resolver.sentenceAt(first.open);
      const subject = sentence === undefined ? undefined : resolver.subjectOfSentence(sentence);
      // "Putin is expected to call Obama “in the near future.”": a subject that is, or is expected to do,
      // something says nothing; the phrase is someone else's.
      // The subject must come before the phrase: in "While Tate read out “…,” Ruiz nodded" the phrase
      // stands in a clause of its own, ahead of the subject.
      if (subject && subject.offset < first.open && acts(parsed.tokens, subject)
        && !ownClauseBetween(parsed.tokens, subject.verb, first.open)) {
        speakerDraft = subject.draft;
        speakerWords = subject.words;
        rule = "phrase-sentence-subject";
        how = "subject";
      } else if (!subject && sentence !== undefined) {
        // "She thanked him for standing up “time after time.”": a pronoun subject, resolved as "she said".
        const opener = pronounSubject(parsed, sentence);
        if (opener && !ownClauseBetween(parsed.tokens, opener.index + 1, first.open)) {
          ({ draft: speakerDraft, how } = resolver.resolvePronoun(opener, paragraph, history));
          if (speakerDraft) {
            speakerWords = [opener];
            rule = "phrase-pronoun-subject";
          }
        }
      }
    }
    // A quote-only paragraph, or a quote following its speaker's words, goes on with the last speaker.
    // Only when nothing but the quote stands there: words after it are an attribution we could not read.
    // The speaker need not be named: "the chairman told reporters" goes on as "the chairman", still unnamed
    // (a name read off the words but held by no entity is not carried: that would risk a wrong name).
    let continued: Quote | null = null;
    const unnamedBefore = previous !== null && !previous.draft && !previous.quote.speaker && previous.quote.speakerText !== null;
    // In the previous quote's own paragraph, a new sentence may follow: "“…,” said Ada Quill. “…” Quill added
    // that …" (a quote that closes its own sentence, then words of the writer's that start a new one).
    if (!a && q.kind === "direct" && previous && (previous.draft || unnamedBefore) && first
      && (first.paragraph === previous.quote.paragraph || opensParagraph(text, paragraphs, first))
      && (standsAlone(text, paragraphs, lastSpan(q) ?? first, first.paragraph === previous.quote.paragraph
        && !resolver.namesSomeoneElseAt((lastSpan(q) ?? first).close, previous.draft))
        || (first.paragraph === previous.quote.paragraph && runsOnIntoTail(parsed, paragraphs, lastSpan(q) ?? first)))
      && first.paragraph - previous.quote.paragraph <= 1) {
      speakerDraft = previous.draft;
      continued = previous.quote;
      rule = "continues-previous";
      how = "carried";
    }
    // "“…,” said Ada Quill. Unless the board gives way, “it is hard to see how the port survives.”": a whole
    // clause quoted at the end of the speaker's paragraph, led in by a few words of the writer's that name no one
    // and report no speech, goes on with the speaker.
    if (!a && !speakerDraft && !continued && q.kind === "partial" && previous?.draft && first
      && first.paragraph === previous.quote.paragraph && leadsInOnly(parsed, previous.quote, first)
      && /[.!?]\s*$/u.test(text.slice(first.contentStart, first.contentEnd))
      && text.slice(first.contentStart, first.contentEnd).split(/\s+/u).length >= 6
      && aloneInParagraph(text, paragraphs, lastSpan(q) ?? first)) {
      speakerDraft = previous.draft;
      continued = previous.quote;
      rule = "continues-after-lead-in";
      how = "carried";
    }
    // "Lopez took the stage. “Inflation is our enemy.”": a quote standing alone after a sentence whose subject
    // is a person, in the same paragraph, is that person's.
    if (!a && !speakerDraft && q.kind === "direct" && first && !opensParagraph(text, paragraphs, first)
      && aloneInParagraph(text, paragraphs, lastSpan(q) ?? first)) {
      const sentence = resolver.sentenceAt(first.open);
      const subject = sentence === undefined ? undefined : resolver.subjectOfSentence(sentence - 1);
      if (subject && subject.paragraph === first.paragraph && /[.!?:]["'”’»)]*\s*$/u.test(text.slice(Math.max(0, first.open - 4), first.open))) {
        speakerDraft = subject.draft;
        continued = null; // a named subject beats an unnamed speaker carried over
        rule = "subject-of-sentence-before";
        how = "subject";
        evidenceWords = subject.words;
      }
    }
    // "Holt continued her sharp criticism.¶“Two winters ago …”": a quote-only paragraph after a paragraph
    // whose last sentence has a person as its subject and a verb of saying goes on with that person.
    if (!a && !speakerDraft && !continued && q.kind === "direct" && first && opensParagraph(text, paragraphs, first)
      && aloneInParagraph(text, paragraphs, lastSpan(q) ?? first)) {
      const sentence = resolver.sentenceAt(first.open);
      const subject = sentence === undefined ? undefined : resolver.subjectOfSentence(sentence - 1);
      if (subject && subject.paragraph === first.paragraph - 1 && speaksIn(parsed.tokens, subject)) {
        speakerDraft = subject.draft;
        rule = "speaker-of-paragraph-before";
        how = "subject";
        evidenceWords = subject.words;
      }
    }
    // A headline is written in title case, where every word looks like a name ("Reyes Aide Says …", "Calls
    // Reyes's Harbour Remarks ‘…’"): its quote keeps a speaker only when the headline names that person plainly.
    if (paragraph === HEADLINE_PARAGRAPH && (speakerDraft || speakerName)
      && !(speakerDraft && namesPlainly(wordsText(text, speakerWords), resolver.nameOf(speakerDraft), speakerDraft))) {
      speakerDraft = null;
      speakerName = null;
      speakerWords = [];
      role = null;
      rule = "none";
      evidenceWords = null;
    }
    const verb = a?.verb ?? null;
    if (speakerDraft && isPerson(speakerDraft) && verb) {
      history.push({ offset: verb.start, paragraph, draft: speakerDraft });
    } else if (speakerDraft && isPerson(speakerDraft) && first) {
      history.push({ offset: first.open, paragraph, draft: speakerDraft });
    }
    const trace: AttributionTrace = {
      rule,
      evidence: continued ? `carried: ${continued.attribution.evidence}`
        : evidenceOf(text, evidenceWords ?? speakerWords, evidenceWords ? null : verb),
      resolution: speakerDraft || speakerName ? how : "none",
    };
    const quote = buildQuote(text, q, paragraph, trace, continued ? {
      // The same attribution words as the quote it continues: they are what attributes this one too.
      speaker: continued.speaker, speakerText: continued.speakerText, speakerSpan: continued.speakerSpan,
      role: continued.role, verb: continued.verb, verbSpan: continued.verbSpan, via: continued.via,
    } : {
      speaker: speakerDraft ? resolver.nameOf(speakerDraft) : speakerName,
      speakerText: speakerWords.length > 0 ? wordsText(text, speakerWords) : null,
      speakerSpan: wordsSpan(speakerWords),
      role, verb: verb ? verb.text : null, verbSpan: verb ? { start: verb.start, end: verb.end } : null, via,
    });
    // A body quote never goes on with a headline's: the headline is no paragraph the story's quotes run on from.
    if (q.kind !== "indirect") previous = paragraph === HEADLINE_PARAGRAPH ? null : { quote, draft: speakerDraft };
    if (report) {
      // A continued quote prints its predecessor's names, so it names the same entities.
      const carried = continued ? report.drafts.get(continued) : undefined;
      report.drafts.set(quote, carried ?? { speaker: speakerDraft, via: viaDraft });
    }
    quotes.push(quote);
  }
  return quotes;
}

/**
 * Whether a headline's speaker words are plainly the person found: the words of the name given, maybe after a
 * title written with one of the person's mentions ("Sen. Okafor"), ending on its surname. "Reyes Aide" is not Tom
 * Reyes, and "Dale Pike" merged into an entity named after a show ("Morning Dale") is not that entity's name.
 */
function namesPlainly(words: string, name: string, draft: EntityDraft): boolean {
  if (entityKind(draft) === "place") return false;
  const wordsOf = (s: string): string[] => s.toLowerCase().split(/\s+/u).filter(Boolean);
  const said = wordsOf(words);
  const named = wordsOf(name);
  if (said.length === 0 || said[said.length - 1] !== named[named.length - 1]) return false;
  const titles = new Set(mentionsOf(draft).flatMap((m) => m.titles.flatMap(wordsOf)));
  return said.every((w) => named.includes(w) || titles.has(w));
}

/**
 * Whether the participle `word` belongs to a phrase that opens its sentence, so that the subject at offset
 * `subjectAt`, after it, is the participle's too ("Having lost the vote, and saying …, Tom Reyes walked out").
 * Not when a finite verb of the main clause stands before it ("Pilots kept asking “why now?” until the chairman,
 * Tom Reyes, told …": the subject came before), nor when a clause opens between it and the subject with no verb
 * before the subject ("… asking “…” when the chairman, Tom Reyes, arrived": the person is that clause's).
 */
function inOpeningPhrase(tokens: Token[], word: Token, subjectAt: number, spans: readonly QuotedSpan[]): boolean {
  for (let k = word.index - 1; k >= 0; k--) {
    const token = tokens[k];
    if (!token || token.sentence !== word.sentence) break;
    // "It was late when, saying …, Tom Reyes walked out": a clause opened right before the phrase, its subject
    // still to come, is the participle's; the verbs before it are another clause's.
    if (SUBORDINATORS.has(token.normal) && /,/u.test(token.post)) break;
    if (token.tags.has("Verb") && !insideQuote(spans, token.start) && finiteInMainClause(tokens, k)) return false;
  }
  let opener = false;
  for (let k = word.index + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token || token.start >= subjectAt || token.sentence !== word.sentence) break;
    if (insideQuote(spans, token.start)) continue;
    if (CLAUSE_ONLY_OPENERS.has(token.normal)) opener = true;
    else if (token.tags.has("Verb")) opener = false;
  }
  return !opener;
}


/**
 * Whether the verb at token `k` is a finite verb of its sentence's main clause ("Pilots kept asking": "kept"), not
 * a word of an opening phrase: an -ing form ("Turning to the board and asking"), a verb group headed by one or
 * by "to" ("Having lost the vote"), a participle opening the sentence ("Asked about the vote and saying"), or a
 * verb of a clause set inside the sentence ("Minutes after the vote ended, saying").
 */
function finiteInMainClause(tokens: Token[], k: number): boolean {
  const window = TokenWindow.of(tokens);
  const verb = window.at(k);
  if (!verb || verb.tags.has("Gerund") || /ing$/u.test(verb.normal)) return false;
  // The head of the verb group: back over auxiliaries, adverbs and verbs ("had not yet lost": "had").
  let head = k;
  for (let before = window.at(head - 1); before; before = window.at(head - 1)) {
    if (before.sentence !== verb.sentence || /[,;:]/u.test(before.post)) break;
    if (!(before.tags.has("Verb") || before.tags.has("Auxiliary") || before.tags.has("Adverb") || before.tags.has("Negative"))) break;
    head--;
  }
  const first = window.at(head);
  if (first && first !== verb && (first.tags.has("Gerund") || /ing$/u.test(first.normal))) return false;
  const previous = window.at(head - 1);
  if (!previous || previous.sentence !== verb.sentence) return false;
  if (previous.normal === "to") return false;
  // A clause set inside the sentence: a subordinator since the last comma.
  for (let j = head - 1; j >= 0; j--) {
    const token = window.at(j);
    if (!token || token.sentence !== verb.sentence || /[,;:]/u.test(token.post)) break;
    if (SUBORDINATORS.has(token.normal)) return false;
  }
  return true;
}

/**
 * Whether the subject's verb is an action of its own ("bemoaned", "has called", "advocates"), not "is" ("is
 * expected to"): the finder has already judged the word at `verb` a verb, so only a copula there or among the
 * auxiliaries after it says otherwise.
 */
function acts(tokens: Token[], subject: Subject): boolean {
  const story = TokenWindow.of(tokens);
  for (let i = subject.verb; i <= subject.verb + 3; i++) {
    const token = story.at(i);
    if (!token) break;
    // "has been called a “…” by pilots": a passive's subject is who was spoken of, not who spoke.
    if (token.tags.has("Passive") && !token.tags.has("Auxiliary")) return false;
    // "is releasing an ad", "was labeling the plan": a copula before an -ing form is the progressive of an action.
    if (token.tags.has("Copula")) return progressiveAt(story, story.next(token));
    if (i > subject.verb && !token.tags.has("Auxiliary") && !token.tags.has("Adverb")) break;
  }
  return true;
}


/**
 * Whether an -ing verb of saying, judging or putting words out stands at `i`, after any adverbs: "(is) releasing",
 * "(was) now calling". Not "being" (a passive: "is being called a “…” by pilots" is the pilots' word), nor an act
 * that says nothing ("was facing what the union calls a “…”", "is hosting a “…”", "was having none of the “…”").
 */
function progressiveAt(story: TokenWindow, after: Token | undefined): boolean {
  // At most two adverbs between: "was now openly calling".
  let verb = after;
  for (let adverbs = 0; adverbs < 2 && verb?.tags.has("Adverb"); adverbs++) verb = story.next(verb);
  if (!verb || !/\p{L}ing$/u.test(verb.normal) || !verb.tags.has("Verb")) return false;
  if (verb.normal === "being" || (verb.normal === "going" && story.next(verb)?.normal === "to")) return false;
  return isSpeechVerb(verb) || baseFormIn(verb.text, JUDGES) !== null || baseFormIn(verb.text, ACTS_ON_WORDS) !== null;
}

/**
 * "He vowed …", "She also applauded …": the pronoun opening a sentence as its subject, before an action verb;
 * also after a sentence adverb or a short opening phrase ("Then he cut into …", "On Wednesday, he seemed …").
 */
function pronounSubject(parsed: ParsedStory, sentence: number): Token | undefined {
  const at = parsed.sentences[sentence];
  const opener = at ? subjectPronounAt(parsed.tokens, at.firstToken, at.endToken) : undefined;
  if (!at || !opener) return undefined;
  for (let i = opener.index + 1; i < at.endToken && i <= opener.index + 3; i++) {
    const token = parsed.tokens[i];
    if (!token) return undefined;
    if (token.tags.has("Copula")) return undefined;
    if (token.tags.has("Verb") && !token.tags.has("Auxiliary")) return opener;
    if (!token.tags.has("Adverb") && !token.tags.has("Auxiliary")) return undefined;
  }
  return undefined;
}


/** Longest opening phrase before a subject pronoun: "On Wednesday,", "In a statement on Friday,". */
const OPENING_WORDS = 6;

/** The "he" or "she" that is a sentence's subject: its first word, or the first after an adverb or an opening phrase. */
function subjectPronounAt(tokens: Token[], first: number, end: number): Token | undefined {
  const opener = tokens[first];
  if (!opener) return undefined;
  if (ONE_PERSON_PRONOUNS.has(opener.normal)) return opener;
  let k = first;
  if (SENTENCE_ADVERBS.has(opener.normal)) k = first + 1;
  else {
    while (k < end && k < first + OPENING_WORDS && !/,\s*$/u.test(tokens[k]?.post ?? "")) {
      if (/[“"‘«”»;:]/u.test(tokens[k]?.post ?? "")) return undefined;
      k++;
    }
    if (!/,\s*$/u.test(tokens[k]?.post ?? "")) return undefined;
    k++;
  }
  const pronoun = tokens[k];
  return pronoun && k < end && ONE_PERSON_PRONOUNS.has(pronoun.normal) ? pronoun : undefined;
}

/** Whether the subject's sentence holds a verb of saying ("continued his remarks", "responded"), no quote. */
function speaksIn(tokens: Token[], subject: Subject): boolean {
  for (let i = subject.verb; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.sentence !== subject.sentence) break;
    if (/[“"‘«]/u.test(token.pre)) return false;
    if (isSpeechVerb(token)) return true;
  }
  return false;
}

/**
 * "Penn called her a “hypocrite” after she blamed the flooding on “poor planning”": between the
 * subject's verb and the phrase, a clause with a subject of its own (a pronoun then a verb) may be the one
 * whose words the phrase gives, so the sentence's subject is not taken.
 */
function ownClauseBetween(tokens: Token[], verb: number, open: number): boolean {
  const words = TokenWindow.of(tokens);
  for (let i = verb + 1; i + 1 < tokens.length; i++) {
    const token = words.at(i);
    const next = words.at(i + 1);
    if (!token || !next || token.start >= open) break;
    // "… when Holt accused him of a “cheap stunt”": a clause opened on a named person and that person's verb.
    // Not a preposition's object: "went after Reyes as a “…”" has no clause of its own.
    if (SUBORDINATORS.has(token.normal) && next.start < open && (next.tags.has("Person") || /^\p{Lu}/u.test(next.text))
      && verbAfterName(words, i + 1, open)) return true;
    if (!PERSON_SUBJECT_PRONOUNS.has(token.normal)) continue;
    if (next.start < open && next.tags.has("Verb")) return true;
  }
  return false;
}

/** Whether the name opening at `from` (capitalised words) is followed, before `open`, by a verb: a clause's subject. */
function verbAfterName(words: TokenWindow, from: number, open: number): boolean {
  let k = from;
  while (k < from + 5 && /^\p{Lu}/u.test(words.text(k))) {
    // "when Tom Reyes, the mayor, said": a description set off after the name; read as a clause, as before.
    if (/[,;:(]/u.test(words.post(k))) return true;
    k++;
  }
  if (k === from) return false;
  // "after Tom Reyes quietly unveiled": up to two adverbs may stand between the name and its verb.
  for (let skipped = 0; skipped < 2 && words.at(k)?.tags.has("Adverb") && !words.at(k)?.tags.has("Verb"); skipped++) k++;
  const after = words.at(k);
  return after !== undefined && after.start < open && after.tags.has("Verb");
}

/** How far back from a phrase the word opening its clause may stand. */
const CLAUSE_REACH = 16;


/**
 * "… when Tom Reyes assailed a judge, Ada Quill, for her “…”", "after Quill accused him of a “…”": the
 * person's name right after a word opening a clause (when, after, as, …; not "whether" or "if"), followed by
 * a verb of judging whose words run to the phrase with no other verb, quote or clause between, nor a
 * possessor ("the mayor's “…”") or "so-called"; and the phrase names no thing of its own (the “…” plan).
 * Returns the name's words, or null.
 */
function clauseSubjectBefore(tokens: Token[], open: number, close: number): Token[] | null {
  const end = tokenIndexAt(tokens, open);
  const sentence = tokens[end]?.sentence;
  // "mocked her “green town” plan": a noun right after the phrase makes it a name for that thing.
  const after = tokens[tokenIndexAt(tokens, close)];
  if (after && after.sentence === sentence && after.tags.has("Noun") && !after.tags.has("Pronoun") && /^\s*$/u.test(after.pre)
    && !/[,.;:!?]/u.test(TokenWindow.of(tokens).previous(after)?.post.replace(/[”"’'»]/gu, "") ?? "")) return null;
  const words = TokenWindow.of(tokens);
  for (let k = end - 1; k >= 0 && k >= end - CLAUSE_REACH; k--) {
    const token = words.at(k);
    if (!token || token.sentence !== sentence) break;
    if (/[“"‘«”»]|''/u.test(token.post) || /[;:]/u.test(token.post)) return null;
    if (/['’]s?$/u.test(token.text) || /^['’]/u.test(token.post) || token.normal === "so-called") return null;
    if (!SUBORDINATORS.has(token.normal) || /^(whether|if)$/u.test(token.normal) || !/^\p{Ll}/u.test(token.text)) continue;
    let v = k + 1;
    while (v < end && (isTitleWord(words.text(v)) || words.has(v, "Person")) && /^\p{Lu}/u.test(words.text(v))
      && !(v > k + 1 && /[,;:]/u.test(words.post(v - 1)))) v++;
    const name = tokens.slice(k + 1, v);
    const verb = tokens[v];
    if (!name.some((t) => t.tags.has("Person")) || /[,;:]/u.test(name[name.length - 1]?.post ?? "") || !verb || v >= end) return null;
    if (!verb.tags.has("PastTense") && !verb.tags.has("PresentTense")) return null;
    if (baseFormIn(verb.text, JUDGES) === null) return null;
    // The verb's own words run to the phrase: no second verb ("when Reyes left and Quill called it “…”",
    // "as Quill urged members to vote “…”").
    for (let i = v + 1; i < end; i++) {
      const t = tokens[i];
      if (!t) break;
      if (t.tags.has("Verb")) return null;
      if (/^(and|but|or)$/u.test(t.normal) && t.tags.has("Conjunction")) return null;
    }
    return name;
  }
  return null;
}

/**
 * Between the end of `previous` (a quote that closed its sentence, or its attribution) and `next`: one new
 * sentence's opening clause of condition or time ending in a comma, under 100 characters, with no person or
 * possessive named and no verb of saying.
 */
function leadsInOnly(parsed: ParsedStory, previous: Quote, next: QuotedSpan): boolean {
  const { text, tokens } = parsed;
  const lastEnd = Math.max(previous.end, previous.verbSpan?.end ?? 0, previous.speakerSpan?.end ?? 0);
  const between = text.slice(lastEnd, next.open);
  const sentenceEnd = between.search(/[.!?]["'”’»]*\s/u);
  if (sentenceEnd < 0 || !/,\s*$/u.test(between)) return false;
  const lead = between.slice(sentenceEnd + 1);
  if (lead.length > 100 || /[.!?;:]/u.test(lead)) return false;
  const from = lastEnd + sentenceEnd + 1;
  // Only a clause of condition or time ("Unless …,", "If …,", "When …,"): "For the union," or "In the view
  // of critics," name another source.
  const opener = tokens[tokenIndexAt(tokens, from)];
  if (!opener || !SUBORDINATORS.has(opener.normal)) return false;
  for (let k = opener.index; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token || token.start >= next.open) break;
    if (token.tags.has("Person") || isSpeechVerb(token) || isPronoun(token) || /['’]s?$/u.test(token.text)) return false;
  }
  return true;
}

/**
 * Whether a quote stands alone: nothing after it in its paragraph, or (`sameParagraph` as the quote it would
 * continue) a new sentence of the writer's after a quote that closes its own: "“…,” said Ada Quill. “…”
 * Quill added that …". `last` is the quote's last span.
 */
function standsAlone(text: string, paragraphs: Paragraph[], last: QuotedSpan, sameParagraph: boolean): boolean {
  const { close } = last;
  if (aloneInParagraph(text, paragraphs, last)) return true;
  return sameParagraph && /[.!?]["'”’»]*\s*$/u.test(text.slice(Math.max(0, close - 3), close))
    && /^\s+\p{Lu}/u.test(text.slice(close, close + 3));
}

/**
 * "“…,” Ada Quill told reporters. “What they care about is the timetable” and other pocketbook issues.": a quote
 * in its predecessor's paragraph that runs on into a few lower-case words of the writer's ending its paragraph, with no verb, name or quote among
 * them, gets no attribution there; it stands alone as much as a quote with nothing after it.
 */
function runsOnIntoTail(parsed: ParsedStory, paragraphs: Paragraph[], last: QuotedSpan): boolean {
  const { text, tokens } = parsed;
  const end = paragraphs[last.paragraph]?.end ?? text.length;
  if (!/^\s+\p{Ll}/u.test(text.slice(last.close, last.close + 3)) || /[.!?]["'”’»]*\s*$/u.test(text.slice(last.contentEnd - 2, last.contentEnd))) return false;
  const tail = tokensIn(tokens, { start: last.close, end });
  if (tail.length === 0 || tail.length > TAIL_WORDS || !/[.!?]["'”’»)]*\s*$/u.test(text.slice(0, end))) return false;
  // Only a tail joined on ("and other …"), naming no source: "“Not again” from the back of the hall." says who
  // spoke (someone else), and a tail without "and" may be any words of the writer's.
  if (!/^(and|or)$/u.test(tail[0]?.normal ?? "") || tail.some((t) => /^(from|by)$/u.test(t.normal))) return false;
  return tail.every((t) => !t.tags.has("Verb") && !t.tags.has("Person") && /^\p{Ll}/u.test(t.text) && !/[“"‘«]/u.test(t.pre + t.post));
}

/** The most words of the writer's a quote may run on into and still stand alone: "… and other pocketbook issues." */
const TAIL_WORDS = 6;

/** No word of the writer's after the quote in its paragraph, up to the next quote. */
function aloneInParagraph(text: string, paragraphs: Paragraph[], last: QuotedSpan): boolean {
  return nothingAfter(text, last.close, paragraphs[last.paragraph]?.end ?? text.length);
}

/** No word between `from` and the next opening quote mark or `end`: the quote stands alone there. */
function nothingAfter(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const ch = text.charAt(i);
    if (OPENING_MARKS.has(ch)) return true;
    if (/[\p{L}\p{N}]/u.test(ch)) return false;
  }
  return true;
}


function opensParagraph(text: string, paragraphs: Paragraph[], span: QuotedSpan): boolean {
  const paragraph = paragraphs[span.paragraph];
  return paragraph !== undefined && text.slice(paragraph.start, span.open).trim() === "";
}


/** "him" in "according to him" as the "he" it stands for (the resolver reads subject pronouns), else undefined. */
function objectPronounAsSubject(token: Token | undefined): Token | undefined {
  const subject = token ? OBJECT_PRONOUN_SUBJECTS.get(token.normal) : undefined;
  return token && subject ? { ...token, normal: subject } : undefined;
}

function wordsText(text: string, words: Token[]): string {
  const span = wordsSpan(words);
  return span ? text.slice(span.start, span.end) : "";
}

/** From the first word's start to the last word's end, or null for no words. */
function wordsSpan(words: readonly Token[]): { start: number; end: number } | null {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

interface Attributed {
  speaker: string | null;
  speakerText: string | null;
  speakerSpan: { start: number; end: number } | null;
  role: string | null;
  verb: string | null;
  verbSpan: { start: number; end: number } | null;
  via: string | null;
}

/** Longest evidence kept in a trace: the attribution words, not the sentence around them. */
const EVIDENCE_CHARS = 80;

/**
 * The words a rule read, as written: the speaker's words and the verb, in text order, from the first to the
 * last ("said Ada Quill", "Ada Quill, a pilot, said"); when far apart, the two joined by " … ".
 */
function evidenceOf(text: string, words: Token[], verb: Token | null): string {
  const pieces = [...words, ...(verb && !words.includes(verb) ? [verb] : [])].sort((x, y) => x.start - y.start);
  const all = wordsSpan(pieces);
  if (!all) return "";
  const whole = text.slice(all.start, all.end).replace(/\s+/gu, " ");
  if (whole.length <= EVIDENCE_CHARS) return whole;
  const speaker = wordsText(text, words).replace(/\s+/gu, " ");
  const joined = verb ? (verb.start < (words[0]?.start ?? 0) ? `${verb.text} … ${speaker}` : `${speaker} … ${verb.text}`) : speaker;
  return joined.length <= EVIDENCE_CHARS ? joined : `${joined.slice(0, EVIDENCE_CHARS - 1)}…`;
}

function buildQuote(text: string, q: QuoteDraft, paragraph: number, attribution: AttributionTrace, who: Attributed): Quote {
  const confidence = who.speaker === null ? null : confidenceOf(attribution);
  if (q.kind === "indirect") {
    return { text: text.slice(q.indirect.start, q.indirect.end), ...who, kind: "indirect", paragraph,
      start: q.indirect.start, end: q.indirect.end, speakerSpan: who.speakerSpan, verbSpan: who.verbSpan, attribution, confidence };
  }
  const first = q.spans[0];
  const last = lastSpanOf(q);
  const quote: Quote = {
    text: q.spans.map((s) => contentOf(text, s)).join(" "),
    speaker: who.speaker, speakerText: who.speakerText, role: who.role, verb: who.verb, kind: q.kind, via: who.via,
    paragraph, start: first.contentStart, end: last.contentEnd, speakerSpan: who.speakerSpan, verbSpan: who.verbSpan,
    attribution, confidence,
  };
  const pieces = q.spans.flatMap((s) => s.pieces);
  if (pieces.length > 1) {
    quote.fragments = pieces.map((p) => ({ text: text.slice(p.start, p.end), start: p.start, end: p.end }));
  }
  return quote;
}

/** The tokens inside a span of the text. */
function tokensIn(tokens: Token[], span: { start: number; end: number }): Token[] {
  const from = tokenIndexAt(tokens, span.start);
  const words: Token[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.end > span.end) break;
    words.push(token);
  }
  return words;
}

/**
 * "with Tom Reyes tweeting that it was a “mess” and asking, “…”": a participle after "and" that goes on
 * from the participle at `firstVerb`, so both have that one's speaker.
 */
function coordinatedParticiples(tokens: Token[], firstVerb: number, verb: Token): boolean {
  const before = TokenWindow.of(tokens).previous(verb);
  const first = tokens[tokenIndexAt(tokens, firstVerb)];
  return before?.normal === "and" && /ing$/u.test(verb.normal) && first !== undefined && /ing$/u.test(first.normal);
}

/**
 * Whether only a description or a participle's phrase stands between two offsets: no finite verb, no quote
 * mark ("Tom Reyes, the deputy harbour master, asking …", "…, urging those calling for …"; not "Ada Quill, as
 * the crowd jeered, demanding …").
 */
function onlyDescriptionBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = tokenIndexAt(tokens, from); i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.start >= to) break;
    if ((token.tags.has("Verb") && !token.tags.has("Gerund")) || /[“"‘«]/u.test(token.pre)) return false;
  }
  return true;
}

/**
 * Whether `read` stands right at the start of the words after a quote: its verb first ("… asked Ada Quill"), or its
 * speaker first and the verb straight after ("… Ada Quill asked"), with no joining word before either.
 */
function attributionRightAfter(window: readonly Token[], read: Attribution): boolean {
  const first = window[0];
  if (!first || !read.verb) return false;
  if (first === read.verb) return true;
  const speakerAt = read.speaker[0] ? window.indexOf(read.speaker[0]) : -1;
  const verbAt = window.indexOf(read.verb);
  const described = read.appositive[read.appositive.length - 1];
  // "… Ada Quill, a pilot, said": a description set off after the name may stand before the verb.
  return speakerAt === 0 && (verbAt === read.speaker.length || (described !== undefined && verbAt === window.indexOf(described) + 1));
}
