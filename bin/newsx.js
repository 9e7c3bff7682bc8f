#!/usr/bin/env node
// The portable start (`node bin/newsx.js`; npm's `newsx` is the shell launcher bin/newsx, which comes here when
// it cannot vouch for the snapshot). Runs the compiled CLI: from the V8 startup snapshot when there is a
// usable one (see src/cli/launch.ts), else by loading dist/cli/main.js. Everything else lives in src/cli.
import { startFromSnapshot } from "../dist/cli/launch.js";

const normal = () => import("../dist/cli/main.js").then(({ run }) => run());
if (!startFromSnapshot(process.argv.slice(2), normal)) await normal();
