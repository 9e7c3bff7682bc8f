/**
 * Batch processing: inputs (listed lazily) -> read, decode, extract -> results, in input order.
 *
 * With several stories and --jobs N above 1 the work is shared by N jobs, one per core by default: the main
 * thread and N - 1 worker threads (tinypool). Results come back in input order while later stories are still
 * being processed, and only a bounded window of stories is in flight, so memory does not grow with the size
 * of the batch. A single story (or --jobs 1) runs on the main thread alone: starting workers would cost more
 * than it saves.
 *
 * Why the main thread is a job: it would otherwise sit idle waiting for the workers (it only lists inputs and
 * writes results, under 1% of a batch), while each worker costs a second copy of the language model and its
 * own JIT warm-up and heap. The main thread has the model already (from the start-up snapshot), so on two
 * cores "main + one worker" does the work of two workers with one model load and one heap fewer.
 */
import { availableParallelism } from "node:os";
import { readStdinInput, type Input } from "../io/index.js";
import { failure, processInput, type ProcessOptions, type Result } from "./process.js";
import type { Task, WireResult } from "./worker.js";

export { processInput, type Result, type StoryResult, type FailedResult, type Depth } from "./process.js";

export interface BatchOptions extends ProcessOptions {
  /** Worker threads to use at most; 1 processes every story on the main thread. */
  jobs: number;
  /**
   * Fewest stories for which a pool is started. Each worker loads the language model (compromise) again, so
   * a pool pays only over enough stories; an explicit --jobs sets it to 2.
   */
  poolFrom?: number;
  /** Told the number of worker threads when a pool starts (tests, --debug): one fewer than the jobs. */
  onPool?: (threads: number) => void;
}

/** The default `poolFrom`: below this many stories, loading the model in every worker costs more than it saves. */
export const POOL_FROM = 8;

/** The default --jobs: one worker per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Stories in flight per worker: enough that a slow story at the head does not leave the others idle. */
const WINDOW_PER_JOB = 8;

/**
 * Stories handed to a worker before it has finished the one it is on. Tinypool otherwise posts the next task
 * only when the last one is done, and the main thread that posts it may be in the middle of a story of its
 * own: the worker would wait for it (on 300 polnear stories, --jobs 2 took 23.5 s with 1, 20.3 s with 4).
 */
const TASKS_PER_WORKER = 4;

/** How far to look ahead before deciding whether a pool pays: at most this many inputs. */
const LOOK_AHEAD = 64;

/** Every input's result, in input order, one at a time. */
export async function* processAll(inputs: AsyncIterable<Input>, options: BatchOptions): AsyncGenerator<Result> {
  const iterator = inputs[Symbol.asyncIterator]();
  // Look ahead until there is a story for every job: inputs that already failed need no worker.
  const ahead: Input[] = [];
  let stories = 0;
  const poolFrom = Math.max(2, options.poolFrom ?? POOL_FROM);
  while (stories < Math.max(poolFrom, options.jobs) && ahead.length < LOOK_AHEAD) {
    const next = await iterator.next();
    if (next.done) break;
    ahead.push(next.value);
    if (next.value.kind !== "failed") stories++;
  }
  const all = concat(ahead, iterator);
  if (options.jobs <= 1 || stories < poolFrom) {
    for await (const input of all) yield await processInput(input, options);
    return;
  }
  const jobs = Math.min(options.jobs, stories);
  // The main thread is one of the jobs; the others are worker threads.
  const threads = jobs - 1;
  const pool = await startPool(threads);
  options.onPool?.(threads);
  try {
    yield* inOrder(all, shareOut(pool, threads, options), jobs * WINDOW_PER_JOB);
  } finally {
    // Also when the reader stops early (`| head`): in-flight tasks are dropped, the threads end.
    await pool.destroy();
  }
}

async function* concat<T>(first: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Starts `work` on each item as soon as fewer than `window` are unfinished, and yields the results in the
 * items' order. `work` must not reject.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    inFlight.push(work(item));
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}

/**
 * The work of one batch, shared between the main thread (one job, one story at a time) and the pool
 * (`threads` jobs): each story goes to whichever has fewer stories waiting per job, so a slow story on one
 * side does not leave the other idle. The result promises never reject.
 */
function shareOut(pool: Pool, threads: number, options: BatchOptions): (input: Input) => Promise<Result> {
  let waitingHere = 0;
  let waitingInPool = 0;
  let here: Promise<unknown> = Promise.resolve();
  return (input) => {
    if (waitingHere * threads <= waitingInPool) {
      waitingHere++;
      // Back to the event loop before each story: the workers' results and the next tasks for them are
      // handled between two stories here, even when the inputs are already in memory (--input jsonl).
      const result = here.then(nextTurn).then(() => processInput(input, options));
      here = result.then(() => waitingHere--);
      return result;
    }
    waitingInPool++;
    return runInPool(pool, input, options).finally(() => waitingInPool--);
  };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Pool {
  run(task: Task): Promise<WireResult>;
  destroy(): Promise<void>;
}

async function startPool(threads: number): Promise<Pool> {
  // Imported here: a command on one story never loads the pool.
  const { default: Tinypool } = await import("tinypool");
  return new Tinypool({
    // The compiled worker, from src/cli (tests) as from dist/cli: both sit two folders below the package.
    filename: new URL("../../dist/cli/worker.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
}

async function runInPool(pool: Pool, input: Input, options: BatchOptions): Promise<Result> {
  try {
    // Only the main thread can read stdin; a worker gets its bytes. A failed input needs no worker.
    const task = input.kind === "stdin" ? await readStdinInput(options) : input;
    if (task.kind === "failed") return failure(task.file, task.error);
    return fromWire(await pool.run({ input: task, maxBytes: options.maxBytes, depth: options.depth }));
  } catch (error) {
    // The worker died (out of memory, a crash in native code): a bug, reported in this input's place.
    return failure(input.file, error);
  }
}

function fromWire(result: WireResult): Result {
  if (result.ok || !result.bug) return result as Result;
  const bug = new Error(result.bug.message);
  bug.name = result.bug.name;
  if (result.bug.stack) bug.stack = result.bug.stack;
  return { ...result, bug };
}
