/**
 * The start-up snapshot of a registry install (src/cli/snapshot-cache.ts): no dist/newsx.blob, so the first run
 * of a command that loads compromise builds one in the background into a per-user cache, and later runs start
 * from it through bin/newsx (the shell launcher) or bin/newsx.js. A copy of this package without its own blob
 * stands for the install; each case has its own cache folder (XDG_CACHE_HOME). Needs dist/ (`npm run build`).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/cli/launch.js";
import { cacheDir, cacheFiles, posixCksum, type CacheFiles } from "../src/cli/snapshot-cache.js";
import { locateInput } from "../src/cli/snapshot-build.js";
import { removeSuperseded } from "../src/cli/snapshot-cache-build.js";
import { FIXTURE, runProcess, type Outcome } from "./helpers.js";

const { FORCE_COLOR: _f, NO_COLOR: _n, NEWSX_NO_SNAPSHOT: _s, NODE_OPTIONS: _o, XDG_CACHE_HOME: _x, ...cleanEnv } = process.env;
const STORY = join(PACKAGE_ROOT, FIXTURE);

describe("the cache's file names", () => {
  it("use POSIX cksum, as bin/newsx does (checked against the system's cksum)", () => {
    for (const text of ["", "a", "/home/ada/project/node_modules/newsx", "/tmp/ünïcode and spaces", "/x".repeat(300)]) {
      const system = spawnSync("cksum", { input: text, encoding: "utf8" }).stdout.split(" ")[0];
      expect([text, posixCksum(text)]).toEqual([text, Number(system)]);
    }
  });

  it("follow the XDG rules: XDG_CACHE_HOME if absolute, else ~/.cache, else none", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/var/c", HOME: "/home/ada" })).toBe("/var/c/newsx");
    expect(cacheDir({ XDG_CACHE_HOME: "relative/c", HOME: "/home/ada" })).toBe("/home/ada/.cache/newsx");
    expect(cacheDir({ HOME: "/home/ada" })).toBe("/home/ada/.cache/newsx");
    expect(cacheDir({})).toBeUndefined();
  });

  it("hold the newsx version, the Node version and the package folder's checksum", () => {
    const files = cacheFiles("/opt/app/node_modules/newsx/", { HOME: "/home/ada" }, "v20.1.0");
    // package.json of /opt/app/... does not exist: no version, no name.
    expect(files).toBeUndefined();
    const version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
    const ours = cacheFiles(PACKAGE_ROOT, { HOME: "/home/ada" }, "v20.1.0")!;
    expect(ours.blob).toBe(`/home/ada/.cache/newsx/${version}-v20.1.0-${posixCksum(PACKAGE_ROOT.replace(/\/$/, ""))}.blob`);
    expect([ours.ok, ours.record, ours.lock]).toEqual([`${ours.blob}.ok`, `${ours.blob}.json`, `${ours.blob}.lock`]);
  });
});

describe("finding the bundle's inputs in an installation", () => {
  const tree = mkdtempSync(join(tmpdir(), "newsx-locate-"));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const put = (path: string) => {
    mkdirSync(join(tree, path, ".."), { recursive: true });
    writeFileSync(join(tree, path), "{}");
  };
  it("finds a dependency beside the package (hoisted) or inside it, and a nested one from its parent", () => {
    const root = join(tree, "node_modules/newsx");
    put("node_modules/newsx/package.json");
    put("node_modules/newsx/dist/cli/main.js");
    put("node_modules/a/package.json");
    put("node_modules/a/index.js");
    put("node_modules/a/node_modules/b/package.json");
    put("node_modules/a/node_modules/b/lib.js");
    put("node_modules/newsx/node_modules/@s/c/package.json");
    put("node_modules/newsx/node_modules/@s/c/x.js");
    expect(locateInput(root, "dist/cli/main.js")).toBe(join(root, "dist/cli/main.js"));
    expect(locateInput(root, "node_modules/a/index.js")).toBe(join(tree, "node_modules/a/index.js"));
    expect(locateInput(root, "node_modules/a/node_modules/b/lib.js")).toBe(join(tree, "node_modules/a/node_modules/b/lib.js"));
    expect(locateInput(root, "node_modules/@s/c/x.js")).toBe(join(root, "node_modules/@s/c/x.js"));
    expect(locateInput(root, "node_modules/missing/index.js")).toBeUndefined();
  });
});

describe("an update in place", () => {
  it("removes the blobs of other newsx versions of the same folder under the same Node, and nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsx-superseded-"));
    try {
      const names = [
        "0.1.0-v20.20.2-111.blob", "0.1.0-v20.20.2-111.blob.json", "0.1.0-v20.20.2-111.blob.ok", "0.1.0-v20.20.2-111.blob.failed",
        "0.2.0-v20.20.2-111.blob", "0.2.0-v20.20.2-111.blob.ok", // the new one
        "0.1.0-v22.1.0-111.blob", "0.1.0-v20.20.2-222.blob", "notes.txt",
      ];
      for (const name of names) writeFileSync(join(dir, name), "");
      removeSuperseded(join(dir, "0.2.0-v20.20.2-111.blob"));
      expect(readdirSync(dir).sort()).toEqual(["0.1.0-v20.20.2-222.blob", "0.1.0-v22.1.0-111.blob", "0.2.0-v20.20.2-111.blob", "0.2.0-v20.20.2-111.blob.ok", "notes.txt"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const run = (command: string, args: string[], env: Record<string, string>): Promise<Outcome> =>
  runProcess(command, args, { ...cleanEnv, ...env });

describe("a registry install's snapshot, in the per-user cache", { timeout: 400_000 }, () => {
  // The install: this package without a blob of its own (npm ships none), its dependencies beside it.
  const work = mkdtempSync(join(tmpdir(), "newsx-cache-test-"));
  const install = join(work, "install");
  const cache = join(work, "cache");
  const env = { XDG_CACHE_HOME: cache };
  let files: CacheFiles;
  let normal: Outcome;
  const args = ["quotes", "--json", "--debug", STORY];
  const portable = () => run(process.execPath, [join(install, "bin/newsx.js"), ...args], env);
  const launcher = () => run(join(install, "bin/newsx"), args, env);
  /** The shell launcher, traced: which Node command it ended with. */
  const launcherExec = () => spawnSync("sh", ["-x", join(install, "bin/newsx"), "--version"], { env: { ...cleanEnv, ...env }, encoding: "utf8" })
    .stderr.split("\n").filter((line) => line.startsWith("+ exec node --snapshot-blob")).join("\n");

  beforeAll(async () => {
    mkdirSync(install);
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(PACKAGE_ROOT, part), join(install, part), { recursive: true });
    for (const own of ["newsx.blob", "newsx.blob.json", "newsx.blob.node"]) rmSync(join(install, "dist", own), { force: true });
    symlinkSync(join(PACKAGE_ROOT, "node_modules"), join(install, "node_modules"));
    files = cacheFiles(install, env)!;
    normal = await run(process.execPath, [join(install, "bin/newsx.js"), ...args], { ...env, NEWSX_NO_SNAPSHOT: "1" });
    expect([normal.code, normal.stderr]).toEqual([0, ""]);
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("an unwritable cache folder: the run still answers, and --debug says why there is no snapshot", async () => {
    writeFileSync(join(work, "a-file"), "");
    const result = await run(process.execPath, [join(install, "bin/newsx.js"), ...args], { XDG_CACHE_HOME: join(work, "a-file") });
    expect([result.code, result.stdout]).toEqual([0, normal.stdout]);
    expect(result.stderr).toMatch(/^newsx: starting without the snapshot: there is no snapshot in the cache yet .*; the cache cannot be used \(ENOTDIR: .*\)\n$/);
  });

  it("the first run answers the normal way and builds the blob in the background; later runs start from it", async () => {
    // Two first runs at once: both answer, one starts the build, the other sees it running (the lock).
    const firsts = await Promise.all([portable(), portable()]);
    for (const first of firsts) expect([first.code, first.stdout]).toEqual([0, normal.stdout]);
    const none = `newsx: starting without the snapshot: there is no snapshot in the cache yet (${files.blob}); `;
    expect(firsts.map((first) => first.stderr).sort()).toEqual([
      `${none}another newsx is building it\n`,
      `${none}building one in the background (${files.blob})\n`,
    ]);
    // Wait for the build (its lock goes when it ends, whatever the outcome).
    while (existsSync(files.lock)) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(files.failed) ? readFileSync(files.failed, "utf8") : "no failure").toBe("no failure");
    expect([existsSync(files.blob), existsSync(files.record), existsSync(files.ok)]).toEqual([true, true, true]);

    // A cache hit, both ways: nothing said under --debug (the normal start always says why), the same answer.
    expect(await portable()).toEqual({ code: 0, signal: null, stdout: normal.stdout, stderr: "" });
    expect(await launcher()).toEqual({ code: 0, signal: null, stdout: normal.stdout, stderr: "" });
    expect(launcherExec()).toBe(`+ exec node --snapshot-blob ${files.blob} -- ${install} --version`);
  });

  it("a stale blob is not run: the installed code answers, --debug says so, and a rebuild is started", async () => {
    expect(existsSync(files.ok)).toBe(true);
    // A rebuild already running (its lock): nothing more is started by this test.
    writeFileSync(files.lock, "");
    try {
      const changed = join(install, "dist/story/extract.js");
      utimesSync(changed, new Date(), new Date(Date.now() + 5000));
      for (const result of [await portable(), await launcher()]) {
        expect([result.code, result.stdout]).toEqual([0, normal.stdout]);
        expect(result.stderr).toBe("newsx: starting without the snapshot: the snapshot is stale (dist/story/extract.js changed); another newsx is building it\n");
      }
    } finally {
      rmSync(files.lock, { force: true });
    }
  });

  it("a damaged blob (cut short) is never handed to Node, by either launcher", async () => {
    truncateSync(files.blob, 1_000_000);
    writeFileSync(files.lock, "");
    try {
      const result = await portable();
      expect([result.code, result.stdout]).toEqual([0, normal.stdout]);
      expect(result.stderr).toBe(`newsx: starting without the snapshot: the cached snapshot is damaged or from another machine (${files.blob}); another newsx is building it\n`);
      const launched = await launcher();
      expect([launched.code, launched.stdout, launched.stderr]).toEqual([0, normal.stdout, result.stderr]);
      expect(launcherExec()).toBe("");
    } finally {
      rmSync(files.lock, { force: true });
    }
  });
});
