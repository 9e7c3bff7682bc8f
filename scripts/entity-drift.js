/**
 * `node scripts/entity-drift.js --save FILE` / `--against FILE [--limit N]` (after `npm run build`): how the
 * entities of the PolNeAR political stories change between two builds. PolNeAR has no entity gold, so
 * `npm run eval` cannot see a typer change that, say, turns "Clinton" into a place in a story about her; this
 * lists every name whose mentions by type moved, so a person can read them. Tuning part only.
 *
 *   git stash / checkout the code before the change; npm run build; node scripts/entity-drift.js --save /tmp/before.tsv
 *   back to the change;                              npm run build; node scripts/entity-drift.js --against /tmp/before.tsv
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tuningStories } from "./lib/gold.js";
import { entityDrift, rowsToTsv, tsvToRows } from "./lib/drift.js";
import { numberOption, valueOption } from "./lib/options.js";

const SETS = ["polnear", "polnear-more"];
const save = valueOption("--save");
const against = valueOption("--against");
const LIMIT = numberOption("--limit", 200);
if (!save && !against) {
  console.error("entity-drift: give --save FILE or --against FILE");
  process.exit(2);
}

const { extract } = await import("../dist/index.js");
const rows = [];
for (const story of tuningStories(SETS)) {
  for (const e of extract(story.text).entities) rows.push({ story: story.id, type: e.type, name: e.name, count: e.mentions.length });
}
if (save) {
  writeFileSync(save, rowsToTsv(rows));
  console.log(`saved ${rows.length} entities to ${save}`);
}
if (against) {
  const changes = entityDrift(tsvToRows(readFileSync(against, "utf8")), rows);
  const show = (types) => Object.entries(types).map(([t, n]) => `${t} ${n}`).join(", ") || "-";
  for (const c of changes.slice(0, LIMIT)) console.log(`${c.story.slice(0, 44).padEnd(44)} ${c.name.padEnd(32)} ${show(c.before)} -> ${show(c.after)}`);
  const moved = changes.reduce((sum, c) => sum + c.moved, 0);
  console.log(`${changes.length} names changed, ${moved} mentions moved (of ${rows.reduce((s, r) => s + r.count, 0)})`);
}
