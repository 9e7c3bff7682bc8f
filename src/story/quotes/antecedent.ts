/**
 * Which person a "he" or "she" that attributes a quote stands for, as a ranking: every person of the right
 * gender named or heard in the last paragraphs is a candidate, described by a few features (was the last
 * speaker, is the subject of this or the previous sentence, how far back, how often named, …), and a small
 * conditional logistic model scores them. Its weights are data (rules/pronoun-weights.json), fitted by
 * scripts/train-pronouns.js on the tuning part of the shared gold only.
 */
import type { Token } from "../../nlp/parse.js";
import { maxOf } from "../../lib/arrays.js";
import type { EntityDraft } from "../entities/merge.js";
import { isPerson, type Gender, type PeopleIndex } from "./people.js";
import weights from "./rules/pronoun-weights.json" with { type: "json" };

/** A speech act or a subject position, in text order (the resolver's SpeechAct and Subject). */
interface Act {
  offset: number;
  paragraph: number;
  draft: EntityDraft;
}

interface SubjectAct extends Act {
  sentence: number;
}

/** What the ranker sees about the pronoun and the story before it. */
export interface PronounContext {
  pronoun: Token;
  paragraph: number;
  wanted: Gender;
  /** Speech acts resolved before, in text order. */
  history: Act[];
  /** People who are a sentence's subject, in text order. */
  subjects: SubjectAct[];
  people: PeopleIndex;
  /** The gender used for agreement (the resolver's). */
  genderOf: (draft: EntityDraft) => Gender | null;
  /** The sentence holding a text offset (for speech acts, which carry only an offset). */
  sentenceAt: (offset: number) => number | undefined;
}

export interface PronounCandidate {
  draft: EntityDraft;
  features: Record<string, number>;
}

/** How many paragraphs back a candidate may have been named or heard. */
const REACH = 2;

/** Candidates with their features, most recently named first. */
export function pronounCandidates(ctx: PronounContext): PronounCandidate[] {
  const { pronoun, paragraph, wanted } = ctx;
  const offset = pronoun.start;
  const compatible = (d: EntityDraft) => isPerson(d) && ctx.genderOf(d) !== (wanted === "male" ? "female" : "male");
  const acts = ctx.history.filter((a) => a.offset < offset && paragraph - a.paragraph <= REACH && compatible(a.draft));
  const lastSpeaker = acts[acts.length - 1];
  const subjects = ctx.subjects.filter((s) => s.offset < offset && paragraph - s.paragraph <= REACH && compatible(s.draft));
  const latestSubject = subjects[subjects.length - 1];
  const drafts = new Set<EntityDraft>(acts.map((a) => a.draft));
  const actSentences = acts.map((a) => ctx.sentenceAt(a.offset));
  // A sentence that reports someone's speech: its subject may be what the speaker talks about ("Cruz electrified the
  // crowds, Stovall said."), not a speaker.
  const reporter = new Map<number, EntityDraft>();
  acts.forEach((a, i) => { const sentence = actSentences[i]; if (sentence !== undefined) reporter.set(sentence, a.draft); });
  for (const s of subjects) drafts.add(s.draft);
  let lastMentioned: { draft: EntityDraft; start: number } | null = null;
  /** The first person the pronoun's paragraph names in the story's own words: the paragraph's topic. */
  let firstInParagraph: { draft: EntityDraft; start: number } | null = null;
  for (const person of ctx.people.people) {
    if (!compatible(person.draft)) continue;
    for (const m of person.mentions) {
      if (m.inQuote || m.start >= offset || m.paragraph === null || paragraph - m.paragraph > REACH) continue;
      drafts.add(person.draft);
      if (m.paragraph === paragraph && (!firstInParagraph || m.start < firstInParagraph.start)) firstInParagraph = { draft: person.draft, start: m.start };
      if (!lastMentioned || m.start > lastMentioned.start) lastMentioned = { draft: person.draft, start: m.start };
    }
  }
  const candidates: PronounCandidate[] = [];
  for (const draft of drafts) {
    const person = ctx.people.of(draft);
    const before = (person?.mentions ?? []).filter((m) => !m.inQuote && m.start < offset);
    const last = before[before.length - 1];
    const myActs = acts.filter((a) => a.draft === draft);
    const mySubjects = subjects.filter((s) => s.draft === draft);
    // The nearest sentence where the person was named, spoke or was the subject.
    const sentences = [...before.map((m) => m.sentence), ...mySubjects.map((s) => s.sentence)];
    const nearest = maxOf(sentences, -1);
    const distance = nearest >= 0 ? pronoun.sentence - nearest : 10;
    const spokeLast = myActs[myActs.length - 1];
    const mySentences = acts.flatMap((a, i) => { const sentence = actSentences[i]; return a.draft === draft && sentence !== undefined ? [sentence] : []; });
    const lastSubject = mySubjects[mySubjects.length - 1];
    const reportedBy = lastSubject ? reporter.get(lastSubject.sentence) : undefined;
    const f: Record<string, number> = {
      last_speaker: lastSpeaker?.draft === draft && paragraph - lastSpeaker.paragraph <= 1 ? 1 : 0,
      spoke_recently: spokeLast ? 1 : 0,
      own_subject: mySubjects.some((s) => s.sentence === pronoun.sentence) ? 1 : 0,
      previous_subject: mySubjects.some((s) => s.sentence === pronoun.sentence - 1) ? 1 : 0,
      latest_subject: latestSubject?.draft === draft ? 1 : 0,
      subject_after_speaker: latestSubject?.draft === draft && (!lastSpeaker || latestSubject.offset > lastSpeaker.offset) ? 1 : 0,
      last_mentioned: lastMentioned?.draft === draft ? 1 : 0,
      first_in_paragraph: firstInParagraph?.draft === draft ? 1 : 0,
      same_paragraph: before.some((m) => m.paragraph === paragraph) || myActs.some((a) => a.paragraph === paragraph) ? 1 : 0,
      previous_paragraph: before.some((m) => m.paragraph === paragraph - 1) ? 1 : 0,
      sentence_distance: Math.log1p(Math.max(0, distance)),
      mentions: Math.log1p(person?.mentions.filter((m) => !m.inQuote).length ?? 0),
      gender_known: ctx.genderOf(draft) === wanted ? 1 : 0,
      last_possessive: last?.possessive ? 1 : 0,
      opens_paragraph: before.some((m) => m.opensParagraph && paragraph - (m.paragraph ?? -9) <= 1) ? 1 : 0,
      headline: (person?.mentions ?? []).some((m) => !m.inQuote && m.paragraph === null) ? 1 : 0,
      subject_count: Math.log1p(person?.subjectSentences.length ?? 0),
      spoke_previous_sentence: mySentences.some((n) => n === pronoun.sentence || n === pronoun.sentence - 1) ? 1 : 0,
      subject_of_report: reportedBy !== undefined && reportedBy !== draft ? 1 : 0,
      // "Cruz attacked Rubio. He said …": named last as the object of a verb or a preposition, not as its subject.
      last_object: last?.object ? 1 : 0,
    };
    candidates.push({ draft, features: f });
  }
  return candidates;
}

export interface PronounWeights {
  weights: Record<string, number>;
  /** The least probability the best candidate needs; below it the pronoun is left unresolved. */
  threshold: number;
}

/** Each candidate's probability under the model (softmax of the weighted features), best first. */
export function rankCandidates(candidates: PronounCandidate[], model: PronounWeights = weights): { draft: EntityDraft; p: number }[] {
  if (candidates.length === 0) return [];
  const scores = candidates.map((c) => Object.entries(c.features).reduce((s, [k, v]) => s + (model.weights[k] ?? 0) * v, 0));
  const top = maxOf(scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return candidates.map((c, i) => ({ draft: c.draft, p: (exp[i] ?? 0) / sum })).sort((a, b) => b.p - a.p);
}

/** The model's choice, or null when no candidate is likely enough. */
export function rankedAntecedent(candidates: PronounCandidate[], model: PronounWeights = weights): EntityDraft | null {
  const best = rankCandidates(candidates, model)[0];
  return best && best.p >= model.threshold ? best.draft : null;
}
