/**
 * The background process that builds a registry install's start-up snapshot into the per-user cache
 * (snapshot-cache.ts starts it, detached, holding the lock):
 *
 *   node dist/cli/snapshot-cache-build.js <package folder> <blob path>
 *
 * It runs at low priority, prints nothing, and leaves either a usable blob (with its record and `.ok`) or a
 * `.failed` file saying why; the lock is removed either way.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import { basename, dirname, join } from "node:path";
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

/**
 * Removes the blobs this package folder left under this Node for other newsx versions (an update in place):
 * nothing starts from them again. Blobs of other Node versions stay (nvm users switch back and forth).
 */
export function removeSuperseded(blob: string): void {
  const name = basename(blob);
  const match = /^(.+)-(v[^-]+)-(\d+)\.blob$/.exec(name);
  if (!match) return;
  const [, , node, key] = match;
  for (const file of readdirSync(dirname(blob))) {
    const other = /^(.+)-(v[^-]+)-(\d+)\.blob(\.json|\.ok|\.failed)?$/.exec(file);
    if (other && other[2] === node && other[3] === key && `${other[1]}-${other[2]}-${other[3]}.blob` !== name) rmSync(join(dirname(blob), file), { force: true });
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
    else removeSuperseded(blob);
  } catch {
    // Nothing to tell and no one to tell it to: the next run starts the normal way and says so under --debug.
  } finally {
    rmSync(`${blob}.lock`, { force: true });
  }
}
