/**
 * The world the CLI talks to, passed in as a parameter so tests run the real CLI in-process with captured
 * streams and chosen TTY flags and environment.
 */
import type { Readable, Writable } from "node:stream";
import { tuneForOneStory } from "./one-story.js";

export interface CliIO {
  /** Standard input, asked for only when an input is "-" (or implied): creating process.stdin has side effects. */
  stdin: () => Readable;
  stdout: Writable;
  stderr: Writable;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal: the progress bar is drawn only then. Absent means no. */
  stderrIsTTY?: boolean;
  /** Terminal width of stderr, when it is a terminal (the progress bar). */
  stderrColumns?: number;
  env: Readonly<Record<string, string | undefined>>;
  /** Terminal width, when stdout is a terminal. */
  columns?: number;
  /** Told the paths of a run before any is read (the real process tunes V8 for one small story). */
  beforeReading?: (paths: readonly string[]) => void;
}

/** The real process's streams. */
export function processIO(): CliIO {
  return {
    stdin: () => process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.isTTY ? process.stderr.columns : undefined,
    env: process.env,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    beforeReading: tuneForOneStory,
  };
}
