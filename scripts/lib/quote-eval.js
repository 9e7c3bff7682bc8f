/**
 * Quote section of the harness: runs the scorers over stories and accumulates the figures of one system.
 * Pure apart from what the caller passes in (stories with predictions attached).
 */
import { matchQuotes, prf } from "./quote-score.js";
import { judgeSpeaker, otherFirstName, speakerClass } from "./speaker-score.js";
import { isSpeechCue } from "./speech-verbs.js";

/**
 * The kind a gold record is scored as. PolNeAR's `kind` was derived by a program that did not know the New
 * York Times' quote marks ('' ... '') nor single curly marks: 290 NYT quotes fully inside '' marks are labelled
 * `indirect`, and about 200 records holding a '' or ‘ quoted part (NYT, and headlines such as "Issa: Hillary
 * Clinton’s ‘Honesty Is In Question.’") too. By the README's own definitions those are `direct` and
 * `mixed`, so they are scored as such. A record with no kind (the seed) is direct.
 *
 * The reading is one of three:
 * - "raw": the kinds exactly as given;
 * - "marks" (the default, the reading every figure before issue 20's last turn used): indirect records in '',
 *   ‘’ or “” marks as above;
 * - "all": also straight single marks ('Nobody saw it', and NYT records whose span starts on the second
 *   apostrophe of '') and records labelled direct that join two quotes, read as mixed. These go beyond the gold
 *   README's definitions, so figures under "all" are not comparable with others' and are reported beside the
 *   default ones, never instead of them.
 */
const OPENING = String.raw`(?:''|[‘“"])`;
/**
 * A straight single mark opening a quote: before a letter. It marks quotes in headlines ('Carson is cratering'),
 * and a record of a NYT quote whose span starts on the second apostrophe of its '' mark ('We are done,'') is
 * one too. A straight single mark closes the whole-span form; inside a span, a quoted part must close with ' after
 * at least two characters, so an elision ("rock 'n' roll", "the '90s") is not a quote.
 */
const STRAIGHT_SINGLE_OPENING = String.raw`'(?=\p{L})`;
const WHOLLY_QUOTED = new RegExp(String.raw`^\s*${OPENING}[\s\S]*(?:''|[’”"])[\s,.;:!?]*$`, "u");
const HAS_QUOTED_PART = new RegExp(String.raw`(?:^|[\s(\[—–-])${OPENING}\S`, "u");
const WHOLLY_QUOTED_ANY = new RegExp(String.raw`^\s*(?:${OPENING}|${STRAIGHT_SINGLE_OPENING})[\s\S]*(?:''|[’”"'])[\s,.;:!?]*$`, "u");
const HAS_QUOTED_PART_ANY = new RegExp(
  String.raw`(?:^|[\s(\[—–-])(?:${OPENING}\S|'\p{L}[^'\n]*?[\p{L}.,!?]'(?!\p{L}))`, "u",
);

/**
 * Two quoted pieces in one record, with the writer's words between them (`Send them home," and "Build the wall.`)
 * or none (`… we believe in."⏎"At the end of the day …`: a quote closed, and another one opened): a double mark
 * closing after a word, then at most some words outside the marks, then a double mark opening before a word.
 */
const PIECES_WITH_WORDS_BETWEEN = /(?<=[\p{L}\p{N}.,!?…-])(?:''|[”"])(?:\s*|[\s,;:]*\p{L}[^“”"]{0,200}?[\s,;:—–-])(?:''|[“"])(?=[\p{L}\p{N}…])/u;

/** @param {"raw" | "marks" | "all"} reading */
export function goldKind(q, reading = "marks") {
  const kind = q.kind ?? "direct";
  if (reading === "raw") return kind;
  const all = reading === "all";
  // A record labelled direct is "fully inside quote marks"; one holding two quoted pieces and the writer's words
  // between them is reported content with quoted parts: mixed, so each piece may match it.
  if (all && kind === "direct" && q.kind !== undefined && PIECES_WITH_WORDS_BETWEEN.test(q.text)) return "mixed";
  if (kind !== "indirect") return kind;
  const pieces = q.fragments && q.fragments.length > 0 ? q.fragments.map((f) => f.text) : [q.text];
  if (pieces.every((text) => (all ? WHOLLY_QUOTED_ANY : WHOLLY_QUOTED).test(text))) return "direct";
  if ((all ? HAS_QUOTED_PART_ANY : HAS_QUOTED_PART).test(q.text)) return "mixed";
  return kind;
}

/** Gold records scored for quote detection: kind direct or mixed. */
export const isDirectGold = (q, reading = "marks") => ["direct", "mixed"].includes(goldKind(q, reading));
/** Gold records scored for indirect speech: kind indirect with a speech-verb cue. */
export const isSpeechIndirectGold = (q, reading = "marks") => goldKind(q, reading) === "indirect" && isSpeechCue(q.cue);

export function emptyQuoteTally() {
  const speaker = () => ({ right: 0, wrong: 0, silent: 0 });
  return {
    stories: 0,
    rekinded: 0,
    rekindedDirect: 0,
    detection: { tp: 0, fp: 0, fn: 0, neutral: 0 },
    indirect: { tp: 0, fp: 0, fn: 0, neutral: 0 },
    speaker: { name: speaker(), pronoun: speaker() },
    /** Gold direct/mixed quotes with a named speaker (class "name"), found or not: named-speaker recall's denominator. */
    namedGold: 0,
    /** Judged right by last name, with another first name than the canonical one (a diagnostic to read). */
    otherFirstName: 0,
    /**
     * Every judged speaker decision: { rule, resolution, confidence, verdict } (verdict right, wrong or silent),
     * for the per-rule table, the reliability table, and the confidence training (scripts/train-confidence.js).
     */
    judged: [],
    errors: { missed: [], spurious: [], wrongSpeaker: [], silentSpeaker: [], otherFirstName: [] },
  };
}

/** Adds the outcome of matchQuotes (`m`) to detection counts { tp, fp, fn, neutral }. */
function addMatchCounts(counts, m) {
  counts.tp += m.matches.length;
  counts.fp += m.spurious.length;
  counts.fn += m.missed.length;
  counts.neutral += m.neutral.length;
}

/** Precision, recall and F1 of detection counts, with their neutral count. */
const countFigures = (counts) => ({ ...prf(counts.tp, counts.fp, counts.fn), neutral: counts.neutral });

/**
 * Scores one story for one system and adds it to `tally`.
 * preds: { direct: [...], indirect: [...] | null } (null: the system does not report indirect speech).
 */
export function tallyQuoteStory(tally, story, preds, reading = "marks") {
  const all = (story.gold.quotes ?? []).map((q) => ({ ...q, kind: goldKind(q, reading) }));
  // Counted by label, so the report can say which reading moved them: indirect records holding quote marks, and
  // direct records joining two quotes (scored as mixed).
  const moved = (story.gold.quotes ?? []).filter((q, i) => (q.kind ?? "direct") !== all[i].kind);
  tally.rekinded += moved.filter((q) => q.kind === "indirect").length;
  tally.rekindedDirect += moved.filter((q) => q.kind !== "indirect").length;
  // `all` already carries the kind to score; filter on it, not on a re-derived one.
  const golds = all.filter((q) => q.kind === "direct" || q.kind === "mixed");
  // The seed's `ignore_quotes`: texts to neither reward nor punish.
  const ignore = (story.gold.ignore_quotes ?? []).map((text) => ({ text }));
  const m = matchQuotes(golds, preds.direct, ignore);
  tally.stories++;
  addMatchCounts(tally.detection, m);
  tally.namedGold += golds.filter((q) => speakerClass(q) === "name").length;
  for (const gi of m.missed) tally.errors.missed.push({ story, gold: golds[gi] });
  for (const pi of m.spurious) tally.errors.spurious.push({ story, pred: preds.direct[pi] });
  for (const match of m.matches) {
    const gold = golds[match.gold];
    const pred = preds.direct[match.pred];
    const verdict = judgeSpeaker(gold, pred.speaker);
    if (!verdict) continue;
    tally.speaker[speakerClass(gold)][verdict]++;
    // Systems without a trace (the baseline) are counted under "untraced".
    const trace = pred.attribution ?? { rule: "untraced", resolution: "untraced" };
    tally.judged.push({ rule: trace.rule, resolution: trace.resolution, confidence: pred.confidence ?? null, paragraph: pred.paragraph ?? null, verdict });
    if (verdict === "wrong") tally.errors.wrongSpeaker.push({ story, gold, pred });
    if (verdict === "silent") tally.errors.silentSpeaker.push({ story, gold, pred });
    if (otherFirstName(gold, pred.speaker)) {
      tally.otherFirstName++;
      tally.errors.otherFirstName.push({ story, gold, pred });
    }
  }
  if (preds.indirect) {
    const speech = (q) => q.kind === "indirect" && isSpeechCue(q.cue);
    const scored = all.filter(speech);
    // Predictions on PolNeAR records outside the scored set (beliefs, findings, mixed) are not errors.
    const dontCare = all.filter((q) => !speech(q) && (q.kind === "indirect" || q.kind === "mixed"));
    addMatchCounts(tally.indirect, matchQuotes(scored, preds.indirect, dontCare));
  } else {
    tally.indirect = null;
  }
}

const share = (n, d) => (d > 0 ? n / d : null);

/** Right / wrong / silent per value of `key` ("rule" or "resolution"), most used first. */
export function countsBy(judged, key) {
  const counts = new Map();
  for (const j of judged) {
    const c = counts.get(j[key]) ?? { right: 0, wrong: 0, silent: 0 };
    c[j.verdict]++;
    counts.set(j[key], c);
  }
  return [...counts.entries()]
    .map(([id, c]) => ({ id, ...c, n: c.right + c.wrong + c.silent, precision: share(c.right, c.right + c.wrong) }))
    .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1));
}

/** Confidence bins of the reliability table: [0, 0.5), then tenths up to 0.9, then [0.9, 0.95), [0.95, 1]. */
export const CONFIDENCE_BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0000001];

/**
 * Calibration of the speakers given (verdict right or wrong; silence has no confidence): per bin the count, mean
 * confidence and share right; the expected calibration error (the bins' |share right - mean confidence|, weighted
 * by count); and, per threshold, the share of speakers kept and the share of the kept that are right.
 */
export function calibration(judged, thresholds = [0.5, 0.8, 0.9, 0.95]) {
  const given = judged.filter((j) => j.verdict !== "silent" && typeof j.confidence === "number");
  const bins = [];
  let ece = 0;
  for (let b = 0; b + 1 < CONFIDENCE_BINS.length; b++) {
    const inBin = given.filter((j) => j.confidence >= CONFIDENCE_BINS[b] && j.confidence < CONFIDENCE_BINS[b + 1]);
    if (inBin.length === 0) continue;
    const mean = inBin.reduce((s, j) => s + j.confidence, 0) / inBin.length;
    const right = inBin.filter((j) => j.verdict === "right").length / inBin.length;
    bins.push({ from: CONFIDENCE_BINS[b], to: Math.min(1, CONFIDENCE_BINS[b + 1]), n: inBin.length, meanConfidence: mean, shareRight: right });
    ece += (inBin.length / given.length) * Math.abs(right - mean);
  }
  const kept = thresholds.map((t) => {
    const k = given.filter((j) => j.confidence >= t);
    return { threshold: t, kept: share(k.length, given.length), keptRight: share(k.filter((j) => j.verdict === "right").length, k.length) };
  });
  return { n: given.length, ece: given.length > 0 ? ece : null, bins, kept };
}

/**
 * Speakers given (right or wrong) of a kind the confidence model sees only through its rule and resolution: in the
 * headline (paragraph -1), and found through a pronoun. Their count, mean confidence and share right say whether the
 * confidence holds for them too (a share right well under the mean confidence: it does not).
 */
export const CONFIDENCE_GROUPS = {
  "headline quotes": (j) => j.paragraph === -1,
  "speakers from a pronoun": (j) => typeof j.resolution === "string" && j.resolution.startsWith("pronoun"),
};

export function calibrationByGroup(judged) {
  const given = judged.filter((j) => j.verdict !== "silent" && typeof j.confidence === "number");
  return Object.fromEntries(Object.entries(CONFIDENCE_GROUPS).map(([name, inGroup]) => {
    const g = given.filter(inGroup);
    const mean = g.length > 0 ? g.reduce((s, j) => s + j.confidence, 0) / g.length : null;
    return [name, { n: g.length, meanConfidence: mean, shareRight: share(g.filter((j) => j.verdict === "right").length, g.length) }];
  }));
}

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
    rekinded: tally.rekinded,
    rekindedDirect: tally.rekindedDirect,
    detection: countFigures(tally.detection),
    attribution: speakerFigures(tally.speaker.name),
    // Found and right over every gold quote with a named speaker: a missed quote counts against it like a wrong
    // or silent speaker (the "named-speaker recall").
    namedSpeakerRecall: { right: tally.speaker.name.right, n: tally.namedGold, recall: share(tally.speaker.name.right, tally.namedGold) },
    pronoun: speakerFigures(tally.speaker.pronoun),
    speakerJudged: speakerFigures(both),
    otherFirstName: tally.otherFirstName,
    byRule: countsBy(tally.judged, "rule"),
    byResolution: countsBy(tally.judged, "resolution"),
    calibration: calibration(tally.judged),
    calibrationByGroup: calibrationByGroup(tally.judged),
    indirect: tally.indirect ? countFigures(tally.indirect) : null,
  };
}
