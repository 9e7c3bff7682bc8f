/**
 * A bug in an extractor must not sink a batch: the input gets an INTERNAL error record, the user a one-line
 * message, and the stack only with --debug. (The extractor is replaced by one that throws.)
 */
import { describe, expect, it, vi } from "vitest";
import { FIXTURE, runCli } from "./helpers.js";

vi.mock("../src/index.js", () => ({
  extract: () => {
    throw new TypeError("cannot read properties of undefined (reading 'terms')");
  },
}));

describe("an extractor that throws", () => {
  it("gives an INTERNAL error record in place, one line without a stack, exit 2", async () => {
    const { code, stdout, stderr } = await runCli(["quotes", "--jsonl", FIXTURE]);
    expect(code).toBe(2);
    const record = JSON.parse(stdout) as { file: string; error: { code: string; message: string } };
    expect([record.file, record.error.code]).toEqual([FIXTURE, "INTERNAL"]);
    expect(stderr).toContain("internal error: cannot read properties");
    expect(stderr).toContain("--debug");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the stack with --debug", async () => {
    const { stderr } = await runCli(["quotes", "--jsonl", "--debug", FIXTURE]);
    expect(stderr).toMatch(/TypeError: cannot read properties[^\n]*\n\s+at /);
  });
});
