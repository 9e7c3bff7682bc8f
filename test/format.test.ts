/**
 * The formatters as pure functions, on hand-written records with every nested shape filled in (the extractors
 * may still return little on the seed story): flattening, quoting, escaping, colour as a parameter.
 */
import { describe, expect, it } from "vitest";
import { chalkFor } from "../src/cli/colour.js";
import { COLUMNS, formatters, type EntityRecord, type QuoteRecord } from "../src/format/index.js";
import { csvField, tsvField } from "../src/format/delimited.js";
import { parseCsv } from "./helpers.js";

const quote: QuoteRecord = {
  file: "a.txt",
  text: "We are ready, and we said \"now\". Later.",
  speaker: "Rosa Vidal",
  speakerText: "Minister Rosa Vidal",
  role: "Minister",
  verb: "said",
  kind: "direct",
  via: null,
  paragraph: 2,
  start: 100,
  end: 140,
  fragments: [{ text: "We are ready,", start: 100, end: 113 }, { text: "and we said \"now\". Later.", start: 130, end: 155 }],
  speakerSpan: { start: 116, end: 135 },
  verbSpan: { start: 136, end: 140 },
  attribution: { rule: "after-inverted", evidence: "said Ada Quill", resolution: "name" },
  confidence: 0.9,
};

const entity: EntityRecord = {
  file: "a.txt",
  name: "Rosa Vidal",
  type: "person",
  aliases: ["Vidal", "Minister Vidal"],
  titles: ["Minister"],
  count: 3,
  mentions: [
    { text: "Rosa Vidal", start: 5, end: 15, paragraph: 0 },
    { text: "Vidal", start: 40, end: 45, paragraph: 1 },
    { text: "Vidal", start: 80, end: 85, paragraph: null },
  ],
};

const plain = chalkFor(0);

describe("csv and tsv flatten nested values", () => {
  it("quotes: fragments as start-end spans, text quoted per RFC 4180", () => {
    const out = formatters.csv.format([quote], { columns: COLUMNS.quotes, chalk: plain });
    const [header, row] = parseCsv(out);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("fragments")).toBe("100-113; 130-155");
    expect(cell("text")).toBe(quote.text);
    expect(cell("speaker")).toBe("Rosa Vidal");
    expect(cell("via")).toBe("");
    expect(out).toContain('"We are ready, and we said ""now"". Later."');
  });

  it("entities: aliases and titles joined with '; ', mentions as spans", () => {
    const out = formatters.tsv.format([entity], { columns: COLUMNS.entities, chalk: plain });
    expect(out).toBe(
      "file\tname\ttype\tcount\taliases\ttitles\tmentions\n" +
        "a.txt\tRosa Vidal\tperson\t3\tVidal; Minister Vidal\tMinister\t5-15; 40-45; 80-85\n",
    );
  });

  it("csvField and tsvField", () => {
    expect([csvField("plain"), csvField("a,b"), csvField('say "hi"'), csvField("two\nlines"), csvField(null), csvField(7)])
      .toEqual(["plain", '"a,b"', '"say ""hi"""', '"two\nlines"', "", "7"]);
    expect([tsvField("a\tb"), tsvField("a\nb\r"), tsvField("back\\slash"), tsvField(null)])
      .toEqual(["a\\tb", "a\\nb\\r", "back\\\\slash", ""]);
  });

  it("error records have no row", () => {
    const error = { file: "x.txt", error: { code: "BINARY", message: "x.txt: not text" } };
    expect(formatters.tsv.format([error, entity], { columns: COLUMNS.entities, chalk: plain }).split("\n")).toHaveLength(3);
  });
});

describe("json and jsonl", () => {
  it("json is one array, jsonl one line per record, both give the records back", () => {
    const options = { columns: COLUMNS.quotes, chalk: plain };
    expect(JSON.parse(formatters.json.format([quote, quote], options))).toEqual([quote, quote]);
    expect(formatters.json.format([], options)).toBe("[]\n");
    const lines = formatters.jsonl.format([quote, entity], options).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map((l) => JSON.parse(l) as object)).toEqual([quote, entity]);
  });

  it("the streamed pieces add up to the whole output", () => {
    const options = { columns: COLUMNS.quotes, chalk: plain };
    for (const name of ["json", "jsonl", "csv", "tsv"] as const) {
      const { stream } = formatters[name];
      const pieces = stream!.start(options) + [quote, quote].map((r, i) => stream!.record(r, i, options)).join("") + stream!.end(2, options);
      expect(pieces).toBe(formatters[name].format([quote, quote], options));
    }
  });
});

describe("table", () => {
  it("shows the speaker and wraps the text; colour only with a coloured chalk", () => {
    const plainOut = formatters.table.format([quote], { columns: COLUMNS.quotes, chalk: plain, width: 60 });
    expect(plainOut).toContain("Rosa Vidal");
    expect(plainOut).not.toContain("\x1b");
    const lines = plainOut.trimEnd().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    // The quote is longer than its column: it wraps onto more rows instead of being cut.
    expect(lines.some((l) => l.includes("Later."))).toBe(true);
    const coloured = formatters.table.format([quote], { columns: COLUMNS.quotes, chalk: chalkFor(1), width: 60 });
    expect(coloured).toContain("\x1b[36mRosa Vidal");
  });

  it("adds the file column only when records come from several files", () => {
    const one = formatters.table.format([entity], { columns: COLUMNS.entities, chalk: plain });
    const two = formatters.table.format([entity, { ...entity, file: "b.txt" }], { columns: COLUMNS.entities, chalk: plain });
    expect(one).not.toContain("a.txt");
    expect(two).toContain("a.txt");
    expect(two).toContain("b.txt");
  });
});
