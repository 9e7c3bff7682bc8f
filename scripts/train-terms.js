/**
 * `npm run train:terms`: fits the quoted-term model of src/story/quotes/term.ts on the TUNING part of the shared
 * PolNeAR gold (polnear, polnear-more, seed; scripts/lib/split.js) and writes its weights to
 * src/story/quotes/rules/term-weights.json. The checking part is never read here.
 *
 *   node scripts/train-terms.js [--cv] [--dry-run] [--steps N] [--l2 X]
 *
 * Every partial quote newsx finds (a phrase woven into a sentence; whole quotes are never terms) is an example:
 * a quotation when it matches a gold direct or mixed quote under the eval's own scoring (scripts/lib/quote-score.js,
 * the default gold reading), a term when it is spurious; a phrase that is neither (a second piece of a matched
 * mixed quote) is left out. A binary logistic regression over the named features of term.ts is fitted by full-batch
 * gradient descent from zero weights, so the same code and gold always give the same file. --cv prints, over 5
 * folds by story, how many quotations and terms the fitted model keeps and drops, beside keeping every phrase.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractEntities, extractQuotes } from "./lib/dist.js";
import { parsedTuningStories } from "./lib/tuning.js";
import { goldKind } from "./lib/quote-eval.js";
import { matchQuotes } from "./lib/quote-score.js";
import { fnv1a } from "./lib/split.js";
import { numberOption } from "./lib/options.js";

const args = process.argv.slice(2);
const cv = args.includes("--cv");
const dryRun = args.includes("--dry-run");
const STEPS = numberOption("--steps", 3000);
const L2 = numberOption("--l2", 1e-3);
const RATE = 0.5;
const THRESHOLD = 0.5;
const SETS = ["polnear", "polnear-more", "seed"];
const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(repo, "src/story/quotes/rules/term-weights.json");

const examples = [];
for (const { story, segmentation, parsed, toCp } of parsedTuningStories(SETS, "quotes")) {
  const { drafts } = extractEntities(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const termLog = [];
  const quotes = extractQuotes(parsed, segmentation.paragraphs, drafts, { indirect: false, termLog });
  const marked = quotes.filter((q) => q.kind !== "indirect");
  const preds = marked.map((q) => {
    const spans = q.fragments && q.fragments.length > 0 ? q.fragments : [q];
    return { text: q.text, pieces: spans.map((s) => ({ start: toCp(s.start), end: toCp(s.end), text: parsed.text.slice(s.start, s.end) })) };
  });
  const golds = (story.gold.quotes ?? []).map((q) => ({ ...q, kind: goldKind(q) })).filter((q) => q.kind === "direct" || q.kind === "mixed");
  const ignore = (story.gold.ignore_quotes ?? []).map((text) => ({ text }));
  const m = matchQuotes(golds, preds, ignore);
  const hit = new Set(m.matches.map((x) => x.pred));
  const spurious = new Set(m.spurious);
  for (const { quote, features } of termLog) {
    // The default gold reading does not read straight single marks ('like this'): such a phrase is spurious
    // whatever it is, so its label says nothing about terms and it is left out.
    if (parsed.text.charAt(quote.start - 1) === "'" && parsed.text.charAt(quote.start - 2) !== "'") continue;
    const i = marked.indexOf(quote);
    if (hit.has(i)) examples.push({ story: story.id, label: 1, features, text: quote.text });
    else if (spurious.has(i)) examples.push({ story: story.id, label: 0, features, text: quote.text });
  }
}

const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();

function fit(train) {
  const w = new Float64Array(names.length);
  const xs = train.map((e) => names.map((n) => e.features[n] ?? 0));
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(names.length);
    for (const [k, e] of train.entries()) {
      const x = xs[k];
      const score = x.reduce((s, v, j) => s + v * w[j], 0);
      const p = 1 / (1 + Math.exp(-score));
      for (let j = 0; j < names.length; j++) grad[j] += (p - e.label) * x[j];
    }
    for (let j = 0; j < names.length; j++) w[j] -= RATE * (grad[j] / train.length + (names[j] === "bias" ? 0 : L2 * w[j]));
  }
  return Object.fromEntries(names.map((n, j) => [n, Math.round(w[j] * 1000) / 1000]));
}

const probability = (weights, e) => 1 / (1 + Math.exp(-Object.entries(e.features).reduce((s, [k, v]) => s + (weights[k] ?? 0) * v, 0)));
const quotations = examples.filter((e) => e.label === 1).length;
process.stdout.write(`${examples.length} partial quotes in the tuning part: ${quotations} quotations, ${examples.length - quotations} terms\n`);

if (cv) {
  const folds = 5;
  const foldOf = (e) => fnv1a(e.story) % folds;
  const kept = { quote: 0, term: 0 };
  const wrong = [];
  for (let k = 0; k < folds; k++) {
    const weights = fit(examples.filter((e) => foldOf(e) !== k));
    for (const e of examples.filter((x) => foldOf(x) === k)) {
      const keep = probability(weights, e) >= THRESHOLD;
      if (keep) kept[e.label ? "quote" : "term"]++;
      if (keep !== (e.label === 1)) wrong.push(e);
    }
  }
  process.stdout.write(`held out: kept ${kept.quote} of ${quotations} quotations and ${kept.term} of ${examples.length - quotations} terms`
    + ` (net ${(examples.length - quotations - kept.term) - (quotations - kept.quote)} errors fewer than keeping every phrase)\n`);
  // The rule the model replaced: drop a word or two with no speaker and no verb of saying or judging in its sentence.
  const bare = examples.filter((e) => e.features.shortBare === 1);
  const bareQuotes = bare.filter((e) => e.label === 1).length;
  process.stdout.write(`the short-and-bare rule alone drops ${bareQuotes} quotations and ${bare.length - bareQuotes} terms (net ${bare.length - 2 * bareQuotes})\n`);
  if (args.includes("--show")) for (const e of wrong) process.stdout.write(`  ${e.label ? "dropped quotation" : "kept term"}: ${e.text}  ${JSON.stringify(e.features)}\n`);
} else {
  const weights = fit(examples);
  const file = `${JSON.stringify({ weights, threshold: THRESHOLD, examples: examples.length }, null, 2)}\n`;
  if (dryRun) process.stdout.write(file);
  else {
    writeFileSync(OUT, file);
    process.stdout.write(`wrote ${OUT}: ${names.length} weights from ${examples.length} partial quotes\nrun npm run build to use it\n`);
  }
}
