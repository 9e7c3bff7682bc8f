import { describe, expect, it } from "vitest";
import { COLUMNS } from "../src/format/index.js";
import { packRows, rowColumns, rowsOf } from "../src/cli/render.js";

// Invented quote records, as `quotes` makes them: the same file on every row, repeated speakers and verbs, a
// null speaker, and a paragraph number beside a quote whose text is that number as a string.
const records = [
  { file: "story.txt", paragraph: 1, kind: "direct", speaker: "Ada Park", speakerText: "Ada Park", verb: "said", text: "We will build it." },
  { file: "story.txt", paragraph: 2, kind: "direct", speaker: null, speakerText: null, verb: null, text: "2" },
  { file: "story.txt", paragraph: 2, kind: "mixed", speaker: "Ada Park", speakerText: "she", verb: "said", text: "not soon" },
];

describe("table rows packed to cross from a worker", () => {
  it("read back as the cells the columns give on the records themselves", () => {
    const columns = COLUMNS.quotes.table;
    const expected = records.map((r) => ({ file: r.file, cells: columns.map((c) => c.get(r)) }));
    const views = rowColumns(COLUMNS.quotes).table;
    const rows = rowsOf(packRows([...records], COLUMNS.quotes));
    expect(rows.map((row) => ({ file: row.file, cells: views.map((c) => c.get(row)) }))).toEqual(expected);
  });

  it("send each distinct value once, keeping the number 2 apart from the text \"2\"", () => {
    const packed = packRows([...records], COLUMNS.quotes);
    // file, 1, Ada Park, said, direct, We will build it., 2, null, "2", mixed, not soon
    expect(packed.values).toHaveLength(11);
    expect(packed.values.filter((v) => v === "story.txt")).toHaveLength(1);
    const [, second] = rowsOf(packed);
    const paragraph = COLUMNS.quotes.table.findIndex((c) => c.header === "paragraph");
    const text = COLUMNS.quotes.table.findIndex((c) => c.header === "text");
    expect(second!.cell(paragraph)).toBe(2);
    expect(second!.cell(text)).toBe("2");
  });

  it("empty the records' slots as they are packed, so they can be collected", () => {
    const given: (object | undefined)[] = [...records];
    packRows(given, COLUMNS.quotes);
    expect(given.every((r) => r === undefined)).toBe(true);
  });
});
