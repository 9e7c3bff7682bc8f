/**
 * `npm run train`: learns the entity typer's weights (src/story/entities/entity-model.json) from the TUNING part
 * of the shared entity gold (gum, gum-genres, seed; scripts/lib/split.js), never from the checking part.
 *
 *   npm run train                 (builds dist/ first, then runs this script)
 *   node scripts/train-entities.js [--epochs N] [--min-docs N] [--l2 X] [--rate X] [--margin X] [--accept X]
 *                                  [--accept-organization X] [--genre-cv]
 *                                  [--person-place X] [--organization X] [--pool sum|mean]
 *                                  [--drop PREFIX,...] [--dry-run] [--cv [--confusion] [--dump FILE]]
 *
 * --cv reports 5-fold cross-validation by document inside the tuning part (model against rules, on the
 * candidates, with the gold names no candidate touches counted as missed; micro and per-type F1) and writes
 * nothing: the defaults below were chosen with it, never with the checking part. With --cv the margins may be
 * comma-separated lists (`--accept 1,2,3`), and every combination is scored from one training per fold;
 * --dump FILE writes each held-out candidate with its gold label, the rules' type and the model's (the last
 * combination), for reading the tuning part's typing errors. --margin: nats by which the model must beat the
 * rules' type to replace it (100: never, which cross-validated best); --genre-cv: the folds are whole genres
 * (news, bio, voyage, ...), each held out in turn, the test of text of a kind never seen; --accept-organization:
 * nats by which "organization" must beat "none" for a run the rules rejected to become a body (default: --accept;
 * see ACCEPT_ORGANIZATION below); --accept: nats by which a type must beat
 * "none" for a run the rules rejected to become a name; --person-place and --organization: the margins
 * between a person and a place, and between an organisation and either (100: never; organisation margins of
 * 1 to 8 all cross-validated worse); --pool: how a name's mentions are pooled ("sum" of log-probabilities, or
 * their "mean": the mean cross-validated no better, and with the smaller margins it needs it turned many
 * politicians' surnames on the PolNeAR stories into places, see scripts/entity-drift.js).
 *
 * For every document: the pipeline's candidate names with the rules' types (candidateMentions in dist/), each
 * labelled with the type of the gold mention it overlaps most, or "none" when it overlaps no gold name; the
 * features of src/story/entities/features.ts; then a multinomial logistic regression trained by AdaGrad in a
 * fixed order (a seeded shuffle), so the same gold and code always give the same file. Features seen in fewer
 * than --min-docs documents are dropped: a name one story repeats is not learnt by heart.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { candidateMentions, decide, storyFeatures } from "./lib/dist.js";
import { parsedTuningStories } from "./lib/tuning.js";
import { fitSoftmax, probabilities as softmax } from "./lib/softmax.js";
import { numberOption, valueOption } from "./lib/options.js";

const args = process.argv.slice(2);

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SETS = ["gum", "gum-genres", "seed"];
const CLASSES = ["person", "organization", "place", "none"];
const OUT = join(repo, "src/story/entities/entity-model.json");

const EPOCHS = numberOption("--epochs", 10);
const MIN_DOCS = numberOption("--min-docs", 8);
const L2 = numberOption("--l2", 1e-4);
const RATE = numberOption("--rate", 0.2);
/** The model overrides the rules only when its log-odds against the rules' type exceed this. */
const MARGIN = args.includes("--cv") ? 100 : numberOption("--margin", 100);
/** A run the rules rejected becomes a name when a type beats "none" by this many nats. */
const ACCEPT = args.includes("--cv") ? 2 : numberOption("--accept", 2);
/**
 * The same for a run the model takes for an organisation (defaults to --accept). Never admitting such a body
 * (100) cross-validated better on the entity gold (micro F1 0.789 -> 0.798 with whole genres held out, 0.810 ->
 * 0.815 by documents), but on the PolNeAR news stories, which the model never trained on, the bodies it admits
 * ("Twitter", "Verizon", "AP", "Islamic State", "Media Matters") are right more often than wrong: left at --accept.
 */
const ACCEPT_ORGANIZATION = args.includes("--cv") ? undefined : numberOption("--accept-organization", ACCEPT);
/** The override margin between person and place (defaults to --margin). */
const PERSON_PLACE = args.includes("--cv") ? 5 : numberOption("--person-place", 5);
/** The override margin between an organisation and a person or place (defaults to --margin). */
const ORGANIZATION = args.includes("--cv") ? 100 : numberOption("--organization", 100);
/** How a name's mentions are pooled before the decision: "mean" log-probability per mention, or "sum". */
const POOL = args.includes("--pool") ? args[args.indexOf("--pool") + 1] : "sum";
const dryRun = args.includes("--dry-run");

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The gold type a candidate (code-point offsets) stands for, or "none". */
function labelOf(candidate, golds) {
  let best = null;
  for (const g of golds) {
    if (g.nested) continue;
    const size = overlap(candidate, g);
    if (size > 0 && (!best || size > best.size)) best = { size, type: g.type };
  }
  if (best) return best.type;
  const nested = golds.find((g) => g.nested && g.start === candidate.start && g.end === candidate.end);
  return nested ? nested.type : "none";
}

const examples = [];
const uncovered = new Map();
let documents = 0;
for (const { story, segmentation, parsed, toCp } of parsedTuningStories(SETS, "entities")) {
  documents++;
  const candidates = candidateMentions(parsed, segmentation.boilerplate, segmentation.meta.authors);
  const spans = candidates.map(({ mention: m }) => ({ start: toCp(m.start), end: toCp(m.end) }));
  // Gold names no candidate touches: missed whatever the typer decides (counted in the cross-validation).
  uncovered.set(story.id, story.gold.entities.filter((g) => !g.nested && !spans.some((s) => overlap(s, g) > 0)).length);
  const features = storyFeatures(parsed, candidates);
  for (const [n, { mention: m, rule }] of candidates.entries()) {
    const span = spans[n];
    examples.push({ doc: story.id, name: m.text.toLowerCase(), rule: CLASSES.indexOf(rule), label: CLASSES.indexOf(labelOf(span, story.gold.entities)), features: features[n] });
  }
}

// Keep features seen in at least MIN_DOCS documents.
const docsOf = new Map();
for (const ex of examples) {
  for (const f of ex.features) {
    const docs = docsOf.get(f) ?? new Set();
    docs.add(ex.doc);
    docsOf.set(f, docs);
  }
}
const dropped = valueOption("--drop")?.split(",") ?? [];
const kept = [...docsOf.keys()].filter((f) => docsOf.get(f).size >= MIN_DOCS && !dropped.some((d) => f.startsWith(d))).sort();
const index = new Map(kept.map((f, i) => [f, i]));
const data = examples.map((ex) => ({ doc: ex.doc, name: ex.name, rule: ex.rule, label: ex.label, ids: [...new Set(ex.features.map((f) => index.get(f)).filter((i) => i !== undefined))] }));

const K = CLASSES.length;

/** Trains on `rows` ({label, ids}); returns the weight table (feature id * K + class). */
const train = (rows) => fitSoftmax(rows, { features: kept.length, K, epochs: EPOCHS, l2: L2, rate: RATE, seed: 19 });
const probabilities = (W, ids) => softmax(W, ids, K);

/**
 * Cross-validation inside the tuning part (folds by document): the typed precision / recall / F1 of the
 * decisions on candidates, for choosing the options without looking at the checking part.
 */
if (args.includes("--cv")) {
  const docs = [...new Set(data.map((r) => r.doc))].sort();
  // --genre-cv: each fold holds out one whole genre (news, bio, voyage, ...), the test of text of a kind the
  // model never saw; otherwise five folds of documents.
  const genreOf = (doc) => /^GUM_([a-z]+)_/u.exec(doc)?.[1] ?? doc;
  const genres = [...new Set(docs.map(genreOf))].sort();
  const byGenre = args.includes("--genre-cv");
  const FOLDS = byGenre ? genres.length : 5;
  // Each fold's held-out rows with their pooled log-probabilities; the decisions are made below for every
  // combination of the margins given (comma-separated lists), so one run compares several settings.
  const held = [];
  let uncoveredCount = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const heldDocs = new Set(docs.filter((doc, i) => (byGenre ? genreOf(doc) === genres[fold] : i % FOLDS === fold)));
    for (const doc of heldDocs) uncoveredCount += uncovered.get(doc);
    const W = train(data.filter((r) => !heldDocs.has(r.doc)));
    const test = data.filter((r) => heldDocs.has(r.doc));
    held.push(...test.map((r) => ({ ...r, key: `${r.doc}\u0000${r.name}`, lp: probabilities(W, r.ids).map(Math.log) })));
  }
  // Pool per document and written name, as the typer does.
  const pooled = new Map();
  const counts = new Map();
  for (const r of held) {
    const sum = pooled.get(r.key);
    if (sum) for (let c = 0; c < K; c++) sum[c] += r.lp[c];
    else pooled.set(r.key, [...r.lp]);
    counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  }
  if (POOL === "mean") for (const [key, sum] of pooled) for (let c = 0; c < K; c++) sum[c] /= counts.get(key);
  const list = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1].split(",").map(Number) : [fallback]);
  const f1 = (tp, fp, fn) => (2 * tp) / (2 * tp + fp + fn);
  const f = (tp, fp, fn) => { const p = tp / (tp + fp), r = tp / (tp + fn); return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1(tp, fp, fn).toFixed(3)}`; };
  /** Typed figures of a decision function over the held-out rows: micro and per type (person, organisation, place). */
  const score = (guessOf) => {
    const confusion = CLASSES.map(() => new Array(K).fill(0));
    for (const r of held) confusion[r.label][guessOf(r)]++;
    const per = [0, 1, 2].map((c) => {
      const tp = confusion[c][c];
      const fp = CLASSES.reduce((s, _, g) => s + (g === c ? 0 : confusion[g][c]), 0);
      const fn = CLASSES.reduce((s, _, g) => s + (g === c ? 0 : confusion[c][g]), 0);
      return { tp, fp, fn };
    });
    const tp = per.reduce((s, x) => s + x.tp, 0);
    const fp = per.reduce((s, x) => s + x.fp, 0);
    // A gold name typed wrongly counts once as missed (its fp is the wrong type's); uncovered golds are missed.
    const fn = confusion.slice(0, 3).reduce((s, row, c) => s + row.reduce((t, n, g) => t + (g === c ? 0 : n), 0), 0) + uncoveredCount;
    return { confusion, micro: f(tp, fp, fn), types: per.map((x) => f1(x.tp, x.fp, x.fn).toFixed(3)).join(" ") };
  };
  const rules = score((r) => r.rule);
  console.log(rules.confusion.map((row, c) => `  rules ${CLASSES[c].padEnd(13)} ${row.join(" ")}`).join("\n"));
  console.log(`rules: ${rules.micro}; person / organisation / place F1 ${rules.types}`);
  for (const margin of list("--margin", MARGIN)) {
    for (const accept of list("--accept", ACCEPT)) {
      for (const acceptOrganization of list("--accept-organization", accept)) {
      for (const personPlace of list("--person-place", PERSON_PLACE)) {
        for (const organization of list("--organization", ORGANIZATION)) {
        const m = { classes: CLASSES, overrideMargin: margin, acceptMargin: accept, acceptOrganizationMargin: acceptOrganization, personPlaceMargin: personPlace, organizationMargin: organization };
        const model = score((r) => decide(pooled.get(r.key), r.rule, m));
        if (args.includes("--confusion")) console.log(model.confusion.map((row, c) => `  ${CLASSES[c].padEnd(13)} ${row.join(" ")}`).join("\n"));
        console.log(`pool ${POOL} margin ${margin} accept ${accept} accept-organization ${acceptOrganization} person-place ${personPlace} organization ${organization}: model ${model.micro}; types ${model.types}`);
        // --dump FILE: every held-out candidate (of the last setting) with its gold label, the rules' type and
        // the cross-validated model's, for reading the tuning part's typing errors.
        if (args.includes("--dump")) {
          const rows = held.map((r) => [r.doc, r.name, CLASSES[r.label], CLASSES[r.rule], CLASSES[decide(pooled.get(r.key), r.rule, m)]].join("\t"));
          writeFileSync(args[args.indexOf("--dump") + 1], `${rows.join("\n")}\n`);
        }
        }
        }
      }
    }
  }
  process.exit(0);
}

const W = train(data);
let right = 0;
const confusion = CLASSES.map(() => new Array(K).fill(0));
for (const { ids, label } of data) {
  const p = probabilities(W, ids);
  const guess = p.indexOf(Math.max(...p));
  confusion[label][guess]++;
  if (guess === label) right++;
}
console.log(`${documents} tuning documents, ${data.length} candidates, ${kept.length} features kept (of ${docsOf.size})`);
console.log(`training accuracy ${(right / data.length).toFixed(3)}; rows gold, columns model: ${CLASSES.join(" ")}`);
for (let c = 0; c < K; c++) console.log(`  ${CLASSES[c].padEnd(13)} ${confusion[c].join(" ")}`);

const weights = {};
for (const [f, i] of index) {
  const w = Array.from(W.subarray(i * K, i * K + K), (x) => Math.round(x * 1000) / 1000);
  if (w.some((x) => x !== 0)) weights[f] = w;
}
const file = {
  note: "Written by scripts/train-entities.js (npm run train) from the tuning part of the entity gold; do not edit.",
  classes: CLASSES, overrideMargin: MARGIN, acceptMargin: ACCEPT, acceptOrganizationMargin: ACCEPT_ORGANIZATION === ACCEPT ? undefined : ACCEPT_ORGANIZATION, personPlaceMargin: PERSON_PLACE, organizationMargin: ORGANIZATION, pool: POOL, weights,
};
if (!dryRun) {
  writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${OUT} (${Object.keys(weights).length} features)`);
}
