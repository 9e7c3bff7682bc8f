/**
 * dist/newsx.blob.json, the record scripts/build-snapshot.js writes beside the start-up snapshot, and the
 * check that nothing the blob was built from has changed since. Kept apart from launch.ts because the
 * snapshot's own main function runs it too (scripts/snapshot/entry.js), and a module evaluated while the
 * snapshot is built must not read import.meta.
 */
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** What scripts/build-snapshot.js records next to the blob (dist/newsx.blob.json). */
export interface SnapshotMeta {
  node: string;
  arch: string;
  platform: string;
  /** The blob itself as written (another file put in its place is not used); the path may be absolute (a cached blob). */
  blob: { path: string; size: number; mtimeMs: number };
  /** Every file that went into the bundle, as it was when the blob was built (paths relative to the package,
   * "../compromise/..." for a dependency npm installed beside it). */
  inputs: { path: string; size: number; mtimeMs: number }[];
}

export const metaPath = (root: string): string => join(root, "dist", "newsx.blob.json");

/**
 * Why a process that did start from the blob should not run it: the blob, or anything that went into it, has
 * changed since it was built (a rebuilt dist/, an updated dependency). bin/newsx (the shell launcher) checks
 * only what Node itself would refuse, so the snapshot's main function asks this first.
 */
export function staleSnapshotProblem(root: string, record = metaPath(root)): string | undefined {
  const meta = readSnapshotMeta(root, record);
  return typeof meta === "string" ? meta : staleInput(root, meta);
}

/** dist/newsx.blob.json, or why it cannot be had. */
export function readSnapshotMeta(root: string, record = metaPath(root)): SnapshotMeta | string {
  try {
    return JSON.parse(readFileSync(record, "utf8")) as SnapshotMeta;
  } catch {
    return "there is no snapshot (dist/newsx.blob.json); `npm run build` makes one";
  }
}

/** Which recorded file (the blob, or anything bundled into it) is no longer as it was when the blob was built. */
export function staleInput(root: string, meta: SnapshotMeta): string | undefined {
  try {
    for (const input of [meta.blob, ...meta.inputs]) {
      const now = statSync(resolve(root, input.path), { throwIfNoEntry: false });
      if (!now || now.size !== input.size || now.mtimeMs !== input.mtimeMs) return `the snapshot is stale (${input.path} changed)`;
    }
  } catch {
    return "dist/newsx.blob.json is not a snapshot record this newsx understands";
  }
  return undefined;
}
