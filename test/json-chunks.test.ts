import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks } from "../src/format/json-chunks.js";
import { brokenRecordEnd, recordBody } from "../src/format/json.js";
import { formatters } from "../src/format/index.js";
import { COLUMNS } from "../src/format/columns.js";
import { chalkFor } from "../src/cli/colour.js";

const joined = (value: unknown, indent?: number) => {
  const pieces = [...jsonChunks(value, indent)];
  return pieces.length === 0 ? undefined : pieces.join("");
};

describe("jsonChunks: JSON.stringify in pieces", () => {
  it("gives JSON.stringify's text for any JSON-like value, with and without indent", () => {
    // fc.anything covers undefined in objects and arrays, -0, NaN, Infinity, boxed values, odd keys such as
    // "__proto__" and numeric ones (which JSON and Object.keys both put first, in numeric order).
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true }), fc.constantFrom(undefined, 0, 2, 4), (value, indent) => {
        expect(joined(value, indent)).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves out what JSON leaves out and calls toJSON with the key", () => {
    const keys: string[] = [];
    const value = { a: undefined, b: () => 1, c: [undefined, Symbol("s")], d: {
        toJSON: (k: string) => {
          keys.push(k);
          return "D";
        },
      }, e: new Date(0) };
    // Read off by hand: a and b vanish, the array's holes become null, toJSON's value replaces d.
    expect(joined(value)).toBe('{"c":[null,null],"d":"D","e":"1970-01-01T00:00:00.000Z"}');
    expect(keys).toEqual(["d"]);
    expect(joined(undefined)).toBeUndefined();
    expect(joined(() => 1)).toBeUndefined();
  });

  it("throws on a cycle, as JSON.stringify does", () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = { back: loop };
    expect(() => joined(loop)).toThrow(TypeError);
    // A value seen twice but not inside itself is no cycle.
    const shared = { x: 1 };
    expect(joined({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it("cuts a big value into many pieces of bounded size", () => {
    const big = { lines: Array.from({ length: 30_000 }, (_, i) => ({ kind: "line", start: i * 2, end: i * 2 + 1 })) };
    const pieces = [...jsonChunks(big)];
    expect(pieces.length).toBeGreaterThan(10);
    // Each piece ends once it reaches 64 Ki units, so none is much longer than that plus one small value.
    for (const piece of pieces) expect(piece.length).toBeLessThan(64 * 1024 + 100);
    expect(pieces.join("")).toBe(JSON.stringify(big));
  });
});

describe("json and jsonl records in pieces", () => {
  const options = { columns: COLUMNS.extract, chalk: chalkFor(0) };
  it("recordChunks adds up to record(), controls escaped and json indented across piece boundaries", () => {
    // Long enough to be cut into pieces; C1 and bidi controls and newlines in the text must be escaped or
    // indented wherever a cut falls.
    const text = "Line one\u0085 said \u202eA\u2069.\n".repeat(5_000);
    const record = { file: "a.txt", paragraphs: [{ text, start: 0, end: text.length }], empty: [], nested: { list: [1, 2] } };
    for (const name of ["json", "jsonl"] as const) {
      const stream = formatters[name].stream!;
      for (const index of [0, 1]) {
        const pieces = [...stream.recordChunks(record as never, index, options)];
        expect(pieces.length).toBeGreaterThan(2);
        expect(pieces.join("")).toBe(stream.record(record as never, index, options));
      }
    }
    const line = formatters.jsonl.stream!.record(record as never, 0, options);
    expect(line).not.toMatch(/[\u0085\u202e\u2069]/);
    expect(line).toContain("\\u0085");
    expect(JSON.parse(line)).toEqual(record);
    const array = formatters.json.format([record as never], options);
    expect(JSON.parse(array)).toEqual([record]);
    // Every line of the array's element is indented by two more spaces than JSON.stringify's own.
    expect(array.split("\n").slice(1, -2).every((l) => l.startsWith("  "))).toBe(true);
  });
});

describe("jsonChunks: releasing and tracing", () => {
  it("release: the same text, with each long array emptied as it is written and short ones kept", () => {
    const long = Array.from({ length: 100 }, (_, i) => ({ n: i }));
    const short = [1, 2, 3];
    const value = { long, short };
    const expected = JSON.stringify(value);
    expect([...jsonChunks(value, undefined, { release: true })].join("")).toBe(expected);
    expect(long.every((item) => item === undefined)).toBe(true);
    expect(short).toEqual([1, 2, 3]);
  });

  it("release: a long array met twice throws instead of being written as nulls the second time", () => {
    const shared = Array.from({ length: 100 }, () => 7);
    expect(() => [...jsonChunks({ a: shared, b: shared }, undefined, { release: true })]).toThrow(TypeError);
    expect([...jsonChunks({ a: shared, b: shared })].join("")).toBe(JSON.stringify({ a: shared, b: shared }));
  });

  it("trace: after every piece, what was written plus the closers (and the record's error) is valid JSON", () => {
    // Strings longer than a piece at several depths, so that pieces end inside arrays, inside objects in arrays, and at the top.
    const s = (n: number) => `${n} `.padEnd(70_000, "x");
    const record = {
      file: "f.txt",
      paragraphs: [{ text: s(1), n: [1, 2] }, { text: s(2) }, { text: s(3), deep: { list: [s(4), s(5)] } }],
      tail: [s(6), { x: s(7) }],
      last: 1,
    };
    const error = { code: "INTERNAL", message: "f.txt: internal error: cut \u0085 short" };
    for (const format of ["json", "jsonl"] as const) {
      const trace = { closers: (): string | null => null };
      const body = recordBody(format, record, { trace });
      let written = "";
      const states: (string | null)[] = [];
      for (const piece of body) {
        written += piece;
        const open = trace.closers();
        states.push(open);
        if (open === null) {
          expect(JSON.parse(written)).toEqual(record);
          continue;
        }
        const broken = JSON.parse(written + brokenRecordEnd(format, open, error)) as Record<string, unknown>;
        expect(broken.file).toBe("f.txt");
        expect(broken.error).toEqual(error);
      }
      // Several pieces ended inside the record, at different depths; only the last one after it.
      expect(states.length).toBeGreaterThan(4);
      expect(new Set(states.slice(0, -1)).size).toBeGreaterThan(2);
      expect(states.at(-1)).toBeNull();
    }
    // The error member is indented as JSON.stringify would indent it inside the json array's element.
    expect(brokenRecordEnd("json", "\n  ]", { code: "X", message: "m" })).toBe('\n    ],\n    "error": {\n      "code": "X",\n      "message": "m"\n    }\n  }');
  });
});
