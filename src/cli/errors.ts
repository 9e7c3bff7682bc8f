/** Errors the user causes on the command line: one line on stderr with a hint, exit code 1. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly hint = "see newsx --help",
  ) {
    super(message);
  }
}

/** The output could not be written (full disk, closed stdout). EPIPE is not one: a reader that left is normal. */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(readonly systemError: NodeJS.ErrnoException) {
    super(`cannot write output: ${describe(systemError)}${systemError.code ? ` (${systemError.code})` : ""}`);
  }
}

/** The reader of our stdout went away (`newsx ... | head -1`): stop quietly, exit 0. */
export class OutputClosed extends Error {
  override readonly name = "OutputClosed";
}

function describe(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOSPC") return "no space left on device";
  return error.message.replace(/^\w+: /, "");
}
