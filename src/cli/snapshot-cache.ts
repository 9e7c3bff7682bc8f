/**
 * The start-up snapshot of a registry install. npm runs no `prepare` for a package from the registry, so such
 * an install has no dist/newsx.blob; instead its first run of a command that loads compromise starts a
 * background process (snapshot-cache-build.ts) that builds one from the shipped bundle (snapshot-build.ts) into
 * a per-user cache, and later runs start from it, through bin/newsx or bin/newsx.js:
 *
 *   $XDG_CACHE_HOME/newsx/<newsx version>-<node version>-<cksum of the package folder>.blob   (~/.cache if unset)
 *
 * beside it `.json` (its record: the files it was built from, as for a clone), `.ok` (written last, once a run
 * through the blob printed what the normal start prints: the machine and the blob's size, all that bin/newsx, a
 * shell script, can check), `.lock` while a build runs and `.failed` (why) when one did not succeed. The
 * folder's checksum keeps two installs of one version apart: each blob's record stamps its own files. It is
 * POSIX `cksum`, which bin/newsx runs to find the same name.
 *
 * Everything here is an optimisation: an unwritable cache, a build that fails, a blob that is stale or damaged
 * only mean the normal start, said under --debug. This module is loaded by every run: builtins only, little work.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { machine } from "node:os";
import { isAbsolute, join } from "node:path";
import { readSnapshotMeta, staleInput } from "./snapshot-record.js";

/** The cache folder (XDG base directory rules: a relative XDG_CACHE_HOME is ignored), or none without a home. */
export function cacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "newsx");
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, ".cache", "newsx");
  return undefined;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n << 24;
  for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
  return c >>> 0;
});

/** POSIX `cksum` of a text's UTF-8 bytes (CRC-32/CKSUM over the bytes, then over their length). */
export function posixCksum(text: string): number {
  let crc = 0;
  const add = (byte: number) => {
    crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  };
  const bytes = Buffer.from(text, "utf8");
  for (const byte of bytes) add(byte);
  for (let length = bytes.length; length > 0; length = Math.floor(length / 256)) add(length & 0xff);
  return ~crc >>> 0;
}

export interface CacheFiles {
  dir: string;
  blob: string;
  record: string;
  ok: string;
  lock: string;
  failed: string;
}

/** The cache files of this package under this Node, or undefined when there is no cache folder or no version. */
export function cacheFiles(root: string, env: Readonly<Record<string, string | undefined>>, nodeVersion = process.version): CacheFiles | undefined {
  const dir = cacheDir(env);
  let version: unknown;
  try {
    version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: unknown }).version;
  } catch {
    return undefined;
  }
  if (!dir || typeof version !== "string") return undefined;
  // The package folder as bin/newsx sees it (`pwd -P`, no trailing slash).
  const blob = join(dir, `${version}-${nodeVersion}-${posixCksum(root.replace(/\/+$/, ""))}.blob`);
  return { dir, blob, record: `${blob}.json`, ok: `${blob}.ok`, lock: `${blob}.lock`, failed: `${blob}.failed` };
}

/** What `.ok` holds: the machine (`uname -m`, for a cache shared between machines) and the blob's size. */
export const okText = (blobSize: number): string => `${machine()}\n${blobSize}\n`;

/** Why the cached blob cannot be used, or undefined when it can. */
export function cachedBlobProblem(root: string, files: CacheFiles): string | undefined {
  let ok: string;
  let size: number | undefined;
  try {
    ok = readFileSync(files.ok, "utf8");
    size = statSync(files.blob, { throwIfNoEntry: false })?.size;
  } catch {
    return `there is no snapshot in the cache yet (${files.blob})`;
  }
  // A blob cut short or replaced: Node would crash on it rather than refuse it.
  if (ok !== okText(size ?? -1)) return `the cached snapshot is damaged or from another machine (${files.blob})`;
  const meta = readSnapshotMeta(root, files.record);
  if (typeof meta === "string") return `the cached snapshot has no record (${files.record})`;
  if (meta.node !== process.version || meta.arch !== process.arch || meta.platform !== process.platform) {
    return `the cached snapshot was built for Node ${meta.node} (${meta.platform}-${meta.arch}), this is ${process.version}`;
  }
  return staleInput(root, meta);
}

/** A lock older than this belongs to a build that died (a build takes seconds, or a minute on a loaded machine). */
const LOCK_STALE_MS = 10 * 60_000;
const RETRY_FAILED_MS = 24 * 3600_000;

/**
 * Starts a build of the cached blob in a detached background process, unless one is running, an earlier one
 * failed, or the cache cannot be written; returns what --debug says about it. Never throws.
 */
export function scheduleCacheBuild(root: string, files: CacheFiles, env: NodeJS.ProcessEnv): string {
  try {
    return schedule(root, files, env);
  } catch (error) {
    // A cache path through a file, a folder without search permission...: the run goes on without.
    return `the cache cannot be used (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}: ${files.dir})`;
  }
}

function schedule(root: string, files: CacheFiles, env: NodeJS.ProcessEnv): string {
  if (!existsSync(join(root, "dist", "snapshot", "bundle.json"))) return "this package has no snapshot bundle (dist/snapshot)";
  // A failed build is tried again a day later (it may have failed only because the machine was too busy).
  const failedAt = statSync(files.failed, { throwIfNoEntry: false })?.mtimeMs;
  if (failedAt !== undefined && Date.now() - failedAt > RETRY_FAILED_MS) rmSync(files.failed, { force: true });
  else if (failedAt !== undefined) {
    let why = "";
    try {
      why = readFileSync(files.failed, "utf8").trim();
    } catch {}
    return `building it failed before (${why}); delete ${files.failed} to try again`;
  }
  let lock: number;
  try {
    mkdirSync(files.dir, { recursive: true });
    lock = takeLock(files.lock);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return "another newsx is building it";
    return `the cache cannot be written (${code ?? (error as Error).message}: ${files.dir})`;
  }
  try {
    writeSync(lock, `${process.pid}\n`);
    closeSync(lock);
    const child = spawn(process.execPath, [join(root, "dist", "cli", "snapshot-cache-build.js"), root, files.blob], {
      detached: true,
      stdio: "ignore",
      env,
    });
    child.on("error", () => rmSync(files.lock, { force: true }));
    child.unref();
  } catch (error) {
    rmSync(files.lock, { force: true });
    return `the build could not be started (${(error as Error).message})`;
  }
  return `building one in the background (${files.blob})`;
}

/** Creates the lock file (only one process can); takes over a lock left by a build that died. */
function takeLock(lock: string): number {
  try {
    return openSync(lock, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age < LOCK_STALE_MS) throw error;
    rmSync(lock, { force: true });
    return openSync(lock, "wx");
  }
}
