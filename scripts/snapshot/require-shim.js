/**
 * Injected into the snapshot bundle (scripts/build-snapshot.js) in place of `createRequire(import.meta.url)`:
 * the compiled code loads these packages that way (compromise's one-file build; the others on first use).
 * Literal require() calls let esbuild put them in the bundle; each is still evaluated only when first asked for.
 * A package missing here fails loudly at run time, and the build's check run would catch it.
 */
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
