/**
 * The entry of newsx's V8 startup snapshot. scripts/build-snapshot.js bundles this file with esbuild (CommonJS:
 * Node 20 builds a snapshot from a script, not from ES modules) and runs the bundle under
 * `node --build-snapshot`. Whatever it evaluates is saved in the heap: the CLI, compromise with newsx's
 * lexicon plugin, and the lazily built parts of compromise's model, made by one parse of a story. A process
 * started from the blob skips all of that and runs the function given to setDeserializeMainFunction.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import { staleSnapshotProblem } from "../../dist/cli/snapshot-record.js";
import { cleanEnv } from "../../dist/cli/snapshot-build.js";
import { cacheFiles, scheduleCacheBuild } from "../../dist/cli/snapshot-cache.js";
import { run } from "../../dist/cli/main.js";
import { extract } from "../../dist/index.js";

// One parse at build time: compromise builds parts of its model on first use, and they are then part of the
// heap instead of work done on every start. Regular expressions run during it must stay in V8's bytecode
// interpreter: their native code cannot be saved (the serializer aborts). The flags are set back just before
// the heap is saved, because the blob records V8's flags and refuses to start under different ones (the
// implied --no-regexp-tier-up included); at run time the expressions are compiled to native code as usual.
const warmUp = process.env.NEWSX_SNAPSHOT_WARM_UP;
if (warmUp) {
  v8.setFlagsFromString("--regexp-interpret-all --no-regexp-tier-up");
  extract(readFileSync(warmUp, "utf8"));
  v8.startupSnapshot.addSerializeCallback(() => v8.setFlagsFromString("--no-regexp-interpret-all --regexp-tier-up"));
}

// The record the blob checks itself against: for a registry install's blob, the one beside it in the cache
// (src/cli/snapshot-cache.ts), read while the heap is built and so part of the blob; for a clone's, unset:
// dist/newsx.blob.json of the package folder it is started with.
const record = process.env.NEWSX_SNAPSHOT_RECORD || undefined;
const cached = record !== undefined;

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // bin/newsx and bin/newsx.js start `node --snapshot-blob <blob> -- <package root> <user arguments...>`.
  const [root, ...argv] = process.argv.slice(1);
  process.argv = [process.argv[0], `${root}/bin/newsx.js`, ...argv];
  // This heap is newsx as it was built. If dist/ or a dependency has changed since, run what is installed
  // now, in this process (Node 20.19+ can require() an ES module): output must never depend on the blob.
  const stale = staleSnapshotProblem(root, record);
  if (stale) {
    // bin/newsx starts a cached blob without asking anything else, so the blob has its rebuild started itself.
    const files = cached ? cacheFiles(root, process.env) : undefined;
    const rebuild = files ? `; ${scheduleCacheBuild(root, files, cleanEnv(process.env))}` : "";
    if (argv.includes("--debug")) process.stderr.write(`newsx: starting without the snapshot: ${stale}${rebuild}\n`);
    createRequire(join(root, "package.json"))(join(root, "dist/cli/main.js")).run(argv);
    return;
  }
  // The bundled modules find package.json and the batch worker (dist/cli/worker.js) from import.meta.url,
  // which the bundle reads from this global; it must name the installed package, not the build folder.
  globalThis.__newsxMetaUrl = pathToFileURL(`${root}/dist/cli/main.js`).href;
  run(argv);
});
