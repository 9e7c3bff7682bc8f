import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Several tests run the real extractor over many generated stories or spawn the CLI; on a busy
    // 2-core machine they legitimately take tens of seconds. Time is measured by `npm run bench`, not here.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
