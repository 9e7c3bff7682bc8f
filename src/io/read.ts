/**
 * Reads one input's bytes, within a size limit, and decodes them. Never parses news.
 */
import { open, stat } from "node:fs/promises";
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { decode, type Decoded } from "./decode.js";
import { InputError, toInputError } from "./errors.js";
import type { Input } from "./inputs.js";

/** Default size limit: far above any real story (a long feature is ~100 KB), far below memory trouble. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  /** Inputs larger than this many bytes are refused with TOO_LARGE. */
  maxBytes: number;
  /** Standard input, for the input "-". */
  stdin: () => Readable;
}

/** Reads and decodes an input, or throws an InputError naming it. */
export async function readInput(input: Exclude<Input, { kind: "line" }>, options: ReadOptions): Promise<Decoded> {
  if (input.kind === "failed") throw input.error;
  try {
    const bytes =
      input.kind === "bytes"
        ? input.bytes
        : input.kind === "stdin"
          ? await readStream(options.stdin(), "-", options.maxBytes)
          : await readPath(input.path, input.file, input.inFolder, options.maxBytes);
    return decode(bytes, input.file);
  } catch (error) {
    throw toInputError(error, input.file);
  }
}

/**
 * Reads standard input's bytes without decoding them, so that a worker thread can decode and process them:
 * only the main thread can read stdin. A failure becomes a `failed` input in the stdin's place.
 */
export async function readStdinInput(options: ReadOptions): Promise<Input> {
  try {
    return { kind: "bytes", file: "-", bytes: await readStream(options.stdin(), "-", options.maxBytes) };
  } catch (error) {
    const inputError = toInputError(error, "-");
    if (inputError instanceof InputError) return { kind: "failed", file: "-", error: inputError };
    throw inputError;
  }
}

/** A path as fs takes it: a worker receives a Buffer path as a plain Uint8Array; fs wants a string or a Buffer. */
export function fsPath(given: string | Uint8Array): string | Buffer {
  return typeof given === "string" ? given : Buffer.from(given.buffer, given.byteOffset, given.byteLength);
}

async function readPath(given: string | Uint8Array, file: string, inFolder: boolean, maxBytes: number): Promise<Uint8Array> {
  const path = fsPath(given);
  // stat before open: opening a FIFO blocks until someone writes to it.
  const info = await stat(path);
  if (info.isDirectory()) throw new InputError("NOT_A_FILE", `${file}: is a folder`);
  if (!info.isFile()) {
    // Named explicitly, a FIFO or character device (e.g. `<(command)` or /dev/stdin) is read like stdin.
    if (!inFolder && (info.isFIFO() || info.isCharacterDevice())) {
      return readStream(createReadStream(path), file, maxBytes);
    }
    throw new InputError("NOT_A_FILE", `${file}: not a regular file (FIFO, socket or device)`);
  }
  if (info.size > maxBytes) throw tooLarge(file, maxBytes, info.size);
  const handle = await open(path, "r");
  try {
    // Read at most maxBytes + 1 bytes, in case the file grew since stat.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(info.size, 0) + 1));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw tooLarge(file, maxBytes);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Reads a stream to its end, giving up (and releasing it) as soon as it passes maxBytes. */
async function readStream(stream: Readable, file: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > maxBytes) {
        stream.destroy();
        throw tooLarge(file, maxBytes);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const inputError = toInputError(error, file);
    if (inputError instanceof InputError) throw inputError;
    throw new InputError(file === "-" ? "STDIN" : "EIO", `${file}: could not be read (${(error as Error).message})`);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(file: string, maxBytes: number, size?: number): InputError {
  const what = size === undefined ? `more than ${maxBytes} bytes` : `${size} bytes`;
  return new InputError("TOO_LARGE", `${file}: too large (${what}; the limit is ${maxBytes}, change it with --max-bytes)`);
}
