/**
 * Reading a gold folder (../shared/gold/<set>): each <id>.json with its <id>.txt. I/O lives here and in
 * eval.js only; the scorers stay pure.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { basename, join } from "node:path";

/** Stories of one gold folder, sorted by file name, at most `limit` of them. */
export function loadGoldSet(dir, limit = Infinity) {
  if (!existsSync(dir)) throw new Error(`gold folder not found: ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "index.json")
    .sort();
  const stories = [];
  for (const file of files) {
    if (stories.length >= limit) break;
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const txt = join(dir, gold.text_file ?? `${basename(file, ".json")}.txt`);
    if (!existsSync(txt)) continue;
    // Strip a byte-order mark, as newsx does when it decodes a file; offsets count from after it.
    const text = readFileSync(txt, "utf8").replace(/^\uFEFF/, "");
    stories.push({ id: gold.id ?? basename(file, ".json"), set: basename(dir), file: txt, text, gold });
  }
  return stories;
}
