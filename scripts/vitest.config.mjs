import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.mjs"],
    exclude: ["**/node_modules/**"],
    // Most of these files wait on other processes (Chromium, npm, tsc, Prism mocks, the generator), so they run side
    // by side: vitest's default on a 2-core machine is one worker, which ran them one after another (minutes).
    // Four workers keep both cores busy while one file waits; not more, so the CPU-bound files are not starved.
    maxWorkers: 4,
    // Generous for a shared 2-core machine where these files now run side by side; each heavy test sets its own.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
