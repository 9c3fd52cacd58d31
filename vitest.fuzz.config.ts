import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the high-run-count property tests over every parser (test/fuzz/*.fuzz.ts).
// Not part of `npm test`; FUZZ_RUNS sets the runs per property (default 20,000).
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    globalSetup: ['test/fuzz/global-setup.ts'],
    testTimeout: 30 * 60_000,
    pool: 'forks',
  },
});
