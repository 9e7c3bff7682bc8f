/**
 * File names that are not valid UTF-8. Linux names are bytes; Node decodes command-line arguments and folder
 * listings as UTF-8, turning each invalid byte into U+FFFD, and a path rebuilt from that string names no file
 * (ENOENT). So such a name is kept as its bytes to read it (Node's fs takes a Buffer path), and shown with its
 * invalid bytes as \xHH, so the output says which file it was and nothing is silently replaced.
 */
import { readFileSync } from "node:fs";

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The name as UTF-8 when it is valid, else null. */
export function utf8Name(bytes: Uint8Array): string | null {
  try {
    return fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** How a file name is shown: its UTF-8 text, each byte that is not part of valid UTF-8 written as \xHH. */
export function displayName(bytes: Uint8Array): string {
  const valid = utf8Name(bytes);
  if (valid !== null) return valid;
  let out = "";
  let run = 0; // start of the current valid stretch
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += fatal.decode(bytes.subarray(run, i)) + `\\x${bytes[i]!.toString(16).toUpperCase().padStart(2, "0")}`;
    i++;
    run = i;
  }
  return out + fatal.decode(bytes.subarray(run));
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8 either.
  return utf8Name(bytes.subarray(i, i + length)) === null ? 0 : length;
}

let commandLine: Buffer[] | null | undefined;

/**
 * The bytes of a command-line argument that Node could not decode (it holds U+FFFD), read back from
 * /proc/self/cmdline (Linux): the argument whose lossy decoding is `arg`. The string itself where there is no
 * such argument (another system, or the bytes were lost before this process started).
 */
export function argumentPath(arg: string): string | Buffer {
  if (!arg.includes("\ufffd")) return arg;
  if (commandLine === undefined) {
    try {
      const raw = readFileSync("/proc/self/cmdline");
      commandLine = [];
      let from = 0;
      for (let i = 0; i < raw.length; i++) {
        if (raw[i] === 0) {
          commandLine.push(raw.subarray(from, i));
          from = i + 1;
        }
      }
    } catch {
      commandLine = null;
    }
  }
  const found = commandLine?.find((bytes) => utf8Name(bytes) === null && bytes.toString("utf8") === arg);
  return found ?? arg;
}
