import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayName } from "../src/io/names.js";
import { runCli, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const STORY = "Harbour Fire Contained\n\nThe chief said the fire is out and the crews went home on Monday.\n";

describe("file names that are not valid UTF-8", () => {
  it("displayName writes each byte outside valid UTF-8 as \\xHH and leaves the rest", () => {
    expect(displayName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]))).toBe("caf\\xE9.txt");
    expect(displayName(Buffer.from("déjà vu.txt"))).toBe("déjà vu.txt");
    // An encoded surrogate (ED A0 80) is not UTF-8 either.
    expect(displayName(Buffer.from([0xed, 0xa0, 0x80, 0x41]))).toBe("\\xED\\xA0\\x80A");
  });

  it("a file in a folder is read and named by its bytes, not reported ENOENT", async () => {
    const dir = tmp.path("latin1-names");
    mkdirSync(dir);
    writeFileSync(Buffer.concat([Buffer.from(dir + "/caf"), Buffer.from([0xe9]), Buffer.from(".txt")]), STORY);
    writeFileSync(join(dir, "plain.txt"), STORY);
    const { code, stdout } = await runCli(["meta", "--jsonl", "--jobs", "1", dir]);
    expect(code).toBe(0);
    const files = stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { file: string; headline: string | null; error?: unknown });
    expect(files.map((r) => [r.file, r.error])).toEqual([[join(dir, "caf\\xE9.txt"), undefined], [join(dir, "plain.txt"), undefined]]);
  });

  it("a file named on the command line by bytes that are not UTF-8 is read (Linux: /proc/self/cmdline)", () => {
    const dir = tmp.path("latin1-arg");
    mkdirSync(dir);
    writeFileSync(Buffer.concat([Buffer.from(dir + "/r"), Buffer.from([0xe9, 0xe9]), Buffer.from(".txt")]), STORY);
    // The shell passes the bytes through untouched; Node's own spawn could only pass UTF-8.
    const run = spawnSync("sh", ["-c", `exec "${process.execPath}" bin/newsx.js paragraphs --jsonl "$(printf '${dir}/r\\351\\351.txt')"`], {
      encoding: "utf8",
      env: { ...process.env, NEWSX_NO_SNAPSHOT: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const first = JSON.parse(run.stdout.split("\n")[0]!) as { file: string; text: string };
    expect(first).toMatchObject({ file: `${dir}/r\\xE9\\xE9.txt`, text: "The chief said the fire is out and the crews went home on Monday." });
  });
});
