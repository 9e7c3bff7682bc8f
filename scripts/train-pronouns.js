#!/usr/bin/env node
/**
 * npm run train:pronouns: fits the pronoun ranker (src/story/quotes/antecedent.ts) on the TUNING part of the shared
 * PolNeAR gold (../shared/gold/polnear + polnear-more; scripts/lib/split.js) and writes its weights to
 * src/story/quotes/rules/pronoun-weights.json. The checking part is never read here.
 *
 * For every tuning story the pipeline runs up to the quotes (reported speech included) with a log of each "he" or
 * "she" the resolver was asked about and the candidates the ranker saw (extractQuotes' `pronounLog`). A pronoun
 * whose gold record names its speaker (PolNeAR's `corenlp-coref` speaker of any kind: direct, mixed or indirect)
 * is an example when exactly one candidate has the gold speaker's last name. The labels are CoreNLP's
 * coreference, not a person's (about 90% right on the whole; see the README): pronouns whose label is no candidate
 * drop out, which removes most of its errors.
 *
 * The model is a conditional logistic regression (softmax over one pronoun's candidates) with an L2 penalty,
 * fitted by full-batch gradient descent from zero: the same code and gold give the same file.
 *
 *   node scripts/train-pronouns.js [--cv] [--l2 X] [--dry-run]
 *
 * --cv: 5-fold cross-validation by story inside the tuning part: the ranker's choice against the label, next
 * to the rules' choice, and the share right among the kept for several thresholds. Nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractEntities, extractQuotes } from "./lib/dist.js";
import { fnv1a } from "./lib/split.js";
import { parsedTuningStories } from "./lib/tuning.js";
import { lastNameToken } from "./lib/speaker-score.js";
import { numberOption, valueOption } from "./lib/options.js";

const args = process.argv.slice(2);

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SETS = ["polnear", "polnear-more"];
const OUT = join(repo, "src/story/quotes/rules/pronoun-weights.json");

/** L2 penalty per example on each weight; steps and rate of the descent. Fixed beforehand, checked with --cv. */
const L2 = numberOption("--l2", 0.1);
const STEPS = numberOption("--steps", 4000);
const RATE = 0.5;
/**
 * The least probability the best candidate needs where the rules are silent. At first 0.5 (likelier than all the
 * others together: --cv and the eval found 0.3 and 0.5 a quote apart); once the people index knew more genders
 * and pronoun subjects, 0.3 filled more silences rightly on both parts (pronoun agreement 0.705 / 0.718 ->
 * 0.711 / 0.723; on the tuning part three more right and one more wrong name; --cv where the rules are silent
 * right / wrong / silent 9 / 3 / 4 at 0.5, 11 / 4 / 1 at 0.3). Such speakers get resolution pronoun-ranked and a
 * low confidence, so --min-confidence drops them.
 */
const THRESHOLD = numberOption("--threshold", 0.3);
const dryRun = args.includes("--dry-run");
const cv = args.includes("--cv");

const PRONOUN = /^(he|she)$/iu;

/** A story's gold pronoun speakers ("he", "she" resolved by CoreNLP): code-point offset -> last name token. */
function pronounSpeakers(story) {
  const golds = new Map();
  for (const q of story.gold.quotes) {
    if (q.speaker_canonical_method !== "corenlp-coref" || !PRONOUN.test((q.speaker ?? "").trim()) || q.speaker_start == null) continue;
    const last = lastNameToken(q.speaker_canonical);
    if (last) golds.set(q.speaker_start, last);
  }
  return golds;
}

let examples = [];
let goldPronouns = 0;
let unlabelled = 0;
/** --examples FILE: reuse the examples written there by an earlier run (to try options without rerunning the pipeline). */
const cache = valueOption("--examples") ?? null;
const cached = cache && existsSync(cache) ? JSON.parse(readFileSync(cache, "utf8")) : null;
if (cached) ({ examples, goldPronouns, unlabelled } = cached);
// Stories without a gold pronoun speaker are skipped before the parse.
const withPronounSpeakers = (story) => pronounSpeakers(story).size > 0;
for (const { story, segmentation, parsed, toCp } of parsedTuningStories(cached ? [] : SETS, "quotes", withPronounSpeakers)) {
  const golds = pronounSpeakers(story);
  const { drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const log = [];
  extractQuotes(parsed, segmentation.paragraphs, drafts, { indirect: true, pronounLog: log });
  const seen = new Set();
  for (const decision of log) {
    const at = toCp(decision.offset);
    const last = golds.get(at);
    if (!last || seen.has(at)) continue;
    seen.add(at);
    goldPronouns++;
    const matching = decision.candidates.flatMap((c, i) => (lastNameToken(c.name) === last ? [i] : []));
    if (matching.length !== 1) {
      unlabelled++;
      continue;
    }
    examples.push({
      story: story.id,
      label: matching[0],
      rulesRight: decision.byRules !== null && lastNameToken(decision.byRules) === last,
      rulesSilent: decision.byRules === null,
      candidates: decision.candidates.map((c) => c.features),
    });
  }
}

if (cache && !cached) writeFileSync(cache, JSON.stringify({ examples, goldPronouns, unlabelled }));
const names = [...new Set(examples.flatMap((e) => e.candidates.flatMap((f) => Object.keys(f))))].sort();

function fitWeights(train) {
  const w = new Float64Array(names.length);
  const xs = train.map((e) => e.candidates.map((f) => names.map((n) => f[n] ?? 0)));
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(names.length);
    for (const [k, e] of train.entries()) {
      const x = xs[k];
      const scores = x.map((row) => row.reduce((s, v, j) => s + v * w[j], 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      for (const [i, row] of x.entries()) {
        const p = exp[i] / sum - (i === e.label ? 1 : 0);
        for (let j = 0; j < names.length; j++) grad[j] += p * row[j];
      }
    }
    for (let j = 0; j < names.length; j++) w[j] -= RATE * (grad[j] / train.length + L2 * w[j]);
  }
  return Object.fromEntries(names.map((n, j) => [n, Math.round(w[j] * 1000) / 1000]));
}

function best(weights, e) {
  const scores = e.candidates.map((f) => Object.entries(f).reduce((s, [k, v]) => s + (weights[k] ?? 0) * v, 0));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  const i = scores.indexOf(top);
  return { index: i, p: exp[i] / sum };
}

const share = (n, d) => (d > 0 ? (n / d).toFixed(3) : "–");
process.stdout.write(`${goldPronouns} gold he/she speakers met by the resolver in the tuning part; ${examples.length} labelled (${unlabelled} whose label is no single candidate)\n`);
if (cv) {
  const folds = 5;
  const foldOf = (e) => fnv1a(e.story) % folds;
  const thresholds = [0, 0.3, 0.4, 0.5, 0.6, 0.7];
  const tally = thresholds.map(() => ({ right: 0, wrong: 0, silent: 0 }));
  /** The ranker where the rules say nothing (how it is used: src/story/quotes/resolve.ts). */
  const fill = thresholds.map(() => ({ right: 0, wrong: 0, silent: 0 }));
  for (let k = 0; k < folds; k++) {
    const weights = fitWeights(examples.filter((e) => foldOf(e) !== k));
    for (const e of examples.filter((x) => foldOf(x) === k)) {
      const b = best(weights, e);
      thresholds.forEach((t, i) => {
        const verdict = b.p < t ? "silent" : b.index === e.label ? "right" : "wrong";
        tally[i][verdict]++;
        if (e.rulesSilent) fill[i][verdict]++;
      });
    }
  }
  const rules = { right: examples.filter((e) => e.rulesRight).length, silent: examples.filter((e) => e.rulesSilent).length };
  process.stdout.write(`rules:  right ${share(rules.right, examples.length)}, wrong ${share(examples.length - rules.right - rules.silent, examples.length)}, silent ${share(rules.silent, examples.length)}\n`);
  for (const [i, t] of thresholds.entries()) {
    const c = tally[i];
    const f = fill[i];
    process.stdout.write(`ranker (threshold ${t}): right ${share(c.right, examples.length)}, wrong ${share(c.wrong, examples.length)}, silent ${share(c.silent, examples.length)}, right of kept ${share(c.right, c.right + c.wrong)}; where the rules are silent: right / wrong / silent ${f.right} / ${f.wrong} / ${f.silent}\n`);
  }
} else {
  const weights = fitWeights(examples);
  const file = `${JSON.stringify({ weights, threshold: THRESHOLD, examples: examples.length }, null, 2)}\n`;
  if (dryRun) process.stdout.write(file);
  else {
    writeFileSync(OUT, file);
    process.stdout.write(`wrote ${OUT}: ${names.length} weights from ${examples.length} pronouns\nrun npm run build to use it\n`);
  }
}
