#!/usr/bin/env node
/**
 * npm run train:confidence: learns how often each attribution rule gives the right speaker, on the TUNING part of
 * the shared PolNeAR gold (../shared/gold/polnear + polnear-more, and the seed; scripts/lib/split.js), and writes
 * src/story/quotes/rules/confidence-table.ts, the table `quote.confidence` is read from
 * (src/story/quotes/confidence.ts). The checking part is never read here: the eval measures the calibration there.
 *
 * The model is smoothed counting, in two levels. Over the speakers given (judged right or wrong against the gold,
 * scripts/lib/speaker-score.js):
 *   overall           = right / judged
 *   rule              = (right_rule + M * overall) / (judged_rule + M)
 *   rule + resolution = (right_pair + M * rule) / (judged_pair + M)
 * so a rule seen a few times stays near the mean, and a rare way of resolving stays near its rule. Deterministic:
 * the same dist/ and gold give the same file (keys sorted, figures rounded to 3 places).
 *
 *   node scripts/train-confidence.js [--jobs N] [--dry-run]
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { loadGoldSet } from "./lib/gold.js";
import { analyseAll } from "./lib/pool.js";
import { CodePointText } from "./lib/text.js";
import { newsxQuotes } from "./lib/predict.js";
import { emptyQuoteTally, tallyQuoteStory } from "./lib/quote-eval.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const goldRoot = resolve(repo, "../shared/gold");
const SETS = ["polnear", "polnear-more", "seed"];
const OUT = join(repo, "src/story/quotes/rules/confidence-table.ts");
/** Prior strength of the smoothing, in judged speakers. */
const M = 20;

const args = process.argv.slice(2);
const jobsAt = args.indexOf("--jobs");
const jobs = jobsAt >= 0 ? Math.max(1, Number(args[jobsAt + 1]) || 1) : Math.min(2, availableParallelism());
const dryRun = args.includes("--dry-run");

const distEntry = join(repo, "dist", "index.js");
if (!existsSync(distEntry)) throw new Error("dist/index.js is missing: run `npm run build` first");

const stories = SETS.flatMap((set) => loadGoldSet(join(goldRoot, set)))
  .filter((s) => Array.isArray(s.gold.quotes) && s.part === "tuning");
const analysed = await analyseAll(stories.map((s) => ({ id: s.file, text: s.text })), { size: jobs, distEntry, baseline: false });
const tally = emptyQuoteTally();
for (const story of stories) {
  const a = analysed.get(story.file);
  if (!a.newsx) continue;
  const cpText = new CodePointText(story.text);
  tallyQuoteStory(tally, story, { direct: newsxQuotes(a.newsx, cpText, ["direct", "partial"]), indirect: null });
}

const given = tally.judged.filter((j) => j.verdict !== "silent");
const count = (list) => ({ n: list.length, right: list.filter((j) => j.verdict === "right").length });
const round = (x) => Math.round(x * 1000) / 1000;
const total = count(given);
const overall = total.right / total.n;
const byRule = {};
const byRuleAndResolution = {};
const rules = [...new Set(given.map((j) => j.rule))].sort();
for (const rule of rules) {
  const own = given.filter((j) => j.rule === rule);
  const c = count(own);
  const ruleShare = (c.right + M * overall) / (c.n + M);
  byRule[rule] = round(ruleShare);
  for (const resolution of [...new Set(own.map((j) => j.resolution))].sort()) {
    const p = count(own.filter((j) => j.resolution === resolution));
    byRuleAndResolution[`${rule}|${resolution}`] = round((p.right + M * ruleShare) / (p.n + M));
  }
}
const table = { overall: round(overall), byRule, byRuleAndResolution };
const file = `// Written by scripts/train-confidence.js (npm run train:confidence) from the tuning part of the shared gold
// (${stories.length} stories, ${total.n} speakers judged). Do not edit by hand: run the script. The object is plain JSON.
export const CONFIDENCE_TABLE: {
  overall: number;
  byRule: Record<string, number>;
  byRuleAndResolution: Record<string, number>;
} = ${JSON.stringify(table, null, 2)};
`;
if (dryRun) process.stdout.write(file);
else {
  writeFileSync(OUT, file);
  process.stdout.write(`wrote ${OUT}: ${rules.length} rules, ${Object.keys(byRuleAndResolution).length} rule+resolution pairs, from ${total.n} judged speakers (overall ${round(overall)})\nrun npm run build to use it\n`);
}
