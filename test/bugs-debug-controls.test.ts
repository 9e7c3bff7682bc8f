/**
 * A bug's stack trace under --debug is untrusted text too: its message may quote the story that caused it.
 * Its control characters are shown as pictures, as in every other stderr line; its line feeds stay.
 * (The extractor is replaced by one that throws with a message holding ESC, OSC, BEL, C1 and CR.)
 */
import { describe, expect, it, vi } from "vitest";
import { FIXTURE, runCli } from "./helpers.js";

vi.mock("../src/index.js", () => ({
  extract: () => {
    throw new TypeError("bad word \u001b[2J\u001b]0;owned\u0007 \u009b31m\rforged");
  },
}));

describe("a stack trace under --debug", () => {
  it("has no raw control character, and keeps its lines", async () => {
    for (const command of [["quotes", "--jsonl"], ["show"]]) {
      const { stderr } = await runCli([...command, "--debug", FIXTURE]);
      // The stack itself: the message line, then "at" lines.
      expect(stderr).toMatch(/TypeError: bad word \u241b\[2J\u241b\]0;owned\u2407 \ufffd31m\u240dforged\n\s+at /);
      // Nothing but line feeds below U+0020, nothing in C1.
      expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
  });
});
