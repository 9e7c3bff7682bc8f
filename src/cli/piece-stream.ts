/**
 * The main thread's end of a story whose records a worker writes (src/cli/worker.ts): the pieces of text as
 * they arrive, handed on in order to whoever writes them, each answered "taken" once the writer asks for the
 * next, which is what lets the worker make more. So the record of a 10 MB story (hundreds of MB of JSON) is
 * never held whole by either thread: at most PIECES_AHEAD pieces are on their way.
 */
import type { FailedResult } from "./process.js";
import type { StreamHead, StreamPiece } from "./worker.js";

/** A story whose records come from a worker as JSON text (BatchOptions.render). */
export interface StreamedResult extends StreamHead {
  ok: true;
  rendered: true;
  /** The records' text: iterate it once, to the end (or stop, which leaves the worker to the batch's end). */
  pieces: PieceStream;
}

export class PieceStream implements AsyncIterable<Uint8Array> {
  private readonly queue: StreamPiece[] = [];
  private ended = false;
  private wake: (() => void) | undefined;
  private dropped = false;
  /** Set when the worker failed (died, passed a limit, the batch ended) before the last piece. */
  failure: FailedResult | undefined;
  /** Whether any piece was handed on. */
  started = false;
  /** After the last piece handed on: the closers of the record it stops in, or null between records. */
  open: string | null = null;
  /** After the last piece handed on: records whole up to its end. */
  done = 0;

  constructor(private readonly taken: () => void) {}

  push(piece: StreamPiece): void {
    if (this.ended) return;
    if (this.dropped) {
      this.taken();
      return;
    }
    this.queue.push(piece);
    this.wake?.();
  }

  /**
   * The reader has moved on without reading to the end (processAll does this when the next result is asked
   * for): the pieces waiting and those still to come are answered at once and thrown away, so the worker
   * finishes and frees its thread instead of waiting for a reader that is gone.
   */
  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    for (const _ of this.queue.splice(0)) this.taken();
  }

  /** The worker returned: every piece has arrived (it waits until each is taken). */
  end(): void {
    this.ended = true;
    this.wake?.();
  }

  /** The worker failed: the pieces that arrived are still handed on, then the stream ends with `failure`. */
  fail(failure: FailedResult): void {
    if (this.ended) return;
    this.failure = failure;
    this.end();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (;;) {
      const next = this.queue.shift();
      if (next) {
        this.started = true;
        this.open = next.open;
        this.done = next.done;
        yield next.bytes;
        // The writer asks for the next piece: this one is written (or gathered for writing).
        this.taken();
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
