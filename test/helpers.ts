/** Runs the real CLI in-process with captured streams, chosen TTY flags and environment. */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { main } from "../src/cli/main.js";
import type { CliIO } from "../src/cli/io.js";

export const FIXTURE = "fixtures/kremlin-cheers-obama.txt";

/** `npm run test:quick` (vitest.quick.config.ts): tests that start processes skip; `npm test` runs them. */
export const QUICK = Boolean(process.env.NEWSX_TEST_QUICK);

// The CLI loads the language model (compromise) on first use, not at start-up. Load it here, while a test
// file is imported, so that no single test's time limit has to include it on a busy machine.
await import("../src/index.js");

export interface RunOptions {
  stdin?: string | Buffer | Readable;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  /** A terminal on stderr (the progress bar's condition); false by default, as in a pipe. */
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  columns?: number;
  stdout?: Writable;
  /** Where stderr goes instead of being captured (the same stream as stdout: one terminal). */
  stderr?: Writable;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout split into the pieces written, to check streaming. */
  writes: string[];
}

class Capture extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString("utf8"));
    callback();
  }
  get text(): string {
    return this.chunks.join("");
  }
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = (): Readable => {
    const given = options.stdin ?? "";
    return given instanceof Readable ? given : Readable.from([Buffer.from(given)]);
  };
  const io: CliIO = {
    stdin,
    stdout: options.stdout ?? stdout,
    stderr: options.stderr ?? stderr,
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    columns: options.columns,
  };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text, writes: stdout.chunks };
}

/** How a process started by runProcess ended, with all it wrote. */
export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command` to its end with `env` as its whole environment, collecting its output as text. `input`, when
 * given, is all its stdin (then closed); without it the process gets no stdin at all.
 */
export function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }));
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** Code-point slice: what jq's .[a:b] and Python's s[a:b] give. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

export function tempDir(): { dir: string; path: (...parts: string[]) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "newsx-test-"));
  return { dir, path: (...parts) => join(dir, ...parts), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes), to check our output. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  // Our writer never leaves a quote open: a text that ends inside one was cut.
  if (quoted) throw new Error(`the csv ends inside a quoted field: ${text.slice(-80)}`);
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

export { PassThrough };
