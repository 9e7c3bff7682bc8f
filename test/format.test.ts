/**
 * The formatters as pure functions, on hand-written records with every nested shape filled in (the extractors
 * may still return little on the seed story): flattening, quoting, escaping, colour as a parameter.
 */
import { describe, expect, it } from "vitest";
import { chalkFor } from "../src/cli/colour.js";
import { COLUMNS, formatters, type EntityRecord, type QuoteRecord } from "../src/format/index.js";
import { csvField, tsvField } from "../src/format/delimited.js";
import { safeForTerminal } from "../src/format/escape.js";
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

  it("draws a table of 200,000 records (no spread over the rows), in pieces that make up format()'s string", () => {
    // The widest speaker sets the column's width; a spread of one argument per record overflowed the stack.
    const many: QuoteRecord[] = Array.from({ length: 200_000 }, (_, i) => ({ ...quote, speaker: i === 123_456 ? "Bartholomew Quill" : "Ann", text: "Yes." }));
    const options = { columns: COLUMNS.quotes, chalk: plain, width: 80 };
    const out = formatters.table.format(many, options);
    const header = out.split("\n")[1]!;
    // The "speaker" column (after "paragraph") is as wide as "Bartholomew Quill" (17) plus its padding.
    expect(header.split("│")[2]).toBe(" speaker           ");
    expect(out.split("\n").filter((l) => l.includes("Ann")).length).toBe(199_999);
    const pieces = [...formatters.table.chunks!(many.slice(0, 3), options)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe(formatters.table.format(many.slice(0, 3), options));
  });
});

describe("safe output: a story's control characters and formulas never reach a terminal or a spreadsheet", () => {
  const plainChalk = chalkFor(0);
  // ESC [2J clears the screen, OSC 0 sets the window title, U+009B is the one-byte CSI, U+202E reverses text.
  const hostile = "Hi\u001b[2J there\u001b]0;owned\u0007 \u009b31m red\u202egnp.exe\r!";

  it("safeForTerminal: a table cell keeps its line breaks, a stderr line shows them", () => {
    expect(safeForTerminal(hostile, "cell")).toBe("Hi\u241b[2J there\u241b]0;owned\u2407 \ufffd31m red\ufffdgnp.exe\n!");
    expect(safeForTerminal("a\tb\r\nc", "cell")).toBe("a b\nc");
    expect(safeForTerminal("bad\nnewsx: all fine\t\r", "line")).toBe("bad\u240anewsx: all fine\u2409\u240d");
    // Ordinary text, accents and quote marks pass unchanged.
    expect(safeForTerminal("Café “Ünïcode” — 東京", "line")).toBe("Café “Ünïcode” — 東京");
  });

  it("the table writes no raw control character of a story, and still colours with its own escapes", () => {
    const out = formatters.table.format([{ ...quote, text: hostile }], { columns: COLUMNS.quotes, chalk: plainChalk, width: 80 });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
    expect(out).toContain("\u241b[2J");
    const coloured = formatters.table.format([{ ...quote, speaker: "Eve\u001b[0m" }], { columns: COLUMNS.quotes, chalk: chalkFor(1), width: 80 });
    expect(coloured).toContain("Eve\u241b[0m");
  });

  it("csv puts an apostrophe before a cell a spreadsheet would run as a formula, unless --csv-raw", () => {
    expect(["=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "a=b", "plain"].map((c) => csvField(c)))
      .toEqual(["'=1+2", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "a=b", "plain"]);
    // A cell that also needs quoting gets both; a number is never changed.
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe("-3");
    expect(csvField("=1+2", true)).toBe("=1+2");
    expect(csvField("a\u001bb")).toBe("a\u241bb");
    expect(csvField("a\u001bb", true)).toBe("a\u001bb");
    const out = formatters.csv.format([{ ...quote, text: "=cmd|' /C calc'!A0" }], { columns: COLUMNS.quotes, chalk: plainChalk });
    expect(parseCsv(out)[1]).toContain("'=cmd|' /C calc'!A0");
    const raw = formatters.csv.format([{ ...quote, text: "=cmd" }], { columns: COLUMNS.quotes, chalk: plainChalk, raw: true });
    expect(parseCsv(raw)[1]).toContain("=cmd");
  });

  it("csv makes a lone carriage return a line feed (a terminal would draw over the cell), keeps CR LF, unless --csv-raw", () => {
    expect(csvField("safe\rEVIL")).toBe('"safe\nEVIL"');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvField("\r=cmd")).toBe(`"'\n=cmd"`);
    expect(csvField("safe\rEVIL", true)).toBe('"safe\rEVIL"');
  });

  it("tsv shows control characters as pictures, unless --csv-raw", () => {
    expect(tsvField("a\u001b[2Jb\tc")).toBe("a\u241b[2Jb\\tc");
    expect(tsvField("a\u001bb", true)).toBe("a\u001bb");
  });

  it("json and jsonl escape C1 controls and bidi overrides, which JSON.stringify leaves raw; the data is the same", () => {
    for (const format of [formatters.json, formatters.jsonl]) {
      const out = format.format([{ ...quote, text: hostile }], { columns: COLUMNS.quotes, chalk: plainChalk });
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
      const parsed = format === formatters.json ? JSON.parse(out)[0] : JSON.parse(out);
      expect(parsed.text).toBe(hostile);
    }
  });
});
