import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    // One line per optional part (gold data, PostgreSQL, Chromium) that is missing: what is skipped, how to turn it on.
    globalSetup: ['test/helpers/announce-skips.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
