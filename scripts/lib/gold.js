/**
 * Reading a gold folder (../shared/gold/<set>): each <id>.json with its <id>.txt. I/O lives here and in
 * eval.js only; the scorers stay pure.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { groupOf, partOf } from "./split.js";

/** The shared gold folders (../shared/gold beside the repository); never copied into it. */
export const GOLD_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/gold");

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

/**
 * The stories of the TUNING part of the gold sets `sets` (folder names under GOLD_ROOT), set by set, that have
 * gold of the kind `goldKey` ("entities", "quotes"; a list), or every tuning story when it is not given. What the
 * trainers learn from and the measuring scripts look at: the checking part is never read through here.
 */
export function* tuningStories(sets, goldKey) {
  for (const set of sets) {
    for (const story of loadGoldSet(join(GOLD_ROOT, set))) {
      if (story.part === "tuning" && (goldKey === undefined || Array.isArray(story.gold[goldKey]))) yield story;
    }
  }
}

/**
 * Pages of a page gold folder that have a gold file ending in `suffix`: <name>.txt with <name><suffix>, sorted,
 * at most `limit`; `readGold` turns the gold file's text into what the scorer takes.
 */
function loadPages(dir, limit, suffix, readGold) {
  if (!existsSync(dir)) throw new Error(`gold folder not found: ${dir}`);
  const set = basename(dir);
  // A folder outside the shared gold (invented pages written for a blind test, `--gold DIR`) is nobody's
  // checking part: it is not gold, so every page is scored, and its errors listed, as tuning.
  const shared = resolve(dir).startsWith(GOLD_ROOT + "/");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort()
    .slice(0, limit);
  return names
    .filter((name) => existsSync(join(dir, `${name}.txt`)))
    .map((name) => ({
      id: name,
      part: shared ? partOf(set, name) : "tuning",
      group: groupOf(set, name),
      file: join(dir, `${name}.txt`),
      text: readFileSync(join(dir, `${name}.txt`), "utf8").replace(/^\uFEFF/, ""),
      gold: readGold(readFileSync(join(dir, `${name}${suffix}`), "utf8")),
    }));
}

/** Pages of a body gold folder: <name>.txt with <name>.gold-body.txt, sorted, at most `limit`. */
export const loadBodyPages = (dir, limit = Infinity) => loadPages(dir, limit, ".gold-body.txt", (text) => text);

/** Pages with hand-annotated metadata: <name>.txt with <name>.meta.json, sorted, at most `limit`. */
export const loadMetaPages = (dir, limit = Infinity) => loadPages(dir, limit, ".meta.json", (text) => JSON.parse(text));
