#!/usr/bin/env node
/**
 * npm run eval: measures newsx against the gold sets in ../shared/gold (read at run time, never copied) and
 * prints the figures next to the "plain compromise" baseline. What each figure means: scripts/README.md.
 *
 *   node scripts/eval.js [--only quotes|entities|body] [--gold DIR ...] [--limit N] [--errors N] [--json]
 *                        [--no-baseline]
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve, basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { Command, Option } from "commander";
import Table from "cli-table3";

import { loadGoldSet } from "./lib/gold.js";
import { CodePointText, contextAround } from "./lib/text.js";
import { newsxQuotes, newsxMentions, compromiseBaseline } from "./lib/predict.js";
import { emptyQuoteTally, tallyQuoteStory, quoteFigures, isDirectGold } from "./lib/quote-eval.js";
import { emptyEntityCounts, scoreEntityStory, TYPES } from "./lib/entity-score.js";
import { prf } from "./lib/quote-score.js";
import { expectedLastName } from "./lib/speaker-score.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const goldRoot = resolve(repo, "../shared/gold");
const DEFAULT_SETS = {
  quotes: ["polnear", "seed"],
  entities: ["gum", "seed"],
  body: ["pages"],
};

const program = new Command()
  .name("eval")
  .description("Score newsx on the gold sets in ../shared/gold, next to plain compromise.")
  .addOption(new Option("--only <section>", "one section only").choices(["quotes", "entities", "body"]))
  .option("--gold <dir...>", "gold folder(s) to use instead of the defaults of each section")
  .option("--limit <n>", "at most N stories per gold folder", (v) => parseCount(v, "--limit"))
  .option("--errors <n>", "print N examples of each kind of error", (v) => parseCount(v, "--errors"), 0)
  .option("--json", "print the figures as one JSON object instead of tables")
  .option("--no-baseline", "skip the plain-compromise baseline")
  .option("--raw-kinds", "score PolNeAR quote kinds exactly as given (no '' / single-mark correction)")
  .showHelpAfterError();

function parseCount(value, flag) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} wants a whole number, got "${value}"`);
  return n;
}

async function main() {
  program.parse();
  const opts = program.opts();
  const started = performance.now();
  const distEntry = join(repo, "dist", "index.js");
  if (!existsSync(distEntry)) throw new Error("dist/index.js is missing: run `npm run build` (npm run eval does it)");
  const { extract } = await import(pathToFileURL(distEntry).href);

  const sections = opts.only ? [opts.only] : ["quotes", "entities", "body"];
  const setDirs = (section) => (opts.gold ? opts.gold.map((d) => resolve(d)) : DEFAULT_SETS[section].map((s) => join(goldRoot, s)));
  const limit = opts.limit ?? Infinity;
  const rawKinds = Boolean(opts.rawKinds);
  const out = { gold: goldRoot, limit: opts.limit ?? null };
  const timing = { newsx: 0, compromise: 0 };

  // One newsx run and one compromise parse per story, shared by the sections that use the same story.
  const cache = new Map();
  const analyse = (story) => {
    if (cache.has(story.file)) return cache.get(story.file);
    const cpText = new CodePointText(story.text);
    let newsx = null;
    let crash = null;
    let t = performance.now();
    try {
      newsx = extract(story.text);
    } catch (error) {
      crash = error instanceof Error ? error.message : String(error);
    }
    timing.newsx += performance.now() - t;
    let baseline = null;
    if (opts.baseline) {
      t = performance.now();
      baseline = compromiseBaseline(story.text);
      timing.compromise += performance.now() - t;
    }
    const result = { cpText, newsx, crash, baseline };
    cache.set(story.file, result);
    return result;
  };

  const printed = [];
  const print = (s = "") => printed.push(s);
  const crashes = new Set();

  if (sections.includes("quotes")) {
    out.quotes = {};
    const total = { newsx: emptyQuoteTally(), compromise: emptyQuoteTally() };
    for (const dir of setDirs("quotes")) {
      const stories = loadGoldSet(dir, limit).filter((s) => Array.isArray(s.gold.quotes));
      const tally = { newsx: emptyQuoteTally(), compromise: emptyQuoteTally() };
      for (const story of stories) {
        const a = analyse(story);
        if (a.crash) crashes.add(`${story.file}: ${a.crash}`);
        const np = a.newsx
          ? { direct: newsxQuotes(a.newsx, a.cpText, ["direct", "partial"]), indirect: newsxQuotes(a.newsx, a.cpText, ["indirect"]) }
          : { direct: [], indirect: [] };
        for (const t of [tally.newsx, total.newsx]) tallyQuoteStory(t, story, np, rawKinds);
        if (a.baseline) for (const t of [tally.compromise, total.compromise]) tallyQuoteStory(t, story, { direct: a.baseline.quotes, indirect: null }, rawKinds);
      }
      const set = basename(dir);
      out.quotes[set] = { newsx: quoteFigures(tally.newsx), compromise: opts.baseline ? quoteFigures(tally.compromise) : null };
      printQuoteTable(print, `Quotes: ${set}`, stories, out.quotes[set], rawKinds);
      if (opts.errors > 0) printQuoteErrors(print, tally.newsx, opts.errors, set);
    }
  }

  if (sections.includes("entities")) {
    out.entities = {};
    const total = { newsx: emptyEntityCounts(), compromise: emptyEntityCounts() };
    for (const dir of setDirs("entities")) {
      const stories = loadGoldSet(dir, limit).filter((s) => Array.isArray(s.gold.entities));
      const counts = { newsx: emptyEntityCounts(), compromise: emptyEntityCounts() };
      const errors = { missed: [], spurious: [] };
      for (const story of stories) {
        const a = analyse(story);
        if (a.crash) crashes.add(`${story.file}: ${a.crash}`);
        const preds = a.newsx ? newsxMentions(a.newsx) : [];
        const r = scoreEntityStory(counts.newsx, story.gold.entities, preds);
        scoreEntityStory(total.newsx, story.gold.entities, preds);
        for (const g of r.lenient.missed) errors.missed.push({ story, g });
        for (const p of r.lenient.spurious) errors.spurious.push({ story, p });
        if (a.baseline) scoreEntityStory(counts.compromise, story.gold.entities, a.baseline.mentions);
      }
      const set = basename(dir);
      out.entities[set] = { stories: stories.length, newsx: entityFigures(counts.newsx), compromise: opts.baseline ? entityFigures(counts.compromise) : null };
      printEntityTable(print, `Entities: ${set}`, stories, out.entities[set]);
      if (opts.errors > 0) printEntityErrors(print, errors, opts.errors, set);
    }
  }

  if (sections.includes("body")) {
    // ---- BODY HOOK -------------------------------------------------------------------------------------
    // Body scoring is written by another helper as scripts/lib/body-score.js. The harness only wires it in:
    // it calls `evaluateBody({ dirs, limit, errors, extract })` (dirs: the pages gold folder(s)), expecting
    // { figures, lines }: figures go into --json as `body`, lines are printed. Adjust here if it differs.
    const bodyModule = join(repo, "scripts", "lib", "body-score.js");
    if (!existsSync(bodyModule)) {
      print("Body: body scoring not installed (scripts/lib/body-score.js is missing)");
      out.body = null;
    } else {
      const body = await import(pathToFileURL(bodyModule).href);
      const result = await body.evaluateBody({ dirs: setDirs("body"), limit, errors: opts.errors, extract });
      out.body = result.figures;
      for (const line of result.lines ?? []) print(line);
    }
    print();
    // ---- END BODY HOOK ---------------------------------------------------------------------------------
  }

  const elapsed = (performance.now() - started) / 1000;
  out.crashes = [...crashes];
  out.elapsed_s = round(elapsed, 1);
  out.time_s = { newsx: round(timing.newsx / 1000, 1), compromise: round(timing.compromise / 1000, 1) };
  if (opts.json) {
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  } else {
    if (crashes.size > 0) {
      print(`newsx threw on ${crashes.size} stor${crashes.size === 1 ? "y" : "ies"} (scored as finding nothing):`);
      for (const c of crashes) print(`  ${c}`);
    }
    print(`Elapsed ${elapsed.toFixed(1)} s (newsx ${out.time_s.newsx} s, compromise baseline ${out.time_s.compromise} s)`);
    process.stdout.write(printed.join("\n") + "\n");
  }
}

// ---- figures and tables ------------------------------------------------------------------------------

const round = (x, d = 3) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const fmt = (x) => (x === null || x === undefined ? "–" : x.toFixed(3));
const pct = (x) => (x === null || x === undefined ? "–" : `${(100 * x).toFixed(1)}%`);

function entityFigures(counts) {
  const fig = {};
  for (const [mode, rows] of Object.entries(counts)) {
    fig[mode] = {};
    for (const [type, c] of Object.entries(rows)) {
      const r = prf(c.tp, c.fp, c.fn);
      fig[mode][type] = { ...r, precision: round(r.precision), recall: round(r.recall), f1: round(r.f1) };
    }
  }
  return fig;
}

function table(head) {
  return new Table({ head, style: { head: [], border: [] }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } });
}

function printQuoteTable(print, title, stories, fig, rawKinds) {
  const golds = stories.reduce((n, s) => n + s.gold.quotes.filter((q) => isDirectGold(q, rawKinds)).length, 0);
  print(`${title} (${stories.length} stories, ${golds} gold direct+mixed quotes)`);
  if (fig.newsx.rekinded > 0) {
    print(`  ${fig.newsx.rekinded} gold records labelled indirect hold quote marks ('' or ‘’) and are scored as direct/mixed; --raw-kinds to score the labels as given`);
  }
  const t = table(["", "newsx", "compromise"]);
  const n = fig.newsx;
  const c = fig.compromise;
  const d = (f) => (f ? `${f.tp} / ${f.fp} / ${f.fn} / ${f.neutral}` : "–");
  t.push(
    ["detection precision", fmt(n.detection.precision), fmt(c?.detection.precision)],
    ["detection recall", fmt(n.detection.recall), fmt(c?.detection.recall)],
    ["detection F1", fmt(n.detection.f1), fmt(c?.detection.f1)],
    ["  hit / spurious / missed / neither", d(n.detection), d(c?.detection)],
    ["attribution accuracy (name-in-span)", fmt(n.attribution.accuracy), fmt(c?.attribution.accuracy)],
    ["  judged / wrong name / silent", sp(n.attribution), sp(c?.attribution)],
    ["pronoun accuracy (corenlp-coref)", fmt(n.pronoun.accuracy), fmt(c?.pronoun.accuracy)],
    ["  judged / wrong name / silent", sp(n.pronoun), sp(c?.pronoun)],
    ["all judged: wrong name / silent", `${pct(n.speakerJudged.wrongShare)} / ${pct(n.speakerJudged.silentShare)}`, c ? `${pct(c.speakerJudged.wrongShare)} / ${pct(c.speakerJudged.silentShare)}` : "–"],
    ["indirect (speech cue) P / R / F1", n.indirect ? `${fmt(n.indirect.precision)} / ${fmt(n.indirect.recall)} / ${fmt(n.indirect.f1)}` : "–", "not reported"],
    ["  hit / spurious / missed / neither", d(n.indirect), "–"],
  );
  print(t.toString());
  print();
}

function sp(f) {
  return f ? `${f.n} / ${f.wrong} / ${f.silent}` : "–";
}

function printEntityTable(print, title, stories, fig) {
  const golds = stories.reduce((n, s) => n + s.gold.entities.filter((e) => !e.nested).length, 0);
  print(`${title} (${stories.length} stories, ${golds} flat gold mentions)`);
  const t = table(["", "newsx P", "R", "F1", "compromise P", "R", "F1"]);
  const row = (label, mode, type) => {
    const n = fig.newsx[mode][type];
    const c = fig.compromise?.[mode][type];
    t.push([label, fmt(n.precision), fmt(n.recall), fmt(n.f1), fmt(c?.precision), fmt(c?.recall), fmt(c?.f1)]);
  };
  for (const mode of ["strict", "lenient"]) {
    for (const type of TYPES) row(`${mode} ${type}`, mode, type);
    row(`${mode} micro`, mode, "all");
  }
  row("lenient, any type, micro", "agnostic", "all");
  print(t.toString());
  print();
}

/** N examples spread evenly over the list, so they come from many stories, not the first one. */
function spread(list, n) {
  if (list.length <= n) return list;
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]);
}

const clip = (s, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);

function printQuoteErrors(print, tally, n, set) {
  const cp = (story) => new CodePointText(story.text);
  print(`Examples of newsx quote errors (${set}):`);
  print(`-- missed quotes (${tally.errors.missed.length})`);
  for (const { story, gold } of spread(tally.errors.missed, n)) {
    print(`  [${story.id}] ${gold.kind ?? "direct"} ${gold.start}-${gold.end}: "${clip(gold.text)}"`);
    print(`      context: ${contextAround(cp(story), gold.start, gold.end)}`);
  }
  print(`-- spurious quotes (${tally.errors.spurious.length})`);
  for (const { story, pred } of spread(tally.errors.spurious, n)) {
    print(`  [${story.id}] ${pred.kind} ${pred.start}-${pred.end}: "${clip(pred.text)}" speaker=${JSON.stringify(pred.speaker)}`);
    print(`      context: ${contextAround(cp(story), pred.start, pred.end)}`);
  }
  for (const [label, list] of [
    ["wrong speaker", tally.errors.wrongSpeaker],
    ["silent speaker (null)", tally.errors.silentSpeaker],
  ]) {
    print(`-- ${label} (${list.length})`);
    for (const { story, gold, pred } of spread(list, n)) {
      print(`  [${story.id}] predicted ${JSON.stringify(pred.speaker)}; gold "${gold.speaker}" (canonical ${JSON.stringify(gold.speaker_canonical)}, ${gold.speaker_canonical_method ?? "seed"}; last name "${expectedLastName(gold)}")`);
      print(`      quote: "${clip(gold.text, 120)}"`);
      print(`      sentence: ${contextAround(cp(story), gold.start, gold.end)}`);
    }
  }
  print();
}

function printEntityErrors(print, errors, n, set) {
  print(`Examples of newsx entity errors, lenient (${set}):`);
  print(`-- missed mentions (${errors.missed.length})`);
  for (const { story, g } of spread(errors.missed, n)) print(`  [${story.id}] ${g.type} ${g.start}-${g.end} "${g.text}"   …${contextAround(new CodePointText(story.text), g.start, g.end, 160)}`);
  print(`-- spurious mentions (${errors.spurious.length})`);
  for (const { story, p } of spread(errors.spurious, n)) print(`  [${story.id}] ${p.type} ${p.start}-${p.end} "${p.text}"   …${contextAround(new CodePointText(story.text), p.start, p.end, 160)}`);
  print();
}

main().catch((error) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.DEBUG) process.stderr.write(`${error?.stack}\n`);
  process.exitCode = 1;
});
