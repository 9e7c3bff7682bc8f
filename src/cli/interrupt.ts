/**
 * Ending a json/jsonl run on SIGINT, SIGTERM or SIGHUP without leaving half a record on stdout. Records are
 * written piece by piece as they are made (src/cli/piece-stream.ts), so a signal's default action would
 * usually cut the last one inside; instead the run writes the pieces it had gathered, ends the open record as
 * valid JSON that carries an INTERRUPTED error (brokenRecordEnd, as for a worker that died), closes the
 * --json array, and exits with 128 + the signal's number (130 for SIGINT, 143 for SIGTERM). No record after it.
 *
 * A stdout that fails (EPIPE) ends the process at once; a second signal too, so a reader that stopped reading
 * cannot hold it.
 */
import { constants } from "node:os";
import type { Writable } from "node:stream";

export const INTERRUPTS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
export type Interrupt = (typeof INTERRUPTS)[number];

/** The conventional exit code of a process ended by `signal`. */
export function interruptExitCode(signal: Interrupt): number {
  return 128 + constants.signals[signal];
}

/** The error an interrupted record carries. */
export function interruptError(signal: Interrupt): { code: string; message: string } {
  return { code: "INTERRUPTED", message: `interrupted by ${signal}: the rest of this record was not written` };
}

/**
 * Installs the handlers; returns the function that removes them. `ending` gives, when the signal comes, the
 * text still to write (gathered pieces, the end of an open record, the array close); `stop` makes later
 * writes of the run never happen.
 */
export function handleInterrupts(stdout: Writable, ending: (signal: Interrupt) => string | Uint8Array, stop: () => void): () => void {
  let exiting = false;
  const handler = (signal: Interrupt) => {
    const code = interruptExitCode(signal);
    if (exiting) process.exit(code);
    exiting = true;
    stop();
    let text: string | Uint8Array = "";
    try {
      text = ending(signal);
    } catch {
      // Whatever went wrong, the signal still ends the process.
    }
    // Written even when empty: the callback then comes once what the run wrote before has gone out.
    stdout.once("error", () => process.exit(code));
    try {
      stdout.write(text, () => process.exit(code));
    } catch {
      process.exit(code);
    }
  };
  if (active.size === 0) for (const signal of INTERRUPTS) process.on(signal, dispatch);
  active.add(handler);
  // Removed only after the event loop has polled once more: a signal that came while the run never gave the
  // loop a turn (a story made and written on this thread) is still waiting there, and would be dropped, and
  // the process exit 0, if nothing listened for it any more. Two turns, so that a poll phase lies between.
  return () => {
    setImmediate(() =>
      setImmediate(() => {
        active.delete(handler);
        if (active.size === 0) for (const signal of INTERRUPTS) process.off(signal, dispatch);
      }),
    );
  };
}

/**
 * The handlers of the runs not yet removed, called by one listener per signal: runs that follow each other on
 * one thread (in-process tests, a library caller) each leave theirs for two turns of the event loop, and a
 * listener of their own each would pass Node's limit of ten and print a MaxListenersExceededWarning.
 */
const active = new Set<(signal: Interrupt) => void>();

function dispatch(signal: Interrupt): void {
  for (const handler of [...active]) handler(signal);
}
