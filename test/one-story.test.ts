/**
 * Which runs count as "one small story", for which the process entry turns V8's optimising compilers off
 * (src/cli/one-story.ts). Only speed depends on it; test/snapshot.test.ts and test/spawn.test.ts check that
 * such runs print what in-process runs print.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isOneSmallStory, ONE_STORY_MAX_BYTES } from "../src/cli/one-story.js";

describe("one small story", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsx-one-story-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const small = join(dir, "small.txt");
  const limit = join(dir, "limit.txt");
  const large = join(dir, "large.txt");
  writeFileSync(small, "“Yes,” she said.\n");
  writeFileSync(limit, "a".repeat(ONE_STORY_MAX_BYTES));
  writeFileSync(large, "a".repeat(ONE_STORY_MAX_BYTES + 1));

  it("is one regular file up to the limit", () => {
    expect(isOneSmallStory([small])).toBe(true);
    expect(isOneSmallStory([limit])).toBe(true);
    expect(isOneSmallStory([large])).toBe(false);
  });

  it("is never several paths, a folder, stdin or a missing file", () => {
    expect(isOneSmallStory([small, small])).toBe(false);
    expect(isOneSmallStory([dir])).toBe(false);
    expect(isOneSmallStory(["-"])).toBe(false);
    expect(isOneSmallStory([join(dir, "missing.txt")])).toBe(false);
    expect(isOneSmallStory([])).toBe(false);
  });
});
