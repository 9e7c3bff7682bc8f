/**
 * The body paragraphs held as columns of offsets (src/story/segment/paragraph-table.ts) while a long story is
 * analysed: its objects and its read-only view must give exactly the paragraphs `segment` gives.
 */
import { describe, expect, it } from "vitest";
import { segment, segmentLayout } from "../src/story/segment.js";
import { ParagraphTable } from "../src/story/segment/paragraph-table.js";

const STORY = "Harbour gates to close early\n\nThe gates shut at six.\n\nFerries wait outside.\n\nThe quay stays open.";

describe("ParagraphTable", () => {
  it("gives the paragraphs segment gives, field for field and in the same field order", () => {
    const table = segmentLayout(STORY).paragraphs;
    const objects = table.objects();
    expect(objects).toEqual(segment(STORY).paragraphs);
    expect(objects.map((p) => p.text)).toEqual(["The gates shut at six.", "Ferries wait outside.", "The quay stays open."]);
    expect(Object.keys(objects[0]!)).toEqual(["index", "text", "start", "end"]);
  });

  it("grows past its first columns", () => {
    const text = "ab ".repeat(200);
    const table = new ParagraphTable(text);
    for (let k = 0; k < 200; k++) table.push(3 * k, 3 * k + 2);
    expect(table.length).toBe(200);
    expect(table.paragraph(199)).toEqual({ index: 199, text: "ab", start: 597, end: 599 });
  });

  it("reads through a view by index, length and array methods, and refuses writes", () => {
    const table = segmentLayout(STORY).paragraphs;
    const view = table.view() as { index: number; text: string; start: number; end: number }[];
    expect(view.length).toBe(3);
    expect(view[1]!.text).toBe("Ferries wait outside.");
    expect(view[3]).toBeUndefined();
    expect(view.map((p) => p.index)).toEqual([0, 1, 2]);
    expect([...view].map((p) => p.start)).toEqual(table.objects().map((p) => p.start));
    expect(2 in view).toBe(true);
    expect(3 in view).toBe(false);
    expect(() => {
      view[0] = view[1]!;
    }).toThrow(TypeError);
    expect(() => {
      view[0]!.text = "changed";
    }).toThrow(TypeError);
  });
});
