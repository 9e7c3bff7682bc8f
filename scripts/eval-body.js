#!/usr/bin/env node
/**
 * Scores body extraction on the gold pages (whole news web pages saved as text, with the article body as judged
 * by the annotators of a public extraction benchmark). Run after `npm run build`:
 *
 *     node scripts/eval-body.js [gold-pages-folder] [--pages]
 *
 * The folder defaults to ../shared/gold/pages relative to the repository root. `--pages` also lists the
 * per-page figures, worst first, which is where to start reading when the score drops.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/index.js";
import { scoreBodies } from "./lib/body-score.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const showPages = args.includes("--pages");
const folder = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "..", "shared", "gold", "pages"));

const names = readdirSync(folder)
  .filter((f) => f.endsWith(".gold-body.txt"))
  .map((f) => f.slice(0, -".gold-body.txt".length))
  .sort();
if (names.length === 0) {
  console.error(`eval-body: no *.gold-body.txt files in ${folder}`);
  process.exitCode = 2;
} else {
  const raw = [];
  const broken = [];
  const ours = [];
  let millis = 0;
  for (const name of names) {
    const text = readFileSync(join(folder, `${name}.txt`), "utf8").replace(/^\uFEFF/, "");
    const gold = readFileSync(join(folder, `${name}.gold-body.txt`), "utf8");
    const t0 = performance.now();
    const story = extract(text);
    millis += performance.now() - t0;
    // The contract every block keeps: its text is exactly its span of the input (code points, as in the JSON).
    const points = [...text];
    for (const block of [...story.paragraphs, ...story.boilerplate]) {
      if (points.slice(block.start, block.end).join("") !== block.text) broken.push(`${name}@${block.start}`);
    }
    raw.push({ gold, predicted: text });
    ours.push({ gold, predicted: story.paragraphs.map((p) => p.text).join("\n\n") });
  }
  const baseline = scoreBodies(raw);
  const result = scoreBodies(ours);
  const fmt = (r) => `P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`;
  console.log(`body extraction on ${names.length} pages (${folder})`);
  console.log(`  raw page text   ${fmt(baseline)}`);
  console.log(`  newsx           ${fmt(result)}   (${(millis / names.length).toFixed(2)} ms/page)`);
  if (broken.length > 0) {
    console.log(`  BROKEN SPANS (text differs from the input slice): ${broken.slice(0, 10).join(", ")}`);
    process.exitCode = 1;
  }
  if (showPages) {
    const rows = result.pages.map((m, i) => ({ name: names[i], ...m }));
    rows.sort((a, b) => a.precision + a.recall - (b.precision + b.recall));
    for (const r of rows) {
      console.log(`  ${r.precision.toFixed(2)} ${r.recall.toFixed(2)}  ${r.name}`);
    }
  }
}
