// Temporary repositories for one test file, each removed after the test that made it.
import { afterEach } from 'vitest';
import { createTempRepo, type TempRepo } from './git-repo.js';

/** What a test makes and must remove again: a repository of any of the helpers, a mount... */
export interface Removable {
  cleanup(): void;
}

/**
 * `make` whose results are removed (`cleanup()`) after the test that made them, in the reverse
 * order they were made. Call it once at the top level of a test file (it registers the
 * afterEach there): `const repository = removedAfterEachTest(createFlagRepo);`.
 */
export function removedAfterEachTest<Args extends unknown[], Made extends Removable>(make: (...args: Args) => Made): (...args: Args) => Made {
  const made: Made[] = [];
  afterEach(() => {
    for (const thing of made.splice(0).reverse()) thing.cleanup();
  });
  return (...args) => {
    const thing = make(...args);
    made.push(thing);
    return thing;
  };
}

/**
 * A createTempRepo whose repositories are removed after each test. Call it once at the top
 * level of a test file (it registers the afterEach there).
 */
export function tempReposPerTest(): (options?: Parameters<typeof createTempRepo>[0]) => TempRepo {
  return removedAfterEachTest(createTempRepo);
}
