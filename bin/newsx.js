#!/usr/bin/env node
// Run the compiled CLI: from the V8 startup snapshot when there is a usable one (see src/cli/launch.ts), else
// by loading dist/cli/main.js. Everything else lives in src/cli.
import { startFromSnapshot } from "../dist/cli/launch.js";

const normal = () => import("../dist/cli/main.js").then(({ run }) => run());
if (!startFromSnapshot(process.argv.slice(2), normal)) await normal();
