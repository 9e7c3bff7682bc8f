/**
 * `npm run train:spans`: cross-validates the learned name-boundary tagger of scripts/lib/spans.ts on the
 * TUNING part of the shared entity gold (gum, gum-genres, seed; scripts/lib/split.js), never the checking part.
 * It writes nothing: the tagger is not used by the pipeline, because this cross-validation finds no margin at
 * which its cut beats the rules' on held-out documents (see spans.ts). Rerun it when the features or the gold
 * change; wire the tagger in only when it says so.
 *
 *   node scripts/train-spans.js [--epochs N] [--min-docs N] [--l2 X] [--rate X] [--show] [--fit]
 *
 * Every token of every stretch of capitalised words is an example, labelled B (first word of a gold name), I (a
 * later word of one) or O (none; a nested gold name counts as none, as in flat scoring), with the gold label of
 * the token before it as a feature; a multinomial logistic regression is fitted by AdaGrad in a seeded order
 * (the same gold and code give the same figures). Features seen in fewer than --min-docs documents are dropped.
 *
 * Printed: over 5 folds by document, the exact name spans (any type) in the stretches as the rules cut them
 * (their rejected runs included, as the typer sees them) and as they are cut when the model's reading, laid over
 * the rules', replaces theirs where it is likelier by each margin; then the changes at margin 0 by kind, with how
 * many exact names each kind won or lost. --show lists each change; --fit adds the fit on all tuning documents
 * (in-sample, for comparison).
 */
import { candidateMentions } from "./lib/dist.js";
import { fileURLToPath } from "node:url";
import { importAgainstDist } from "./lib/against-dist.js";
import { parsedTuningStories } from "./lib/tuning.js";
import { fitSoftmax } from "./lib/softmax.js";
import { numberOption } from "./lib/options.js";

const args = process.argv.slice(2);

const SETS = ["gum", "gum-genres", "seed"];

const EPOCHS = numberOption("--epochs", 8);
const MIN_DOCS = numberOption("--min-docs", 5);
const L2 = numberOption("--l2", 1e-4);
const RATE = numberOption("--rate", 0.2);

const { stretchFeatures, tagStretch, scoreLabels, spansOf, overlay, LABELS } = await importAgainstDist(
  fileURLToPath(new URL("lib/spans.ts", import.meta.url)),
);

const [O, B, I] = [0, 1, 2];
const K = LABELS.length;

/** The code-point span a token range stands for (without a possessive "'s"). */
function spanKey(tokens, first, last, toCp) {
  const z = tokens[last];
  const end = /['’]s$/u.test(z.text) ? z.end - 2 : z.end;
  return `${toCp(tokens[first].start)},${toCp(end)}`;
}

/** Per document, its stretches: features, rules' labels, gold labels, and the gold span keys. */
const documents = [];
for (const { story, segmentation, parsed, toCp } of parsedTuningStories(SETS, "entities")) {
  const candidates = candidateMentions(parsed, segmentation.boilerplate, segmentation.meta.authors, false);
  const gold = story.gold.entities.filter((g) => !g.nested);
  const goldKeys = new Set(gold.map((g) => `${g.start},${g.end}`));
  // "Ave." and "B.A.": the gold may keep a name's last dot, which the tokenizer leaves outside the word.
  for (const g of gold) if (g.text.endsWith(".")) goldKeys.add(`${g.start},${g.end - 1}`);
  const { tokens } = parsed;
  const stretches = stretchFeatures(parsed, candidates).map((s) => {
    const labels = [];
    for (let k = s.from; k <= s.to; k++) {
      const start = toCp(tokens[k].start);
      const inside = gold.find((g) => start >= g.start && start < g.end);
      labels.push(!inside ? O : k > s.from && labels[labels.length - 1] !== O && toCp(tokens[k - 1].start) >= inside.start ? I : B);
    }
    const key = (a, z) => spanKey(tokens, s.from + a, s.from + z, toCp);
    const words = [], seps = [];
    for (let k = s.from; k <= s.to; k++) { words.push(tokens[k].text); seps.push(tokens[k].post.trim()); }
    return { ...s, gold: labels, key, words, seps };
  });
  documents.push({ id: story.id, stretches, goldKeys, goldCount: gold.length });
}

const docsOf = new Map();
for (const doc of documents) {
  for (const s of doc.stretches) {
    for (const fs of s.features) {
      for (const f of fs) {
        const docs = docsOf.get(f) ?? new Set();
        docs.add(doc.id);
        docsOf.set(f, docs);
      }
    }
  }
}
const kept = [...docsOf.keys()].filter((f) => docsOf.get(f).size >= MIN_DOCS);
kept.push(...LABELS.map((l) => `prev=${l}`));
kept.sort();
const index = new Map(kept.map((f, i) => [f, i]));

/** Token examples of some documents: feature ids (with the gold label before), label; I cannot follow O. */
function examplesOf(docs) {
  const rows = [];
  for (const doc of docs) {
    for (const s of doc.stretches) {
      s.features.forEach((fs, i) => {
        const previous = i === 0 ? O : s.gold[i - 1];
        const ids = [...new Set([...fs, `prev=${LABELS[previous]}`].map((f) => index.get(f)).filter((x) => x !== undefined))];
        rows.push({ ids, label: s.gold[i], blocked: previous === O ? I : -1 });
      });
    }
  }
  return rows;
}

const train = (rows) => fitSoftmax(rows, { features: kept.length, K, epochs: EPOCHS, l2: L2, rate: RATE, seed: 19 });

const tableOf = (W) => new Map([...index].map(([f, i]) => [f, Array.from(W.subarray(i * K, i * K + K))]));

/** Exact name spans in the stretches of `docs`: rules' cut, and the model's where likelier by each margin. */
function measure(table, docs, margins, tallies, rulesTally, kinds) {
  for (const doc of docs) {
    for (const s of doc.stretches) {
      const labels = overlay(s.rules, tagStretch(s.features, table).labels);
      const gain = scoreLabels(s.features, labels, table) - scoreLabels(s.features, s.rules, table);
      const count = (spans, tally) => {
        for (const [a, z] of spans) doc.goldKeys.has(s.key(a, z)) ? tally.tp++ : tally.fp++;
      };
      count(spansOf(s.rules), rulesTally);
      if (kinds && gain > 0 && labels.some((l, i) => l !== s.rules[i])) {
        const before = spansOf(s.rules).map(([a, z]) => s.key(a, z));
        const after = spansOf(labels).map(([a, z]) => s.key(a, z));
        const lost = before.filter((k) => !after.includes(k));
        const got = after.filter((k) => !before.includes(k));
        const gotRight = got.filter((k) => doc.goldKeys.has(k)).length;
        const lostRight = lost.filter((k) => doc.goldKeys.has(k)).length;
        const net = gotRight - lostRight;
        const words = (labs) => spansOf(labs).map(([a, z]) => s.words.slice(a, z + 1).join(" ")).join(" | ");
        const kind = before.length === 0 ? "new name" : s.seps.some((sep, i) => sep === "-" && labels[i + 1] === 2 && s.rules[i + 1] !== 2) ? "hyphen-join"
          : s.words.some((w, i) => (w === "and" || w === "of") && labels[i] === 2 && s.rules[i] !== 2) ? "and/of-join"
          : spansOf(labels).some(([a]) => a > 0 && s.rules[a] === 2 && s.rules[a - 1] !== 0) ? "left-trim" : "other";
        const tally = kinds.get(kind) ?? { stretches: 0, gotRight: 0, gotWrong: 0, lostRight: 0, lostWrong: 0 };
        tally.stretches++;
        tally.gotRight += gotRight;
        tally.gotWrong += got.length - gotRight;
        tally.lostRight += lostRight;
        tally.lostWrong += lost.length - lostRight;
        kinds.set(kind, tally);
        if (args.includes("--show")) console.log(`${net >= 0 ? (net > 0 ? "+" : "=") : "-"} ${kind}: ${words(s.rules)}  =>  ${words(labels)}`);
      }
      margins.forEach((m, i) => {
        count(spansOf(gain > m ? labels : s.rules), tallies[i]);
      });
    }
    rulesTally.gold += doc.goldCount;
    for (const t of tallies) t.gold += doc.goldCount;
  }
}

const prf = ({ tp, fp, gold }) => {
  const p = tp / (tp + fp), r = tp / gold;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)} (${tp} right, ${fp} wrong)`;
};

{
  const FOLDS = 5;
  const margins = [-100, 0, 0.5, 1, 2, 3, 5];
  const tallies = margins.map(() => ({ tp: 0, fp: 0, gold: 0 }));
  const rulesTally = { tp: 0, fp: 0, gold: 0 };
  const kinds = new Map();
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = sorted.filter((_, i) => i % FOLDS === fold);
    const W = train(examplesOf(sorted.filter((_, i) => i % FOLDS !== fold)));
    measure(tableOf(W), held, margins, tallies, rulesTally, kinds);
  }
  console.log(`rules' cut:            ${prf(rulesTally)}`);
  margins.forEach((m, i) => {
    console.log(`model above margin ${m}: ${prf(tallies[i])}`);
  });
  console.log("changes at margin 0, by kind (names the model's cut adds / removes, right or wrong):");
  for (const [kind, t] of [...kinds].sort()) {
    console.log(`  ${kind.padEnd(12)} ${String(t.stretches).padStart(3)} stretches: adds ${t.gotRight} right, ${t.gotWrong} wrong; removes ${t.lostRight} right, ${t.lostWrong} wrong; net ${t.gotRight - t.lostRight} exact names`);
  }
}

if (args.includes("--fit")) {
  const table = tableOf(train(examplesOf(documents)));
  const rulesTally = { tp: 0, fp: 0, gold: 0 };
  const tally = [{ tp: 0, fp: 0, gold: 0 }];
  measure(table, documents, [0], tally, rulesTally, null);
  console.log(`in-sample fit on all ${documents.length} tuning documents: rules ${prf(rulesTally)} | model above margin 0 ${prf(tally[0])}`);
}
