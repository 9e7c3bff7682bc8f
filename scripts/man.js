#!/usr/bin/env node
/**
 * Writes man/newsx.1 from the help text of the built CLI (dist/): `npm run man`. The page is committed and
 * shipped; test/cli-polish.test.ts fails when it no longer matches the help text, so a changed option or
 * example is one `npm run man` away from its page.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { Writable } from "node:stream";
import { newsxProgram } from "../dist/cli/main.js";
import { manPage } from "../dist/cli/man.js";
import { version } from "../dist/cli/program.js";

const discard = new Writable({ write: (_chunk, _encoding, callback) => callback() });
const io = { stdin: () => process.stdin, stdout: discard, stderr: discard, stdinIsTTY: false, stdoutIsTTY: false, env: {} };
const target = new URL("../man/newsx.1", import.meta.url);
mkdirSync(new URL("../man/", import.meta.url), { recursive: true });
writeFileSync(target, manPage(newsxProgram(io, () => {}), version()));
console.log(`wrote ${target.pathname}`);
