/**
 * V8's compilers, tuned for a run over one small story (`newsx quotes story.txt`, the run a journalist
 * makes many times a day). Such a run is over in half a second, long before code optimised by TurboFan or
 * regular expressions compiled to machine code would pay back their compile time, which on a story of a few
 * kilobytes is a fifth of the run (docs/bench.md). Past ONE_STORY_MAX_BYTES, or for a batch, optimised code
 * pays, and nothing is changed. The flags change only speed, never what newsx prints.
 */
import { statSync } from "node:fs";
import v8 from "node:v8";

/**
 * Largest story run without optimising compilers. Measured on polnear stories: a 60 KB story is 15% faster
 * without them, a 200 KB one 18% slower.
 */
export const ONE_STORY_MAX_BYTES = 64 * 1024;

/** Whether `paths` name one regular file of at most ONE_STORY_MAX_BYTES (stdin's size is not known). */
export function isOneSmallStory(paths: readonly string[], stat: typeof statSync = statSync): boolean {
  if (paths.length !== 1 || paths[0] === "-") return false;
  const found = stat(paths[0]!, { throwIfNoEntry: false });
  return Boolean(found?.isFile() && found.size <= ONE_STORY_MAX_BYTES);
}

/**
 * Interpreted bytecode and interpreted regular expressions from here on, for this process. Only the process
 * entry calls this (CliIO.beforeReading): V8's flags are global, and in-process tests must not be slowed.
 */
export function tuneForOneStory(paths: readonly string[]): void {
  if (!isOneSmallStory(paths)) return;
  v8.setFlagsFromString("--no-turbofan");
  v8.setFlagsFromString("--regexp-interpret-all");
}
