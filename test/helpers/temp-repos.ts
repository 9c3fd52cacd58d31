// Temporary repositories for one test file, each removed after the test that made it.
import { afterEach } from 'vitest';
import { createTempRepo, type TempRepo } from './git-repo.js';

/**
 * A createTempRepo whose repositories are removed after each test. Call it once at the top
 * level of a test file (it registers the afterEach there).
 */
export function tempReposPerTest(): (options?: Parameters<typeof createTempRepo>[0]) => TempRepo {
  const made: TempRepo[] = [];
  afterEach(() => {
    for (const repo of made.splice(0)) repo.cleanup();
  });
  return (options) => {
    const repo = createTempRepo(options);
    made.push(repo);
    return repo;
  };
}
