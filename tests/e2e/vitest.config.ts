import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension loaded. One file at a time — each
// starts its own browser, and these machines have two cores.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // A real browser on a loaded 2-core machine: give polled assertions time before failing.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/e2e.json' },
  },
});
