/**
 * Injected into the snapshot bundle (scripts/build-snapshot.js) in place of `createRequire(import.meta.url)`:
 * the compiled code loads these packages that way (compromise's one-file build; the others on first use).
 * Literal require() calls let esbuild put them in the bundle; each is still evaluated only when first asked for.
 * A package missing here fails loudly at run time, and the build's check run would catch it.
 */
// `require.resolve` for the files the bundle reads while the snapshot is built (src/nlp/common-words.ts reads
// its word lists as files): the paths are resolved where the blob is built (src/cli/snapshot-build.ts, from
// dist/snapshot/bundle.json) and given in NEWSX_SNAPSHOT_RESOLVED. They are not needed once the process runs
// from the blob, where those files have long been read.
__newsxRequire.resolve = (name) => {
  const path = JSON.parse(process.env.NEWSX_SNAPSHOT_RESOLVED || "{}")[name];
  if (!path) throw new Error(`newsx snapshot: ${name} was not resolved where the blob was built (src/cli/snapshot-build.ts)`);
  return path;
};

export function __newsxRequire(name) {
  switch (name) {
    case "compromise":
      return require("compromise");
    case "cli-table3":
      return require("cli-table3");
    case "iconv-lite":
      return require("iconv-lite");
    case "chardet":
      return require("chardet");
  }
  throw new Error(`newsx snapshot: ${name} is not in the bundle (scripts/snapshot/require-shim.js)`);
}
