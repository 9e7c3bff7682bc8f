#!/usr/bin/env node
/**
 * npm run train:quotes: fits and cross-validates a learned keep-or-drop decision on quoted stretches (features:
 * src/story/quotes/mark-model.ts) on the TUNING part of the shared PolNeAR gold (../shared/gold/polnear +
 * polnear-more, and the seed; scripts/lib/split.js). The checking part is never read here. It writes nothing: the
 * decision is not used by the pipeline (scripts/README.md says why).
 *
 * For every tuning story the pipeline runs up to the quotes with a log of every quoted stretch the rules decided
 * on (extractQuotes' `markLog`), titles the rules drop before attribution included. The logged stretches of a story
 * are scored against its gold direct and mixed quotes together, as the eval scores a prediction
 * (scripts/lib/quote-score.js): one that matches a gold quote is an example of a quotation (1), one that is spurious
 * an example of a term, title or name in marks (0); one neither right nor wrong (a further piece of a gold mixed
 * quote) is no example.
 *
 * The model is a logistic regression with an L2 penalty, fitted by full-batch gradient descent from zero
 * (deterministic). By default it fits it on 4 of 5 folds of stories and scores the fifth, then reports
 * detection precision, recall and F1 of the rules alone and of the rules overruled where the model is sure: below
 * `drop` a quote the rules keep goes, above `keep` a stretch the rules drop (a scare quote, or a title) stays.
 *
 *   node scripts/train-quotes.js [--l2 X] [--examples FILE] [--list] [--weights]
 *
 * --examples FILE: reuse the examples logged there by an earlier run. --list: the held-out stretches the model is
 * surest to overrule (tuning part). --weights: the weights fitted on the whole tuning part, printed, not written.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { extractEntities, extractQuotes } from "./lib/dist.js";
import { fnv1a } from "./lib/split.js";
import { parsedTuningStories } from "./lib/tuning.js";
import { matchQuotes } from "./lib/quote-score.js";
import { isDirectGold, goldKind } from "./lib/quote-eval.js";
import { numberOption, valueOption } from "./lib/options.js";

const args = process.argv.slice(2);
const SETS = ["polnear", "polnear-more", "seed"];

/** L2 penalty per example on each weight (0.003 held out best of 0.01, 0.003, 0.001); steps and rate of the descent. */
const L2 = numberOption("--l2", 0.003);
const STEPS = numberOption("--steps", 3000);
const RATE = 1;

let examples = [];
let goldTotal = 0;
/** --examples FILE: reuse the examples written there by an earlier run (to try options without rerunning the pipeline). */
const cache = valueOption("--examples") ?? null;
const cached = cache && existsSync(cache) ? JSON.parse(readFileSync(cache, "utf8")) : null;
if (cached) ({ examples, goldTotal } = cached);
for (const { story, segmentation, parsed, toCp } of parsedTuningStories(cached ? [] : SETS, "quotes")) {
  const { drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const log = [];
  extractQuotes(parsed, segmentation.paragraphs, drafts, { indirect: false, markLog: log });
  const golds = story.gold.quotes.filter((q) => isDirectGold(q)).map((q) => ({ ...q, kind: goldKind(q) }));
  const ignore = (story.gold.ignore_quotes ?? []).map((text) => ({ text }));
  goldTotal += golds.length;
  const preds = log.map((d) => ({
    text: d.candidate.text,
    pieces: d.pieces.map((p) => ({ start: toCp(p.start), end: toCp(p.end), text: parsed.text.slice(p.start, p.end) })),
  }));
  const m = matchQuotes(golds, preds, ignore);
  const matched = new Set(m.matches.map((x) => x.pred));
  const spurious = new Set(m.spurious);
  for (const [i, d] of log.entries()) {
    if (!matched.has(i) && !spurious.has(i)) continue;
    const around = parsed.text.slice(Math.max(0, d.candidate.start - 80), d.candidate.end + 60).replace(/\s+/gu, " ");
    examples.push({ story: story.id, label: matched.has(i) ? 1 : 0, rulesKeep: d.rulesKeep, title: d.candidate.title, features: d.features, text: d.candidate.text, around });
  }
}
if (cache && !cached) writeFileSync(cache, JSON.stringify({ examples, goldTotal }));

const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
const index = new Map(names.map((n, i) => [n, i]));

function fitModel(train) {
  const w = new Float64Array(names.length);
  const rows = train.map((e) => Object.entries(e.features).map(([k, v]) => [index.get(k), v]));
  const positives = train.reduce((n, e) => n + e.label, 0);
  let bias = Math.log(positives / Math.max(1, train.length - positives));
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    for (const [k, e] of train.entries()) {
      const z = rows[k].reduce((s, [j, v]) => s + w[j] * v, bias);
      const err = 1 / (1 + Math.exp(-z)) - e.label;
      gradBias += err;
      for (const [j, v] of rows[k]) grad[j] += err * v;
    }
    bias -= (RATE * gradBias) / train.length;
    for (let j = 0; j < names.length; j++) w[j] -= RATE * (grad[j] / train.length + L2 * w[j]);
  }
  const round = (x) => Math.round(x * 1000) / 1000;
  const weights = Object.fromEntries(names.map((n, j) => [n, round(w[j])]).filter(([, v]) => v !== 0));
  return { bias: round(bias), weights };
}

const probability = (m, e) => 1 / (1 + Math.exp(-Object.entries(e.features).reduce((s, [k, v]) => s + (m.weights[k] ?? 0) * v, m.bias)));

/** Detection figures when the rules decide, overruled below `drop` and above `keep`. */
function figures(scored, drop, keep) {
  let tp = 0;
  let fp = 0;
  for (const { e, p } of scored) {
    const kept = e.rulesKeep ? p >= drop : p > keep;
    if (kept && e.label === 1) tp++;
    if (kept && e.label === 0) fp++;
  }
  const fn = goldTotal - tp;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const f3 = (x) => x.toFixed(3);
const positives = examples.filter((e) => e.label === 1).length;
process.stdout.write(`${examples.length} quoted stretches in the tuning part (${positives} quotations, ${examples.length - positives} terms, titles or names); ${goldTotal} gold direct+mixed quotes\n`);
if (!args.includes("--weights")) {
  const folds = 5;
  const foldOf = (e) => fnv1a(e.story) % folds;
  const scored = [];
  for (let k = 0; k < folds; k++) {
    const m = fitModel(examples.filter((e) => foldOf(e) !== k));
    for (const e of examples.filter((x) => foldOf(x) === k)) scored.push({ e, p: probability(m, e) });
  }
  const show = (label, r) => process.stdout.write(`${label}: P ${f3(r.precision)} R ${f3(r.recall)} F1 ${f3(r.f1)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})\n`);
  show("rules alone", figures(scored, 0, 1));
  if (args.includes("--list")) {
    for (const s of [...scored].sort((a, b) => a.p - b.p).filter((s) => s.e.rulesKeep).slice(0, 40)) process.stdout.write(`keep? ${f3(s.p)} ${s.e.label} ${JSON.stringify(s.e.text).slice(0, 60)} | ${(s.e.around ?? "").slice(0, 160)}\n`);
    for (const s of [...scored].sort((a, b) => b.p - a.p).filter((s) => !s.e.rulesKeep).slice(0, 30)) process.stdout.write(`drop? ${f3(s.p)} ${s.e.label} ${JSON.stringify(s.e.text).slice(0, 60)} | ${(s.e.around ?? "").slice(0, 160)}\n`);
  }
  /** Area under the ROC curve of the held-out probabilities within a group: how well the model ranks there. */
  const auc = (group) => {
    const pos = group.filter((s) => s.e.label === 1).map((s) => s.p);
    const neg = group.filter((s) => s.e.label === 0).map((s) => s.p);
    let wins = 0;
    for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
    return pos.length && neg.length ? f3(wins / (pos.length * neg.length)) : "–";
  };
  process.stdout.write(`held-out AUC: all ${auc(scored)}; kept by the rules ${auc(scored.filter((s) => s.e.rulesKeep))}; titles ${auc(scored.filter((s) => s.e.title))}; scare quotes ${auc(scored.filter((s) => !s.e.rulesKeep && !s.e.title))}\n`);
  for (const drop of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) {
    for (const keep of [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]) show(`drop < ${drop}, keep > ${keep}`, figures(scored, drop, keep));
  }
} else {
  const m = fitModel(examples);
  process.stdout.write(`${JSON.stringify({ bias: m.bias, weights: m.weights, examples: examples.length }, null, 2)}\n`);
}
