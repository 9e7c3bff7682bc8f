/**
 * The start-up snapshot (src/cli/launch.ts, scripts/build-snapshot.js) is an optimisation only: through it,
 * every command must answer byte for byte as the normal start does, with the same exit code and stderr, and
 * whenever the blob might not match what is installed, newsx must start the normal way.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.js";
import { commandOf, PACKAGE_ROOT, SNAPSHOT_COMMANDS, snapshotProblem, type SnapshotMeta } from "../src/cli/launch.js";
import { FORMATS } from "../src/format/index.js";
import { FIXTURE, runProcess, type Outcome } from "./helpers.js";

const BIN = "bin/newsx.js";
/** The launcher npm installs as `newsx` (a shell script that starts Node from the blob itself). */
const LAUNCHER = "bin/newsx";
// The user's settings must not decide colour or the snapshot here; each case sets what it tests.
const { FORCE_COLOR: _f, NO_COLOR: _n, NEWSX_NO_SNAPSHOT: _s, NODE_OPTIONS: _o, ...cleanEnv } = process.env;

describe("which commands use the snapshot", () => {
  it("those that load compromise, and no other", () => {
    for (const spec of Object.values(COMMANDS)) expect([spec.name, SNAPSHOT_COMMANDS.includes(spec.name)]).toEqual([spec.name, spec.depth === "full"]);
    expect(SNAPSHOT_COMMANDS).toContain("show"); // always parses (src/cli/commands/show.ts)
  });

  it("finds the command word after leading options", () => {
    expect(commandOf(["quotes", "--json", "a.txt"])).toBe("quotes");
    expect(commandOf(["--debug", "extract", "-"])).toBe("extract");
    expect(commandOf(["--version"])).toBeUndefined();
  });
});

describe("when the snapshot is not used", () => {
  const root = mkdtempSync(join(tmpdir(), "newsx-snapshot-test-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "dist/cli"), { recursive: true });
  const input = join(root, "dist/cli/main.js");
  writeFileSync(input, "export {};\n");
  writeFileSync(join(root, "dist/newsx.blob"), "not really a blob");
  const blob = join(root, "dist/newsx.blob");
  const blobStamp = () => ({ path: "dist/newsx.blob", size: statSync(blob).size, mtimeMs: statSync(blob).mtimeMs });
  const writeMeta = (meta: Partial<SnapshotMeta>) =>
    writeFileSync(
      join(root, "dist/newsx.blob.json"),
      JSON.stringify({ node: process.version, arch: process.arch, platform: process.platform, blob: blobStamp(), inputs: [], ...meta }),
    );
  const problem = (env: Record<string, string> = {}, execArgv: string[] = []) => snapshotProblem({ root, env, execArgv });

  it("uses a blob that matches this Node and unchanged inputs", () => {
    const before = readFileSync(input);
    writeMeta({ inputs: [{ path: "dist/cli/main.js", size: before.length, mtimeMs: statMtime(input) }] });
    expect(problem()).toBeUndefined();
  });

  it("not when NEWSX_NO_SNAPSHOT is set (other than 0), Node has options, or NODE_OPTIONS is set", () => {
    writeMeta({});
    expect(problem({ NEWSX_NO_SNAPSHOT: "1" })).toMatch(/NEWSX_NO_SNAPSHOT/);
    expect(problem({ NEWSX_NO_SNAPSHOT: "0" })).toBeUndefined();
    expect(problem({}, ["--max-old-space-size=100"])).toMatch(/options/);
    expect(problem({ NODE_OPTIONS: "--max-old-space-size=100" })).toMatch(/NODE_OPTIONS/);
  });

  it("not when it was built by another Node, or the blob or its record is missing", () => {
    writeFileSync(join(root, "dist/newsx.blob.json"), JSON.stringify({ node: process.version, arch: process.arch, platform: process.platform }));
    expect(problem()).toMatch(/not a snapshot record/);
    writeMeta({ node: "v18.0.0" });
    expect(problem()).toMatch(/built for Node v18\.0\.0/);
    rmSync(join(root, "dist/newsx.blob.json"));
    expect(problem()).toMatch(/no snapshot/);
    writeMeta({});
    rmSync(join(root, "dist/newsx.blob"));
    expect(problem()).toMatch(/stale \(dist\/newsx\.blob changed\)/);
    writeFileSync(join(root, "dist/newsx.blob"), "not really a blob");
    writeMeta({});
    expect(problem()).toBeUndefined();
    writeFileSync(join(root, "dist/newsx.blob"), "another blob, of another size");
    expect(problem()).toMatch(/stale \(dist\/newsx\.blob changed\)/);
  });

  it("not when a file that went into it changed or is gone (stale)", () => {
    writeFileSync(input, "export {};\n");
    writeMeta({ inputs: [{ path: "dist/cli/main.js", size: 11, mtimeMs: statMtime(input) }] });
    expect(problem()).toBeUndefined();
    utimesSync(input, new Date(), new Date(Date.now() + 5000)); // rebuilt: same size, new mtime
    expect(problem()).toMatch(/stale \(dist\/cli\/main\.js changed\)/);
    writeMeta({ inputs: [{ path: "dist/cli/gone.js", size: 1, mtimeMs: 1 }] });
    expect(problem()).toMatch(/stale/);
  });
});

const statMtime = (path: string): number => statSync(path).mtimeMs;

interface RunOptions {
  env?: Record<string, string>;
  input?: string;
  snapshot: boolean;
  /** Run this launcher (a shell script, executed as such) instead of `node bin/newsx.js`. */
  launcher?: string;
}

function newsx(args: string[], options: RunOptions): Promise<Outcome> {
  const env = { ...cleanEnv, ...options.env, ...(options.snapshot ? {} : { NEWSX_NO_SNAPSHOT: "1" }) };
  const [command, argv] = options.launcher ? [options.launcher, args] : [process.execPath, [BIN, ...args]];
  return runProcess(command, argv, env, options.input ?? "");
}

// Why the real blob cannot be used here (not built: esbuild missing, an old Node...), or undefined.
const unusable = snapshotProblem({ root: PACKAGE_ROOT, env: {}, execArgv: [] });

describe("through the snapshot, output is byte for byte the normal one", { timeout: 240_000 }, () => {
  // Each command's records as JSON, then every other format once. A format is a pure function of the records
  // (test/format.test.ts), so equal records in one format for one command stand for the others: the full
  // 3 x 5 product started 16 more processes (two for each case) and was most of this file's time.
  const RECORD_COMMANDS = ["quotes", "entities", "extract"];
  const onFixtures = (command: string, format: string): [string, string[]] => [`${command} --format ${format} on fixtures/`, [command, "--format", format, "--jobs", "1", "fixtures/"]];
  const cases: [string, string[], { env?: Record<string, string>; input?: string }?][] = [
    ...RECORD_COMMANDS.map((command) => onFixtures(command, "json")),
    ...FORMATS.filter((format) => format !== "json").map((format, i) => onFixtures(RECORD_COMMANDS[i % RECORD_COMMANDS.length]!, format)),
    // Workers load dist/ as usual, also when the main thread came from the snapshot.
    ["extract --jsonl on fixtures/ with worker threads", ["extract", "--jsonl", "--jobs", "2", "fixtures/"]],
    ["quotes --indirect --json", ["quotes", "--indirect", "--json", FIXTURE]],
    ["entities as a table, FORCE_COLOR=1", ["entities", "--format", "table", FIXTURE], { env: { FORCE_COLOR: "1" } }],
    ["quotes from stdin", ["quotes", "--json"], { input: readFileSync(FIXTURE, "utf8") }],
    ["quotes --input jsonl from stdin, a bad line", ["quotes", "--input", "jsonl", "--jsonl"], { input: `{"id":"a","text":"“Yes,” she said."}\nnot json\n` }],
    ["show", ["show", FIXTURE]],
    ["show --color --width 60", ["show", "--color", "--width", "60", FIXTURE]],
    ["show --html on fixtures/", ["show", "--html", "fixtures/"]],
    ["a missing file (exit 2)", ["quotes", FIXTURE, "no/such/story.txt"]],
    ["an unknown option (exit 1)", ["quotes", "--frobnicate", FIXTURE]],
    ["quotes --help", ["quotes", "--help"]],
  ];

  it.for(cases)("%s", async ([, args, options = {}], context) => {
    if (unusable) return context.skip(`the snapshot is not usable here (${unusable})`);
    const [normal, snapshot] = await Promise.all([newsx(args, { ...options, snapshot: false }), newsx(args, { ...options, snapshot: true })]);
    expect(snapshot).toEqual(normal);
    expect(normal.stdout.length + normal.stderr.length).toBeGreaterThan(0);
  });
});

describe("bin/newsx, the launcher npm installs, answers as the normal start does", { timeout: 240_000 }, () => {
  // npm links it from node_modules/.bin: it must find its package through the link.
  const linkDir = mkdtempSync(join(tmpdir(), "newsx-bin-"));
  afterAll(() => rmSync(linkDir, { recursive: true, force: true }));
  const linked = join(linkDir, "newsx");
  symlinkSync(join(PACKAGE_ROOT, LAUNCHER), linked);
  const cases: [string, string[], { env?: Record<string, string>; input?: string }?][] = [
    ["quotes --json", ["quotes", "--json", FIXTURE]],
    ["extract --jsonl on fixtures/ with worker threads", ["extract", "--jsonl", "--jobs", "2", "fixtures/"]],
    ["entities from stdin", ["entities", "--json"], { input: readFileSync(FIXTURE, "utf8") }],
    ["meta (no language model needed, started from the blob all the same)", ["meta", "--json", FIXTURE]],
    ["paragraphs --all", ["paragraphs", "--all", FIXTURE]],
    ["show", ["show", FIXTURE]],
    ["a missing file (exit 2)", ["quotes", FIXTURE, "no/such/story.txt"]],
    ["an unknown command (exit 1)", ["frobnicate", FIXTURE]],
    ["--version", ["--version"]],
    ["--help", ["--help"]],
  ];

  it.for(cases)("%s", async ([, args, options = {}], context) => {
    if (unusable) return context.skip(`the snapshot is not usable here (${unusable})`);
    const [normal, launched] = await Promise.all([newsx(args, { ...options, snapshot: false }), newsx(args, { ...options, snapshot: true, launcher: linked })]);
    expect(launched).toEqual(normal);
    expect(normal.stdout.length + normal.stderr.length).toBeGreaterThan(0);
  });

  it("leaves the blob to bin/newsx.js when NODE_OPTIONS is set (which Node would hold against the blob)", async (context) => {
    if (unusable) return context.skip(`the snapshot is not usable here (${unusable})`);
    const result = await newsx(["quotes", "--debug", "--json", FIXTURE], { snapshot: true, launcher: linked, env: { NODE_OPTIONS: "--no-warnings" } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("newsx: starting without the snapshot: NODE_OPTIONS is set\n");
    expect(JSON.parse(result.stdout)).toHaveLength(8);
  });

  it("runs the installed code, not the blob's, when anything the blob was built from has changed", async (context) => {
    if (unusable) return context.skip(`the snapshot is not usable here (${unusable})`);
    // A copy of the package whose record is stamped with the copied files (as if built there); then one
    // compiled file is rebuilt.
    const copy = mkdtempSync(join(tmpdir(), "newsx-stale-"));
    try {
      for (const part of ["bin", "dist", "scripts", "package.json"]) cpSync(join(PACKAGE_ROOT, part), join(copy, part), { recursive: true });
      symlinkSync(join(PACKAGE_ROOT, "node_modules"), join(copy, "node_modules"));
      const record = join(copy, "dist/newsx.blob.json");
      const meta = JSON.parse(readFileSync(record, "utf8")) as SnapshotMeta;
      const restamp = (input: SnapshotMeta["blob"]) => ({ ...input, size: statSync(join(copy, input.path)).size, mtimeMs: statMtime(join(copy, input.path)) });
      writeFileSync(record, JSON.stringify({ ...meta, blob: restamp(meta.blob), inputs: meta.inputs.map(restamp) }));
      const args = ["quotes", "--json", "--debug", join(PACKAGE_ROOT, FIXTURE)];
      const fresh = await newsx(args, { snapshot: true, launcher: join(copy, LAUNCHER) });
      expect([fresh.code, fresh.stderr]).toEqual([0, ""]);
      const rebuilt = join(copy, "dist/story/extract.js");
      utimesSync(rebuilt, new Date(), new Date(Date.now() + 5000));
      const stale = await newsx(args, { snapshot: true, launcher: join(copy, LAUNCHER) });
      expect(stale.stderr).toBe("newsx: starting without the snapshot: the snapshot is stale (dist/story/extract.js changed)\n");
      expect(stale.stdout).toBe(fresh.stdout);
      // A blob built by another Node is not handed to this one: the portable start takes over.
      writeFileSync(join(copy, "dist/newsx.blob.node"), "v0.0.0\n");
      const otherNode = await newsx(args, { snapshot: true, launcher: join(copy, LAUNCHER) });
      expect([otherNode.code, otherNode.stdout]).toEqual([0, fresh.stdout]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("the relaunch behaves like one process", { timeout: 60_000 }, () => {
  it("`| head -1` (EPIPE) exits 0 with nothing on stderr", (context) => {
    if (unusable) return context.skip(`the snapshot is not usable here (${unusable})`);
    const inputs = Array.from({ length: 40 }, () => FIXTURE).join(" ");
    const result = spawnSync("bash", ["-c", `err=$(mktemp); node ${BIN} quotes --jsonl --jobs 1 ${inputs} 2>"$err" | head -1; echo "status=\${PIPESTATUS[0]}"; cat "$err"; rm -f "$err"`], {
      env: cleanEnv,
      encoding: "utf8",
      timeout: 50_000,
    });
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toHaveProperty("file", FIXTURE);
    expect(lines[1]).toBe("status=0");
  });

  it("a signal to newsx ends the child too, and newsx ends by that signal", async (context) => {
    if (unusable) return context.skip(`the snapshot is not usable here (${unusable})`);
    // `quotes` with no path reads stdin, which stays open: newsx waits until it is told to stop.
    const child = spawn(process.execPath, [BIN, "quotes"], { env: cleanEnv, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const grandchildren = spawnSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" }).stdout.trim().split("\n").filter(Boolean).map(Number);
    child.kill("SIGTERM");
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
    expect([code, signal, stderr]).toEqual([null, "SIGTERM", ""]);
    for (const pid of grandchildren) expect(() => process.kill(pid, 0)).toThrow(); // gone
  });
});
