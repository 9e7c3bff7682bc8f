/**
 * The default deadline grows with the story (src/cli/limits.ts): a fixed 30 s refused 10 MB stories of plain
 * news text that --max-bytes accepts. A --timeout given is the whole deadline. The worker tells the main thread
 * the story's length once read, and its deadline is set from it.
 *
 * Worker threads run the compiled code (dist/cli/worker.js): `npm test` builds first.
 */
import { afterAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { processAll, type Result } from "../src/cli/batch.js";
import { deadlineMs, timeoutError, DEFAULT_LIMITS, DEFAULT_TIMEOUT_S, DEFAULT_TIMEOUT_S_PER_MB, type StoryLimits } from "../src/cli/limits.js";
import { storyLimits } from "../src/cli/program.js";
import { expandInputs } from "../src/io/index.js";
import { tempDir } from "./helpers.js";

const MIB = 1024 * 1024;
const POOL_TEST = 120_000;
const tmp = tempDir();
afterAll(() => tmp.remove());

describe("the deadline of a story", () => {
  it("by default grows by DEFAULT_TIMEOUT_S_PER_MB for each MiB of text", () => {
    expect(deadlineMs(DEFAULT_LIMITS, 0)).toBe(DEFAULT_TIMEOUT_S * 1000);
    expect(deadlineMs(DEFAULT_LIMITS, 10 * MIB)).toBe((DEFAULT_TIMEOUT_S + 10 * DEFAULT_TIMEOUT_S_PER_MB) * 1000);
    expect(deadlineMs(storyLimits({}), 2 * MIB)).toBe((DEFAULT_TIMEOUT_S + 2 * DEFAULT_TIMEOUT_S_PER_MB) * 1000);
  });

  it("is exactly --timeout when one is given, and none for --timeout 0", () => {
    expect(deadlineMs(storyLimits({ timeout: 5 }), 10 * MIB)).toBe(5000);
    expect(deadlineMs(storyLimits({ timeout: 0 }), 10 * MIB)).toBe(0);
  });

  it("is said in the TIMEOUT message as given, or to a tenth of a second when grown by the story's length", () => {
    // --timeout 0.25 and 0.01 were said as 0.3 s and 0 s.
    expect(timeoutError("a.txt", deadlineMs(storyLimits({ timeout: 0.25 }), MIB)).message).toBe("a.txt: not finished within 0.25 s (--timeout)");
    expect(timeoutError("a.txt", deadlineMs(storyLimits({ timeout: 0.01 }), MIB)).message).toBe("a.txt: not finished within 0.01 s (--timeout)");
    expect(timeoutError("a.txt", deadlineMs(storyLimits({ timeout: 30 }), MIB)).message).toBe("a.txt: not finished within 30 s (--timeout)");
    // 30 s plus 20 s times 1.5 MB / 1 MiB (1.430511474609375) = 58.61 s.
    expect(timeoutError("a.txt", deadlineMs(DEFAULT_LIMITS, 1_500_000)).message).toBe("a.txt: not finished within 58.6 s (--timeout)");
  });

  it(
    "in a worker is set from the story's length once read: the same 1 MiB story passes with a share per MiB and not without",
    async () => {
      const file = tmp.path("long.txt");
      const paragraph = (i: number) => `"Pier ${i} stays shut," harbour master Ada Quill said as boats waited in the bay.\n\n`;
      const count = Math.ceil((1.2 * MIB) / paragraph(0).length);
      writeFileSync(file, `Pier Report\n\n${Array.from({ length: count }, (_, i) => paragraph(i)).join("")}`);
      const run = async (limits: StoryLimits): Promise<Result[]> => {
        const options = { maxBytes: 4 * MIB, stdin: () => { throw new Error("no stdin here"); }, depth: "full" as const, limits, jobs: 1 };
        const results: Result[] = [];
        for await (const result of processAll(expandInputs([file]), options)) results.push(result as Result);
        return results;
      };
      // One second alone: reading 1.2 MiB takes milliseconds, analysing its 15,000 quotes several seconds
      // (docs/bench.md), so the story is stopped.
      const fixed = await run({ timeoutMs: 1000, maxMemoryMb: 1024 });
      expect(fixed.map((r) => (r.ok ? null : r.record.error.code))).toEqual(["TIMEOUT"]);
      // One second plus ten minutes per MiB: the deadline is set once the worker has read the story, and is not reached.
      const grown = await run({ timeoutMs: 1000, timeoutMsPerMb: 600_000, maxMemoryMb: 1024 });
      expect(grown.map((r) => r.ok)).toEqual([true]);
    },
    POOL_TEST,
  );
});
