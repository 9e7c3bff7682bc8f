/**
 * FOR TESTS ONLY. Makes a story fail on purpose, so that tests can check that a story which runs out of
 * memory, overflows the stack, never ends or hits a bug costs its own record and nothing else.
 *
 * Inert unless the environment variable NEWSX_TEST_POISON is "1" (read per story, so that the start-up
 * snapshot never freezes it); then a story whose text contains one of the markers below does what it says
 * instead of being analysed. Nothing else reads the variable, and no real story can turn it on.
 */
export const POISON_MARKERS = {
  /** allocates without bound: TOO_COMPLEX in a worker (--max-memory) */
  memory: "NEWSX-POISON-MEMORY",
  /** recurses without bound: TOO_COMPLEX */
  stack: "NEWSX-POISON-STACK",
  /** loops forever: TIMEOUT */
  loop: "NEWSX-POISON-LOOP",
  /** throws like a bug: INTERNAL */
  bug: "NEWSX-POISON-BUG",
  /**
   * allocates without bound while a worker writes the story's records (src/cli/worker.ts): json/jsonl once
   * the piece holding the marker is out, with that record part-written; csv/tsv once the row holding the
   * marker is out, before the rows after it. TOO_COMPLEX after part of the story is written. Inert anywhere
   * else (the main thread, the table).
   */
  write: "NEWSX-POISON-WRITE",
} as const;

export function poisonEnabled(): boolean {
  return process.env.NEWSX_TEST_POISON === "1";
}

/** Does what a marker in `text` asks (never returns for memory, stack and loop); nothing if there is none. */
export function swallowPoison(text: string): void {
  if (!text.includes("NEWSX-POISON-")) return;
  if (text.includes(POISON_MARKERS.memory)) hoard();
  if (text.includes(POISON_MARKERS.stack)) {
    const dive = (depth: number): number => dive(depth + 1) + 1;
    dive(0);
  }
  if (text.includes(POISON_MARKERS.loop)) {
    let spins = 0;
    for (;;) spins = (spins + 1) % 7;
  }
  if (text.includes(POISON_MARKERS.bug)) throw new TypeError("poisoned story (NEWSX_TEST_POISON)");
}

/** Allocates until the thread's heap ceiling ends it. */
export function hoard(): never {
  // Large pieces (16 MiB of doubles each, on V8's heap): the ceiling is reached in a few steps, with few
  // objects for the last-ditch collections before it to go over.
  const pieces: number[][] = [];
  for (;;) pieces.push(new Array<number>(1 << 21).fill(pieces.length + 0.5));
}
