/**
 * Exit codes, from a pure function of what happened. The CLI applies them with process.exitCode (never
 * process.exit(), which can cut a large piped write short).
 */
export const EXIT = {
  /** Every input gave a result. */
  OK: 0,
  /** Bad command line: unknown option, bad value, no input on a terminal. */
  USAGE: 1,
  /** At least one input failed (missing, unreadable, binary, too large...); the others were processed. */
  INPUT_FAILED: 2,
  /** The output could not be written (e.g. disk full). A reader closing the pipe is not an error. */
  OUTPUT_FAILED: 3,
  /** A bug in newsx. */
  INTERNAL: 4,
} as const;

export interface RunSummary {
  usageError: boolean;
  failedInputs: number;
  output: "ok" | "closed" | "failed";
  bug: boolean;
}

export function exitCodeFor(summary: RunSummary): number {
  if (summary.bug) return EXIT.INTERNAL;
  if (summary.usageError) return EXIT.USAGE;
  if (summary.output === "failed") return EXIT.OUTPUT_FAILED;
  // `newsx ... | head -1`: the reader has what it wanted; nothing went wrong from the user's point of view.
  if (summary.output === "closed") return EXIT.OK;
  return summary.failedInputs > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
