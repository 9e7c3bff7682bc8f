#!/usr/bin/env node
/**
 * Empties dist/ before `npm run build` compiles into it: tsc only ever adds and overwrites, so a source file
 * that was renamed or deleted would leave its old .js behind, still importable (and bundled into the snapshot
 * if anything still named it). Everything in dist/ is made by the build itself (tsc, then
 * scripts/build-snapshot.js, which rebuilds the snapshot every time anyway), so nothing is lost.
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

rmSync(fileURLToPath(new URL("../dist", import.meta.url)), { recursive: true, force: true });
