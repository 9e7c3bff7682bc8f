/**
 * Reading a gold folder (../shared/gold/<set>): each <id>.json with its <id>.txt. I/O lives here and in
 * eval.js only; the scorers stay pure.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { basename, join } from "node:path";
import { groupOf, partOf } from "./split.js";

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
    const id = gold.id ?? basename(file, ".json");
    const set = basename(dir);
    stories.push({ id, set, file: txt, text, gold, part: partOf(set, id), group: groupOf(set, id, gold) });
  }
  return stories;
}

/** Pages of a body gold folder: <name>.txt with <name>.gold-body.txt, sorted, at most `limit`. */
export function loadBodyPages(dir, limit = Infinity) {
  if (!existsSync(dir)) throw new Error(`gold folder not found: ${dir}`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".gold-body.txt"))
    .map((f) => f.slice(0, -".gold-body.txt".length))
    .sort()
    .slice(0, limit);
  return names
    .filter((name) => existsSync(join(dir, `${name}.txt`)))
    .map((name) => ({
      id: name,
      part: partOf(basename(dir), name),
      group: groupOf(basename(dir), name),
      file: join(dir, `${name}.txt`),
      text: readFileSync(join(dir, `${name}.txt`), "utf8").replace(/^\uFEFF/, ""),
      gold: readFileSync(join(dir, `${name}.gold-body.txt`), "utf8"),
    }));
}

/** Pages with hand-annotated metadata: <name>.txt with <name>.meta.json, sorted, at most `limit`. */
export function loadMetaPages(dir, limit = Infinity) {
  if (!existsSync(dir)) throw new Error(`gold folder not found: ${dir}`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".meta.json"))
    .map((f) => f.slice(0, -".meta.json".length))
    .sort()
    .slice(0, limit);
  return names
    .filter((name) => existsSync(join(dir, `${name}.txt`)))
    .map((name) => ({
      id: name,
      part: partOf(basename(dir), name),
      group: groupOf(basename(dir), name),
      file: join(dir, `${name}.txt`),
      text: readFileSync(join(dir, `${name}.txt`), "utf8").replace(/^\uFEFF/, ""),
      gold: JSON.parse(readFileSync(join(dir, `${name}.meta.json`), "utf8")),
    }));
}
