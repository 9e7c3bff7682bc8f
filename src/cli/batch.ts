/**
 * Batch processing, in one place: expand inputs lazily -> read -> extract -> result, in input order.
 * `processInput` is self-contained (an input in, a plain serialisable result out) so that a worker pool can
 * later run it in parallel; only stdin must be read by the main thread.
 */
import { extract } from "../index.js";
import { expandInputs, InputError, readInput, type Input, type ReadOptions } from "../io/index.js";
import type { ErrorRecord, Story } from "../types.js";

export interface StoryResult {
  ok: true;
  file: string;
  encoding: string;
  story: Story;
}

export interface FailedResult {
  ok: false;
  record: ErrorRecord;
  /** Set when the failure is a bug in newsx rather than something about the input (code INTERNAL). */
  bug?: Error;
}

export type Result = StoryResult | FailedResult;

/** Reads, decodes and extracts one input. Never throws: every input gets exactly one outcome. */
export async function processInput(input: Input, options: ReadOptions): Promise<Result> {
  let decoded;
  try {
    decoded = await readInput(input, options);
  } catch (error) {
    return failure(input.file, error);
  }
  try {
    return { ok: true, file: input.file, encoding: decoded.encoding, story: extract(decoded.text) };
  } catch (error) {
    return failure(input.file, error);
  }
}

function failure(file: string, error: unknown): FailedResult {
  if (error instanceof InputError) {
    return { ok: false, record: { file, error: { code: error.code, message: error.message } } };
  }
  const bug = error instanceof Error ? error : new Error(String(error));
  return { ok: false, record: { file, error: { code: "INTERNAL", message: `${file}: internal error: ${bug.message}` } }, bug };
}

/** Every input's result, in input order, one at a time. */
export async function* processAll(args: readonly string[], options: ReadOptions): AsyncGenerator<Result> {
  for await (const input of expandInputs(args)) yield await processInput(input, options);
}
