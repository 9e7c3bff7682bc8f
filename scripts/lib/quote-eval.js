/**
 * Quote section of the harness: runs the scorers over stories and accumulates the figures of one system.
 * Pure apart from what the caller passes in (stories with predictions attached).
 */
import { matchQuotes, prf } from "./quote-score.js";
import { judgeSpeaker, speakerClass } from "./speaker-score.js";
import { isSpeechCue } from "./speech-verbs.js";

/** Gold records scored for quote detection: kind direct or mixed (a record with no kind, as in the seed, is direct). */
export const isDirectGold = (q) => (q.kind ?? "direct") === "direct" || q.kind === "mixed";
/** Gold records scored for indirect speech: kind indirect with a speech-verb cue. */
export const isSpeechIndirectGold = (q) => q.kind === "indirect" && isSpeechCue(q.cue);

export function emptyQuoteTally() {
  const speaker = () => ({ right: 0, wrong: 0, silent: 0 });
  return {
    stories: 0,
    detection: { tp: 0, fp: 0, fn: 0, neutral: 0 },
    indirect: { tp: 0, fp: 0, fn: 0, neutral: 0 },
    speaker: { name: speaker(), pronoun: speaker() },
    errors: { missed: [], spurious: [], wrongSpeaker: [], silentSpeaker: [] },
  };
}

/**
 * Scores one story for one system and adds it to `tally`.
 * preds: { direct: [...], indirect: [...] | null } (null: the system does not report indirect speech).
 */
export function tallyQuoteStory(tally, story, preds) {
  const all = story.gold.quotes ?? [];
  const golds = all.filter(isDirectGold);
  const ignore = (story.gold.ignore_quotes ?? []).map((text) => ({ text }));
  const m = matchQuotes(golds, preds.direct, ignore);
  tally.stories++;
  tally.detection.tp += m.matches.length;
  tally.detection.fp += m.spurious.length;
  tally.detection.fn += m.missed.length;
  tally.detection.neutral += m.neutral.length;
  for (const gi of m.missed) tally.errors.missed.push({ story, gold: golds[gi] });
  for (const pi of m.spurious) tally.errors.spurious.push({ story, pred: preds.direct[pi] });
  for (const match of m.matches) {
    const gold = golds[match.gold];
    const pred = preds.direct[match.pred];
    const verdict = judgeSpeaker(gold, pred.speaker);
    if (!verdict) continue;
    tally.speaker[speakerClass(gold)][verdict]++;
    if (verdict === "wrong") tally.errors.wrongSpeaker.push({ story, gold, pred });
    if (verdict === "silent") tally.errors.silentSpeaker.push({ story, gold, pred });
  }
  if (preds.indirect) {
    const scored = all.filter(isSpeechIndirectGold);
    // Predictions on PolNeAR records outside the scored set (beliefs, findings, mixed) are not errors.
    const dontCare = all.filter((q) => !isSpeechIndirectGold(q) && (q.kind === "indirect" || q.kind === "mixed"));
    const mi = matchQuotes(scored, preds.indirect, dontCare);
    tally.indirect.tp += mi.matches.length;
    tally.indirect.fp += mi.spurious.length;
    tally.indirect.fn += mi.missed.length;
    tally.indirect.neutral += mi.neutral.length;
  } else {
    tally.indirect = null;
  }
}

const share = (n, d) => (d > 0 ? n / d : null);

/** The figures of a tally, as printed and as `--json` gives them. */
export function quoteFigures(tally) {
  const speakerFigures = (s) => {
    const n = s.right + s.wrong + s.silent;
    return { n, right: s.right, wrong: s.wrong, silent: s.silent, accuracy: share(s.right, n), wrongShare: share(s.wrong, n), silentShare: share(s.silent, n) };
  };
  const both = {
    right: tally.speaker.name.right + tally.speaker.pronoun.right,
    wrong: tally.speaker.name.wrong + tally.speaker.pronoun.wrong,
    silent: tally.speaker.name.silent + tally.speaker.pronoun.silent,
  };
  return {
    stories: tally.stories,
    detection: { ...prf(tally.detection.tp, tally.detection.fp, tally.detection.fn), neutral: tally.detection.neutral },
    attribution: speakerFigures(tally.speaker.name),
    pronoun: speakerFigures(tally.speaker.pronoun),
    speakerJudged: speakerFigures(both),
    indirect: tally.indirect ? { ...prf(tally.indirect.tp, tally.indirect.fp, tally.indirect.fn), neutral: tally.indirect.neutral } : null,
  };
}
