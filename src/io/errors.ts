/**
 * Errors a user can cause by what they give us as input. Each carries a stable code (documented in docs/cli.md)
 * so the CLI can print one line and put `{file, error: {code, message}}` in the output in the input's place.
 */

export type InputErrorCode =
  | "ENOENT" // no such file or folder
  | "EACCES" // permission denied
  | "ELOOP" // symbolic link loop
  | "EIO" // the operating system failed to read it
  | "NOT_A_FILE" // a FIFO, socket or device found inside a folder
  | "NO_INPUT" // a folder with no .txt file below it
  | "BINARY" // an image, PDF, archive or other non-text file
  | "TOO_LARGE" // larger than --max-bytes
  | "STDIN" // standard input could not be read
  | "BAD_JSONL"; // --input jsonl: a line that is not {"id": ..., "text": "..."}

export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const SYSTEM_CODES: Record<string, { code: InputErrorCode; says: string }> = {
  ENOENT: { code: "ENOENT", says: "no such file or folder" },
  ENOTDIR: { code: "ENOENT", says: "no such file or folder (a part of the path is not a folder)" },
  EACCES: { code: "EACCES", says: "permission denied" },
  EPERM: { code: "EACCES", says: "operation not permitted" },
  ELOOP: { code: "ELOOP", says: "too many levels of symbolic links (a link loop?)" },
  ENAMETOOLONG: { code: "ENOENT", says: "file name too long" },
  EISDIR: { code: "NOT_A_FILE", says: "is a folder" },
};

/**
 * Turns what fs throws into an InputError naming `file`. Errors that no user input explains (a bug, EMFILE...)
 * are returned unchanged so that they surface as bugs rather than as a polite one-liner.
 */
export function toInputError(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string") return error;
  const known = SYSTEM_CODES[code];
  if (known) return new InputError(known.code, `${file}: ${known.says}`);
  if (code === "EIO" || code === "ENXIO" || code === "ESTALE") return new InputError("EIO", `${file}: read error (${code})`);
  return error;
}
