/**
 * A worker thread of the batch pool (tinypool runs this file): it reads, decodes and extracts one input per
 * task, so that the main thread only lists inputs and writes results. A story here can run out of memory,
 * overflow the stack or never end without costing more than its own record: the main thread ends and replaces
 * a worker that passes the deadline or dies (src/cli/batch.ts).
 */
import type { MessagePort } from "node:worker_threads";
import type { Input } from "../io/index.js";
import { processInput, type Depth, type FailedResult, type StoryResult } from "./process.js";

export interface Task {
  /** Never "stdin" (the main thread reads it and sends "bytes") nor "failed" (answered on the main thread). */
  input: Input;
  maxBytes: number;
  depth: Depth;
  anyLanguage?: boolean;
  /** Posted one message when the story starts: the main thread's deadline for it counts from then. */
  started: MessagePort;
}

/** What crosses back to the main thread: a bug's Error as plain fields, rebuilt there with its stack. */
export type WireResult = StoryResult | (Omit<FailedResult, "bug"> & { bug?: WireError });
export interface WireError {
  name: string;
  message: string;
  stack?: string;
}

function noStdin(): never {
  throw new Error("a worker thread cannot read stdin (the main thread reads it)");
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
    if (result.ok || !result.bug) return result;
    const { name, message, stack } = result.bug;
    return { ...result, bug: { name, message, stack } };
  } finally {
    task.started.close();
  }
}
