/**
 * Runs a TypeScript module of scripts/ that imports the library's sources (src/) against the built library
 * (dist/) instead: esbuild compiles it into one temporary file whose imports of src/ point at the same files in
 * dist/, so it shares their module instances (compromise's lexicon included) with everything the script loads
 * from dist/. Such a module stays type-checked against src/ by `npm run lint` and its tests run on src/, but it
 * is no part of dist/ or the package.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(repo, "src");
const DIST = join(repo, "dist");

/** The exports of `file` (a .ts path) with its src/ imports served from dist/. */
export async function importAgainstDist(file) {
  const { build } = await import("esbuild");
  const dir = mkdtempSync(join(tmpdir(), "newsx-against-dist-"));
  const outfile = join(dir, "module.mjs");
  try {
    await build({
      entryPoints: [file], outfile, bundle: true, format: "esm", platform: "node", target: "node20", packages: "external", logLevel: "error",
      plugins: [{
        name: "src-to-dist",
        setup(b) {
          b.onResolve({ filter: /^\./ }, (args) => {
            const path = resolve(args.resolveDir, args.path);
            const inSrc = relative(SRC, path);
            if (inSrc.startsWith("..")) return undefined;
            return { path: pathToFileURL(join(DIST, inSrc.replace(/\.ts$/u, ".js"))).href, external: true };
          });
        },
      }],
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
