/**
 * Starting newsx from its V8 startup snapshot (dist/newsx.blob, built by scripts/build-snapshot.js): a heap in
 * which the CLI, compromise and the news lexicon are already loaded, which saves most of a cold start.
 *
 * A blob can only be used when a process starts (`node --snapshot-blob`). bin/newsx, the shell launcher npm
 * installs, starts Node with it directly; bin/newsx.js (`node bin/newsx.js`, or where there is no POSIX
 * shell) re-launches Node with it, stdio inherited: stdin, TTY detection, colour, `| head` and exit codes all
 * happen in the child exactly as they would in this process. The child also gets a lifeline (src/cli/lifeline.ts)
 * so that it ends with this process, even when this one is killed with SIGKILL. Whenever the blob might not match what is installed, newsx starts
 * the normal way instead, silently (with a note under --debug): the snapshot is only ever an optimisation.
 *
 * This module is loaded by every run, before anything else: it imports builtins only and does little work.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, rmSync } from "node:fs";
import type { Socket } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { commandOf } from "./argv.js";
import { LIFELINE_ENV, LIFELINE_FD } from "./lifeline.js";
import { cleanEnv } from "./snapshot-build.js";
import { cachedBlobProblem, cacheFiles, scheduleCacheBuild, type CacheFiles } from "./snapshot-cache.js";
import { metaPath, readSnapshotMeta, staleInput } from "./snapshot-record.js";

export type { SnapshotMeta } from "./snapshot-record.js";

export interface LaunchContext {
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Options given to Node itself (`node --foo bin/newsx.js`). */
  execArgv: readonly string[];
}

/** The package folder: this file is dist/cli/launch.js. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const blobPath = (root: string): string => join(root, "dist", "newsx.blob");

/**
 * The commands that load compromise, for which the relaunch pays. Here the snapshot costs a second Node
 * start (~0.14 s) on top of restoring its heap (~0.13 s), about what `meta`, `paragraphs`, `--help` or
 * `--version` need in all: from bin/newsx.js those start the normal way. (bin/newsx, which starts Node from
 * the blob directly, uses it for every command.) test/snapshot.test.ts checks this list against the depths.
 */
export const SNAPSHOT_COMMANDS: readonly string[] = ["quotes", "entities", "extract", "show"];

/** The command word of a command line (options before it and their values skipped), if any. */
export { commandOf } from "./argv.js";

/** Why the package's own snapshot (dist/newsx.blob) cannot be used here, or undefined when it can. */
export function snapshotProblem(ctx: LaunchContext): string | undefined {
  return launchProblem(ctx) ?? blobProblem(ctx.root);
}

/** Why no snapshot at all can be used in this process (its environment and options), or undefined. */
function launchProblem({ env, execArgv }: LaunchContext): string | undefined {
  if (env.NEWSX_NO_SNAPSHOT && env.NEWSX_NO_SNAPSHOT !== "0") return "NEWSX_NO_SNAPSHOT is set";
  // The blob's compromise was set up with newsx's own post-tagger loop when it was built.
  if (env.NEWSX_NO_SWEEP && env.NEWSX_NO_SWEEP !== "0") return "NEWSX_NO_SWEEP is set";
  // The blob refuses to start under V8 flags other than those it was built with, and Node's own options
  // would have to be passed on: in either case the normal start is the safe one.
  if (execArgv.length > 0) return `node was started with options (${execArgv.join(" ")})`;
  if (env.NODE_OPTIONS) return "NODE_OPTIONS is set";
  return undefined;
}

/** Why dist/newsx.blob cannot be used, or undefined when it can. */
function blobProblem(root: string): string | undefined {
  const meta = readSnapshotMeta(root);
  if (typeof meta === "string") return meta;
  if (meta.node !== process.version || meta.arch !== process.arch || meta.platform !== process.platform) {
    return `the snapshot was built for Node ${meta.node} (${meta.platform}-${meta.arch}), this is ${process.version}`;
  }
  const stale = staleInput(root, meta);
  if (stale) return stale;
  try {
    // Installed by another user with a strict umask: Node would fail to read it after the relaunch.
    accessSync(blobPath(root), constants.R_OK);
  } catch {
    return "dist/newsx.blob is not readable";
  }
  return undefined;
}

/**
 * Node's exit code when it cannot load a startup snapshot (a blob that does not fit this Node after all). The
 * process has then run none of newsx and read nothing, so the normal start can still take over; newsx's own
 * exit codes stop at 4 (src/cli/exit.ts).
 */
const SNAPSHOT_LOAD_FAILED = 14;

/** Signals a user or a supervisor sends to end newsx: passed on to the child, which then ends the same way. */
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const;

/**
 * The blob to start from: the package's own (dist/newsx.blob, built by `npm run build` in a clone), or, in an
 * install that has none (from the registry), the one in the per-user cache (snapshot-cache.ts), whose build
 * is started in the background when there is none yet. Else why there is none, for --debug.
 */
export function chooseBlob(ctx: LaunchContext): { blob: string; cached: CacheFiles | undefined } | { problem: string } {
  const refused = launchProblem(ctx);
  if (refused) return { problem: refused };
  const problem = blobProblem(ctx.root);
  if (!problem) return { blob: blobPath(ctx.root), cached: undefined };
  // A clone (or any install with a record of its own blob) never uses the cache: `npm run build` remakes its blob.
  if (existsSync(metaPath(ctx.root))) return { problem };
  const files = cacheFiles(ctx.root, ctx.env);
  if (!files) return { problem: `${problem}, and there is no cache folder (set HOME or XDG_CACHE_HOME)` };
  const cachedProblem = cachedBlobProblem(ctx.root, files);
  if (!cachedProblem) return { blob: files.blob, cached: files };
  return { problem: `${cachedProblem}; ${scheduleCacheBuild(ctx.root, files, cleanEnv({ ...ctx.env }))}` };
}

/**
 * Runs newsx from the snapshot in a child process when it can be used, and returns true; returns false when
 * it cannot (the caller then runs the normal way). `normal` is also called if the child cannot be started.
 */
export function startFromSnapshot(argv: readonly string[], normal: () => unknown, context?: Partial<LaunchContext>): boolean {
  const ctx: LaunchContext = { root: PACKAGE_ROOT, env: process.env, execArgv: process.execArgv, ...context };
  // Not worth it for this command: no note, nothing is wrong.
  if (!SNAPSHOT_COMMANDS.includes(commandOf(argv) ?? "")) return false;
  const chosen = chooseBlob(ctx);
  if ("problem" in chosen) {
    if (argv.includes("--debug") && !ctx.env.NEWSX_NO_SNAPSHOT) process.stderr.write(`newsx: starting without the snapshot: ${chosen.problem}\n`);
    return false;
  }
  const child = spawn(process.execPath, ["--snapshot-blob", chosen.blob, "--", ctx.root, ...argv], {
    stdio: ["inherit", "inherit", "inherit", "pipe"],
    env: { ...process.env, [LIFELINE_ENV]: String(LIFELINE_FD) },
  });
  // This end of the lifeline stays open, unread, for as long as this process lives (exitWithParent).
  const lifeline = child.stdio[LIFELINE_FD] as Socket | null;
  lifeline?.unref();
  const forward = (signal: NodeJS.Signals) => () => {
    // A terminal's Ctrl-C reaches both processes; the child may already be gone.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  child.on("error", (error) => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    lifeline?.destroy();
    // Not started at all (no process, too many processes): nothing was read or written yet.
    if (child.pid === undefined) {
      if (argv.includes("--debug")) process.stderr.write(`newsx: starting without the snapshot: ${error.message}\n`);
      normal();
    }
  });
  child.on("exit", (code, signal) => {
    for (const [sig, handler] of handlers) process.off(sig, handler);
    lifeline?.destroy();
    if (signal) {
      // End this process by the same signal, so that the shell sees what the user would without the relaunch.
      process.kill(process.pid, signal);
      return;
    }
    if (code === SNAPSHOT_LOAD_FAILED) {
      if (argv.includes("--debug")) process.stderr.write("newsx: the snapshot would not load; starting without it\n");
      // A cached blob that Node refuses is removed, and built again by a later run.
      if (chosen.cached) for (const file of [chosen.cached.ok, chosen.cached.blob]) rmSync(file, { force: true });
      normal();
      return;
    }
    process.exitCode = code ?? 1;
  });
  return true;
}
