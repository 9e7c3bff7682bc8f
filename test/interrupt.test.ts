/**
 * Ctrl-C (SIGINT) or SIGTERM while a big record is being written: the run ends the open record as valid JSON
 * carrying an INTERRUPTED error (src/cli/interrupt.ts) and exits 128 + the signal's number, instead of leaving
 * half a record with no newline. Spawns the built CLI (dist/): `npm test` builds first. The signal is sent once
 * a given number of bytes has arrived, never after a time.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { handleInterrupts, interruptExitCode } from "../src/cli/interrupt.js";
import { QUICK, tempDir } from "./helpers.js";

const BIN = "bin/newsx.js";
const { FORCE_COLOR: _f, NO_COLOR: _n, ...cleanEnv } = process.env;
const tmp = tempDir();
afterAll(() => tmp.remove());

// Invented: a short story with a quote, people and places, repeated to about 1 MB (one record of several MB).
const PARAGRAPH = 'Anna Berg said "We will open the bridge in March." The mayor of Oslo, Per Lund, agreed.\n\n';
beforeAll(() => {
  mkdirSync(tmp.path("big"));
  for (const name of ["a.txt", "b.txt"]) writeFileSync(tmp.path("big", name), PARAGRAPH.repeat(Math.ceil(1_000_000 / PARAGRAPH.length)));
});

/** Runs `extract` on the big inputs, sends `signal` once `bytes` of output have arrived, and gathers the rest. */
function interrupted(format: "json" | "jsonl", signal: NodeJS.Signals, bytes: number, env: Record<string, string> = {}, closeStdout = false, inputs = ["--jobs", "2", tmp.path("big")]) {
  const child = spawn(process.execPath, [BIN, "extract", `--${format}`, "--timeout", "0", ...inputs], {
    env: { ...cleanEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const chunks: Buffer[] = [];
  let size = 0;
  let sent = false;
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
    if (!sent && size >= bytes) {
      sent = true;
      // The reader goes away first: the ending's write fails (EPIPE), which must not hold the process.
      if (closeStdout) child.stdout.destroy();
      child.kill(signal);
    }
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; sent: boolean }>((resolve) =>
    child.on("close", (code, ended) => resolve({ code, signal: ended, stdout: Buffer.concat(chunks).toString("utf8"), stderr, sent })),
  );
}

describe("exit codes of an interrupt", () => {
  it("are 128 + the signal's number", () => {
    expect([interruptExitCode("SIGHUP"), interruptExitCode("SIGINT"), interruptExitCode("SIGTERM")]).toEqual([129, 130, 143]);
  });
});

describe.skipIf(QUICK)("an interrupted run (spawned)", { timeout: 180_000 }, () => {
  it("SIGINT during a big jsonl record: exit 130, every line JSON, the last one INTERRUPTED or whole", async () => {
    const run = await interrupted("jsonl", "SIGINT", 256 * 1024);
    expect(run.sent).toBe(true);
    expect(run.code).toBe(130);
    expect(run.stdout.endsWith("\n")).toBe(true);
    const lines = run.stdout.slice(0, -1).split("\n");
    const records = lines.map((line) => JSON.parse(line) as { file: string; error?: { code: string } });
    const last = records.at(-1)!;
    if (last.error) expect(last.error.code).toBe("INTERRUPTED");
    else expect(last).toHaveProperty("paragraphs");
    // The signal came while the first record was being written (it is several MB): it is the one ended.
    expect(records).toHaveLength(1);
    expect(last.error?.code).toBe("INTERRUPTED");
  });

  it("SIGTERM during --json without the snapshot: exit 143 and the output is one valid array", async () => {
    const run = await interrupted("json", "SIGTERM", 256 * 1024, { NEWSX_NO_SNAPSHOT: "1" });
    expect(run.code).toBe(143);
    const array = JSON.parse(run.stdout) as { error?: { code: string; message: string } }[];
    expect(array).toHaveLength(1);
    expect(array[0]!.error).toEqual({ code: "INTERRUPTED", message: "interrupted by SIGTERM: the rest of this record was not written" });
  });

  it("SIGINT while one story under 1 MiB is written on the main thread (no worker): exit 130, valid lines", async () => {
    const run = await interrupted("jsonl", "SIGINT", 128 * 1024, {}, false, [tmp.path("big", "a.txt")]);
    expect(run.code).toBe(130);
    expect(run.stdout.endsWith("\n")).toBe(true);
    const records = run.stdout.slice(0, -1).split("\n").map((line) => JSON.parse(line) as { error?: { code: string } });
    expect(records).toHaveLength(1);
    // Whole, if the thread wrote it all before the signal got a turn; else ended as INTERRUPTED.
    if (records[0]!.error) expect(records[0]!.error.code).toBe("INTERRUPTED");
    else expect(records[0]).toHaveProperty("quotes");
  });

  it("a reader gone before the interrupt does not hold the process", async () => {
    const run = await interrupted("jsonl", "SIGINT", 128 * 1024, {}, true);
    // It ends (the test's time limit is what fails otherwise): by the interrupt, or by the closed pipe first.
    expect([0, 130]).toContain(run.code);
  });
});

describe("the signal listeners of runs one after another", () => {
  it("stay one per signal however many runs are open, and are all gone two turns after the last ends", async () => {
    const before = process.listenerCount("SIGINT");
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    // Twenty runs that end without giving the event loop a turn, as small in-process runs do.
    const removers = Array.from({ length: 20 }, () => handleInterrupts(sink, () => "", () => {}));
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    expect(process.listenerCount("SIGTERM")).toBeLessThanOrEqual(process.listenerCount("SIGINT"));
    for (const remove of removers) remove();
    // Still listening until the loop has turned twice (a signal waiting in it is not dropped).
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    await new Promise<void>((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));
    expect(process.listenerCount("SIGINT")).toBe(before);
  });
});
