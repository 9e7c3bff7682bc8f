/**
 * `npm run test:quick`: the in-process suite, for the edit-test loop. Leaves out the tests that start processes
 * (bin/newsx, the snapshot, GNU parallel, sshd, a browser, an installed tarball), which `npm test` runs; the
 * few spawned checks inside in-process files skip under NEWSX_TEST_QUICK.
 */
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export const SLOW_FILES = [
  "test/snapshot.test.ts",
  "test/spawn.test.ts",
  "test/show-browser.test.ts",
  "test/parallel.test.ts",
  "test/ssh.test.ts",
  "test/tarball.test.ts",
  "test/snapshot-cache.test.ts",
  // Real out-of-memory, stack and deadline poison in worker threads: tens of seconds by nature.
  "test/isolation.test.ts",
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...SLOW_FILES],
      env: { NEWSX_TEST_QUICK: "1" },
    },
  }),
);
