/**
 * JSON.stringify in pieces: `jsonChunks(value, indent)` yields strings whose concatenation is exactly
 * `JSON.stringify(value, null, indent)`, so the record of a 10 MB story (200-250 MB of JSON for "a\n" repeated)
 * is written as it is made instead of held as one string and then copied once more into a Buffer for the write
 * (issue 23: peak RSS of `newsx extract --jsonl` on one 10 MB input).
 *
 * It follows ECMA-262's SerializeJSONProperty for what JSON can hold (objects, arrays, strings, numbers,
 * booleans, null, undefined, toJSON), and leaves the escaping of every string and number to JSON.stringify
 * itself. A cycle throws a TypeError, as JSON.stringify does. test/json-chunks.test.ts compares the two on
 * generated values.
 */

/** Pieces of at least this many UTF-16 units (but the last): few writes, and no big string. */
const CHUNK_UNITS = 64 * 1024;

/** Marks a value JSON leaves out (undefined, a function, a symbol). */
const SKIP = Symbol("skip");

/** JSON.stringify(value, null, indent) as pieces (none when JSON.stringify gives undefined). */
export function* jsonChunks(value: unknown, indent?: number): Generator<string> {
  const gap = indent ? " ".repeat(Math.min(10, Math.max(0, Math.floor(indent)))) : "";
  const open = new Set<object>();
  let out = "";

  /** The value as JSON sees it: toJSON applied, primitives as their JSON text, SKIP when left out. */
  function prepared(holder: object, key: string): string | object | typeof SKIP {
    let v = (holder as Record<string, unknown>)[key];
    if (v !== null && (typeof v === "object" || typeof v === "bigint") && typeof (v as { toJSON?: unknown }).toJSON === "function") {
      v = (v as { toJSON(k: string): unknown }).toJSON(key);
    }
    if (v === null) return "null";
    if (typeof v === "object") {
      if (v instanceof Number || v instanceof String || v instanceof Boolean) return JSON.stringify(v);
      return v;
    }
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return JSON.stringify(v);
    return SKIP;
  }

  function* write(v: string | object, step: string): Generator<string> {
    if (typeof v === "string") {
      out += v;
      if (out.length >= CHUNK_UNITS) {
        yield out;
        out = "";
      }
      return;
    }
    if (open.has(v)) throw new TypeError("Converting circular structure to JSON");
    open.add(v);
    const inner = step + gap;
    if (Array.isArray(v)) {
      if (v.length === 0) out += "[]";
      else {
        out += "[";
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out += ",";
          if (gap) out += "\n" + inner;
          const item = prepared(v, String(i));
          yield* write(item === SKIP ? "null" : item, inner);
        }
        out += gap ? "\n" + step + "]" : "]";
      }
    } else {
      let first = true;
      for (const k of Object.keys(v)) {
        const item = prepared(v, k);
        if (item === SKIP) continue;
        out += (first ? "{" : ",") + (gap ? "\n" + inner : "") + JSON.stringify(k) + (gap ? ": " : ":");
        first = false;
        yield* write(item, inner);
      }
      out += first ? "{}" : gap ? "\n" + step + "}" : "}";
    }
    open.delete(v);
    if (out.length >= CHUNK_UNITS) {
      yield out;
      out = "";
    }
  }

  const root = prepared({ "": value }, "");
  if (root === SKIP) return;
  yield* write(root, "");
  if (out !== "") yield out;
}
