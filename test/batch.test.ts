/**
 * Batches over worker threads (issue 6): input order kept whatever order the workers finish in, error
 * records in their place, the same output with one job or several, the JSON Lines filter mode, and the
 * progress bar's rules. The stories are our own, written for these tests.
 *
 * Worker threads run the compiled code (dist/cli/worker.js): `npm test` builds first.
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { expandInputs, jsonlInputs, type Input } from "../src/io/index.js";
import { processAll, type Result } from "../src/cli/batch.js";
import { DEFAULT_LIMITS } from "../src/cli/limits.js";
import { runCli, tempDir } from "./helpers.js";
import { Chalk } from "chalk";
import { COLUMNS, formatters, type OutputRecord } from "../src/format/index.js";
import { storyRecords } from "../src/cli/story-records.js";
import { COMMANDS } from "../src/cli/commands/index.js";

/** Starting workers loads the language model in each: slow on a busy machine, so generous (not timed) limits. */
const POOL_TEST = 120_000;

const tmp = tempDir();
afterAll(() => tmp.remove());

/** A story of `paragraphs` paragraphs: a headline, then paragraphs with a quote and its speaker. */
function story(headline: string, speaker: string, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    `"The pier will reopen in week ${i + 1}," harbour master ${speaker} said on Tuesday. Boats waited in the bay while divers checked the pilings.`,
  );
  return `${headline}\n\n${body.join("\n\n")}\n`;
}

// The first story is by far the longest: with several jobs the short ones behind it finish first.
const STORIES: [string, string][] = [
  ["a-long.txt", story("Harbour Pier Closed For Repairs", "Nora Lindqvist", 60)],
  ["b.txt", story("Ferry Timetable Changes", "Tomas Berg", 1)],
  ["c.txt", story("Divers Inspect Pilings", "Ines Carvalho", 2)],
  ["d.txt", story("Fish Market Moves Inland", "Piet de Vries", 1)],
  ["e.txt", story("Storm Warning For The Coast", "Maja Holm", 3)],
  ["f.txt", story("Lighthouse Keeper Retires", "Oskar Lund", 1)],
];

const FOLDER = tmp.path("stories");
mkdirSync(FOLDER);
for (const [name, text] of STORIES) writeFileSync(tmp.path("stories", name), text);
// A PNG among the stories: an error record in its place, between c.txt and d.txt.
writeFileSync(tmp.path("stories", "c2-logo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
const MISSING = tmp.path("no-such-story.txt");
const EXPECTED_FILES = ["a-long.txt", "b.txt", "c.txt", "c2-logo.txt", "d.txt", "e.txt", "f.txt"].map((n) => tmp.path("stories", n));

interface Line {
  file: string;
  error?: { code: string; message: string };
  quotes?: { speaker: string | null }[];
}

function lines(stdout: string): Line[] {
  return stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Line);
}

describe("a batch over worker threads", () => {
  it(
    "keeps input order with three jobs, error records in place, and the same output as one job",
    async () => {
      const argv = ["extract", "--jsonl", MISSING, FOLDER];
      const several = await runCli([...argv, "--jobs", "3"]);
      const one = await runCli([...argv, "--jobs", "1"]);
      const files = lines(several.stdout).map((r) => r.file);
      expect(files).toEqual([MISSING, ...EXPECTED_FILES]);
      const records = lines(several.stdout);
      expect(records[0]!.error!.code).toBe("ENOENT");
      expect(records[4]!.error!.code).toBe("BINARY");
      // Each story's quote is given to the speaker its text names (the records were not mixed up).
      expect(records[1]!.quotes![0]!.speaker).toBe("Nora Lindqvist");
      expect(records[7]!.quotes![0]!.speaker).toBe("Oskar Lund");
      expect(several.stdout).toBe(one.stdout);
      expect(several.code).toBe(2);
      expect(one.code).toBe(2);
      // One stderr line per failed input, with workers as without.
      expect(several.stderr.split("\n").filter(Boolean)).toHaveLength(2);
      expect(several.stderr).toBe(one.stderr);
    },
    POOL_TEST,
  );

  it(
    "--jobs 1 and --jobs 2 give identical tsv, json and paragraphs output",
    async () => {
      for (const argv of [["quotes", "--format", "tsv"], ["entities", "--json"], ["paragraphs", "--jsonl"]]) {
        const two = await runCli([...argv, FOLDER, "--jobs", "2"]);
        const one = await runCli([...argv, FOLDER, "--jobs", "1"]);
        expect(two.stdout).toBe(one.stdout);
        expect(two.stdout.length).toBeGreaterThan(0);
      }
    },
    POOL_TEST,
  );

  it(
    "runs every story of a batch in a worker, even with --jobs 1; a single story only when it is above 1 MiB",
    async () => {
      const started: number[] = [];
      const options = { maxBytes: 1 << 20, stdin: () => { throw new Error("no stdin here"); }, depth: "layout" as const, limits: DEFAULT_LIMITS };
      const collectWith = async (inputs: AsyncIterable<Input>, extra: { jobs?: number; storiesPerWorker?: number; maxBytes?: number }): Promise<Result[]> => {
        const results: Result[] = [];
        for await (const r of processAll(inputs, { ...options, jobs: 1, ...extra, onPool: (n) => started.push(n) })) results.push(r);
        return results;
      };
      const collect = (inputs: AsyncIterable<Input>, jobs: number, storiesPerWorker?: number) => collectWith(inputs, { jobs, storiesPerWorker });
      expect(await collect(expandInputs([tmp.path("stories", "b.txt")]), 4, 1)).toHaveLength(1);
      expect(started).toEqual([]);
      // Six stories (the PNG needs no worker): one worker with --jobs 1, three with three jobs.
      expect(await collect(expandInputs([FOLDER]), 1, 1)).toHaveLength(7);
      expect(started).toEqual([1]);
      const results = await collect(expandInputs([FOLDER]), 3, 1);
      expect(started).toEqual([1, 3]);
      expect(results.map((r) => (r.ok ? r.file : r.record.file))).toEqual(EXPECTED_FILES);
      // By default a handful of stories shares one worker: each worker loads the language model again.
      started.length = 0;
      await collect(expandInputs([FOLDER]), 3);
      expect(started).toEqual([1]);
      // A single story above 1 MiB runs in a worker (under the memory ceiling); one above --max-bytes needs
      // none, it is refused before it is read.
      started.length = 0;
      const big = tmp.path("big-story.txt");
      writeFileSync(big, story("Breakwater Survey Published", "Lena Fisk", 1).repeat(8_000));
      const size = statSync(big).size;
      expect(size).toBeGreaterThan(1 << 20);
      const [refused] = await collectWith(expandInputs([big]), { maxBytes: size - 1 });
      expect(refused!.ok ? "a result" : refused!.record.error.code).toBe("TOO_LARGE");
      expect(started).toEqual([]);
      const [read] = await collectWith(expandInputs([big]), { maxBytes: size });
      expect(read!.ok && read!.story.meta.headline).toBe("Breakwater Survey Published");
      expect(started).toEqual([1]);
      // That story's threads ended with it (processAlone): the next batch of this process starts its own and
      // gives every input its result, in order.
      started.length = 0;
      const after = await collect(expandInputs([FOLDER]), 3);
      expect(after.map((r) => (r.ok ? r.file : r.record.file))).toEqual(EXPECTED_FILES);
      expect(after.filter((r) => r.ok)).toHaveLength(6);
      expect(started).toEqual([1]);
    },
    POOL_TEST,
  );

  it(
    "json and jsonl records made in a worker (as bytes) are the bytes the main thread makes for one story",
    async () => {
      // One story of at most 1 MiB runs on the main thread, which formats its Story; in a batch a worker
      // makes the records' JSON itself (src/cli/worker.ts) and the main thread only frames them.
      const [b, c, e] = ["b.txt", "c.txt", "e.txt"].map((n) => tmp.path("stories", n));
      for (const argv of [["extract", "--jsonl"], ["quotes", "--jsonl", "--indirect"], ["extract", "--jsonl", "--min-confidence", "0.99"]]) {
        const alone = (await Promise.all([b, c, e].map((f) => runCli([...argv, f!])))).map((r) => r.stdout).join("");
        expect(alone.split("\n").filter(Boolean)).not.toHaveLength(0);
        for (const jobs of ["1", "2"]) expect((await runCli([...argv, b!, c!, e!, "--jobs", jobs])).stdout).toBe(alone);
      }
      for (const command of ["extract", "quotes"]) {
        // json: "[\n  " + the record, indented + "\n]\n" alone; the batch's array joins them with ",\n  ".
        const bodies = (await Promise.all([b, c].map((f) => runCli([command!, "--json", f!])))).map((r) => r.stdout.slice(4, -3));
        const batch = await runCli([command!, "--json", b!, c!, "--jobs", "2"]);
        expect(batch.stdout).toBe(`[\n  ${bodies.join(",\n  ")}\n]\n`);
      }
      // The batch did go through workers that rendered: its results carry records, not a Story.
      const options = { maxBytes: 1 << 20, stdin: () => { throw new Error("no stdin here"); }, depth: "full" as const, limits: DEFAULT_LIMITS, jobs: 2 };
      const render = { command: "extract" as const, format: "jsonl" as const, options: { indirect: false, all: false, minConfidence: 0 } };
      const kinds: string[] = [];
      for await (const r of processAll(expandInputs([b!, c!]), { ...options, render })) kinds.push("rendered" in r ? "rendered" : "story");
      expect(kinds).toEqual(["rendered", "rendered"]);
    },
    POOL_TEST,
  );

  it(
    "csv and tsv rows made in a worker are the rows the main thread makes for each story, under one header",
    async () => {
      // Alone, a small story runs on the main thread, which formats its Story; in a batch each worker makes
      // its story's rows itself (src/cli/render.ts) and the main thread writes the header once.
      const [b, png, c, e] = ["b.txt", "c2-logo.txt", "c.txt", "e.txt"].map((n) => tmp.path("stories", n));
      for (const argv of [["quotes", "--format", "tsv"], ["quotes", "--format", "csv", "--explain"], ["extract", "--format", "csv"], ["entities", "--format", "tsv"]]) {
        const alone = (await Promise.all([b, c, e].map((f) => runCli([...argv, f!])))).map((r) => r.stdout.split("\n"));
        const header = alone[0]![0]!;
        const rows = alone.flatMap((out) => out.slice(1, -1));
        expect(rows.length).toBeGreaterThanOrEqual(3);
        for (const jobs of ["1", "2"]) {
          const batch = await runCli([...argv, b!, png!, c!, e!, "--jobs", jobs]);
          // One header, then every story's rows in input order; the PNG has no row, one line on stderr.
          expect(batch.stdout).toBe([header, ...rows, ""].join("\n"));
          expect(batch.stderr).toMatch(/c2-logo\.txt.*\n$/);
          expect(batch.stderr.split("\n").filter(Boolean)).toHaveLength(1);
          expect(batch.code).toBe(2);
        }
      }
      // Read off the stories: b.txt's one quote is Tomas Berg's, and each story names its speaker.
      const tsv = (await runCli(["quotes", "--format", "tsv", b!, c!, "--jobs", "2"])).stdout.split("\n");
      expect(tsv[0]!.startsWith("file\tparagraph\tkind\tspeaker\t")).toBe(true);
      expect(tsv.filter((l) => l.startsWith("file\t"))).toHaveLength(1);
      expect(tsv.slice(1, -1).map((l) => l.split("\t")[3])).toEqual(["Tomas Berg", "Ines Carvalho", "Ines Carvalho"]);
      // --csv-raw reaches the worker: a paragraph that starts as a formula is guarded by default, raw with it.
      const formula = tmp.path("formula.txt");
      writeFileSync(formula, "Harbour Notes\n\n=HYPERLINK(\"x\") was written on the harbour wall, divers said.\n");
      const guarded = (await runCli(["paragraphs", "--format", "csv", formula, b!, "--jobs", "2"])).stdout;
      expect(guarded).toContain(`,"'=HYPERLINK(""x"") was written`);
      const raw = (await runCli(["paragraphs", "--format", "csv", "--csv-raw", formula, b!, "--jobs", "2"])).stdout;
      expect(raw).toContain(`,"=HYPERLINK(""x"") was written`);
      // The batch did go through workers that made the rows: its results carry text, not a Story.
      const options = { maxBytes: 1 << 20, stdin: () => { throw new Error("no stdin here"); }, depth: "full" as const, limits: DEFAULT_LIMITS, jobs: 2 };
      const render = { command: "quotes" as const, format: "tsv" as const, options: { indirect: false, all: false, minConfidence: 0 } };
      const kinds: string[] = [];
      for await (const r of processAll(expandInputs([b!, c!]), { ...options, render })) kinds.push("rendered" in r ? "rendered" : "story");
      expect(kinds).toEqual(["rendered", "rendered"]);
    },
    POOL_TEST,
  );

  it(
    "a table drawn from the cells workers send is the table drawn from the stories' records",
    async () => {
      const [b, png, c] = ["b.txt", "c2-logo.txt", "c.txt"].map((n) => tmp.path("stories", n));
      // The records the table formatter would be given, from Stories brought back whole (no render).
      const options = { maxBytes: 1 << 20, stdin: () => { throw new Error("no stdin here"); }, depth: "full" as const, limits: DEFAULT_LIMITS, jobs: 2 };
      const records: OutputRecord[] = [];
      for await (const r of processAll(expandInputs([b!, png!, c!]), options)) if (r.ok) records.push(...storyRecords(r, COMMANDS.quotes, { indirect: false, all: false }));
      const drawn = formatters.table.format(records, { columns: COLUMNS.quotes, chalk: new Chalk({ level: 0 }) });
      const batch = await runCli(["quotes", "--format", "table", b!, png!, c!, "--jobs", "2"]);
      expect(batch.stdout).toBe(drawn);
      // Read off the stories: one row for Tomas Berg, two for Ines Carvalho; the PNG only on stderr.
      expect(batch.stdout.match(/Tomas Berg/g)).toHaveLength(1);
      expect(batch.stdout.match(/Ines Carvalho/g)).toHaveLength(2);
      expect(batch.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      // The workers sent cells, not Stories.
      const render = { command: "quotes" as const, format: "table" as const, options: { indirect: false, all: false, minConfidence: 0 } };
      const kinds: string[] = [];
      for await (const r of processAll(expandInputs([b!, c!]), { ...options, render })) kinds.push("tabled" in r ? "tabled" : "story");
      expect(kinds).toEqual(["tabled", "tabled"]);
    },
    POOL_TEST,
  );

  it(
    "meta and paragraphs (which skip the language analysis) agree with extract",
    async () => {
      const extract = lines((await runCli(["extract", "--jsonl", FOLDER, "--jobs", "2"])).stdout).filter((r) => !r.error) as unknown as {
        file: string;
        meta: object;
        paragraphs: object[];
      }[];
      const meta = lines((await runCli(["meta", "--jsonl", FOLDER, "--jobs", "2"])).stdout).filter((r) => !r.error);
      expect(meta).toEqual(extract.map((r) => ({ file: r.file, ...r.meta })));
      const paragraphs = lines((await runCli(["paragraphs", "--jsonl", FOLDER])).stdout).filter((r) => !r.error);
      expect(paragraphs).toEqual(extract.flatMap((r) => r.paragraphs.map((p) => ({ file: r.file, ...p }))));
    },
    POOL_TEST,
  );
});

describe("--input jsonl", () => {
  const good = (id: string | number, text: string) => JSON.stringify({ id, text });
  const INPUT = [
    good("wire-1", STORIES[1]![1]),
    "{not json",
    good("wire-2", STORIES[2]![1]),
    "",
    JSON.stringify({ id: "wire-3" }),
    good(17, STORIES[3]![1]),
    JSON.stringify({ text: "no id" }),
    good("wire-4", STORIES[4]![1]),
  ].join("\n");

  it(
    "one record per line in order; the id becomes file; bad lines are BAD_JSONL records naming the line",
    async () => {
      for (const jobs of ["1", "2"]) {
        const { code, stdout, stderr } = await runCli(["quotes", "--input", "jsonl", "--jsonl", "--jobs", jobs], { stdin: INPUT });
        expect(code).toBe(2);
        const records = lines(stdout);
        expect([...new Set(records.map((r) => r.file))]).toEqual(["wire-1", "-:2", "wire-2", "wire-3", "17", "-:7", "wire-4"]);
        const errors = records.filter((r) => r.error);
        expect(errors.map((r) => [r.file, r.error!.code])).toEqual([["-:2", "BAD_JSONL"], ["wire-3", "BAD_JSONL"], ["-:7", "BAD_JSONL"]]);
        expect(errors[0]!.error!.message).toContain("-:2");
        expect(errors[1]!.error!.message).toContain("-:5");
        expect(records.find((r) => r.file === "wire-2")).toMatchObject({ speaker: "Ines Carvalho" });
        expect(stderr.split("\n").filter(Boolean)).toHaveLength(3);
      }
    },
    POOL_TEST,
  );

  it("extract --input jsonl writes one line per story, encoding utf-8, offsets into the line's text", async () => {
    const text = "Quay Reopens\n\n“We are open,” said Lena Sørensen.\n";
    const { code, stdout } = await runCli(["extract", "--input", "jsonl", "--jsonl"], { stdin: good("x", text) + "\n" });
    expect(code).toBe(0);
    const [record, ...rest] = lines(stdout) as unknown as { file: string; encoding: string; paragraphs: { text: string; start: number; end: number }[] }[];
    expect(rest).toEqual([]);
    expect([record!.file, record!.encoding]).toEqual(["x", "utf-8"]);
    for (const p of record!.paragraphs) expect([...text].slice(p.start, p.end).join("")).toBe(p.text);
  });

  it("reads JSON Lines files named on the command line; a line above --max-bytes is TOO_LARGE, the rest goes on", async () => {
    const file = tmp.path("batch.jsonl");
    writeFileSync(file, [good("small", "Short note.\n"), good("big", "x".repeat(5000)), good("after", "Another note.\n")].join("\r\n"));
    const inputs: string[] = [];
    for await (const input of jsonlInputs([file], { maxBytes: 1000, stdin: () => { throw new Error("unused"); } })) {
      inputs.push(`${input.file}:${input.kind}`);
    }
    expect(inputs).toEqual([`${file}:1:line`, `${file}:2:failed`, `${file}:3:line`]);
    const { stdout } = await runCli(["meta", "--input", "jsonl", "--jsonl", "--max-bytes", "1000", file]);
    expect(lines(stdout).map((r) => r.error?.code ?? r.file)).toEqual(["small", "TOO_LARGE", "after"]);
  });
});

describe("progress bar", () => {
  const run = (extra: string[], stderrIsTTY: boolean) =>
    runCli(["paragraphs", "--jsonl", "--jobs", "1", FOLDER, ...extra], { stderrIsTTY, stdoutIsTTY: false });

  it("is drawn on stderr when stderr is a terminal, and never touches stdout", async () => {
    const plain = await run([], false);
    const shown = await run([], true);
    expect(shown.stderr).toMatch(/\d+\/7 stories/);
    expect(shown.stderr).toContain("\r");
    // The error line of the PNG is still there, whole.
    expect(shown.stderr).toContain("c2-logo.txt: not text");
    // No cursor save/restore: restoring would jump back over the error line and clear it.
    expect(shown.stderr).not.toMatch(/\x1b[78]/);
    // Nor a hidden cursor or line wrapping switched off, which an interrupt would leave behind.
    expect(shown.stderr).not.toMatch(/\x1b\[\?(25|7)l/);
    expect(shown.stdout).toBe(plain.stdout);
    expect(shown.stdout).not.toContain("stories |");
  });

  it("is not drawn with --quiet, nor when stderr is not a terminal (a pipe, a log file)", async () => {
    for (const { stderr } of [await run(["--quiet"], true), await run([], false), await run(["-q"], true)]) {
      expect(stderr).not.toMatch(/\d+\/7 stories/);
      expect(stderr).not.toContain("\r");
      expect(stderr).toContain("c2-logo.txt: not text");
    }
  });

  it("is not drawn for a single story", async () => {
    const { stderr } = await runCli(["meta", "--jsonl", tmp.path("stories", "b.txt")], { stderrIsTTY: true });
    expect(stderr).toBe("");
  });
});

describe("--jobs", () => {
  it.each(["0", "-1", "two", "1.5"])("refuses %s with a usage error", async (value) => {
    const { code, stderr } = await runCli(["meta", "--jobs", value, FOLDER]);
    expect(code).toBe(1);
    expect(stderr).toContain("--jobs");
  });
});
