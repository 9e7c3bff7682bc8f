/**
 * Batch processing: inputs (listed lazily) -> read, decode, extract -> results, in input order.
 *
 * Isolation: in a batch every story runs in a worker thread (tinypool), never on the main thread, which only
 * lists inputs and writes results. A story can then fail in any way (run out of memory, overflow the stack,
 * pass its deadline, hit a bug) and cost its own record only: a worker that reaches --max-memory dies
 * (TOO_COMPLEX), one that passes --timeout is ended from here (TIMEOUT), one that dies otherwise gives
 * INTERNAL, and tinypool starts a fresh worker in its place. Each worker holds one story at a time, so no
 * other story is lost with it: the next ones wait here and go to the fresh worker. Every story of a batch thus
 * runs in the same kind of thread under the same limits, whatever --jobs is, and the output is the same.
 * The idle workers stay for the next batch of the same process (see SharedThreads), except after a story run
 * alone in a worker (processAlone).
 *
 * Results come back in input order while later stories are still being processed, and only a bounded window
 * of stories is in flight, so memory does not grow with the size of the batch.
 *
 * A run over one story (`newsx quotes story.txt`) uses no worker when the story is at most
 * MAIN_THREAD_MAX_BYTES: a worker loads the language model again (about 0.8 s of CPU), where the main thread
 * has it from the start-up snapshot. There the deadline is enforced by V8 (src/cli/limits.ts); a larger story
 * runs in a worker, under the memory ceiling too, and the model load is small beside its own time.
 */
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fsPath, readStdinInput, type Input } from "../io/index.js";
import { deadlineMs, isWorkerOutOfMemory, outOfMemoryError, timeoutError, type StoryLimits } from "./limits.js";
import { failure, processInput, type ProcessOptions, type Result } from "./process.js";
import type { PortMessage, Render, Task, WireResult } from "./worker.js";
import { PieceStream, type StreamedResult } from "./piece-stream.js";
import type { TabledResult } from "./render.js";
import type { MessageChannel as WorkerChannel } from "node:worker_threads";

export { processInput, type Result, type StoryResult, type FailedResult, type Depth } from "./process.js";

export interface BatchOptions extends Omit<ProcessOptions, "deadline" | "onStart"> {
  /** Worker threads to use at most. */
  jobs: number;
  /** Each story's deadline and memory ceiling. */
  limits: StoryLimits;
  /**
   * Fewest stories per worker thread started: each worker loads the language model (compromise) again, so a
   * few stories share one. An explicit --jobs sets it to 1 (as many workers as asked, up to one per story).
   */
  storiesPerWorker?: number;
  /**
   * json/jsonl/csv/tsv: a story analysed in a worker comes back as its records' text (JSON or rows), streamed
   * as the worker makes it (a StreamedResult), not as its Story (src/cli/worker.ts, src/cli/render.ts); table:
   * as its table rows' cells (a TabledResult). One analysed on the main thread comes back as usual.
   */
  render?: Render;
  /** Told the number of worker threads a batch runs on, as it starts (tests, --debug). */
  onPool?: (threads: number) => void;
}

/** The default `storiesPerWorker`. */
export const STORIES_PER_WORKER = 8;

/**
 * Largest story that a run over one story analyses on the main thread: 1 MiB of news text takes several
 * seconds, beside which a worker's start costs little, and stays far below the default memory ceiling.
 */
export const MAIN_THREAD_MAX_BYTES = 1024 * 1024;

/** The default --jobs: one worker per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Stories in flight per job: read ahead of the writer, so that a slow story does not leave the workers idle. */
const WINDOW_PER_JOB = 8;

/** How far to look ahead before deciding how many workers pay: at most this many inputs. */
const LOOK_AHEAD = 256;

/**
 * How long a story may wait for a worker to take it (a fresh worker loads the language model first) before
 * it is given up as INTERNAL: only a pool that can no longer start threads comes near it.
 */
const START_LIMIT_MS = 120_000;

/**
 * A result as a batch gives it: with BatchOptions.render, a story from a worker comes as its JSON text, to be
 * read to the end before the next result is asked for.
 */
export type BatchResult = Result | StreamedResult | TabledResult;
export type { Render } from "./worker.js";
export type { StreamedResult } from "./piece-stream.js";

/** Every input's result, in input order, one at a time. */
export function processAll(inputs: AsyncIterable<Input>, options: BatchOptions & { render: Render }): AsyncGenerator<BatchResult>;
export function processAll(inputs: AsyncIterable<Input>, options: BatchOptions & { render?: undefined }): AsyncGenerator<Result>;
export function processAll(inputs: AsyncIterable<Input>, options: BatchOptions): AsyncGenerator<BatchResult>;
export async function* processAll(inputs: AsyncIterable<Input>, options: BatchOptions): AsyncGenerator<BatchResult> {
  const iterator = inputs[Symbol.asyncIterator]();
  // Look ahead until there are stories enough for every job: inputs that already failed need no worker.
  const ahead: Input[] = [];
  let stories = 0;
  const perWorker = Math.max(1, options.storiesPerWorker ?? STORIES_PER_WORKER);
  // At least two: one story alone may run on the main thread, two or more never do.
  while (stories < Math.max(2, options.jobs * perWorker) && ahead.length < LOOK_AHEAD) {
    const next = await iterator.next();
    if (next.done) break;
    ahead.push(next.value);
    if (next.value.kind !== "failed") stories++;
  }
  const all = concat(ahead, iterator);
  if (stories <= 1) {
    for await (const input of all) yield* dropUnread(processAlone(input, options));
    return;
  }
  const threads = Math.max(1, Math.min(options.jobs, Math.ceil(stories / perWorker)));
  const pool = await storyPool(threads, options);
  try {
    yield* dropUnread(inOrder(all, pool.run, Math.max(threads, options.jobs) * WINDOW_PER_JOB));
  } finally {
    // Also when the reader stops early (`| head`): stories in flight are stopped (their workers end and are
    // replaced), the rest never start. The idle threads stay for the next batch of this process.
    await pool.release();
  }
}

/**
 * The one story of a run: on the main thread when it is small, else in a worker of its own: released once a
 * streamed result has been read (the reader asks for the next one, or stops), ended as soon as any other
 * result is in.
 */
async function* processAlone(given: Input, options: BatchOptions): AsyncGenerator<BatchResult> {
  const input = given.kind === "stdin" ? await readStdinInput(options) : given;
  if (input.kind === "failed") return yield failure(input.file, input.error);
  // Above --max-bytes it is refused before it is read: no worker is needed for that.
  const size = await sizeOf(input);
  if (size <= MAIN_THREAD_MAX_BYTES || size > options.maxBytes) return yield processInput(input, { ...options, deadline: options.limits });
  const pool = await storyPool(1, options);
  // Never rejects.
  const result = await pool.run(input);
  if ("rendered" in result) {
    // Its worker is still sending the records: it is released once they have been read.
    try {
      yield result;
    } finally {
      await pool.release();
    }
    return;
  }
  // The worker is done with it. Ended rather than kept: after a story this big its heap is at its peak
  // (hundreds of MB for 10 MB of text), which it would hold while the result is written, a table drawn.
  await pool.end();
  yield result;
}

/** Bytes of an input, as far as is known before reading it (0 when unknown: reading will tell). */
async function sizeOf(input: Input): Promise<number> {
  if (input.kind === "bytes" || input.kind === "line") return input.bytes.length;
  if (input.kind !== "path") return 0;
  try {
    return (await stat(fsPath(input.path))).size;
  } catch {
    return 0;
  }
}

/**
 * The results, each streamed one's pieces dropped once the next result is asked for: a reader that did not
 * read them to the end then (it only wanted to know the result was there) would otherwise leave its worker
 * waiting, holding a thread the next stories need.
 */
async function* dropUnread(results: AsyncIterable<BatchResult>): AsyncGenerator<BatchResult> {
  for await (const result of results) {
    yield result;
    if ("rendered" in result) result.pieces.drop();
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

interface StoryPool {
  /** The input's result; never rejects. */
  run(input: Input): Promise<BatchResult>;
  /** Stops the batch's stories still in flight and hands the threads back. */
  release(): Promise<void>;
  /** As release, and the threads end (once no other batch runs on them) instead of waiting for the next batch. */
  end(): Promise<void>;
}

/**
 * Worker threads with the memory ceiling they were started with, shared by the batches of one process: each
 * worker loads the language model when it starts (about 0.8 s of CPU), so a process that runs several
 * batches (the tests, a library user) pays that once per thread, not once per batch. Isolation is the same
 * as with a pool per batch: each story still runs alone on its worker under its batch's limits, a worker that
 * dies or is ended is replaced by tinypool, and an idle worker is unref'd, so it never keeps the process alive.
 */
interface SharedThreads {
  threads: number;
  maxMemoryMb: number;
  pool: Promise<ThreadPool>;
  /** Batches running on them. */
  users: number;
  /** Replaced by others (another memory ceiling, more threads): ended when its last batch ends. */
  retired: boolean;
}
let shared: SharedThreads | undefined;

/**
 * Runs a batch's stories with at most `threads` at once under `options.limits`, on the shared threads when
 * their memory ceiling is the same and they are enough, else on new ones started in their place.
 *
 * Why tinypool with an AbortSignal per task: a task that has one runs alone on its worker (tinypool gives it
 * no company), aborting it ends that worker and starts another, and a worker that dies (out of memory)
 * rejects only its own task. What tinypool cannot tell is when a queued task starts, so the deadline counts
 * from a message the worker posts on a port of the task's own, and no more tasks are handed to the pool
 * than the batch has threads.
 */
async function storyPool(threads: number, options: BatchOptions): Promise<StoryPool> {
  const { maxMemoryMb } = options.limits;
  if (!shared || shared.maxMemoryMb !== maxMemoryMb || shared.threads < threads) {
    if (shared) retire(shared);
    shared = { threads, maxMemoryMb, pool: startThreads(threads, maxMemoryMb), users: 0, retired: false };
  }
  const mine = shared;
  mine.users++;
  const pool = await mine.pool.catch((error: unknown) => {
    // Threads that could not start are not kept: the next batch tries again.
    mine.users--;
    if (shared === mine) shared = undefined;
    throw error;
  });
  options.onPool?.(threads);
  const slots = limiter(threads);
  const ended = new AbortController();
  // A streamed story is given out as soon as its head arrives (its pieces follow), but holds its thread's slot
  // until its worker returns, so that tinypool is never handed more stories than the batch has threads.
  // The slots are therefore taken in input order, with nothing awaited before: a later story that took a slot
  // first (stdin read before it, say) would wait, streaming, for its turn to be read, while the earlier story
  // it waits behind waits for that slot: the batch would hang.
  const run = (input: Input): Promise<BatchResult> =>
    new Promise<BatchResult>((resolve) => {
      const settled = async (): Promise<BatchResult> => {
        try {
          return await slots(async () => {
            // Only the main thread can read stdin; a worker gets its bytes. A failed input needs no worker.
            const task = input.kind === "stdin" ? await readStdinInput(options) : input;
            if (task.kind === "failed") return failure(task.file, task.error);
            return ended.signal.aborted ? failure(task.file, ended.signal.reason) : runInWorker(pool, task, options, ended.signal, resolve);
          });
        } catch (error) {
          return failure(input.file, error);
        }
      };
      // A second resolve (after a streamed head) changes nothing.
      void settled().then(resolve);
    });
  const release = async () => {
    ended.abort(new Error("the batch ended before this story"));
    mine.users--;
    if (mine.retired && mine.users === 0) await pool.destroy();
  };
  const end = async () => {
    if (shared === mine) shared = undefined;
    mine.retired = true;
    await release();
  };
  return { run, release, end };
}

function retire(threads: SharedThreads): void {
  threads.retired = true;
  if (threads.users === 0) threads.pool.then((pool) => pool.destroy()).catch(() => {});
}

interface ThreadPool extends Runner {
  destroy(): Promise<void>;
}

/**
 * node:worker_threads' SHARE_ENV, which Node defines as this registered symbol: importing the module here,
 * even dynamically, fails in the start-up snapshot (see runInWorker).
 */
const SHARE_ENV = Symbol.for("nodejs.worker_threads.SHARE_ENV");

/** `threads` worker threads, each holding one story at a time, each with a heap of `maxMemoryMb`. */
async function startThreads(threads: number, maxMemoryMb: number): Promise<ThreadPool> {
  // Imported here: a command on one story never loads the pool.
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    // The compiled worker, from src/cli (tests) as from dist/cli: both sit two folders below the package.
    filename: new URL("../../dist/cli/worker.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    // The process's environment itself, not a copy made when the thread starts: a thread kept from an earlier
    // batch then sees what a fresh one would (NEWSX_TEST_POISON, read per story). Tinypool hands it to the
    // Worker as is; only its type says a record.
    env: SHARE_ENV as unknown as Record<string, string>,
  });
  // A worker that dies holding no task is reported here (tinypool replaces it); unheard, it would end newsx.
  pool.on("error", () => {});
  return pool;
}

interface Runner {
  run(task: Task, options: { signal: AbortSignal; transferList: Task["port"][] }): Promise<WireResult>;
}

/**
 * The story's result from a worker. A rendered story (options.render) is given to `streaming` as soon as the
 * worker has analysed it, and its pieces follow; the promise then settles when the worker returns (its pieces
 * all taken) or fails, which ends the stream with that failure.
 *
 * The deadline (--timeout) counts from the story's start to the end of its analysis: writing its records
 * afterwards is linear in their size and waits for the reader and for the stories before it, which must
 * never turn a story into a TIMEOUT (the output would then depend on the reader's speed and on --jobs).
 */
async function runInWorker(
  pool: Runner,
  input: Input,
  options: BatchOptions,
  batchEnded: AbortSignal,
  streaming: (result: StreamedResult) => void,
): Promise<BatchResult> {
  // The global MessageChannel, not node:worker_threads': importing that module at load puts its state in the
  // start-up snapshot, where its shared working-folder counter does not survive, and every worker would fail.
  // (Typed as Node's: the tests' type-check also loads the DOM's MessageChannel, whose ports differ.)
  const { port1: startedHere, port2: startedThere } = new MessageChannel() as unknown as WorkerChannel;
  const stop = new AbortController();
  let stoppedBy: Error | undefined;
  const stopWith = (why: () => Error) => () => {
    stoppedBy = why();
    stop.abort();
  };
  const stopWithBatch = stopWith(() => new Error("the batch ended before this story"));
  batchEnded.addEventListener("abort", stopWithBatch, { once: true });
  let timer = setTimeout(stopWith(() => new Error(`no worker thread took the story within ${START_LIMIT_MS / 1000} s`)), START_LIMIT_MS);
  let stream: PieceStream | undefined;
  let startedAt = 0;
  const deadlineFor = (chars: number) => {
    const ms = deadlineMs(options.limits, chars);
    if (ms > 0) timer = setTimeout(stopWith(() => timeoutError(input.file, ms)), Math.max(0, startedAt + ms - performance.now()));
  };
  startedHere.on("message", (message: PortMessage) => {
    if (message === "started") {
      clearTimeout(timer);
      startedAt = performance.now();
      deadlineFor(0);
    } else if ("read" in message) {
      // The deadline grows with the story's length, known once the worker has read it.
      clearTimeout(timer);
      deadlineFor(message.read);
    } else if ("head" in message) {
      clearTimeout(timer);
      stream = new PieceStream(() => {
        try {
          startedHere.postMessage("taken");
        } catch {
          // The story has ended (its worker failed): nobody waits for the answer.
        }
      });
      startedHere.postMessage("taken");
      streaming({ ...message.head, ok: true, rendered: true, pieces: stream });
    } else if ("piece" in message) stream?.push(message.piece);
  });
  const failed = (result: BatchResult): BatchResult => {
    if (stream && !result.ok) stream.fail(result);
    return result;
  };
  try {
    const task: Task = { input, maxBytes: options.maxBytes, depth: options.depth, anyLanguage: options.anyLanguage, port: startedThere };
    if (options.render) task.render = options.render;
    const result = await pool.run(task, { signal: stop.signal, transferList: [startedThere] });
    if ("streamed" in result) {
      // Every piece was taken before the worker returned.
      stream?.end();
      return stream ? { ok: true, rendered: true, file: input.file, encoding: "", count: 0, pieces: stream } : failure(input.file, new Error("a worker wrote records it never announced"));
    }
    return failed(fromWire(result));
  } catch (error) {
    if (stoppedBy) return failed(failure(input.file, stoppedBy));
    // Node ends a worker that reaches its heap limit; any other death is a bug (INTERNAL).
    if (isWorkerOutOfMemory(error)) return failed(failure(input.file, outOfMemoryError(input.file, options.limits)));
    return failed(failure(input.file, error));
  } finally {
    clearTimeout(timer);
    batchEnded.removeEventListener("abort", stopWithBatch);
    startedHere.close();
  }
}

/** Runs at most `n` of the functions given at once, the others in the order given as places free up. */
export function limiter(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (active < n) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The place goes straight to the next in line, if any.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

function fromWire(result: Exclude<WireResult, { streamed: true }>): Result | TabledResult {
  if (result.ok || !result.bug) return result as Result | TabledResult;
  const bug = new Error(result.bug.message);
  bug.name = result.bug.name;
  if (result.bug.stack) bug.stack = result.bug.stack;
  return { ...result, bug };
}
