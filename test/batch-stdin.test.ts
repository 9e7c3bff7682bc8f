/**
 * stdin (`-`) in a batch beside stories whose records a worker streams (src/cli/piece-stream.ts): a streamed
 * story holds its worker's thread until the main thread has read it, and the main thread reads in input
 * order, so the threads must be handed out in input order too, whatever is awaited first (reading stdin).
 *
 * Worker threads run the compiled code (dist/cli/worker.js): `npm test` builds first.
 */
import { writeFileSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

/** Starting workers loads the language model in each: slow on a busy machine, so a generous (not timed) limit. */
const POOL_TEST = 180_000;

const tmp = tempDir();
afterAll(() => tmp.remove());

describe("stdin in a batch of streamed stories", () => {
  it(
    "a story read from stdin, then one whose records take many pieces, on one job: both come out, in order",
    async () => {
      // 20,000 one-word paragraphs: 20,000 paragraph records of about 60 bytes, far more than the few
      // pieces of ~64 KiB a worker may post ahead of the reader.
      const big = tmp.path("many-paragraphs.txt");
      writeFileSync(big, "Harbour news\n\n" + "Pilings.\n\n".repeat(20_000));
      // stdin arrives a little later than the folder's story is handed to the pool (as from a slow pipe).
      const stdin = new Readable({ read() {} });
      setTimeout(() => {
        stdin.push("Ferry Timetable Changes\n\nThe ferry leaves at noon.\n");
        stdin.push(null);
      }, 200);
      const { code, stdout } = await runCli(["paragraphs", "--jsonl", "--jobs", "1", "-", big], { stdin });
      expect(code).toBe(0);
      const records = stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { file: string; text: string });
      expect(records[0]).toMatchObject({ file: "-" });
      expect(records.filter((r) => r.file === "-").map((r) => r.text)).toContain("The ferry leaves at noon.");
      const fromBig = records.filter((r) => r.file === big);
      expect(fromBig.filter((r) => r.text === "Pilings.")).toHaveLength(20_000);
      // stdin's records all come before the big story's.
      expect(records.findIndex((r) => r.file === big)).toBe(records.filter((r) => r.file === "-").length);
    },
    POOL_TEST,
  );
});
