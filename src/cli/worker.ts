/**
 * A worker thread of the batch pool (tinypool runs this file): it reads, decodes and extracts one input per
 * task, so that the main thread only lists inputs and writes results. A story here can run out of memory,
 * overflow the stack or never end without costing more than its own record: the main thread ends and replaces
 * a worker that passes the deadline or dies (src/cli/batch.ts).
 */
import type { MessagePort } from "node:worker_threads";
import type { Input } from "../io/index.js";
import { processInput, type Depth, type FailedResult, type StoryResult } from "./process.js";
import type { Command } from "../format/index.js";
import { recordBody, type JsonFormat } from "../format/json.js";
import { COMMANDS, type CommandOptions } from "./commands/index.js";
import { storyRecords } from "./story-records.js";
import { kTransferable, kValue, markMovable } from "tinypool";

/**
 * json/jsonl: the worker makes the records' JSON text itself and hands the main thread bytes, moved rather
 * than copied. Otherwise the whole Story would be copied into the main thread's heap (a structured clone:
 * millions of objects for a 10 MB story) only to be turned into one string of hundreds of MB there.
 */
export interface Render {
  command: Command;
  format: JsonFormat;
  options: CommandOptions;
}

/** A story whose records the worker made (Task.render): each record's body as UTF-8 pieces, in order. */
export interface RenderedResult {
  ok: true;
  rendered: true;
  file: string;
  encoding: string;
  line?: StoryResult["line"];
  /** The Story's warnings, which the main thread prints on stderr. */
  warnings?: string[];
  records: Uint8Array[][];
}

export interface Task {
  /** Never "stdin" (the main thread reads it and sends "bytes") nor "failed" (answered on the main thread). */
  input: Input;
  maxBytes: number;
  depth: Depth;
  anyLanguage?: boolean;
  /** Set when the worker is to make the records' JSON itself. */
  render?: Render;
  /** Posted one message when the story starts: the main thread's deadline for it counts from then. */
  started: MessagePort;
}

/** What crosses back to the main thread: a bug's Error as plain fields, rebuilt there with its stack. */
export type WireResult = StoryResult | RenderedResult | (Omit<FailedResult, "bug"> & { bug?: WireError });
export interface WireError {
  name: string;
  message: string;
  stack?: string;
}

function noStdin(): never {
  throw new Error("a worker thread cannot read stdin (the main thread reads it)");
}

/**
 * The result with its byte buffers moved, not copied: tinypool's own way of returning transferables (what
 * Tinypool.move does for a single buffer), marked movable by tinypool itself.
 */
function rendered(result: StoryResult, render: Render): { [kTransferable]: ArrayBuffer[]; [kValue]: RenderedResult } {
  const encoder = new TextEncoder();
  const buffers: ArrayBuffer[] = [];
  const records = storyRecords(result, COMMANDS[render.command], render.options).map((record) =>
    // Each piece is whole JSON tokens (jsonChunks cuts between values), so no surrogate pair is split.
    Array.from(recordBody(render.format, record), (piece) => {
      const bytes = encoder.encode(piece);
      buffers.push(bytes.buffer as ArrayBuffer);
      return bytes;
    }),
  );
  const { file, encoding, line } = result;
  const value: RenderedResult = { ok: true, rendered: true, file, encoding, records };
  if (line) value.line = line;
  if (result.story.warnings) value.warnings = result.story.warnings;
  const moved = { [kTransferable]: buffers, [kValue]: value };
  markMovable(moved);
  return moved;
}

export default async function work(task: Task): Promise<WireResult> {
  try {
    const result = await processInput(task.input, {
      maxBytes: task.maxBytes,
      depth: task.depth,
      anyLanguage: task.anyLanguage,
      stdin: noStdin,
      onStart: () => task.started.postMessage("started"),
    });
    // Moved to the main thread: typed as what arrives there.
    if (result.ok && task.render) return rendered(result, task.render) as unknown as RenderedResult;
    if (result.ok || !result.bug) return result;
    const { name, message, stack } = result.bug;
    return { ...result, bug: { name, message, stack } };
  } finally {
    task.started.close();
  }
}
