/**
 * A handful of tests that run the built binary as a user would: real pipes, real exit codes.
 * They need dist/ (the test script builds first).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIXTURE, tempDir } from "./helpers.js";

const BIN = "bin/newsx.js";
// The user's colour settings must not leak into what we assert about pipes.
const { FORCE_COLOR: _f, NO_COLOR: _n, ...cleanEnv } = process.env;

function newsx(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input: input ?? "", env: cleanEnv, encoding: "utf8", timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function bash(script: string) {
  const result = spawnSync("bash", ["-c", script], { env: cleanEnv, encoding: "utf8", timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/newsx.js", { timeout: 30_000 }, () => {
  it("reads piped stdin and names it -", () => {
    const { code, stdout, stderr } = newsx(["meta", "--json"], readFileSync(FIXTURE));
    expect([code, stderr]).toEqual([0, ""]);
    expect((JSON.parse(stdout) as { file: string }[])[0]!.file).toBe("-");
  });

  it("exits 0 on success, 1 on a usage error, 2 when an input failed", () => {
    expect(newsx(["paragraphs", FIXTURE]).code).toBe(0);
    const usage = newsx(["paragraphs", "--frobnicate", FIXTURE]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain("unknown option");
    const failed = newsx(["paragraphs", FIXTURE, "no/such/story.txt"]);
    expect(failed.code).toBe(2);
    expect(failed.stderr.trim()).toBe("newsx: no/such/story.txt: no such file or folder");
    expect(failed.stdout).toContain(FIXTURE);
  });

  it("`| head -1` (EPIPE) exits 0 with nothing on stderr", () => {
    const inputs = Array.from({ length: 400 }, () => FIXTURE).join(" ");
    const { stdout } = bash(`err=$(mktemp); node ${BIN} paragraphs --jsonl ${inputs} 2>"$err" | head -1; echo "status=\${PIPESTATUS[0]}"; cat "$err"; rm -f "$err"`);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toHaveProperty("file", FIXTURE);
    expect(lines[1]).toBe("status=0");
  });

  it("a full disk (/dev/full) gives one clear line and a non-zero exit", () => {
    const { stdout } = bash(`err=$(mktemp); node ${BIN} extract --json ${FIXTURE} > /dev/full 2>"$err"; echo "status=$?"; cat "$err"; rm -f "$err"`);
    expect(stdout.trim().split("\n")).toEqual(["status=3", "newsx: cannot write output: no space left on device (ENOSPC)"]);
  });

  it("no colour when piped, even as a table", () => {
    const { stdout } = newsx(["paragraphs", "--format", "table", FIXTURE]);
    expect(stdout).toContain("┌");
    expect(stdout).not.toContain("\x1b");
  });

  it("--version prints the version", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(newsx(["--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("a closed stdout (>&-) is an output error before anything is read: exit 3, one line", () => {
    const again = spawnSync("bash", ["-c", `bin/newsx extract ${FIXTURE} >&-; echo "status=$?" >&2`], { env: cleanEnv, encoding: "utf8", timeout: 20_000 });
    expect(again.stderr.trim().split("\n")).toEqual(["newsx: cannot write output: standard output is closed (EBADF)", "status=3"]);
  });

  it("output thrown away by the parent (stdio ignore: /dev/null opened read-write) is not an error: the run's exit code and error lines", () => {
    // Node's stdio "ignore" (and Python's subprocess.DEVNULL) give the child /dev/null opened read-write, which
    // is what Node itself puts in place of a closed stdout, so node bin/newsx.js cannot refuse `>&-` without
    // refusing this too (docs/cli.md, exit code 3). A run to check which inputs fail must still work.
    const run = spawnSync(process.execPath, [BIN, "paragraphs", FIXTURE, "no/such/story.txt"], { env: cleanEnv, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", timeout: 20_000 });
    expect([run.status, run.stderr.trim()]).toEqual([2, "newsx: no/such/story.txt: no such file or folder"]);
  });

  it("the child that node bin/newsx.js re-launches ends when the parent is killed with SIGKILL", async () => {
    const tmp = tempDir();
    try {
      mkdirSync(tmp.path("many"));
      const story = readFileSync(FIXTURE);
      for (let i = 0; i < 200; i++) writeFileSync(tmp.path("many", `s${String(i).padStart(3, "0")}.txt`), story);
      const parent = spawn(process.execPath, [BIN, "quotes", "--jsonl", "--jobs", "2", tmp.path("many")], { env: cleanEnv, stdio: ["ignore", "pipe", "ignore"] });
      // The first record: the child (started from the snapshot) is running the batch.
      await new Promise<void>((resolve) => parent.stdout.once("data", () => resolve()));
      const children = readFileSync(`/proc/${parent.pid}/task/${parent.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      expect(children).toHaveLength(1);
      const child = children[0]!;
      parent.kill("SIGKILL");
      // Gone, or a zombie that nobody has reaped yet (in a container, process 1 may never reap it).
      const alive = () => {
        try {
          return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${child}/stat`, "utf8"));
        } catch {
          return false;
        }
      };
      // Not a timing: the child must end at all, and it is given plenty of time to notice.
      for (let tries = 0; tries < 200 && alive(); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alive()).toBe(false);
      parent.stdout.destroy();
    } finally {
      tmp.remove();
    }
  }, 120_000);
});
