/**
 * `--input jsonl`: stories as JSON Lines, one `{"id": ..., "text": "..."}` per line, so that newsx can be the
 * mapper of an engine that already splits the work (GNU parallel --pipe, Spark rdd.pipe, Hadoop Streaming).
 *
 * Splitting into lines happens here, on the main thread; parsing each line's JSON happens where the story
 * is processed (a worker thread in a batch), so the main thread only moves bytes. A bad line becomes an
 * error record naming its line, and the stream goes on.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { InputError, toInputError } from "./errors.js";
import type { Input } from "./inputs.js";
import type { ReadOptions } from "./read.js";

/**
 * One input per non-blank line of each source ("-" is stdin), in order. A line is named `<source>:<line>`
 * (1-based) until its id is read; a line longer than --max-bytes is refused without being held in memory.
 */
export async function* jsonlInputs(sources: readonly string[], options: ReadOptions): AsyncGenerator<Input> {
  for (const source of sources) {
    let stream: Readable;
    if (source === "-") {
      stream = options.stdin();
    } else {
      try {
        // stat first: a folder would only fail on the first read, with a less helpful message.
        if ((await stat(source)).isDirectory()) throw new InputError("NOT_A_FILE", `${source}: is a folder (--input jsonl reads files of JSON Lines)`);
        stream = createReadStream(source);
      } catch (error) {
        yield failed(source, error);
        continue;
      }
    }
    let number = 0;
    try {
      for await (const line of splitLines(stream, options.maxBytes)) {
        number++;
        const file = `${source}:${number}`;
        if ("tooLong" in line) {
          yield { kind: "failed", file, error: new InputError("TOO_LARGE", `${file}: line too large (${line.tooLong} bytes; the limit is ${options.maxBytes}, change it with --max-bytes)`) };
        } else if (!isBlank(line.bytes)) {
          yield { kind: "line", file, bytes: number === 1 ? withoutBom(line.bytes) : line.bytes };
        }
      }
    } catch (error) {
      // The source broke off (e.g. stdin closed with an error): say so in its place; the lines before it stand.
      const inputError = toInputError(error, source);
      yield {
        kind: "failed",
        file: source,
        error: inputError instanceof InputError ? inputError : new InputError(source === "-" ? "STDIN" : "EIO", `${source}: could not be read after line ${number} (${(error as Error).message})`),
      };
    }
  }
}

/** A bad line whose id could be read: its error record is named by the id rather than by the line. */
export class LineError extends InputError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super("BAD_JSONL", message);
  }
}

/** A story read from one JSON line: `file` is its id as text, `id` the id as the line gives it. */
export interface LineStory {
  file: string;
  /** 123 and "123" are both named "123" in `file`; `id` keeps them apart. */
  id: string | number;
  text: string;
}

/** Parses one line `{"id": ..., "text": "..."}`; anything else is BAD_JSONL naming the line (`where`). */
export function parseStoryLine(bytes: Uint8Array, where: string): LineStory {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch (error) {
    throw new InputError("BAD_JSONL", `${where}: not JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError("BAD_JSONL", `${where}: expected an object {"id": ..., "text": "..."}`);
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  // A number is a fine id (row numbers are common); anything else could not name a record unambiguously.
  const file = typeof id === "string" && id !== "" ? id : typeof id === "number" && Number.isFinite(id) ? String(id) : null;
  if (file === null) throw new InputError("BAD_JSONL", `${where}: "id" must be a non-empty string or a number`);
  if (typeof text !== "string") throw new LineError(file, `${file} (${where}): "text" must be a string`);
  return { file, id: id as string | number, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}

type Line = { bytes: Uint8Array } | { tooLong: number };

/**
 * Splits a byte stream at "\n" (a "\r" before it is JSON whitespace and harmless). A line growing past
 * maxBytes is dropped as it streams by and reported by its size, so memory stays bounded.
 */
async function* splitLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  for await (const chunk of stream) {
    const buffer: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    for (;;) {
      const newline = buffer.indexOf(0x0a, from);
      const end = newline === -1 ? buffer.length : newline;
      size += end - from;
      if (!overflow && size > maxBytes) {
        overflow = true;
        parts = [];
      }
      if (!overflow && end > from) parts.push(buffer.subarray(from, end));
      if (newline === -1) break;
      yield overflow ? { tooLong: size } : { bytes: joined(parts, size) };
      parts = [];
      size = 0;
      overflow = false;
      from = newline + 1;
    }
  }
  if (size > 0) yield overflow ? { tooLong: size } : { bytes: joined(parts, size) };
}

/** A fresh copy: the stream's chunks are not kept alive, and the line can be sent to a worker on its own. */
function joined(parts: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function failed(file: string, error: unknown): Input {
  const inputError = toInputError(error, file);
  if (inputError instanceof InputError) return { kind: "failed", file, error: inputError };
  throw inputError;
}
