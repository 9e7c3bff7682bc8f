/**
 * Issue 23, isolation: a story that fails in any way (runs out of memory, overflows the stack, never ends,
 * hits a bug) costs its own record and nothing else; every other input still gets its result, in order, and
 * the output is the same whatever --jobs is.
 *
 * The failing ("poison") stories are made with the test-only hook of src/cli/poison.ts: with
 * NEWSX_TEST_POISON=1 a story containing a marker allocates without bound, recurses without bound, loops
 * forever or throws. Worker threads copy the environment when they start, so setting it here reaches them.
 *
 * Worker threads run the compiled code (dist/cli/worker.js) and the CLI runs bin/newsx: `npm test` builds first.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processAll, type Result } from "../src/cli/batch.js";
import type { StoryLimits } from "../src/cli/limits.js";
import { POISON_MARKERS } from "../src/cli/poison.js";
import { InputError, type Input } from "../src/io/index.js";
import { parseCsv, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

let poisonBefore: string | undefined;
beforeAll(() => {
  poisonBefore = process.env.NEWSX_TEST_POISON;
  process.env.NEWSX_TEST_POISON = "1";
});
afterAll(() => {
  if (poisonBefore === undefined) delete process.env.NEWSX_TEST_POISON;
  else process.env.NEWSX_TEST_POISON = poisonBefore;
});

/** Workers start and the pool's stories run on a busy machine: generous (not timed) limits. */
const SLOW = 300_000;

// The write poison only acts while a worker writes records (tested through the CLI below).
type Kind = "ok" | "missing" | Exclude<keyof typeof POISON_MARKERS, "write">;

/** The record each kind of input must get: its story, or an error with this code. */
const EXPECTED_CODE: Record<Kind, string | null> = {
  ok: null,
  missing: "ENOENT",
  memory: "TOO_COMPLEX",
  stack: "TOO_COMPLEX",
  loop: "TIMEOUT",
  bug: "INTERNAL",
};

/** Our own two-paragraph story; the headline names the input, so a record given to the wrong input shows. */
function text(kind: Kind, i: number): string {
  const body = "The ferry left at noon on Tuesday. Boats waited in the bay while divers checked the pilings.";
  const poison = kind === "ok" || kind === "missing" ? "" : ` ${POISON_MARKERS[kind]}`;
  return `Harbour Report Number ${i}\n\n${body}${poison}\n`;
}

function input(kind: Kind, i: number): Input {
  const file = `story-${i}`;
  if (kind === "missing") return { kind: "failed", file, error: new InputError("ENOENT", `${file}: no such file or folder`) };
  return { kind: "bytes", file, bytes: Buffer.from(text(kind, i)) };
}

async function* listed(kinds: readonly Kind[]): AsyncGenerator<Input> {
  for (const [i, kind] of kinds.entries()) yield input(kind, i);
}

/**
 * Limits for the poison to meet. A layout-only story takes a millisecond or two; the language model is not
 * needed to test the isolation. The deadline is wall-clock time and must stay above what reaching the memory
 * ceiling takes on a machine whose load is ten times its cores (2-3 s measured), or that poison would be a
 * TIMEOUT.
 */
const LIMITS: StoryLimits = { timeoutMs: 8_000, maxMemoryMb: 128 };

async function runBatch(kinds: readonly Kind[], jobs: number): Promise<Result[]> {
  const options = {
    maxBytes: 1 << 20,
    stdin: () => {
      throw new Error("no stdin in this test");
    },
    depth: "layout" as const,
    jobs,
    storiesPerWorker: 1,
    limits: LIMITS,
  };
  const results: Result[] = [];
  for await (const result of processAll(listed(kinds), options)) results.push(result);
  return results;
}

/** What a record says, without a bug's stack (which names the thread's own frames). */
const said = (result: Result) => (result.ok ? { file: result.file, headline: result.story.meta.headline } : result.record);

function checkRecords(kinds: readonly Kind[], results: readonly Result[]): void {
  expect(results.map((r) => (r.ok ? r.file : r.record.file))).toEqual(kinds.map((_, i) => `story-${i}`));
  for (const [i, kind] of kinds.entries()) {
    const result = results[i]!;
    if (kind === "ok") expect(result.ok && result.story.meta.headline).toBe(`Harbour Report Number ${i}`);
    else expect(result.ok ? "a result" : result.record.error.code).toBe(EXPECTED_CODE[kind]);
  }
}

describe("a batch with poison stories", () => {
  it(
    "poison first, in the middle and last: one record per input, in order, the same with 1, 2 and 8 jobs",
    async () => {
      const kinds: Kind[] = ["memory", "ok", "ok", "stack", "ok", "loop", "ok", "bug", "ok", "missing", "ok", "memory"];
      const byJobs = [];
      for (const jobs of [1, 2, 8]) {
        const results = await runBatch(kinds, jobs);
        checkRecords(kinds, results);
        byJobs.push(results.map(said));
      }
      expect(byJobs[1]).toEqual(byJobs[0]);
      expect(byJobs[2]).toEqual(byJobs[0]);
    },
    SLOW,
  );

  it(
    "a story queued behind one that kills its worker is not lost: it runs on the worker started in its place",
    async () => {
      // One worker: every story after the first waits for the one worker that the poison ends.
      const kinds: Kind[] = ["ok", "memory", "ok", "loop", "ok", "ok"];
      checkRecords(kinds, await runBatch(kinds, 1));
    },
    SLOW,
  );

  const kind = fc.oneof(
    { weight: 6, arbitrary: fc.constant<Kind>("ok") },
    { weight: 1, arbitrary: fc.constantFrom<Kind>("memory", "stack", "loop", "bug", "missing") },
  );
  const batch = fc.array(kind, { minLength: 2, maxLength: 9 });

  // Few runs: each one starts pools of worker threads, and a looping story waits out its deadline.
  it(
    "property: one record per input, in order, each poison story an error record of its kind",
    async () => {
      await fc.assert(
        fc.asyncProperty(batch, fc.integer({ min: 1, max: 8 }), async (kinds, jobs) => {
          checkRecords(kinds, await runBatch(kinds, jobs));
        }),
        { numRuns: 4 },
      );
    },
    SLOW,
  );

  it(
    "property: the same records whatever --jobs is",
    async () => {
      await fc.assert(
        fc.asyncProperty(batch, fc.integer({ min: 2, max: 8 }), async (kinds, jobs) => {
          const one = (await runBatch(kinds, 1)).map(said);
          const several = (await runBatch(kinds, jobs)).map(said);
          expect(several).toEqual(one);
        }),
        { numRuns: 3 },
      );
    },
    SLOW,
  );
});

// The real CLI, as a user runs it: the launcher, the start-up snapshot, the language model, real exit codes.
const { FORCE_COLOR: _f, NO_COLOR: _n, ...cleanEnv } = process.env;

function newsx(args: string[]) {
  const result = spawnSync("bin/newsx", args, { env: { ...cleanEnv, NEWSX_TEST_POISON: "1" }, encoding: "utf8", timeout: SLOW });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

interface Line {
  file: string;
  error?: { code: string };
  quotes?: { speaker: string | null }[];
}
const lines = (stdout: string) => stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Line);

/** The fields of one csv line (no line breaks inside a field here); throws on a line cut inside a quoted field. */
function csvFields(line: string): string[] {
  const rows = parseCsv(line);
  if (rows.length !== 1) throw new Error(`not one csv line: ${line}`);
  return rows[0]!;
}

describe("newsx with poison stories", () => {
  const speaker = (i: number) => ["Nora Lindqvist", "Tomas Berg", "Ines Carvalho", "Piet de Vries", "Maja Holm"][i % 5]!;
  const story = (i: number, poison = "") =>
    `Pier Report ${i}\n\n"The pier will reopen next week," harbour master ${speaker(i)} said on Tuesday.${poison}\n`;

  it(
    "extract --jsonl: every input in order, the poison as error records, identical for --jobs 1, 2 and 8",
    () => {
      // No looping story here: it would cost a deadline long enough for the others' first parse in a cold
      // worker on a busy machine, three times over (TIMEOUT is checked above and on the main thread below).
      const poison: Record<number, string> = { 0: POISON_MARKERS.stack, 3: POISON_MARKERS.bug, 5: POISON_MARKERS.memory, 8: POISON_MARKERS.stack };
      const files = Array.from({ length: 9 }, (_, i) => {
        const file = tmp.path(`cli-${i}.txt`);
        writeFileSync(file, story(i, poison[i] ? ` ${poison[i]}` : ""));
        return file;
      });
      const runs = [1, 2, 8].map((jobs) => newsx(["extract", "--jsonl", "--jobs", String(jobs), "--max-memory", "256M", ...files]));
      for (const run of runs) {
        expect(run.code).toBe(2);
        const records = lines(run.stdout);
        expect(records.map((r) => r.file)).toEqual(files);
        expect(records.map((r) => r.error?.code ?? null)).toEqual(["TOO_COMPLEX", null, null, "INTERNAL", null, "TOO_COMPLEX", null, null, "TOO_COMPLEX"]);
        for (const i of [1, 2, 4, 6, 7]) expect(records[i]!.quotes![0]!.speaker).toBe(speaker(i));
        // One line on stderr per failed input, and the bug's hint for the INTERNAL one.
        expect(run.stderr.split("\n").filter((l) => l.startsWith(`newsx: ${tmp.dir}`))).toHaveLength(4);
      }
      expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
      expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
    },
    SLOW,
  );

  it(
    "a single story on the main thread: looping, overflowing the stack or throwing gives one error record, exit 2",
    () => {
      const cases: [string, string][] = [
        [POISON_MARKERS.loop, "TIMEOUT"],
        [POISON_MARKERS.stack, "TOO_COMPLEX"],
        [POISON_MARKERS.bug, "INTERNAL"],
      ];
      for (const [marker, code] of cases) {
        const file = tmp.path(`one-${code}.txt`);
        writeFileSync(file, story(1, ` ${marker}`));
        const run = newsx(["quotes", "--jsonl", "--timeout", "1.5", file]);
        expect([run.code, run.signal]).toEqual([2, null]);
        expect(lines(run.stdout)).toEqual([{ file, error: { code, message: expect.stringContaining(file) } }]);
      }
    },
    SLOW,
  );

  it(
    "a single story above 1 MiB runs in a worker, under the memory ceiling: TOO_COMPLEX, not a crash",
    () => {
      const file = tmp.path("big.txt");
      const filler = "Boats waited in the bay while divers checked the pilings.\n\n".repeat(20_000);
      writeFileSync(file, `${story(2)}\n${filler}${POISON_MARKERS.memory}\n`);
      const run = newsx(["quotes", "--jsonl", "--max-memory", "256M", file]);
      expect([run.code, run.signal]).toEqual([2, null]);
      expect(lines(run.stdout)).toEqual([{ file, error: { code: "TOO_COMPLEX", message: expect.stringContaining("--max-memory") } }]);
    },
    SLOW,
  );

  it(
    "a worker that dies while it writes a record: the record already part-written ends as valid JSON with the error, the rest go on",
    () => {
      // The marker is in the first paragraph, and the story's JSON is well over one 64 KiB piece: the worker
      // dies (out of memory) once the piece holding the marker has been written, with the record half out.
      const filler = Array.from({ length: 3_000 }, (_, i) => `Boat ${i} waited in the bay while divers checked pile ${i}.`).join("\n\n");
      const files = [0, 1, 2].map((i) => {
        const file = tmp.path(`write-${i}.txt`);
        writeFileSync(file, i === 1 ? `Pier Report 1\n\nThe pier ${POISON_MARKERS.write} stays shut.\n\n${filler}\n` : story(i));
        return file;
      });
      const runs = [1, 2].map((jobs) => newsx(["extract", "--jsonl", "--jobs", String(jobs), "--max-memory", "256M", ...files]));
      for (const run of runs) {
        expect(run.code).toBe(2);
        const records = lines(run.stdout) as (Line & { paragraphs?: { text: string }[] })[];
        expect(records.map((r) => r.file)).toEqual(files);
        expect(records.map((r) => r.error?.code ?? null)).toEqual([null, "TOO_COMPLEX", null]);
        // What was written of it is there: its first paragraphs, not all 3,001 of them.
        const written = records[1]!.paragraphs!;
        expect(written[0]!.text).toContain(POISON_MARKERS.write);
        expect(written.length).toBeGreaterThan(1);
        expect(written.length).toBeLessThan(3_001);
        expect(records[2]!.quotes![0]!.speaker).toBe(speaker(2));
        expect(run.stderr.split("\n").filter((l) => l.startsWith(`newsx: ${tmp.dir}`))).toHaveLength(1);
      }
      expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
      // --json: the array stays valid, one element per input.
      const json = newsx(["extract", "--json", "--jobs", "2", "--max-memory", "256M", ...files]);
      const elements = JSON.parse(json.stdout) as Line[];
      expect(elements.map((r) => r.error?.code ?? null)).toEqual([null, "TOO_COMPLEX", null]);
    },
    SLOW,
  );

  it(
    "a worker that dies while it writes csv/tsv rows: only whole rows, the rows sent stay, an error line, the rest in order",
    () => {
      // paragraphs gives one row per paragraph; the worker of write-rows-1 dies once the row of the paragraph
      // holding the marker (its 7th: the first, then "Boat 0" to "Boat 5") is out, before the 34 after it.
      // Commas and quotes in the cells make csv quote them, so a row cut inside would show in the field count.
      const boats = Array.from({ length: 40 }, (_, i) => `Boat ${i} waited in the bay, while divers checked pile ${i}${i === 5 ? ` ${POISON_MARKERS.write}` : ""}.`);
      const files = [0, 1, 2].map((i) => {
        const file = tmp.path(`write-rows-${i}.txt`);
        writeFileSync(file, i === 1 ? `Pier Report 1\n\nThe first boats, ferries and "tugs", came in.\n\n${boats.join("\n\n")}\n` : story(i));
        return file;
      });
      for (const [format, fields] of [["tsv", (line: string) => line.split("\t")], ["csv", csvFields]] as const) {
        const runs = [1, 2].map((jobs) => newsx(["paragraphs", "--format", format, "--jobs", String(jobs), "--max-memory", "256M", ...files]));
        for (const run of runs) {
          expect([run.code, run.signal]).toEqual([2, null]);
          expect(run.stdout.endsWith("\n")).toBe(true);
          const [header, ...rows] = run.stdout.slice(0, -1).split("\n").map(fields);
          expect(header).toEqual(["file", "index", "start", "end", "text"]);
          for (const row of rows) expect(row).toHaveLength(5);
          // Every file's rows in input order: write-rows-1's first 7 paragraphs, then write-rows-2's one.
          expect(rows.map((row) => `${row[0]} ${row[1]}`)).toEqual([`${files[0]} 0`, ...[0, 1, 2, 3, 4, 5, 6].map((k) => `${files[1]} ${k}`), `${files[2]} 0`]);
          expect(rows[1]![4]).toBe('The first boats, ferries and "tugs", came in.');
          expect(rows[7]![4]).toBe(boats[5]);
          expect(rows[8]![4]).toContain(speaker(2));
          // The failed file's one error line on stderr.
          const errors = run.stderr.split("\n").filter((l) => l.startsWith(`newsx: ${tmp.dir}`));
          expect(errors).toEqual([expect.stringMatching(/^newsx: .*write-rows-1\.txt: too complex: .*--max-memory/)]);
        }
        expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
      }
    },
    SLOW,
  );

  it("refuses a --timeout or --max-memory that is not a size", () => {
    for (const args of [["--timeout", "soon"], ["--timeout", "-1"], ["--max-memory", "10M"], ["--max-memory", "lots"]]) {
      const run = newsx(["meta", ...args, "fixtures/kremlin-cheers-obama.txt"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(args[0]);
    }
  });
});
