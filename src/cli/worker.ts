/**
 * A worker thread of the batch pool (tinypool runs this file): it reads, decodes and extracts one input per
 * task, so that the main thread only lists inputs and writes results. A story here can run out of memory,
 * overflow the stack or never end without costing more than its own record: the main thread ends and replaces
 * a worker that passes the deadline or dies (src/cli/batch.ts).
 */
import type { MessagePort } from "node:worker_threads";
import type { Input } from "../io/index.js";
import { processInput, type Depth, type FailedResult, type StoryResult } from "./process.js";
import type { OutputRecord } from "../format/records.js";
import { COMMANDS } from "./commands/index.js";
import { storyRecords } from "./story-records.js";
import { hoard, POISON_MARKERS, poisonEnabled } from "./poison.js";
import { letGoOfStory, RENDER_FRAME, renderer, tabled, type Render, type StoryHead, type StreamFormat, type TabledResult } from "./render.js";

/**
 * json/jsonl/csv/tsv: the worker makes the records' text itself (src/cli/render.ts) and hands the main thread
 * bytes, moved rather than copied. Otherwise the whole Story would be copied into the main thread's heap (a
 * structured clone: millions of objects for a 10 MB story) only to be turned into text there.
 */
export type { Render } from "./render.js";

/**
 * The first message of a story whose records the worker makes (Task.render), posted on Task.port once the
 * story is analysed: what the main thread needs before the records' bytes follow (warnings for stderr, the
 * jsonl line for its id check, how many records come).
 */
export interface StreamHead extends StoryHead {
  /** Records the story gives (none: nothing is written for it). */
  count: number;
}

/**
 * One piece of the records' text as UTF-8 (moved, not copied), posted on Task.port after the head. The pieces
 * of a story join to: record 0's body, tail, then for each next record lead(1), body, tail (RECORD_FRAME); the
 * main thread writes lead(index) before the first piece, so only it needs to know what came before.
 */
export interface StreamPiece {
  bytes: Uint8Array;
  /**
   * Where the text stops: inside a record, the closers of what is open in it besides the record itself (see
   * brokenRecordEnd, which ends a record that the worker could not finish); null between records.
   */
  open: string | null;
  /** Records whole (with their tail) up to the end of this piece. */
  done: number;
}

/** What the worker posts on Task.port: "started", then for a rendered story its head and its pieces. */
export type PortMessage = "started" | { read: number } | { head: StreamHead } | { piece: StreamPiece };

/** The value a rendered story's task returns, once every piece has been taken by the main thread. */
export interface Streamed {
  ok: true;
  streamed: true;
}

/** Pieces of at least this many UTF-16 units are posted (the last may be shorter). */
const POST_UNITS = 64 * 1024;

/**
 * Pieces posted and not yet taken by the main thread, at most: the worker then waits, so a slow reader, or a
 * story ahead still being analysed, holds it back instead of letting the bytes pile up in either thread.
 */
const PIECES_AHEAD = 4;

export interface Task {
  /** Never "stdin" (the main thread reads it and sends "bytes") nor "failed" (answered on the main thread). */
  input: Input;
  maxBytes: number;
  depth: Depth;
  anyLanguage?: boolean;
  /** Set when the worker is to make the records' JSON itself. */
  render?: Render;
  /**
   * The story's own channel to the main thread: "started" when the story starts (its deadline counts from
   * then), and for a rendered story its head and pieces (PortMessage); the main thread answers "taken" for each
   * piece it has written.
   */
  port: MessagePort;
}

/** What crosses back to the main thread: a bug's Error as plain fields, rebuilt there with its stack. */
export type WireResult = StoryResult | Streamed | TabledResult | (Omit<FailedResult, "bug"> & { bug?: WireError });
export interface WireError {
  name: string;
  message: string;
  stack?: string;
}

function noStdin(): never {
  throw new Error("a worker thread cannot read stdin (the main thread reads it)");
}

/** Resolves when fewer than `n` pieces are waiting for the main thread. */
class Taken {
  private waiting = 0;
  private wake: (() => void) | undefined;

  constructor(port: MessagePort) {
    port.on("message", () => {
      this.waiting--;
      this.wake?.();
    });
  }

  posted(): void {
    this.waiting++;
  }

  async fewerThan(n: number): Promise<void> {
    while (this.waiting >= n) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

/**
 * Makes the story's records and their JSON text and posts it to the main thread as it is made, in pieces of
 * about POST_UNITS, at most PIECES_AHEAD ahead of the writer, and returns once the main thread has taken the
 * last. The Story is let go first and each long array of the records is emptied as it is written
 * (jsonChunks' release), so the worker's heap shrinks while it writes, and at no time does either thread hold
 * more than a few pieces of the text (hundreds of MB for a 10 MB story).
 */
async function streamRecords(result: StoryResult, render: Render & { format: StreamFormat }, port: MessagePort): Promise<Streamed> {
  const spec = COMMANDS[render.command];
  const records: (OutputRecord | undefined)[] = storyRecords(result, spec, render.options);
  const head: StreamHead = { ...letGoOfStory(result), count: records.length };
  const taken = new Taken(port);
  // The head is answered as it arrives: with the last piece's answer, it is certain to have arrived before the
  // value this returns (which comes on another channel), even for a story of no records.
  port.postMessage({ head } satisfies PortMessage);
  taken.posted();
  const encoder = new TextEncoder();
  const { lead, tail } = RENDER_FRAME[render.format];
  const body = renderer(render, spec);
  let text = "";
  let done = 0;
  const post = async (open: string | null) => {
    const bytes = encoder.encode(text);
    text = "";
    const piece: StreamPiece = { bytes, open, done };
    port.postMessage({ piece } satisfies PortMessage, [bytes.buffer as ArrayBuffer]);
    taken.posted();
    await taken.fewerThan(PIECES_AHEAD);
  };
  const trace = { closers: (): string | null => null };
  // For tests (src/cli/poison.ts): read once per story, so a normal run pays one look at the environment.
  const poisonOn = poisonEnabled();
  let poisoned = false;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    records[i] = undefined;
    if (i > 0) text += lead(1);
    // Each piece is whole JSON tokens (jsonChunks cuts between values) or a whole row, so no surrogate pair is
    // split; a row is never cut (its trace stays null), so a worker that dies leaves whole rows out.
    for (const piece of body(record, { release: true, trace })) {
      text += piece;
      const open = trace.closers();
      if (poisonOn && piece.includes(POISON_MARKERS.write)) poisoned = true;
      // Never between a record's last piece and its tail: a piece ends inside a record or after its tail.
      if (text.length >= POST_UNITS && open !== null) {
        await post(open);
        if (poisoned) {
          // For tests: die once what was posted has all been taken, so the cut is the same on every run.
          await taken.fewerThan(1);
          hoard();
        }
      }
    }
    text += tail;
    done++;
    if (poisoned && (render.format === "csv" || render.format === "tsv")) {
      // For tests: a row is one piece and never cut, so the die above never comes for csv/tsv. Die instead
      // once the rows up to the poisoned one are out and taken, before the rows after it: the same cut on
      // every run, with the story's rows part-written.
      await post(null);
      await taken.fewerThan(1);
      hoard();
    }
    if (text.length >= POST_UNITS) await post(null);
  }
  if (text.length > 0) await post(null);
  await taken.fewerThan(1);
  return { ok: true, streamed: true };
}

export default async function work(task: Task): Promise<WireResult> {
  try {
    const result = await processInput(task.input, {
      maxBytes: task.maxBytes,
      depth: task.depth,
      anyLanguage: task.anyLanguage,
      // A rendered story never leaves this thread as a Story (its text does), so it need not hold its
      // boilerplate and paragraphs as objects: millions of them for a 10 MB page of short lines or paragraphs.
      columnViews: task.render !== undefined,
      stdin: noStdin,
      onStart: () => task.port.postMessage("started" satisfies PortMessage),
      onRead: (chars) => task.port.postMessage({ read: chars } satisfies PortMessage),
    });
    const render = task.render;
    if (result.ok && render?.format === "table") {
      // The table is drawn once every story is in: its rows' cells cross, not the Story.
      const spec = COMMANDS[render.command];
      return tabled(result, render, spec, storyRecords(result, spec, render.options));
    }
    if (result.ok && render) return await streamRecords(result, render as Render & { format: StreamFormat }, task.port);
    if (result.ok || !result.bug) return result;
    const { name, message, stack } = result.bug;
    return { ...result, bug: { name, message, stack } };
  } finally {
    task.port.close();
  }
}
