/**
 * What the user named on the command line, expanded lazily into one input per story, in order.
 * A folder becomes every .txt file below it, sorted by path; nothing is read here, only listed.
 */
import { readdir, stat } from "node:fs/promises";
import type { Dirent } from "node:fs";
import { join } from "node:path";
import { InputError, toInputError } from "./errors.js";
import { argumentPath, displayName, utf8Name } from "./names.js";

export type Input =
  /** Standard input, named "-" in the output. */
  | { kind: "stdin"; file: "-" }
  /**
   * A path to read; `file` is how the output names it (the path as given, or joined under the folder given).
   * `path` is bytes when the name is not valid UTF-8 (names.ts); `file` then shows those bytes as \xHH.
   */
  | { kind: "path"; file: string; path: string | Uint8Array; inFolder: boolean }
  /**
   * Bytes already read by the main thread (stdin, which only the main thread can read), decoded where the
   * story is processed (possibly a worker thread).
   */
  | { kind: "bytes"; file: string; bytes: Uint8Array }
  /**
   * One line of a JSON Lines input (`--input jsonl`): `{"id": ..., "text": ...}` still undecoded, so that
   * parsing it happens where the story is processed. `file` names the line until its id is known.
   */
  | { kind: "line"; file: string; bytes: Uint8Array }
  /** Something named that cannot be a story: it yields an error record in its place. */
  | { kind: "failed"; file: string; error: InputError };

/** Files taken from a folder: `.txt`, in any letter case. */
const STORY_FILE = /\.txt$/i;

/**
 * Expands command-line arguments into inputs, lazily (a folder of 50,000 files is listed one folder at a time)
 * and in the order given. Errors become `failed` inputs so the batch goes on.
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === "-") {
      yield { kind: "stdin", file: "-" };
      continue;
    }
    // A name that is not valid UTF-8 reached us with U+FFFD in place of its bad bytes: read the bytes given.
    const path = argumentPath(arg);
    const shown = typeof path === "string" ? arg : displayName(path);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield failed(shown, error);
      continue;
    }
    if (!info.isDirectory()) {
      yield { kind: "path", file: shown, path, inFolder: false };
      continue;
    }
    let found = 0;
    for await (const input of walk(path, shown)) {
      found++;
      yield input;
    }
    if (found === 0) {
      yield { kind: "failed", file: shown, error: new InputError("NO_INPUT", `${shown}: folder has no .txt file`) };
    }
  }
}

/**
 * Depth-first walk yielding .txt files in path order. Sorting names with "/" appended to folders makes the
 * walk's order the same as sorting all the full paths ("a.txt" before "a/b.txt", as '.' < '/').
 * Symbolic links to folders are not followed (no loops); links to files are, and the reader checks them.
 */
async function* walk(dirPath: string | Uint8Array, shownAs: string): AsyncGenerator<Input> {
  let entries: Dirent<Buffer>[];
  try {
    // Names as bytes: one that is not valid UTF-8 would otherwise come back with U+FFFD and name no file.
    entries = await readdir(typeof dirPath === "string" ? dirPath : Buffer.from(dirPath), { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    yield failed(shownAs, error);
    return;
  }
  const sorted = entries
    .map((entry) => {
      const name = utf8Name(entry.name);
      return { entry, name, shown: name ?? displayName(entry.name), key: (name ?? displayName(entry.name)) + (entry.isDirectory() ? "/" : "") };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { entry, name, shown } of sorted) {
    // A valid name keeps a string path; a name that is not UTF-8 (or a folder above it) makes it bytes.
    const path = name !== null && typeof dirPath === "string" ? join(dirPath, name) : Buffer.concat([Buffer.from(dirPath), Buffer.from("/"), entry.name]);
    const file = join(shownAs, shown);
    if (entry.isDirectory()) {
      yield* walk(path, file);
    } else if (STORY_FILE.test(shown)) {
      if (entry.isFile() || entry.isSymbolicLink()) {
        yield { kind: "path", file, path, inFolder: true };
      } else {
        // A FIFO or device in a folder could block forever or never end: refuse it without opening it.
        yield { kind: "failed", file, error: new InputError("NOT_A_FILE", `${file}: not a regular file (FIFO, socket or device)`) };
      }
    }
  }
}

function failed(file: string, error: unknown): Input {
  const inputError = toInputError(error, file);
  if (inputError instanceof InputError) return { kind: "failed", file, error: inputError };
  throw inputError;
}
