/**
 * Writing to stdout, waiting for each write to be accepted so that a slow reader applies back-pressure and a
 * write error (EPIPE, ENOSPC) stops the batch instead of being discovered at exit.
 */
import type { Writable } from "node:stream";
import { OutputClosed, OutputError } from "./errors.js";

export class Output {
  private failure: NodeJS.ErrnoException | null = null;

  constructor(private readonly stream: Writable) {
    // Without a listener an 'error' event would crash the process with a stack.
    stream.on("error", (error: NodeJS.ErrnoException) => {
      this.failure ??= error;
    });
  }

  async write(text: string): Promise<void> {
    if (text === "") return;
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
