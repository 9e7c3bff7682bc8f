/**
 * The package as a user gets it: `npm pack`, installed with npm into a new project in a temporary folder
 * (dependencies resolved by npm as for anyone, from the registry or npm's cache). Its answers must be the
 * repository's, byte for byte, on every fixture: on its first run (no snapshot yet) and on a later run,
 * from the snapshot its first run built into the per-user cache (src/cli/snapshot-cache.ts).
 *
 * Slow (an npm install and a snapshot build): part of the full `npm test`, which builds dist/ first.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/cli/launch.js";
import { cacheFiles } from "../src/cli/snapshot-cache.js";
import { SWEEP_VERIFIED_WITH } from "../src/nlp/post-tagger-loop.js";

const { FORCE_COLOR: _f, NO_COLOR: _n, NEWSX_NO_SNAPSHOT: _s, NEWSX_NO_SWEEP: _w, NODE_OPTIONS: _o, ...cleanEnv } = process.env;

/** Every story in fixtures/, as paths relative to the repository (the records name them so). */
function fixtures(dir = "fixtures"): string[] {
  return readdirSync(join(PACKAGE_ROOT, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? fixtures(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function sh(command: string, args: string[], options: SpawnSyncOptions & { env: NodeJS.ProcessEnv }) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 300_000, ...options });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe("the packed tarball, installed into a new project", { timeout: 600_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "newsx-tarball-"));
  const project = join(work, "project");
  const cache = join(work, "cache");
  const installed = join(project, "node_modules/newsx");
  const stories = fixtures();
  let repository: string;
  let repositoryStderr: string;

  beforeAll(() => {
    // dist/ is built by `npm test`; pack it as it is (npm pack would otherwise run `prepare`, a second build).
    expect(existsSync(join(PACKAGE_ROOT, "dist/snapshot/bundle.cjs"))).toBe(true);
    const packed = sh("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: PACKAGE_ROOT, env: cleanEnv });
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", private: true }));
    const install = sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: project, env: cleanEnv });
    expect(install.code, install.stderr).toBe(0);
    // The repository's own answers, through its usual start.
    const own = sh(process.execPath, ["bin/newsx.js", "extract", "--jsonl", ...stories], { cwd: PACKAGE_ROOT, env: cleanEnv });
    // Only the German layout's "not analysed" line (src/story/extract.ts) may stand on stderr.
    expect([own.code, own.stderr.replace(/^newsx: \S*german-dpa\.txt: language "de": [^\n]*\n/mu, "")]).toEqual([0, ""]);
    repository = own.stdout;
    repositoryStderr = own.stderr;
  }, 400_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gets the compromise that sweep.ts was verified against", () => {
    const version = (JSON.parse(readFileSync(join(project, "node_modules/compromise/package.json"), "utf8")) as { version: string }).version;
    expect(version).toBe(SWEEP_VERIFIED_WITH);
  });

  it("ships a LICENSE and the snapshot bundle but no blob, and source maps that hold their sources", () => {
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the newsx authors\n/);
    expect(existsSync(join(installed, "dist/snapshot/bundle.cjs"))).toBe(true);
    expect(existsSync(join(installed, "dist/newsx.blob"))).toBe(false);
    const maps: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith(".map")) maps.push(join(dir, entry.name));
      }
    };
    walk(join(installed, "dist"));
    expect(maps.length).toBeGreaterThan(20);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(map, "utf8")) as { sources: string[]; sourcesContent?: (string | null)[] };
      // Each source is either in the map or on disk where the map says.
      sources.forEach((source, i) => {
        const resolves = typeof sourcesContent?.[i] === "string" || existsSync(resolve(dirname(map), source));
        expect([relative(installed, map), source, resolves]).toEqual([relative(installed, map), source, true]);
      });
    }
  });

  it("answers byte for byte as the repository on every fixture, on its first run and from its cached snapshot", async () => {
    expect(stories.length).toBeGreaterThanOrEqual(10);
    const env = { ...cleanEnv, XDG_CACHE_HOME: cache };
    const bin = join(project, "node_modules/.bin/newsx");
    const first = sh(bin, ["extract", "--jsonl", ...stories], { cwd: PACKAGE_ROOT, env });
    expect([first.code, first.stderr]).toEqual([0, repositoryStderr]);
    expect(first.stdout).toBe(repository);
    // The first run started the snapshot's build in the background; it ends by removing its lock.
    const files = cacheFiles(realpathSync(installed), env)!;
    while (existsSync(files.lock)) await new Promise((done) => setTimeout(done, 500));
    expect(existsSync(files.failed) ? readFileSync(files.failed, "utf8") : "built").toBe("built");
    expect(statSync(files.blob).size).toBeGreaterThan(1_000_000);
    // Under --debug a start without the snapshot always says why: nothing more on stderr means the blob was used.
    const later = sh(bin, ["extract", "--jsonl", "--debug", ...stories], { cwd: PACKAGE_ROOT, env });
    expect([later.code, later.stderr]).toEqual([0, repositoryStderr]);
    expect(later.stdout).toBe(repository);
  });
});
