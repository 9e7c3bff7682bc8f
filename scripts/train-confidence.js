#!/usr/bin/env node
/**
 * npm run train:confidence: learns how often each attribution rule gives the right speaker, on the TUNING part of
 * the shared PolNeAR gold (../shared/gold/polnear + polnear-more, and the seed; scripts/lib/split.js), and writes
 * src/story/quotes/rules/confidence-table.ts, the table `quote.confidence` is read from
 * (src/story/quotes/confidence.ts). The checking part is never read here: the eval measures the calibration there.
 *
 * The model is a small logistic regression over the speakers given (judged right or wrong against the gold,
 * scripts/lib/speaker-score.js): a bias, a weight per rule, a weight per resolution (how the rule's words became
 * a name: a name, a pronoun's last speaker, ...), and a weight per (rule, resolution) pair held near 0 by a
 * stronger penalty. So a pronoun resolved under a rule seen a few times gets what pronouns get elsewhere, and a
 * pair departs from the sum of its parts only where the data says so. Deterministic: the same dist/ and gold give
 * the same file (keys sorted, figures rounded to 3 places).
 *
 *   node scripts/train-confidence.js [--jobs N] [--dry-run]
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { tuningStories } from "./lib/gold.js";
import { analyseAll } from "./lib/pool.js";
import { CodePointText } from "./lib/text.js";
import { newsxQuotes } from "./lib/predict.js";
import { emptyQuoteTally, tallyQuoteStory } from "./lib/quote-eval.js";
import { numberOption } from "./lib/options.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SETS = ["polnear", "polnear-more", "seed"];
const OUT = join(repo, "src/story/quotes/rules/confidence-table.ts");
/**
 * L2 penalties (in judged speakers) on a rule's or a resolution's weight, and on a pair's; gradient steps and rate.
 * Fixed beforehand, not fitted to the checking part.
 */
const L2 = 2;
const PAIR_L2 = 20;
const STEPS = 3000;
const RATE = 2;

const args = process.argv.slice(2);
const jobs = Math.max(1, numberOption("--jobs", Math.min(2, availableParallelism())) || 1);
const dryRun = args.includes("--dry-run");

const distEntry = join(repo, "dist", "index.js");
if (!existsSync(distEntry)) throw new Error("dist/index.js is missing: run `npm run build` first");

const stories = [...tuningStories(SETS, "quotes")];
const analysed = await analyseAll(stories.map((s) => ({ id: s.file, text: s.text })), { size: jobs, distEntry, baseline: false });
const tally = emptyQuoteTally();
for (const story of stories) {
  const a = analysed.get(story.file);
  if (!a.newsx) continue;
  const cpText = new CodePointText(story.text);
  tallyQuoteStory(tally, story, { direct: newsxQuotes(a.newsx, cpText, ["direct", "partial"]), indirect: null });
}

const given = tally.judged.filter((j) => j.verdict !== "silent");
const round = (x) => Math.round(x * 1000) / 1000;
const featuresOf = (j) => [`rule:${j.rule}`, `resolution:${j.resolution}`, `pair:${j.rule}|${j.resolution}`];
const names = [...new Set(given.flatMap(featuresOf))].sort();
const index = new Map(names.map((n, i) => [n, i]));
/** L2 penalty per feature kind: a pair (one rule resolved one way) must earn its weight with more data. */
const penalty = (name) => (name.startsWith("pair:") ? PAIR_L2 : L2);
const rows = given.map((j) => ({ x: featuresOf(j).map((f) => index.get(f)), y: j.verdict === "right" ? 1 : 0 }));
const weights = new Float64Array(names.length);
const right = rows.reduce((n, r) => n + r.y, 0);
let bias = Math.log(right / (rows.length - right));
// Full-batch gradient descent on the mean log loss plus the L2 penalties: deterministic (zero start, fixed steps).
for (let step = 0; step < STEPS; step++) {
  const grad = new Float64Array(names.length);
  let gradBias = 0;
  for (const r of rows) {
    const z = bias + r.x.reduce((s, k) => s + weights[k], 0);
    const err = 1 / (1 + Math.exp(-z)) - r.y;
    gradBias += err;
    for (const k of r.x) grad[k] += err;
  }
  bias -= RATE * gradBias / rows.length;
  for (let k = 0; k < names.length; k++) weights[k] -= RATE * (grad[k] + penalty(names[k]) * weights[k]) / rows.length;
}
const total = { n: rows.length, right };
const rules = names.filter((n) => n.startsWith("rule:"));
const table = { bias: round(bias), weights: Object.fromEntries(names.map((n, k) => [n, round(weights[k])]).filter(([, w]) => w !== 0)) };
const file = `// Written by scripts/train-confidence.js (npm run train:confidence) from the tuning part of the shared gold
// (${stories.length} stories, ${total.n} speakers judged). Do not edit by hand: run the script. The object is plain JSON:
// confidence = 1 / (1 + e^-(bias + rule weight + resolution weight + pair weight)), a missing weight counting 0.
export const CONFIDENCE_TABLE: {
  bias: number;
  weights: Record<string, number>;
} = ${JSON.stringify(table, null, 2)};
`;
if (dryRun) process.stdout.write(file);
else {
  writeFileSync(OUT, file);
  process.stdout.write(`wrote ${OUT}: ${rules.length} rules, ${names.length} weights, from ${total.n} judged speakers (${round(right / total.n)} right)\nrun npm run build to use it\n`);
}
