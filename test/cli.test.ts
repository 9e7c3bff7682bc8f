/**
 * The real CLI, in-process (main(argv, io) with captured streams), on the seed story. Assertions are about
 * structure and about facts read off the story by a person, so they hold whatever the extractors' quality.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Writable } from "node:stream";
import { exitCodeFor } from "../src/cli/exit.js";
import { afterAll, describe, expect, it } from "vitest";
import { FORMATS } from "../src/format/index.js";
import { COMMANDS } from "../src/cli/commands/index.js";
import { FIXTURE, cpSlice, parseCsv, runCli, tempDir } from "./helpers.js";

const COMMAND_NAMES = Object.keys(COMMANDS);
const fixtureText = readFileSync(FIXTURE, "utf8");
const tmp = tempDir();
afterAll(() => tmp.remove());

// A second story of our own, with an ASCII double quote and a comma inside one paragraph (csv quoting).
const SECOND = tmp.path("second story.txt");
writeFileSync(SECOND, 'Harbour Fire Contained\n\nThe chief said "it is over, for now" on Monday.\n\nCrews stayed overnight.\n');

describe.each(COMMAND_NAMES)("newsx %s on the seed story", (command) => {
  it.each(FORMATS)("--format %s exits 0 and writes well-formed output", async (format) => {
    const { code, stdout, stderr } = await runCli([command, "--format", format, FIXTURE]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).not.toContain("\x1b");
    if (format === "json") {
      const records = JSON.parse(stdout) as { file: string }[];
      expect(Array.isArray(records)).toBe(true);
      for (const r of records) expect(r.file).toBe(FIXTURE);
    } else if (format === "jsonl") {
      const lines = stdout.split("\n").filter(Boolean);
      for (const line of lines) expect((JSON.parse(line) as { file: string }).file).toBe(FIXTURE);
    } else if (format === "tsv") {
      // Only the final newline goes: empty trailing cells are tabs that must stay.
      const lines = stdout.replace(/\n$/, "").split("\n");
      expect(lines[0]!.startsWith("file\t")).toBe(true);
      const width = lines[0]!.split("\t").length;
      for (const line of lines.slice(1)) {
        expect(line.split("\t")).toHaveLength(width);
        expect(line.startsWith(FIXTURE + "\t")).toBe(true);
      }
    } else if (format === "csv") {
      const rows = parseCsv(stdout);
      expect(rows[0]![0]).toBe("file");
      for (const row of rows.slice(1)) {
        expect(row).toHaveLength(rows[0]!.length);
        expect(row[0]).toBe(FIXTURE);
      }
    } else {
      expect(stdout.length).toBeGreaterThan(0);
    }
  });
});

describe("records", () => {
  it("every command's json records carry file; meta and extract give one record per story", async () => {
    for (const command of ["meta", "extract"]) {
      const records = JSON.parse((await runCli([command, "--json", FIXTURE, SECOND])).stdout) as { file: string }[];
      expect(records.map((r) => r.file)).toEqual([FIXTURE, SECOND]);
    }
  });

  it("meta record has every contract field", async () => {
    const [record] = JSON.parse((await runCli(["meta", "--json", FIXTURE])).stdout) as Record<string, unknown>[];
    for (const key of ["file", "headline", "byline", "dateline", "credit", "copyright", "source", "date", "links"]) {
      expect(record).toHaveProperty(key);
    }
  });

  it("extract record has the contract's parts and the encoding", async () => {
    const [record] = JSON.parse((await runCli(["extract", "--json", FIXTURE])).stdout) as Record<string, unknown>[];
    expect(Object.keys(record!)).toEqual(["file", "encoding", "meta", "paragraphs", "boilerplate", "entities", "quotes"]);
    expect(record!.encoding).toBe("utf-8");
  });

  it("paragraph offsets are code points of the file: the slice gives back the paragraph", async () => {
    const records = JSON.parse((await runCli(["paragraphs", "--json", FIXTURE])).stdout) as
      { text: string; start: number; end: number; index: number }[];
    expect(records.length).toBeGreaterThan(0);
    records.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(cpSlice(fixtureText, p.start, p.end)).toBe(p.text);
    });
    // Read off the story: the body starts with Putin's note and ends with the Moscow News interview.
    expect(records.some((p) => p.text.includes("Russian President Vladimir Putin has sent"))).toBe(true);
    expect(records.some((p) => p.text.startsWith("In an interview with the Moscow News"))).toBe(true);
  });

  it("quotes hide kind indirect unless --indirect", () => {
    const base = { file: "x", ok: true as const, encoding: "utf-8" };
    const quote = (kind: "direct" | "partial" | "indirect") => ({
      text: kind, speaker: null, speakerText: null, role: null, verb: null, kind, via: null, paragraph: 0,
      start: 0, end: 1, speakerSpan: null, verbSpan: null,
      attribution: { rule: "none", evidence: "", resolution: "none" }, confidence: null,
    });
    const story = {
      meta: {} as never, paragraphs: [], boilerplate: [], entities: [],
      quotes: [quote("direct"), quote("indirect"), quote("partial")],
    };
    const kinds = (indirect: boolean) => COMMANDS.quotes.toRecords({ ...base, story }, { indirect, all: false }).map((r) => (r as { kind: string }).kind);
    expect(kinds(false)).toEqual(["direct", "partial"]);
    expect(kinds(true)).toEqual(["direct", "indirect", "partial"]);
    expect(kinds(true).length).toBe(3);
  });
});

describe("formats", () => {
  it("--json prints ONE array for two inputs", async () => {
    const { stdout, code } = await runCli(["paragraphs", "--json", FIXTURE, SECOND]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { file: string }[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(new Set(parsed.map((r) => r.file))).toEqual(new Set([FIXTURE, SECOND]));
    expect(stdout.trim().startsWith("[")).toBe(true);
    expect(stdout.trim().endsWith("]")).toBe(true);
  });

  it("--json with nothing to report is an empty array", async () => {
    const empty = tmp.path("empty.txt");
    writeFileSync(empty, "");
    expect(JSON.parse((await runCli(["quotes", "--json", empty])).stdout)).toEqual([]);
  });

  it("--jsonl writes one line per record, flushed per input", async () => {
    const { stdout, writes } = await runCli(["meta", "--jsonl", FIXTURE, SECOND]);
    const lines = stdout.split("\n").filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([FIXTURE, SECOND]);
    // One write per finished input: the first story is out before the second is read.
    expect(writes).toHaveLength(2);
  });

  it("csv quotes a field holding a comma and a double quote (RFC 4180)", async () => {
    const { stdout } = await runCli(["paragraphs", "--format", "csv", SECOND]);
    expect(stdout).toContain('"The chief said ""it is over, for now"" on Monday."');
    const rows = parseCsv(stdout);
    expect(rows.map((r) => r[r.length - 1])).toContain('The chief said "it is over, for now" on Monday.');
  });

  it("tsv is the default when stdout is not a terminal, with a header line", async () => {
    const { stdout } = await runCli(["paragraphs", SECOND]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("file\tindex\tstart\tend\ttext");
    // "Harbour Fire Contained" is the headline, so the first body paragraph (index 0) is the chief's sentence.
    expect(lines).toContain(`${SECOND}\t0\t24\t71\tThe chief said "it is over, for now" on Monday.`);
  });

  it("tsv escapes tabs and newlines inside a field", async () => {
    const tabbed = tmp.path("tabbed.txt");
    // One hard-wrapped paragraph with a tab in it: one row, its tab and line break escaped.
    writeFileSync(tabbed, "The council voted\tseven to two on Monday night, and the mayor said the\nplan would go ahead in the spring.\n");
    const { stdout } = await runCli(["paragraphs", "--format", "tsv", tabbed]);
    expect(stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(stdout).toContain("voted\\tseven");
    expect(stdout).toContain("said the\\nplan");
  });

  it("table is the default on a terminal", async () => {
    const { stdout } = await runCli(["paragraphs", SECOND], { stdoutIsTTY: true, columns: 80 });
    expect(stdout).toContain("┌");
    expect(stdout).toContain("Crews stayed overnight.");
  });

  it("extract as tsv is one summary row per story", async () => {
    const { stdout } = await runCli(["extract", "--format", "tsv", FIXTURE, SECOND]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("file\tencoding\theadline\tparagraphs\tentities\tquotes");
    expect(lines).toHaveLength(3);
    expect(lines[2]!.split("\t").slice(0, 2)).toEqual([SECOND, "utf-8"]);
  });
});

describe("colour", () => {
  const table = ["paragraphs", "--format", "table", SECOND];
  it("is on for a terminal", async () => {
    expect((await runCli(table, { stdoutIsTTY: true })).stdout).toContain("\x1b[");
  });
  it.each([
    ["piped", { stdoutIsTTY: false, env: {} }, []],
    ["NO_COLOR", { stdoutIsTTY: true, env: { NO_COLOR: "1" } }, []],
    ["TERM=dumb", { stdoutIsTTY: true, env: { TERM: "dumb" } }, []],
    ["--no-color", { stdoutIsTTY: true, env: {} }, ["--no-color"]],
    ["--no-color beats FORCE_COLOR", { stdoutIsTTY: true, env: { FORCE_COLOR: "1" } }, ["--no-color"]],
  ] as const)("is off when %s", async (_name, options, extra) => {
    expect((await runCli([...table, ...extra], options)).stdout).not.toContain("\x1b");
  });
  it("FORCE_COLOR forces it when piped", async () => {
    expect((await runCli(table, { env: { FORCE_COLOR: "1" } })).stdout).toContain("\x1b[");
  });
  it("never touches machine formats, even forced", async () => {
    for (const format of ["tsv", "csv", "json", "jsonl"]) {
      const { stdout } = await runCli(["paragraphs", "--format", format, SECOND], { stdoutIsTTY: true, env: { FORCE_COLOR: "3" } });
      expect(stdout).not.toContain("\x1b");
    }
  });
});

describe("inputs and help", () => {
  it("reads stdin when no path is given and stdin is not a terminal; file is -", async () => {
    const { stdout, code } = await runCli(["meta", "--json"], { stdin: readFileSync(FIXTURE) });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { file: string }[])[0]!.file).toBe("-");
  });

  it("reads stdin for - among files, in its place", async () => {
    const { stdout } = await runCli(["meta", "--jsonl", SECOND, "-", FIXTURE], { stdin: "Just a line.\n" });
    expect(stdout.trim().split("\n").map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([SECOND, "-", FIXTURE]);
  });

  it("prints help instead of waiting when stdin is a terminal and no path is given", async () => {
    const { code, stdout, stderr } = await runCli(["quotes"], { stdinIsTTY: true, stdoutIsTTY: true });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: newsx quotes");
  });

  it.each(COMMAND_NAMES)("%s --help shows examples", async (command) => {
    const { code, stdout } = await runCli([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain(`$ newsx ${command}`);
  });

  it("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });
});

describe("usage errors exit 1 with a hint", () => {
  it.each([
    [["quotes", "--bogus", FIXTURE], "--help"],
    [["quotes", "--format", "xml", FIXTURE], "Allowed choices"],
    [["quotes", "--json", "--jsonl", FIXTURE], "--jsonl"],
    [["quotes", "--max-bytes", "lots", FIXTURE], "positive number of bytes"],
    [["quotes", "-", "-"], "only once"],
    [["nonsense"], "unknown command"],
  ])("%j", async (argv, hint) => {
    const { code, stderr, stdout } = await runCli(argv);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(hint);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack
  });
});

describe("failed inputs", () => {
  it("a missing file: one stderr line, the batch goes on, exit 2, error record in place in jsonl", async () => {
    const missing = tmp.path("missing.txt");
    const { code, stdout, stderr } = await runCli(["meta", "--jsonl", FIXTURE, missing, SECOND]);
    expect(code).toBe(2);
    const records = stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; error?: { code: string } });
    expect(records.map((r) => r.file)).toEqual([FIXTURE, missing, SECOND]);
    expect(records[1]!.error!.code).toBe("ENOENT");
    expect(stderr.trim().split("\n")).toEqual([`newsx: ${missing}: no such file or folder`]);
  });

  it("in json the error record is in the array; in tsv it goes to stderr only", async () => {
    const missing = tmp.path("gone.txt");
    const json = await runCli(["meta", "--json", missing, SECOND]);
    expect((JSON.parse(json.stdout) as { file: string }[]).map((r) => r.file)).toEqual([missing, SECOND]);
    const tsv = await runCli(["meta", "--format", "tsv", missing, SECOND]);
    expect(tsv.code).toBe(2);
    expect(tsv.stdout).not.toContain("gone.txt");
    expect(tsv.stderr).toContain("gone.txt");
  });
});

describe("output errors", () => {
  class Failing extends Writable {
    constructor(private readonly code: string, private readonly after: number) {
      super();
    }
    private seen = 0;
    override _write(_chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
      if (this.seen++ < this.after) {
        callback();
        return;
      }
      callback(Object.assign(new Error(`write ${this.code}`), { code: this.code }));
    }
  }

  it("a reader that went away (EPIPE) ends the run quietly with 0", async () => {
    const many = Array.from({ length: 50 }, () => FIXTURE);
    const { code, stderr } = await runCli(["paragraphs", "--jsonl", ...many], { stdout: new Failing("EPIPE", 1) });
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("a full disk gives one clear line and exit 3", async () => {
    const { code, stderr } = await runCli(["paragraphs", "--jsonl", FIXTURE, FIXTURE], { stdout: new Failing("ENOSPC", 0) });
    expect(code).toBe(3);
    expect(stderr.trim().split("\n")).toEqual(["newsx: cannot write output: no space left on device (ENOSPC)"]);
  });
});

describe("exit codes are a pure function of the run", () => {
  const ok = { usageError: false, failedInputs: 0, output: "ok", bug: false } as const;
  it.each([
    [ok, 0],
    [{ ...ok, failedInputs: 1 }, 2],
    [{ ...ok, usageError: true }, 1],
    [{ ...ok, output: "failed" }, 3],
    [{ ...ok, failedInputs: 3, output: "closed" }, 0],
    [{ ...ok, bug: true }, 4],
  ] as const)("%j -> %i", (summary, code) => {
    expect(exitCodeFor(summary)).toBe(code);
  });
});

describe("paragraphs --all", () => {
  it("lists every block of the seed story in order, each with what it is", async () => {
    const { stdout, code } = await runCli(["paragraphs", "--all", "--json", FIXTURE]);
    expect(code).toBe(0);
    const blocks = JSON.parse(stdout) as { kind: string; index: number | null; text: string; start: number }[];
    // Read off the file: navigation line, headline, credit and dateline glued to the first sentence, ten body
    // paragraphs, then the copyright and source lines.
    expect(blocks.map((b) => b.kind)).toEqual([
      "navigation", "headline", "credit", "dateline", ...Array(10).fill("body"), "copyright", "source",
    ]);
    expect(blocks.filter((b) => b.kind === "body").map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(blocks.filter((b) => b.kind !== "body").every((b) => b.index === null)).toBe(true);
    expect(blocks[2]!.text).toBe("Sasha Mordovets/Getty Images");
    const starts = blocks.map((b) => b.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("adds a kind column to tsv; without --all the columns stay as they were", async () => {
    const all = (await runCli(["paragraphs", "--all", FIXTURE])).stdout.split("\n")[0];
    const body = (await runCli(["paragraphs", FIXTURE])).stdout.split("\n")[0];
    expect(all).toBe("file\tkind\tindex\tstart\tend\ttext");
    expect(body).toBe("file\tindex\tstart\tend\ttext");
  });
});
