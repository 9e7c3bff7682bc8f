/**
 * Entity drift: how the entities of stories without entity gold change between two builds. Pure functions over
 * rows { story, type, name, count } (one per entity of a story); I/O lives in scripts/entity-drift.js.
 */

/** The rows as text, one tab-separated line each: story, type, name, number of mentions. */
export function rowsToTsv(rows) {
  return rows.map((r) => `${r.story}\t${r.type}\t${r.name}\t${r.count}`).join("\n") + (rows.length ? "\n" : "");
}

/** The rows of a saved table (rowsToTsv's text); blank lines are skipped. */
export function tsvToRows(text) {
  return text.split("\n").filter((line) => line !== "").map((line) => {
    const [story, type, name, count] = line.split("\t");
    return { story, type, name, count: Number(count) };
  });
}

/** The mentions of each name of each story by type: "story\tname" -> { type: count }. */
function byName(rows) {
  const table = new Map();
  for (const r of rows) {
    const key = `${r.story}\t${r.name}`;
    const types = table.get(key) ?? {};
    types[r.type] = (types[r.type] ?? 0) + r.count;
    table.set(key, types);
  }
  return table;
}

/**
 * Every name of a story whose mentions by type differ between `before` and `after`, the names with the most
 * mentions moved first: { story, name, before: {type: count}, after: {type: count}, moved }.
 */
export function entityDrift(before, after) {
  const a = byName(before);
  const b = byName(after);
  const changes = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? {};
    const y = b.get(key) ?? {};
    let moved = 0;
    for (const type of new Set([...Object.keys(x), ...Object.keys(y)])) moved += Math.abs((x[type] ?? 0) - (y[type] ?? 0));
    if (moved === 0) continue;
    const [story, name] = key.split("\t");
    changes.push({ story, name, before: x, after: y, moved });
  }
  return changes.sort((p, q) => q.moved - p.moved || p.story.localeCompare(q.story) || p.name.localeCompare(q.name));
}
