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

import { DERIVED } from "../lib/derived.js";

/** Pieces of at least this many UTF-16 units (but the last): few writes, and no big string. */
const CHUNK_UNITS = 64 * 1024;

/** Marks a value JSON leaves out (undefined, a function, a symbol). */
const SKIP = Symbol("skip");

/** Arrays at least this long are released while written (JsonChunkOptions.release); short ones cost nothing to keep. */
const RELEASE_MIN_LENGTH = 64;

export interface JsonChunkOptions {
  /**
   * Empty each long array's slots once they are written, so that what was written can be collected while the
   * rest is made: a worker writing the record of a 10 MB story (five million boilerplate records for "a\n")
   * then holds less and less of it instead of all of it to the end. The value is spoiled: only for a value
   * nothing reads afterwards. An array met twice (not a cycle: one array in two places) would then be written
   * as nulls the second time, so that throws instead.
   */
  release?: boolean;
  /**
   * Filled in by jsonChunks: while the generator is paused after yielding a piece, `closers()` is the text that
   * closes every array and object open at that point except the outermost value (with the same indentation
   * JSON.stringify would give), or null when nothing is open (the whole value is out). A writer whose value
   * fails half-way uses it to end what it wrote as valid JSON. Every piece ends just after a whole value or a
   * closing bracket, so no more than closing is ever needed.
   */
  trace?: { closers(): string | null };
}

/** JSON.stringify(value, null, indent) as pieces (none when JSON.stringify gives undefined). */
export function* jsonChunks(value: unknown, indent?: number, options: JsonChunkOptions = {}): Generator<string> {
  const gap = indent ? " ".repeat(Math.min(10, Math.max(0, Math.floor(indent)))) : "";
  const open = new Set<object>();
  const released = options.release ? new WeakSet<object>() : undefined;
  /** The closing text of each open array or object, outermost first. */
  const closing: string[] = [];
  if (options.trace) {
    options.trace.closers = () => {
      if (closing.length === 0) return null;
      let text = "";
      for (let i = closing.length - 1; i >= 1; i--) text += closing[i];
      return text;
    };
  }
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
    if (released?.has(v)) throw new TypeError("An array released while written appears twice in the value");
    open.add(v);
    const inner = step + gap;
    if (Array.isArray(v)) {
      if (v.length === 0) out += "[]";
      else {
        // A derived array (a view that makes its items as they are read) holds nothing to let go.
        const release = released !== undefined && v.length >= RELEASE_MIN_LENGTH && (v as { [DERIVED]?: boolean })[DERIVED] !== true;
        if (release) released.add(v);
        out += "[";
        closing.push(gap ? "\n" + step + "]" : "]");
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out += ",";
          if (gap) out += "\n" + inner;
          const item = prepared(v, String(i));
          if (release) (v as unknown[])[i] = undefined;
          yield* write(item === SKIP ? "null" : item, inner);
        }
        closing.pop();
        out += gap ? "\n" + step + "]" : "]";
      }
    } else {
      let first = true;
      closing.push(gap ? "\n" + step + "}" : "}");
      for (const k of Object.keys(v)) {
        const item = prepared(v, k);
        if (item === SKIP) continue;
        out += (first ? "{" : ",") + (gap ? "\n" + inner : "") + JSON.stringify(k) + (gap ? ": " : ":");
        first = false;
        yield* write(item, inner);
      }
      closing.pop();
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
