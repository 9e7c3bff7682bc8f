/**
 * The boilerplate blocks held as columns (src/story/segment/boilerplate-table.ts): its objects, and the view
 * the command line writes from, must give exactly the blocks newsx gave as objects, in the same field order,
 * and JSON must not tell the view from the array.
 */
import { describe, expect, it } from "vitest";
import { segment, segmentLayout } from "../src/story/segment.js";
import { BoilerplateTable } from "../src/story/segment/boilerplate-table.js";
import { jsonChunks } from "../src/format/json-chunks.js";
import { DERIVED } from "../src/lib/derived.js";
import { extract, COLUMN_VIEWS } from "../src/story/extract.js";

// An invented page: a menu line, a headline, a byline, three paragraphs and a copyright line.
const PAGE = [
  "Home | World | Sport | Weather",
  "",
  "Harbour gates to close early",
  "",
  "By Tova Linde",
  "",
  "The harbour gates will shut at six on Friday, the port office said on Tuesday.",
  "",
  "Ferries due after six will wait outside until the gates open again at dawn, it said.",
  "",
  "The quay itself stays open to walkers through the night, the office added.",
  "",
  "Copyright 2026 Harbour Ledger. All rights reserved.",
].join("\n");

describe("BoilerplateTable", () => {
  it("gives each block with its own text between its offsets, fields in the order kind, text, start, end", () => {
    const blocks = segment(PAGE).boilerplate;
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) {
      expect(Object.keys(b)).toEqual(["kind", "text", "start", "end"]);
      expect(PAGE.slice(b.start, b.end)).toBe(b.text);
    }
    expect(blocks.some((b) => b.text === "Home | World | Sport | Weather")).toBe(true);
  });

  it("grows past its first columns and keeps each block's kind", () => {
    const text = "ab\n".repeat(300);
    const table = new BoilerplateTable(text);
    for (let k = 0; k < 300; k++) table.push(k % 2 === 0 ? "navigation" : "credit", 3 * k, 3 * k + 2);
    expect(table.length).toBe(300);
    expect(table.block(299)).toEqual({ kind: "credit", text: "ab", start: 897, end: 899 });
    expect(table.block(298).kind).toBe("navigation");
    expect(table.ofKind("credit").length).toBe(150);
  });

  it("converts offsets when asked (code points for text with characters outside the BMP)", () => {
    const text = "😀 x\nyy";
    const table = new BoilerplateTable(text);
    table.push("navigation", 5, 7);
    // "😀" is two UTF-16 units and one code point, so UTF-16 offset 5 is code point 4.
    expect(table.block(0, (o) => o - 1)).toEqual({ kind: "navigation", text: "yy", start: 4, end: 6 });
  });

  it("reads through a view like the array of objects, JSON included, and refuses writes", () => {
    const table = segmentLayout(PAGE).boilerplate;
    const objects = table.objects();
    const view = table.view();
    expect(Array.isArray(view)).toBe(true);
    expect(view.length).toBe(objects.length);
    expect(view.map((b) => b.text)).toEqual(objects.map((b) => b.text));
    expect(view.find((b) => b.kind === "copyright")).toEqual(objects.find((b) => b.kind === "copyright"));
    expect(JSON.stringify(view)).toBe(JSON.stringify(objects));
    expect(JSON.stringify({ boilerplate: view }, null, 2)).toBe(JSON.stringify({ boilerplate: objects }, null, 2));
    expect((view as unknown as { [DERIVED]: boolean })[DERIVED]).toBe(true);
    expect(() => {
      view[0] = objects[0]!;
    }).toThrow(TypeError);
  });

  it("is written by jsonChunks' release like the array (a view has nothing to let go, and is not spoiled)", () => {
    const text = "ab\n".repeat(100);
    const table = new BoilerplateTable(text);
    for (let k = 0; k < 100; k++) table.push("navigation", 3 * k, 3 * k + 2);
    const view = table.view();
    const written = [...jsonChunks({ boilerplate: view }, undefined, { release: true })].join("");
    expect(written).toBe(JSON.stringify({ boilerplate: table.objects() }));
    expect(view[99]).toEqual({ kind: "navigation", text: "ab", start: 297, end: 299 });
  });

  it("extract() with the command line's views gives the same JSON as without", () => {
    const plain = extract(PAGE, { indirect: true });
    const viewed = extract(PAGE, { indirect: true, [COLUMN_VIEWS]: true });
    expect(Array.isArray(plain.boilerplate)).toBe(true);
    expect(JSON.stringify(viewed)).toBe(JSON.stringify(plain));
    // The library's own result is plain arrays a caller may clone.
    expect(() => structuredClone(plain)).not.toThrow();
  });
});
