/**
 * The background process that builds a registry install's start-up snapshot into the per-user cache
 * (snapshot-cache.ts starts it, detached, holding the lock):
 *
 *   node dist/cli/snapshot-cache-build.js <package folder> <blob path>
 *
 * It runs at low priority, prints nothing, and leaves either a usable blob (with its record and `.ok`) or a
 * `.failed` file saying why; the lock is removed either way.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import { join } from "node:path";
import { buildBlob, bundleDir, installedInputs, manifestPath, type BundleManifest } from "./snapshot-build.js";
import { okText } from "./snapshot-cache.js";

/** A build on a loaded machine may take a minute; one that takes longer is given up. */
const TIMEOUT_MS = 300_000;

/** Builds the cached blob; returns why it could not, or undefined. Throws nothing. */
export function buildCachedBlob(root: string, blob: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(root), "utf8")) as BundleManifest;
    const installed = installedInputs(root, manifest);
    if (typeof installed === "string") return `the snapshot bundle does not match what is installed: ${installed}`;
    buildBlob({
      root,
      bundle: join(bundleDir(root), "bundle.cjs"),
      blob,
      record: `${blob}.json`,
      blobPath: blob,
      stamp: { file: `${blob}.ok`, text: okText },
      warmUp: join(bundleDir(root), "warm-up.txt"),
      inputs: installed.files,
      resolved: installed.resolved,
      timeoutMs: TIMEOUT_MS,
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const [root, blob] = process.argv.slice(2);
if (root && blob && process.argv[1]?.endsWith("snapshot-cache-build.js")) {
  try {
    setPriority(19);
  } catch {}
  try {
    const failure = buildCachedBlob(root, blob);
    if (failure) writeFileSync(`${blob}.failed`, `${failure}\n`);
  } catch {
    // Nothing to tell and no one to tell it to: the next run starts the normal way and says so under --debug.
  } finally {
    rmSync(`${blob}.lock`, { force: true });
  }
}
