/**
 * The GNU parallel recipe of docs/batch.md, run for real: `parallel --pipe` cuts JSON Lines on stdin into
 * blocks, each block goes to its own `newsx --input jsonl`, and no story may be lost or duplicated on the way.
 * Needs GNU parallel (Debian package `parallel`) and dist/ (the test script builds first).
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).stdout?.startsWith("GNU parallel") ?? false;

const { FORCE_COLOR: _f, NO_COLOR: _n, ...cleanEnv } = process.env;

const FIRST = ["Alma", "Bruno", "Carla", "Dmitri", "Elena", "Farid"];
const LAST = ["Reyes", "Okafor", "Lindgren", "Novak"];
/** A different clerk for each story, so that a record mixed up with another's would show. */
const clerk = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

/** Our own short stories: a headline, and a quote whose speaker the id lets us check. */
function line(i: number): string {
  const text = `Council Vote Number ${i}\n\n"We counted every ballot twice," said clerk ${clerk(i)}.\n`;
  return JSON.stringify({ id: `story-${i}`, text });
}

describe("newsx as the mapper of GNU parallel --pipe", () => {
  if (!hasParallel) {
    it.skip("SKIPPED: GNU parallel is not installed (apt-get install -y parallel); the recipe is not checked", () => {});
    return;
  }

  it("every story comes out exactly once, bad lines as error records, across several newsx processes", () => {
    const ids = Array.from({ length: 23 }, (_, i) => i + 1);
    const input = [...ids.map(line).slice(0, 11), "{broken", ...ids.map(line).slice(11)].join("\n") + "\n";
    // -N 6: six lines per newsx process, so four processes, two at a time; --jobs 1 inside each (parallel
    // already spreads the work). As in docs/batch.md.
    const result = spawnSync(
      "parallel",
      ["--pipe", "-N", "6", "-j", "2", process.execPath, "bin/newsx.js", "quotes", "--input", "jsonl", "--jsonl", "--jobs", "1"],
      { input, env: cleanEnv, encoding: "utf8", timeout: 240_000 },
    );
    const records = result.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { file: string; speaker?: string; error?: { code: string } });
    const stories = records.filter((r) => !r.error);
    expect(stories.map((r) => r.file).sort()).toEqual(ids.map((i) => `story-${i}`).sort());
    for (const r of stories) expect(r.speaker).toBe(clerk(Number(r.file.slice("story-".length))));
    const errors = records.filter((r) => r.error);
    expect(errors.map((r) => r.error!.code)).toEqual(["BAD_JSONL"]);
    // parallel exits with the number of failed jobs: exactly the one block with the broken line (newsx exit 2).
    expect(result.status).toBe(1);
  }, 300_000);
});
