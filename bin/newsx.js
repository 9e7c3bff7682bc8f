#!/usr/bin/env node
// Load the compiled CLI and run it; everything else lives in src/cli.
import { run } from "../dist/cli/main.js";
run();
