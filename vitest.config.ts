import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'bench/**/*.test.ts'],
    // Integration and end-to-end tests spawn real git and npm; give them room on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
