/**
 * `node scripts/entity-coverage.js [--examples N]` (after `npm run build`): where the gold names of the TUNING part
 * of the entity gold (gum, gum-genres, seed) are lost on the way through the entity pipeline, stage by stage, so
 * work goes where the loss is. Tuning part only, like `npm run eval -- --errors`.
 *
 * For each flat gold name, the first stage that fails it:
 *   outside the parse   no token of the parsed text covers it (a line the parser never sees), and no name
 *                       of the story was found again there (echoes.ts);
 *   no candidate        tokens cover it, but the rules (mentions.ts, blocks.ts) made no candidate there;
 *   rejected run        only runs the rules rejected cover it, and the typer (typer.ts) left them out
 *                       (split by whether one of them had exactly the gold's span);
 *   dropped             a rules' candidate covered it and the typer dropped it;
 *   boundary            a mention in the output overlaps it, none with exactly its span;
 *   type                a mention with its span has another type;
 *   right               a mention with its span and type.
 */
import { candidateMentions, typedMentions } from "./lib/dist.js";
import { parsedTuningStories } from "./lib/tuning.js";
import { numberOption } from "./lib/options.js";

const SETS = ["gum", "gum-genres", "seed"];
const EXAMPLES = numberOption("--examples", 0);

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;
const same = (a, b) => a.start === b.start && (a.end === b.end || (b.text?.endsWith(".") && a.end === b.end - 1));
const STAGES = ["outside the parse", "no candidate", "rejected run (exact span)", "rejected run (other span)", "dropped",
  "boundary", "type", "right"];
const counts = new Map(STAGES.map((s) => [s, 0]));
const examples = new Map(STAGES.map((s) => [s, []]));
let total = 0;

for (const { story, segmentation, parsed, toCp } of parsedTuningStories(SETS, "entities")) {
  const span = (m) => ({ start: toCp(m.start), end: toCp(m.end) });
  const tokens = parsed.tokens.map(span);
  const candidates = candidateMentions(parsed, segmentation.boilerplate, segmentation.meta.authors)
    .map((c) => ({ ...span(c.mention), rule: c.rule }));
  // The typer retypes the mentions in place, so the candidates' spans and rules are read first. The output is
  // the pipeline's (typedMentions): the typer's decisions, then the names found again in unparsed page lines.
  const output = typedMentions(parsed, segmentation.boilerplate, segmentation.meta.authors)
    .map((m) => ({ ...span(m), type: m.type }));
  const cps = [...story.text];
  for (const g of story.gold.entities) {
    if (g.nested) continue;
    total++;
    const found = output.filter((m) => overlap(m, g));
    const near = candidates.filter((c) => overlap(c, g));
    let stage;
    if (found.length > 0) {
      const exact = found.filter((m) => same(m, g));
      stage = exact.length === 0 ? "boundary" : exact.some((m) => m.type === g.type) ? "right" : "type";
    } else if (near.length > 0) {
      stage = near.every((c) => c.rule === "none") ? `rejected run (${near.some((c) => same(c, g)) ? "exact" : "other"} span)` : "dropped";
    } else stage = tokens.some((t) => overlap(t, g)) ? "no candidate" : "outside the parse";
    counts.set(stage, counts.get(stage) + 1);
    const context = cps.slice(Math.max(0, g.start - 40), g.end + 30).join("").replace(/\s+/gu, " ");
    examples.get(stage).push(`[${story.id}] ${g.type} "${g.text}"   …${context}…`);
  }
}

console.log(`Where the ${total} flat gold names of the tuning part are lost (first failing stage):`);
for (const stage of STAGES) {
  const n = counts.get(stage);
  console.log(`  ${stage.padEnd(26)} ${String(n).padStart(5)}  ${((100 * n) / total).toFixed(1).padStart(5)}%`);
  if (EXAMPLES > 0 && stage !== "right") {
    const list = examples.get(stage);
    const step = Math.max(1, Math.floor(list.length / EXAMPLES));
    for (let i = 0; i < list.length && i / step < EXAMPLES; i += step) console.log(`      ${list[i]}`);
  }
}
