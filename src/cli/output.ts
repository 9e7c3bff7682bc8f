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

  constructor(private readonly stream: Writable) {
    // Without a listener an 'error' event would crash the process with a stack.
    stream.on("error", (error: NodeJS.ErrnoException) => {
      this.failure ??= error;
    });
  }

  /** Text, or UTF-8 bytes (a record a worker made, src/cli/worker.ts). */
  async write(text: string | Uint8Array): Promise<void> {
    if (text.length === 0) return;
    if (this.failure) throw asOutputError(this.failure);
    await new Promise<void>((resolve, reject) => {
      try {
        this.stream.write(text, (error) => (error ? reject(asOutputError(error)) : resolve()));
      } catch (error) {
        reject(asOutputError(error as NodeJS.ErrnoException));
      }
    });
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
