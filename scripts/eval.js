#!/usr/bin/env node
/**
 * npm run eval: measures newsx against the gold sets in ../shared/gold (read at run time, never copied) and
 * prints the figures next to the "plain compromise" baseline. What each figure means: scripts/README.md.
 *
 *   node scripts/eval.js [--only quotes|entities|body] [--gold DIR ...] [--limit N] [--errors N] [--json]
 *                        [--no-baseline] [--by-group]
 *
 * Every figure comes in two parts, tuning and checking (scripts/lib/split.js); `--errors` shows the tuning
 * part's errors only.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve, basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { Command, Option } from "commander";
import Table from "cli-table3";

import { availableParallelism } from "node:os";
import { loadGoldSet, loadBodyPages, loadMetaPages } from "./lib/gold.js";
import { META_FIELDS, scoreMetaPage, metaAccuracy } from "./lib/meta-score.js";
import { analyseAll } from "./lib/pool.js";
import { CodePointText, contextAround } from "./lib/text.js";
import { newsxQuotes, newsxMentions } from "./lib/predict.js";
import { emptyQuoteTally, tallyQuoteStory, quoteFigures, isDirectGold } from "./lib/quote-eval.js";
import { emptyEntityCounts, scoreEntityStory, TYPES } from "./lib/entity-score.js";
import { prf } from "./lib/quote-score.js";
import { expectedLastName } from "./lib/speaker-score.js";
import { PARTS } from "./lib/split.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const goldRoot = resolve(repo, "../shared/gold");
const DEFAULT_SETS = {
  quotes: ["polnear", "polnear-more", "seed"],
  entities: ["gum", "gum-genres", "seed"],
  body: ["pages"],
  meta: ["pages"],
};

const program = new Command()
  .name("eval")
  .description("Score newsx on the gold sets in ../shared/gold, next to plain compromise.")
  .addOption(new Option("--only <section>", "one section only").choices(["quotes", "entities", "body", "meta"]))
  .option("--gold <dir...>", "gold folder(s) to use instead of the defaults of each section")
  .option("--limit <n>", "at most N stories per gold folder", (v) => parseCount(v, "--limit"))
  .option("--errors <n>", "print N examples of each kind of error", (v) => parseCount(v, "--errors"), 0)
  .addOption(new Option("--errors-for <system>", "whose errors --errors prints").choices(["newsx", "compromise"]).default("newsx"))
  .option("--json", "print the figures as one JSON object instead of tables")
  .option("--no-baseline", "skip the plain-compromise baseline")
  .option("--jobs <n>", "worker threads analysing stories", (v) => Math.max(1, parseCount(v, "--jobs")), Math.min(2, availableParallelism()))
  .option("--by-group", "also give the figures of each outlet, genre or site (a whole group held out in turn)")
  .option("--raw-kinds", "score PolNeAR quote kinds exactly as given (no '' / ‘’ / “” correction)")
  .option("--all-kinds", "also read straight single marks and direct records joining two quotes (beyond the gold README; scripts/lib/quote-eval.js)")
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
  // newsx runs in worker threads only (lib/analyse-worker.js), never in this thread nor beside the baseline.

  const sections = opts.only ? [opts.only] : ["quotes", "entities", "body", "meta"];
  const setDirs = (section) => (opts.gold ? opts.gold.map((d) => resolve(d)) : DEFAULT_SETS[section].map((s) => join(goldRoot, s)));
  const limit = opts.limit ?? Infinity;
  const reading = opts.rawKinds ? "raw" : opts.allKinds ? "all" : "marks";
  const out = { gold: goldRoot, limit: opts.limit ?? null };
  const timing = { newsx: 0, compromise: 0 };

  // Load every folder the chosen sections score, then analyse each story once (newsx + one compromise parse)
  // on a pool of worker threads; scoring afterwards is cheap and stays here.
  const folders = {};
  for (const section of ["quotes", "entities"]) {
    if (!sections.includes(section)) continue;
    const key = section === "quotes" ? "quotes" : "entities";
    folders[section] = setDirs(section).map((dir) => ({
      dir,
      stories: loadGoldSet(dir, limit).filter((s) => Array.isArray(s.gold[key])),
    }));
  }
  const unique = new Map();
  for (const list of Object.values(folders)) for (const { stories } of list) for (const s of stories) unique.set(s.file, s);
  const analysed = await analyseAll(
    [...unique.values()].map((s) => ({ id: s.file, text: s.text })),
    { size: opts.jobs, distEntry, baseline: opts.baseline },
  );
  for (const a of analysed.values()) {
    timing.newsx += a.ms.newsx;
    timing.compromise += a.ms.compromise;
  }
  const analyse = (story) => ({ ...analysed.get(story.file), cpText: new CodePointText(story.text) });

  // The contract: a span's text is exactly the input between its code-point offsets. A breach would quietly
  // ruin strict scores, so it is counted and reported.
  const spanCheck = { checked: 0, broken: [] };
  const checkSpan = (story, cpText, kind, span) => {
    spanCheck.checked++;
    if (cpText.slice(span.start, span.end) !== span.text) {
      spanCheck.broken.push(`${story.id} ${kind} ${span.start}-${span.end} ${JSON.stringify(span.text)}`);
    }
  };
  const printed = [];
  const print = (s = "") => printed.push(s);
  const crashes = new Set();

  // Every figure is given for the tuning part and the checking part apart (scripts/lib/split.js); error examples
  // come from the tuning part only, so the checking part stays unread.
  const byPart = (stories) => Object.fromEntries(PARTS.map((part) => [part, stories.filter((s) => s.part === part)]));
  const groupsOf = (stories) => [...new Set(stories.map((s) => s.group))].sort();

  if (sections.includes("quotes")) {
    const stories = folders.quotes.flatMap((f) => f.stories);
    const tallyOf = (list) => {
      const tally = { newsx: emptyQuoteTally(), compromise: emptyQuoteTally() };
      for (const story of list) {
        const a = analyse(story);
        if (a.crash) crashes.add(`newsx on ${story.file}: ${a.crash}`);
        if (a.baselineCrash) crashes.add(`compromise on ${story.file}: ${a.baselineCrash}`);
        const np = a.newsx
          ? { direct: newsxQuotes(a.newsx, a.cpText, ["direct", "partial"]), indirect: newsxQuotes(a.newsx, a.cpText, ["indirect"]) }
          : { direct: [], indirect: [] };
        tallyQuoteStory(tally.newsx, story, np, reading);
        if (a.baseline) tallyQuoteStory(tally.compromise, story, { direct: a.baseline.quotes, indirect: null }, reading);
      }
      return tally;
    };
    for (const story of stories) {
      const a = analyse(story);
      if (a.newsx) for (const q of a.newsx.quotes) for (const piece of q.fragments?.length ? q.fragments : [q]) checkSpan(story, a.cpText, "quote", piece);
    }
    const parts = byPart(stories);
    const tallies = Object.fromEntries(PARTS.map((part) => [part, tallyOf(parts[part])]));
    const figures = (tally) => ({ newsx: quoteFigures(tally.newsx), compromise: opts.baseline ? quoteFigures(tally.compromise) : null });
    out.quotes = { sets: folders.quotes.map((f) => basename(f.dir)) };
    for (const part of PARTS) out.quotes[part] = { stories: parts[part].length, ...figures(tallies[part]) };
    printQuoteTable(print, `Quotes: ${out.quotes.sets.join(" + ")}`, parts, out.quotes, reading);
    printRuleTable(print, "Speakers by attribution rule (src/story/quotes/rules)", out.quotes, "byRule");
    printRuleTable(print, "Speakers by resolution (how the rule's words became a name)", out.quotes, "byResolution");
    printCalibration(print, out.quotes);
    if (opts.byGroup) {
      out.quotes.groups = {};
      for (const group of groupsOf(stories)) out.quotes.groups[group] = figures(tallyOf(stories.filter((s) => s.group === group))).newsx;
      printQuoteGroups(print, out.quotes.groups);
    }
    if (opts.errors > 0) printQuoteErrors(print, tallies.tuning[opts.errorsFor], opts.errors, "tuning part", opts.errorsFor);
  }

  if (sections.includes("entities")) {
    const stories = folders.entities.flatMap((f) => f.stories);
    const errors = { missed: [], spurious: [] };
    const countsOf = (list, keepErrors) => {
      const counts = { newsx: emptyEntityCounts(), compromise: emptyEntityCounts() };
      for (const story of list) {
        const a = analyse(story);
        if (a.crash) crashes.add(`newsx on ${story.file}: ${a.crash}`);
        if (a.baselineCrash) crashes.add(`compromise on ${story.file}: ${a.baselineCrash}`);
        const r = { newsx: scoreEntityStory(counts.newsx, story.gold.entities, a.newsx ? newsxMentions(a.newsx) : []) };
        if (a.baseline) r.compromise = scoreEntityStory(counts.compromise, story.gold.entities, a.baseline.mentions);
        const shown = r[opts.errorsFor];
        if (keepErrors && shown) {
          for (const g of shown.lenient.missed) errors.missed.push({ story, g });
          for (const p of shown.lenient.spurious) errors.spurious.push({ story, p });
        }
      }
      return counts;
    };
    for (const story of stories) {
      const a = analyse(story);
      if (a.newsx) for (const m of newsxMentions(a.newsx)) checkSpan(story, a.cpText, "mention", m);
    }
    const parts = byPart(stories);
    out.entities = { sets: folders.entities.map((f) => basename(f.dir)) };
    for (const part of PARTS) {
      const counts = countsOf(parts[part], part === "tuning");
      out.entities[part] = { stories: parts[part].length, newsx: entityFigures(counts.newsx), compromise: opts.baseline ? entityFigures(counts.compromise) : null };
    }
    printEntityTable(print, `Entities: ${out.entities.sets.join(" + ")}`, parts, out.entities);
    if (opts.byGroup) {
      out.entities.groups = {};
      out.entities.groupParts = {};
      for (const group of groupsOf(stories)) {
        const members = stories.filter((s) => s.group === group);
        out.entities.groups[group] = entityFigures(countsOf(members, false).newsx);
        // The same group on each part alone, so a change can be seen to carry over to the group's unread documents.
        const partsOfGroup = byPart(members);
        out.entities.groupParts[group] = Object.fromEntries(PARTS.map((part) => [part, partsOfGroup[part].length === 0 ? null
          : { stories: partsOfGroup[part].length, ...entityFigures(countsOf(partsOfGroup[part], false).newsx) }]));
      }
      printEntityGroups(print, out.entities.groups, out.entities.groupParts);
    }
    if (opts.errors > 0) printEntityErrors(print, errors, opts.errors, "tuning part", opts.errorsFor);
  }

  if (sections.includes("body")) {
    // ---- BODY HOOK -------------------------------------------------------------------------------------
    // Body scoring (the article-extraction-benchmark metric) is written on another branch as
    // scripts/lib/body-score.js, exporting `scoreBodies([{ gold, predicted }])` -> { precision, recall, f1,
    // pages }. The harness only feeds it: newsx's body is its paragraphs joined by blank lines; the plain page
    // text is scored too, for orientation (the README gives 0.665 for it on the benchmark's own pages).
    const bodyModule = join(repo, "scripts", "lib", "body-score.js");
    const body = existsSync(bodyModule) ? await import(pathToFileURL(bodyModule).href) : null;
    if (!body || typeof body.scoreBodies !== "function") {
      print(body ? "Body: scripts/lib/body-score.js has no scoreBodies export" : "Body: body scoring not installed");
      out.body = null;
    } else {
      out.body = {};
      for (const dir of setDirs("body")) {
        const pages = loadBodyPages(dir, limit);
        const analysedPages = await analyseAll(
          pages.map((p) => ({ id: p.file, text: p.text })),
          { size: opts.jobs, distEntry, baseline: false },
        );
        const ours = [];
        for (const p of pages) {
          const a = analysedPages.get(p.file);
          timing.newsx += a.ms.newsx;
          if (a.crash) crashes.add(`newsx on ${p.file}: ${a.crash}`);
          ours.push({ page: p, gold: p.gold, predicted: a.newsx ? a.newsx.paragraphs.map((x) => x.text).join("\n\n") : "" });
        }
        const set = basename(dir);
        const pick = (r) => ({ precision: round(r.precision, 4), recall: round(r.recall, 4), f1: round(r.f1, 4) });
        out.body[set] = {};
        const t = table(["", "precision", "recall", "F1"]);
        for (const part of PARTS) {
          const mine = ours.filter((o) => o.page.part === part);
          // A part with no pages (an invented folder is all tuning) has no figures, not zeros.
          if (mine.length === 0) {
            out.body[set][part] = { pages: 0, newsx: null, plainText: null };
            t.push([`newsx (paragraphs), ${part}`, "–", "–", "–"]);
            continue;
          }
          const newsx = body.scoreBodies(mine);
          const plain = body.scoreBodies(mine.map((o) => ({ gold: o.gold, predicted: o.page.text })));
          out.body[set][part] = { pages: mine.length, newsx: pick(newsx), plainText: pick(plain) };
          t.push([`newsx (paragraphs), ${part}`, fmt(newsx.precision), fmt(newsx.recall), fmt(newsx.f1)]);
          t.push([`plain page text, ${part}`, fmt(plain.precision), fmt(plain.recall), fmt(plain.f1)]);
          if (part === "tuning" && opts.errors > 0) {
            out.body[set].worstTuning = newsx.pages
              .map((m, i) => ({ ...m, id: mine[i].page.id }))
              .sort((a, b) => a.precision + a.recall - (b.precision + b.recall))
              .slice(0, opts.errors);
          }
        }
        const counts = PARTS.map((part) => `${part} ${out.body[set][part].pages}`).join(", ");
        print(`Body: ${set} (pages: ${counts}; 4-token shingles, per-page P and R averaged; pages split by site)`);
        print(t.toString());
        if (out.body[set].worstTuning) {
          print("Worst tuning pages (precision recall):");
          for (const w of out.body[set].worstTuning) print(`  ${w.precision.toFixed(2)} ${w.recall.toFixed(2)}  ${w.id}`);
        }
      }
    }
    print();
    // ---- END BODY HOOK ---------------------------------------------------------------------------------
  }

  if (sections.includes("meta")) {
    // ---- META ------------------------------------------------------------------------------------------
    // Every metadata field of the pages against the hand annotation (../shared/gold/pages/META.md), per
    // field, tuning and checking side by side; `--errors N` lists wrong fields of the tuning part only.
    out.meta = {};
    for (const dir of setDirs("meta")) {
      const pages = loadMetaPages(dir, limit);
      const analysedPages = await analyseAll(pages.map((p) => ({ id: p.file, text: p.text })), { size: opts.jobs, distEntry, baseline: false });
      const scored = pages.map((page) => {
        const a = analysedPages.get(page.file);
        timing.newsx += a.ms.newsx;
        if (a.crash) crashes.add(`newsx on ${page.file}: ${a.crash}`);
        return { page, fields: scoreMetaPage(page.gold, a.newsx ? a.newsx.meta : {}) };
      });
      const set = basename(dir);
      out.meta[set] = {};
      for (const part of PARTS) {
        const mine = scored.filter((s) => s.page.part === part);
        out.meta[set][part] = { pages: mine.length, fields: metaAccuracy(mine.map((s) => s.fields)) };
      }
      const counts = PARTS.map((part) => `${part} ${out.meta[set][part].pages}`).join(", ");
      print(`Metadata: ${set} (pages: ${counts}; share of pages with the field right, rules of pages/META.md)`);
      const t = table(["field", ...PARTS.map((part) => `newsx ${part}`)]);
      for (const field of META_FIELDS) {
        t.push([field, ...PARTS.map((part) => {
          const f = out.meta[set][part].fields[field];
          return `${fmt(f.accuracy)} (${f.right}/${f.pages})`;
        })]);
      }
      print(t.toString());
      if (opts.errors > 0) {
        // A folder outside the shared gold (an invented blind set) has no checking part to keep unread: every page's
        // errors are listed.
        const invented = !resolve(dir).startsWith(`${goldRoot}/`);
        print(`Wrong metadata fields (${invented ? "every page of this invented set" : "tuning part"}, at most ${opts.errors} per field):`);
        for (const field of META_FIELDS) {
          const wrong = scored.filter((s) => (invented || s.page.part === "tuning") && !s.fields[field].right);
          print(`-- ${field} (${wrong.length})`);
          for (const { page, fields } of spread(wrong, opts.errors)) {
            print(`  [${page.id}] gold ${JSON.stringify(fields[field].gold)}  predicted ${JSON.stringify(fields[field].predicted)}`);
          }
        }
      }
      print();
    }
    // ---- END META --------------------------------------------------------------------------------------
  }

  const elapsed = (performance.now() - started) / 1000;
  out.crashes = [...crashes];
  out.spanCheck = { checked: spanCheck.checked, broken: spanCheck.broken.length, examples: spanCheck.broken.slice(0, 10) };
  out.elapsed_s = round(elapsed, 1);
  // Wall time per story inside the workers (inflated when the machine is busy), and the CPU time the whole
  // process used (all threads), which does not depend on other load.
  const cpu = process.cpuUsage();
  out.time_s = {
    newsx: round(timing.newsx / 1000, 1),
    compromise: round(timing.compromise / 1000, 1),
    cpu: round((cpu.user + cpu.system) / 1e6, 1),
  };
  if (opts.json) {
    // Four decimals are plenty for notes; counts stay integers.
    const tidy = (_key, value) => (typeof value === "number" && !Number.isInteger(value) ? round(value, 4) : value);
    process.stdout.write(JSON.stringify(out, tidy, 2) + "\n");
  } else {
    if (spanCheck.broken.length > 0) {
      print(`newsx spans whose text is not the input at their offsets: ${spanCheck.broken.length} of ${spanCheck.checked}, e.g.`);
      for (const b of spanCheck.broken.slice(0, 5)) print(`  ${b}`);
    }
    if (crashes.size > 0) {
      print(`${crashes.size} stor${crashes.size === 1 ? "y" : "ies"} threw (scored as finding nothing):`);
      for (const c of crashes) print(`  ${c}`);
    }
    print(
      `Elapsed ${elapsed.toFixed(1)} s with ${opts.jobs} worker thread(s), CPU ${out.time_s.cpu} s; ` +
        `per-story time summed: newsx ${out.time_s.newsx} s, compromise baseline ${out.time_s.compromise} s`,
    );
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

/** The four columns of a section's table: newsx and plain compromise, each on the tuning and checking parts. */
function systemPartColumns(fig) {
  return ["newsx", "compromise"].flatMap((system) => PARTS.map((part) => [`${system} ${part}`, fig[part][system]]));
}

function printQuoteTable(print, title, parts, fig, reading) {
  const golds = (list) => list.reduce((n, s) => n + s.gold.quotes.filter((q) => isDirectGold(q, reading)).length, 0);
  print(`${title}: tuning ${parts.tuning.length} stories (${golds(parts.tuning)} gold direct+mixed quotes), checking ${parts.checking.length} (${golds(parts.checking)})`);
  const rekinded = PARTS.reduce((n, part) => n + fig[part].newsx.rekinded, 0);
  if (rekinded > 0) {
    print(`  ${rekinded} gold records labelled indirect hold quote marks ('', ‘’ or “”${reading === "all" ? " or '…'" : ""}) and are scored as direct/mixed; --raw-kinds to score the labels as given`);
  }
  const joined = PARTS.reduce((n, part) => n + fig[part].newsx.rekindedDirect, 0);
  if (joined > 0) {
    print(`  ${joined} gold records labelled direct join two quotes and are scored as mixed (--all-kinds); --raw-kinds to score the labels as given`);
  }
  const columns = systemPartColumns(fig);
  const t = table(["", ...columns.map(([label]) => label)]);
  const d = (f) => (f ? `${f.tp} / ${f.fp} / ${f.fn} / ${f.neutral}` : "–");
  const row = (label, cell, newsxOnly = false) => t.push([label, ...columns.map(([, f], i) => (f && !(newsxOnly && i >= 2) ? cell(f) : "–"))]);
  row("detection precision", (f) => fmt(f.detection.precision));
  row("detection recall", (f) => fmt(f.detection.recall));
  row("detection F1", (f) => fmt(f.detection.f1));
  row("  hit / spurious / missed / neither", (f) => d(f.detection));
  row("attribution accuracy (name-in-span)", (f) => fmt(f.attribution.accuracy));
  row("  judged / wrong name / silent", (f) => sp(f.attribution));
  row("named-speaker recall (found and right)", (f) => fmt(f.namedSpeakerRecall.recall));
  row("  found and right / gold named", (f) => `${f.namedSpeakerRecall.right} / ${f.namedSpeakerRecall.n}`);
  row("pronoun accuracy (corenlp-coref)", (f) => fmt(f.pronoun.accuracy));
  row("  judged / wrong name / silent", (f) => sp(f.pronoun));
  row("all judged: wrong name / silent", (f) => `${pct(f.speakerJudged.wrongShare)} / ${pct(f.speakerJudged.silentShare)}`);
  row("  right by last name, other first name", (f) => String(f.otherFirstName));
  row("indirect (speech cue) P / R / F1", (f) => (f.indirect ? `${fmt(f.indirect.precision)} / ${fmt(f.indirect.recall)} / ${fmt(f.indirect.f1)}` : "–"), true);
  row("  hit / spurious / missed / neither", (f) => d(f.indirect), true);
  print(t.toString());
  print();
}

/**
 * Per rule (or resolution) id: how many matched, judged quotes it decided on each part, and how many of those are
 * right, wrong or silent (name-in-span and pronoun quotes together); precision is right / (right + wrong). A rule
 * wrong more often than right shows here and can go.
 */
function printRuleTable(print, title, fig, key) {
  print(`${title}, newsx:`);
  const ids = [];
  for (const part of PARTS) for (const r of fig[part].newsx[key]) if (!ids.includes(r.id)) ids.push(r.id);
  const t = table(["", ...PARTS.flatMap((part) => [`${part}: n`, "right / wrong / silent", "precision"])]);
  for (const id of ids) {
    t.push([id, ...PARTS.flatMap((part) => {
      const r = fig[part].newsx[key].find((x) => x.id === id);
      return r ? [String(r.n), `${r.right} / ${r.wrong} / ${r.silent}`, fmt(r.precision)] : ["0", "–", "–"];
    })]);
  }
  print(t.toString());
  print();
}

/** The reliability table of `confidence` on each part, its expected calibration error, and what thresholds keep. */
function printCalibration(print, fig) {
  print("Confidence of the speakers given (judged right or wrong), newsx:");
  const t = table(["confidence", ...PARTS.flatMap((part) => [`${part}: n`, "mean confidence", "share right"])]);
  const labels = [];
  for (const part of PARTS) for (const b of fig[part].newsx.calibration.bins) {
    const label = `${b.from.toFixed(2)}–${b.to.toFixed(2)}`;
    if (!labels.includes(label)) labels.push(label);
  }
  labels.sort();
  for (const label of labels) {
    t.push([label, ...PARTS.flatMap((part) => {
      const b = fig[part].newsx.calibration.bins.find((x) => `${x.from.toFixed(2)}–${x.to.toFixed(2)}` === label);
      return b ? [String(b.n), fmt(b.meanConfidence), fmt(b.shareRight)] : ["0", "–", "–"];
    })]);
  }
  t.push(["expected calibration error", ...PARTS.flatMap((part) => ["", "", fmt(fig[part].newsx.calibration.ece)])]);
  for (const group of Object.keys(fig.tuning.newsx.calibrationByGroup)) {
    t.push([group, ...PARTS.flatMap((part) => {
      const g = fig[part].newsx.calibrationByGroup[group];
      return [String(g.n), fmt(g.meanConfidence), fmt(g.shareRight)];
    })]);
  }
  for (const [i, k] of fig.tuning.newsx.calibration.kept.entries()) {
    t.push([`--min-confidence ${k.threshold}: kept / kept right`, ...PARTS.flatMap((part) => {
      const x = fig[part].newsx.calibration.kept[i];
      return ["", pct(x.kept), pct(x.keptRight)];
    })]);
  }
  print(t.toString());
  print();
}

/** One line per outlet or genre: the figures users feel most, to see a whole group held out in turn. */
function printQuoteGroups(print, groups) {
  print("Quotes by group (newsx, both parts):");
  const t = table(["group", "stories", "detection F1", "attribution", "pronoun", "wrong / silent"]);
  for (const [group, f] of Object.entries(groups)) {
    t.push([group, String(f.stories), fmt(f.detection.f1), fmt(f.attribution.accuracy), fmt(f.pronoun.accuracy), `${pct(f.speakerJudged.wrongShare)} / ${pct(f.speakerJudged.silentShare)}`]);
  }
  print(t.toString());
  print();
}

function sp(f) {
  return f ? `${f.n} / ${f.wrong} / ${f.silent}` : "–";
}

function printEntityTable(print, title, parts, fig) {
  const golds = (list) => list.reduce((n, s) => n + s.gold.entities.filter((e) => !e.nested).length, 0);
  print(`${title}: tuning ${parts.tuning.length} documents (${golds(parts.tuning)} flat gold mentions), checking ${parts.checking.length} (${golds(parts.checking)})`);
  const columns = systemPartColumns(fig);
  const t = table(["P / R / F1", ...columns.map(([label]) => label)]);
  const cell = (f, mode, type) => {
    const x = f?.[mode][type];
    return x ? `${fmt(x.precision)} ${fmt(x.recall)} ${fmt(x.f1)}` : "–";
  };
  for (const mode of ["strict", "lenient"]) {
    for (const type of [...TYPES, "all"]) t.push([`${mode} ${type === "all" ? "micro" : type}`, ...columns.map(([, f]) => cell(f, mode, type))]);
  }
  t.push(["lenient, any type, micro", ...columns.map(([, f]) => cell(f, "agnostic", "all"))]);
  print(t.toString());
  print();
}

function printEntityGroups(print, groups, groupParts) {
  print("Entities by group (newsx, both parts; F1; the last column: strict on the tuning | checking part alone):");
  const t = table(["group", "strict", "lenient", "person", "organization", "place", "strict tuning | checking"]);
  const strictOf = (f) => (f ? `${fmt(f.strict.all.f1)} (${f.stories})` : "–");
  for (const [group, f] of Object.entries(groups)) {
    const parts = groupParts[group];
    t.push([group, fmt(f.strict.all.f1), fmt(f.lenient.all.f1), ...TYPES.map((type) => fmt(f.lenient[type].f1)),
      `${strictOf(parts.tuning)} | ${strictOf(parts.checking)}`]);
  }
  print(t.toString());
  print();
}

/** N examples spread evenly over the list, so they come from many stories, not the first one. */
function spread(list, n) {
  if (list.length <= n) return list;
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]);
}

const clip = (text, n = 200) => {
  const s = String(text).replace(/\s+/g, " ");
  return s.length > n ? `${s.slice(0, n)}…` : s;
};

function printQuoteErrors(print, tally, n, set, system) {
  const cp = (story) => new CodePointText(story.text);
  print(`Examples of ${system} quote errors (${set}):`);
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
    ["right by last name, other first name (to read)", tally.errors.otherFirstName],
  ]) {
    print(`-- ${label} (${list.length})`);
    for (const { story, gold, pred } of spread(list, n)) {
      print(`  [${story.id}] predicted ${JSON.stringify(pred.speaker)}; gold "${gold.speaker}" (canonical ${JSON.stringify(gold.speaker_canonical)}, ${gold.speaker_canonical_method ?? "seed"}; last name "${expectedLastName(gold)}")`);
      print(`      quote: "${clip(gold.text, 120)}"`);
      // Which rule found the speaker's words and which step made them a name: an error's kind at a glance.
      if (pred.attribution) print(`      trace: ${pred.attribution.rule} / ${pred.attribution.resolution}`);
      print(`      sentence: ${contextAround(cp(story), gold.start, gold.end)}`);
    }
  }
  print();
}

function printEntityErrors(print, errors, n, set, system) {
  print(`Examples of ${system} entity errors, lenient (${set}):`);
  print(`-- missed mentions (${errors.missed.length})`);
  for (const { story, g } of spread(errors.missed, n)) print(`  [${story.id}] ${g.type} ${g.start}-${g.end} "${g.text}"   ${contextAround(new CodePointText(story.text), g.start, g.end, 160)}`);
  print(`-- spurious mentions (${errors.spurious.length})`);
  for (const { story, p } of spread(errors.spurious, n)) print(`  [${story.id}] ${p.type} ${p.start}-${p.end} "${p.text}"   ${contextAround(new CodePointText(story.text), p.start, p.end, 160)}`);
  print();
}

main().catch((error) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.DEBUG) process.stderr.write(`${error?.stack}\n`);
  process.exitCode = 1;
});
