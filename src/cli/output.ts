/**
 * Writing to stdout, waiting for each write to be accepted so that a slow reader applies back-pressure and a
 * write error (EPIPE, ENOSPC) stops the batch instead of being discovered at exit.
 */
import type { Writable } from "node:stream";
import { OutputClosed, OutputError } from "./errors.js";
import type { RunSummary } from "./exit.js";
import { safeForTerminal } from "../format/escape.js";

export class Output {
  private failure: NodeJS.ErrnoException | null = null;
  private stopped = false;

  constructor(private readonly stream: Writable) {
    // Without a listener an 'error' event would crash the process with a stack.
    stream.on("error", (error: NodeJS.ErrnoException) => {
      this.failure ??= error;
    });
  }

  /** Text, or UTF-8 bytes (a record a worker made, src/cli/worker.ts). */
  async write(text: string | Uint8Array): Promise<void> {
    if (text.length === 0) return;
    // After an interrupt (src/cli/interrupt.ts) the run writes nothing more; the process is about to exit.
    if (this.stopped) return new Promise<void>(() => {});
    if (this.failure) throw asOutputError(this.failure);
    await new Promise<void>((resolve, reject) => {
      try {
        this.stream.write(text, (error) => (error ? reject(asOutputError(error)) : resolve()));
      } catch (error) {
        reject(asOutputError(error as NodeJS.ErrnoException));
      }
    });
  }

  /** Writes nothing more: each later write waits forever. */
  stop(): void {
    this.stopped = true;
  }
}

function asOutputError(error: NodeJS.ErrnoException): Error {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED" || error.code === "ERR_STREAM_WRITE_AFTER_END") {
    return new OutputClosed(error.message);
  }
  return new OutputError(error);
}

/**
 * Runs the part of a command that writes its output. A reader that went away (`| head -1`) or a write that
 * failed (disk full) ends the run with that outcome in `summary` (one line on stderr for a failure) instead
 * of an exception; anything else is a bug and is rethrown.
 */
export async function writeOut(summary: RunSummary, stderr: Writable, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof OutputClosed) summary.output = "closed";
    else if (error instanceof OutputError) {
      summary.output = "failed";
      stderr.write(`newsx: ${safeForTerminal(error.message, "line")}\n`);
    } else throw error;
  }
}

/** Pieces are gathered into writes of about this many units: a big record in bounded writes, a small one in one. */
const WRITE_UNITS = 64 * 1024;

/**
 * Writes the pieces of an input's records (text, or UTF-8 bytes a worker made) through `output`, gathered so
 * that an input whose records are small still goes out in one write, as soon as it is done, while the record
 * of a 10 MB story goes out in writes of about WRITE_UNITS and never exists whole. `beforeWrite` runs before
 * each write (the progress bar is taken off first).
 */
export class PieceWriter {
  private pending: (string | Uint8Array)[] = [];
  private size = 0;

  constructor(
    private readonly output: Output,
    private readonly beforeWrite: () => void,
  ) {}

  async add(piece: string | Uint8Array): Promise<void> {
    if (piece.length === 0) return;
    this.pending.push(piece);
    this.size += piece.length;
    if (this.size >= WRITE_UNITS) await this.flush();
  }

  /** Writes what is gathered (at the end of each input). */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.take();
    this.beforeWrite();
    await this.output.write(text);
  }

  /** What is gathered, joined, and no longer held (an interrupt writes it itself). */
  take(): string | Uint8Array {
    const pieces = this.pending;
    this.pending = [];
    this.size = 0;
    // Whole pieces only: text is never cut inside a character, so joining bytes and text keeps every byte.
    return pieces.every((p) => typeof p === "string")
      ? (pieces as string[]).join("")
      : Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
  }
}
