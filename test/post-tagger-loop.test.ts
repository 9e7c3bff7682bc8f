/**
 * newsx's faster post-tagger loop (src/nlp/sweep.ts) copies compromise internals, so it is used only with the
 * compromise version it was verified against; with any other, compromise's own loop (src/nlp/post-tagger-loop.ts).
 * The switch must never change an answer: the fallback is run for real here and compared on the fixtures.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { choosePostTaggerLoop, SWEEP_VERIFIED_WITH } from "../src/nlp/post-tagger-loop.js";
import { postTaggerLoop } from "../src/nlp/compromise.js";

describe("choosing the post-tagger loop", () => {
  it("uses sweep.ts with the verified compromise only", () => {
    expect(choosePostTaggerLoop("14.17.0", undefined, "14.17.0")).toEqual({ sweep: true });
    const newer = choosePostTaggerLoop("14.20.0", undefined, "14.17.0");
    expect(newer.sweep).toBe(false);
    expect(newer.reason).toContain("compromise 14.20.0 is installed");
    expect(newer.reason).toContain("14.17.0");
    // An older patch release is just as unverified as a newer one, and so is a version compromise does not say.
    expect(choosePostTaggerLoop("14.16.9", undefined, "14.17.0").sweep).toBe(false);
    expect(choosePostTaggerLoop(undefined, undefined, "14.17.0").reason).toContain("unknown version");
  });

  it("uses compromise's own loop when NEWSX_NO_SWEEP is set (and not 0)", () => {
    expect(choosePostTaggerLoop("14.17.0", "1", "14.17.0")).toEqual({ sweep: false, reason: "NEWSX_NO_SWEEP is set" });
    expect(choosePostTaggerLoop("14.17.0", "0", "14.17.0").sweep).toBe(true);
    expect(choosePostTaggerLoop("14.17.0", "", "14.17.0").sweep).toBe(true);
  });

  it("is verified against exactly the compromise package.json pins, and that one is installed", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.compromise).toBe(SWEEP_VERIFIED_WITH);
    const installed = JSON.parse(readFileSync("node_modules/compromise/package.json", "utf8")) as { version: string };
    expect(installed.version).toBe(SWEEP_VERIFIED_WITH);
    // So these tests (without NEWSX_NO_SWEEP) run newsx's own loop, which test/sweep.test.ts compares.
    expect(postTaggerLoop).toEqual({ sweep: true });
  });
});

describe("compromise's own loop, for real (bin/newsx.js; needs dist/)", { timeout: 120_000 }, () => {
  const { FORCE_COLOR: _f, NO_COLOR: _n, NEWSX_NO_SWEEP: _s, ...env } = process.env;
  const run = (extra: Record<string, string>) =>
    spawnSync(process.execPath, ["bin/newsx.js", "extract", "--jsonl", "--indirect", "--jobs", "1", "--debug", "fixtures/"], {
      env: { ...env, NEWSX_NO_SNAPSHOT: "1", ...extra }, encoding: "utf8", timeout: 110_000,
    });

  it("gives the same answers as sweep.ts on every fixture, and says which loop it used under --debug", () => {
    const ours = run({});
    const theirs = run({ NEWSX_NO_SWEEP: "1" });
    // The German layout is not analysed (English only), and says so on both runs.
    const german = 'newsx: fixtures/layouts/german-dpa.txt: language "de": names and quotes are not analysed (newsx reads English only; --any-language to try anyway)\n';
    expect([ours.status, ours.stderr]).toEqual([0, german]);
    expect([theirs.status, theirs.stderr]).toEqual([0, `newsx: using compromise's own post-tagger loop: NEWSX_NO_SWEEP is set\n${german}`]);
    // The seed story and the nine layouts, each with at least one quote: the comparison is not of empty output.
    const records = ours.stdout.trim().split("\n").map((line) => JSON.parse(line) as { quotes: unknown[] });
    expect(records).toHaveLength(10);
    expect(records.filter((r) => r.quotes.length > 0).length).toBeGreaterThan(5);
    expect(theirs.stdout).toBe(ours.stdout);
  });
});
