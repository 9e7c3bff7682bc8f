/**
 * Building a start-up snapshot from the bundle `npm run build` leaves in dist/snapshot/ (scripts/build-snapshot.js
 * makes it with esbuild, a dev dependency). Shared by the build (dist/newsx.blob, for a clone) and by the first
 * runs of a registry install, which get no blob from npm and build one into a per-user cache
 * (snapshot-cache.ts): `node --build-snapshot` on a bundle needs no esbuild and no install script.
 *
 * The bundle holds copies of compromise and the other packages it was made from. A blob is therefore built only
 * when every one of those files is installed here with the same bytes (dist/snapshot/bundle.json lists them
 * with their SHA-256); then the blob's record stamps the installed files (size and mtime), so that a later
 * change to any of them makes the blob stale, as for a clone (snapshot-record.ts).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { metaPath, type SnapshotMeta } from "./snapshot-record.js";

/** dist/snapshot/bundle.json: what the bundle was made from. */
export interface BundleManifest {
  /** The files bundled or read at build time, paths as in the repository that built it ("node_modules/x/y.js"). */
  inputs: { path: string; size: number; sha256: string }[];
  /** Files the bundled code reads while the snapshot is built, by the name it resolves (see require-shim.js). */
  readAtBuild: Record<string, string>;
}

export const bundleDir = (root: string): string => join(root, "dist", "snapshot");
export const manifestPath = (root: string): string => join(bundleDir(root), "bundle.json");

export const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/**
 * Where a recorded input is in this installation: a path inside the package as it is, a dependency
 * ("node_modules/a/node_modules/b/f.js") found as Node finds it, each package from the folder of the one
 * that needs it, looking up through node_modules folders (npm may have put it beside this package).
 */
export function locateInput(root: string, recorded: string): string | undefined {
  const parts = recorded.split("/");
  let base = root;
  let i = 0;
  while (parts[i] === "node_modules") {
    const nameLength = parts[i + 1]?.startsWith("@") ? 2 : 1;
    const name = parts.slice(i + 1, i + 1 + nameLength).join("/");
    const found = findPackage(base, name);
    if (!found) return undefined;
    base = found;
    i += 1 + nameLength;
  }
  const file = join(base, ...parts.slice(i));
  return existsSync(file) ? file : undefined;
}

function findPackage(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The installed files the bundle was made from, or why the bundle does not match this installation. */
export function installedInputs(root: string, manifest: BundleManifest): { files: string[]; resolved: Record<string, string> } | string {
  const files: string[] = [];
  for (const input of manifest.inputs) {
    const file = locateInput(root, input.path);
    if (!file) return `${input.path} is not installed`;
    if (statSync(file).size !== input.size || sha256(file) !== input.sha256) return `${input.path} is not the file the bundle was made from`;
    files.push(file);
  }
  const resolved: Record<string, string> = {};
  for (const [name, path] of Object.entries(manifest.readAtBuild)) {
    const file = locateInput(root, path);
    if (!file) return `${path} is not installed`;
    resolved[name] = file;
  }
  return { files, resolved };
}

export interface BlobBuild {
  root: string;
  bundle: string;
  blob: string;
  /** The record written beside the blob; the blob's own main function reads it (scripts/snapshot/entry.js). */
  record: string;
  /** How the record names the blob: relative to the package for a clone, absolute for a cached blob. */
  blobPath: string;
  /** Written last, once the blob has answered as the normal start does: what bin/newsx trusts. */
  stamp: { file: string; text: (blobSize: number) => string };
  /** Parsed once while the heap is built: the code it runs is compiled and compromise's lazily built model
   * made, in the heap, instead of at every start. */
  warmUp: string;
  /** The story the check runs through the blob and the normal start (the warm-up when not given). */
  check?: string;
  /** The files to stamp in the record (everything that went into the bundle, as installed here). */
  inputs: string[];
  resolved: Record<string, string>;
  timeoutMs: number;
}

/**
 * The environment of the build and of the check run. Without NODE_OPTIONS: V8 flags given there would be
 * recorded in the blob, which then refuses to start without them, and newsx never uses the blob when
 * NODE_OPTIONS is set anyway. Without NEWSX_NO_SWEEP: the blob is always built with the default post-tagger
 * loop (src/nlp/post-tagger-loop.ts), and is not used when that variable is set.
 */
export function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, NEWSX_NO_SWEEP: _sweep, NEWSX_NO_SNAPSHOT: _snapshot, ...clean } = env;
  return clean;
}

/**
 * Builds the blob (written under a temporary name, then renamed), writes its record, checks that a run through
 * it prints exactly what the normal start prints, and only then writes the stamp. Throws with a one-line reason
 * and leaves none of the three files when anything fails.
 */
export function buildBlob(build: BlobBuild): void {
  const { root, blob, record, stamp } = build;
  const tmp = `${blob}.${process.pid}.tmp`;
  const env = cleanEnv(process.env);
  try {
    const result = spawnSync(process.execPath, ["--snapshot-blob", tmp, "--build-snapshot", build.bundle], {
      cwd: root,
      env: {
        ...env,
        NEWSX_SNAPSHOT_WARM_UP: build.warmUp,
        // A clone's blob finds its record from the package folder it is started with (it may be copied or moved
        // with the package); a cached blob is told where its record is.
        NEWSX_SNAPSHOT_RECORD: record === metaPath(root) ? "" : record,
        NEWSX_SNAPSHOT_RESOLVED: JSON.stringify(build.resolved),
      },
      encoding: "utf8",
      timeout: build.timeoutMs,
    });
    if (result.error) throw new Error(`node --build-snapshot failed: ${result.error.message}`);
    if (result.status !== 0 || !existsSync(tmp)) {
      throw new Error(`node --build-snapshot exited ${result.status}: ${(result.stderr || "").trim().split("\n").slice(-3).join(" | ")}`);
    }
    renameSync(tmp, blob);
    const stampOf = (file: string, path: string) => ({ path, size: statSync(file).size, mtimeMs: statSync(file).mtimeMs });
    const meta: SnapshotMeta = {
      node: process.version,
      arch: process.arch,
      platform: process.platform,
      blob: stampOf(blob, build.blobPath),
      inputs: build.inputs.map((file) => stampOf(file, relative(root, file))),
    };
    writeAtomically(record, JSON.stringify(meta, null, 1) + "\n");
    // After the record is written: a process started from the blob checks it first (and would otherwise run
    // the normal path, which this check must tell apart).
    verify(build, env);
    writeAtomically(stamp.file, stamp.text(meta.blob.size));
  } catch (error) {
    for (const file of [tmp, blob, record, stamp.file]) rmSync(file, { force: true });
    throw error;
  }
}

/** Written under a temporary name and renamed: a reader sees the old file or the new one, never half of one. */
export function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The blob must answer exactly as the normal start does, on a command that uses compromise. */
function verify(build: BlobBuild, env: NodeJS.ProcessEnv): void {
  // --debug: a blob that would not run its own heap says so on stderr, which must be empty as normally.
  const args = ["quotes", "--json", "--debug", build.check ?? build.warmUp];
  const options = { env: { ...env, NO_COLOR: "1" }, encoding: "utf8" as const, timeout: build.timeoutMs };
  const normal = spawnSync(process.execPath, [join(build.root, "bin/newsx.js"), ...args], { ...options, env: { ...options.env, NEWSX_NO_SNAPSHOT: "1" } });
  const snap = spawnSync(process.execPath, ["--snapshot-blob", build.blob, "--", build.root, ...args], options);
  if (snap.error || snap.status !== normal.status || snap.stdout !== normal.stdout || snap.stderr !== normal.stderr) {
    throw new Error(`a run through the snapshot differs from the normal one (exit ${snap.status} vs ${normal.status}${snap.stderr ? `: ${snap.stderr.trim().split("\n")[0]}` : ""})`);
  }
}
