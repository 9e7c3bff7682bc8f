import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const line = (id: unknown, text: unknown) => JSON.stringify({ id, text });
const records = (stdout: string) => stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe("--input jsonl ids", () => {
  it("keeps the number 123 and the string \"123\" apart in the id field, and warns that both are named 123", async () => {
    const stdin = [line(123, "A note on the quay.\n"), line("123", "Another note.\n")].join("\n");
    const { code, stdout, stderr } = await runCli(["meta", "--input", "jsonl", "--jsonl", "--jobs", "1"], { stdin });
    expect(code).toBe(0);
    const out = records(stdout);
    expect(out.map((r) => [r.file, r.id])).toEqual([["123", 123], ["123", "123"]]);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      'newsx: warning: -:2: id "123" names the same "file" as 123 on -:1 (their "id" fields differ); both records are kept',
    ]);
  });

  it("warns once for each repeated id, naming the first line, and keeps every record in its place", async () => {
    const stdin = [line("a", "One.\n"), line("b", "Two.\n"), line("a", "Three.\n"), line("a", "Four.\n")].join("\n");
    const { code, stdout, stderr } = await runCli(["paragraphs", "--input", "jsonl", "--jsonl", "--jobs", "1"], { stdin });
    expect(code).toBe(0);
    expect(records(stdout).map((r) => [r.id, r.text])).toEqual([["a", "One."], ["b", "Two."], ["a", "Three."], ["a", "Four."]]);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      'newsx: warning: -:3: id "a" was already used by -:1; both records are kept',
      'newsx: warning: -:4: id "a" was already used by -:1; both records are kept',
    ]);
  });

  it("shows an id's control characters as symbols on stderr, never raw", async () => {
    const stdin = [line("x\u001b]0;owned\u0007", "One.\n"), line("x\u001b]0;owned\u0007", "Two.\n"), line("bad\u001b[2J", 5)].join("\n");
    const { stderr } = await runCli(["meta", "--input", "jsonl", "--jsonl", "--jobs", "1"], { stdin });
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u);
    // The warning quotes the id as JSON; the error line shows its controls as pictures.
    expect(stderr).toContain('id "x\\u001b]0;owned\\u0007" was already used');
    expect(stderr).toContain("newsx: bad\u241b[2J (-:3)");
  });
});
