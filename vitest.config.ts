import { readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // As scripts/build.mjs does: code under test and the built CLI it runs share caches only when
  // they agree on the version (caches written by another version are never trusted).
  define: { __PROVE_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'bench/**/*.test.ts'],
    // The corpora's repositories are scanned, not run: their own test files are sample code.
    exclude: [...configDefaults.exclude, 'test/corpus/*/repo/**', 'test/corpus/*/base/**'],
    // Integration and end-to-end tests spawn real git and npm; give them room on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Temporary repositories a test file left behind are removed after it (test/helpers/close-temp-repos.ts).
    setupFiles: ['test/helpers/close-temp-repos.ts'],
  },
});
