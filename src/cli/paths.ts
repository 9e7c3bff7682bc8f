/**
 * Which paths a command reads: the ones given, or stdin when none are given and stdin is not a terminal.
 */
import type { Command } from "commander";
import { UsageError } from "./errors.js";
import type { CliIO } from "./io.js";

/** The paths to read, or null when the command printed its help instead (no path, stdin is a terminal). */
export function pathsToRead(givenPaths: string[], command: Command, io: CliIO): string[] | null {
  if (givenPaths.length === 0) {
    if (io.stdinIsTTY) {
      // Nothing to read and a person at the keyboard: help, rather than waiting silently for typing.
      command.outputHelp({ error: true });
      return null;
    }
    return ["-"];
  }
  // `newsx quotes "$FILE"` with FILE unset: say so, rather than "newsx: : no such file".
  if (givenPaths.includes("")) throw new UsageError('an empty path ("") was given', "is a shell variable empty or unset?");
  if (givenPaths.filter((p) => p === "-").length > 1) throw new UsageError('"-" (stdin) can be given only once');
  return givenPaths;
}
