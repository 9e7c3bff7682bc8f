/**
 * What one story may cost: a deadline (--timeout) and a memory ceiling (--max-memory), and the error a story
 * gets when it passes one. A story that passes a limit costs its own record, never the batch's
 * (src/cli/batch.ts runs every story of a batch in a worker thread that can be stopped or lost).
 *
 * Error codes (README.md and docs/cli.md list them):
 * - TIMEOUT: the story was not done within --timeout seconds of starting.
 * - TOO_COMPLEX: the story needed more memory than --max-memory, or more call stack than a thread has.
 */
import { runInNewContext } from "node:vm";

export interface StoryLimits {
  /** Wall-clock milliseconds one story may take from its start (queueing not counted); 0: no deadline. */
  timeoutMs: number;
  /**
   * Wall-clock milliseconds added to timeoutMs for each MiB of the story's text (counted in characters), so a
   * big story is not cut off by the deadline meant for an ordinary one. Absent or 0: timeoutMs is the whole
   * deadline (the case when --timeout is given).
   */
  timeoutMsPerMb?: number;
  /** MiB of JavaScript heap (V8's old generation) one story's worker thread may use. */
  maxMemoryMb: number;
}

/**
 * The default deadline is DEFAULT_TIMEOUT_S plus DEFAULT_TIMEOUT_S_PER_MB for each MiB of text. The base is long
 * for an ordinary story (well under a second) and short enough that a stuck one does not stall a batch, or a
 * Spark or Hadoop task, for long. The share per MiB follows the bound on cost (docs/bench.md: no input, hostile
 * or not, above 20 s of CPU per MB): a fixed 30 s stopped 10 MB stories of plain news text (the default
 * --max-bytes), which take about 60 s of CPU, and so refused what --max-bytes accepts.
 */
export const DEFAULT_TIMEOUT_S = 30;
export const DEFAULT_TIMEOUT_S_PER_MB = 20;

/**
 * The heap of one story's worker. The 10 MB stories of every hostile family measured (docs/bench.md) fit in it,
 * and eight jobs at once fit in the memory of an ordinary machine. It also sets how far V8 lets the heap grow
 * between full collections: as we read V8's MemoryController::MaxGrowingFactor, at 2,048 MiB and above up to
 * four times what the last one found alive, below it from 2 down to 1.3 (about 1.6 at 1,024). With 2G a
 * 10 MB news-like story peaked at 800 MiB of RSS, with 1G at 392 MiB, the same output, for some 10-20% more CPU.
 */
export const DEFAULT_MAX_MEMORY_MB = 1024;

export const DEFAULT_LIMITS: StoryLimits = {
  timeoutMs: DEFAULT_TIMEOUT_S * 1000,
  timeoutMsPerMb: DEFAULT_TIMEOUT_S_PER_MB * 1000,
  maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
};

/** Milliseconds a story of `chars` characters may take (0: no deadline). */
export function deadlineMs(limits: StoryLimits, chars: number): number {
  if (!(limits.timeoutMs > 0)) return 0;
  return limits.timeoutMs + ((limits.timeoutMsPerMb ?? 0) * chars) / (1024 * 1024);
}

export type LimitCode = "TIMEOUT" | "TOO_COMPLEX";

/** A story that passed a limit: about the input, not a bug in newsx (exit code 2, no stack trace). */
export class LimitError extends Error {
  override readonly name = "LimitError";
  constructor(
    readonly code: LimitCode,
    message: string,
  ) {
    super(message);
  }
}

export function timeoutError(file: string, ms: number): LimitError {
  // A deadline of whole milliseconds (a --timeout given, as 0.25 or 30) is said as given; one grown by the
  // story's length (30 s plus its share) to a tenth of a second: 58.6 s, not 58.61263275146484 s.
  const seconds = Number.isInteger(ms) ? ms / 1000 : Math.round(ms / 100) / 10;
  return new LimitError("TIMEOUT", `${file}: not finished within ${seconds} s (--timeout)`);
}

export function outOfMemoryError(file: string, limits: StoryLimits): LimitError {
  return new LimitError("TOO_COMPLEX", `${file}: too complex: needs more than ${limits.maxMemoryMb} MiB of memory (--max-memory)`);
}

export function stackOverflowError(file: string): LimitError {
  return new LimitError("TOO_COMPLEX", `${file}: too complex: nested too deep for the call stack`);
}

/** V8's error when the call stack runs out (a RangeError; the message is V8's and has not changed in years). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /maximum call stack size exceeded/i.test(error.message);
}

/** What Node rejects with when a worker thread reaches its resourceLimits. */
export function isWorkerOutOfMemory(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

/**
 * Runs `work` (synchronous) on this thread and stops it, wherever it is, after `ms` milliseconds (0: never).
 * Used where a story runs on the main thread (one story): JavaScript cannot be interrupted from the event
 * loop, but a vm call's timeout is enforced by V8 from a watchdog thread. `onTimeout` gives the error.
 */
export function withDeadline<T>(ms: number, work: () => T, onTimeout: () => Error): T {
  if (!(ms > 0)) return work();
  try {
    // The function runs in newsx's own realm; the new context only carries the timeout.
    return runInNewContext("work()", { work }, { timeout: Math.max(1, Math.round(ms)) }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw onTimeout();
    throw error;
  }
}
