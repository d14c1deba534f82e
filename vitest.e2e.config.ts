// The browser tests (tests/e2e): the production build served from dist/ and driven in headless Chromium.
// One file at a time in a single fork (one browser and one server share the two cores), long timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
