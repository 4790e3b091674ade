import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests. DOM test files choose happy-dom with a `@vitest-environment` comment.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // The JSON report feeds the pass/fail count that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/unit.json' },
  },
});
