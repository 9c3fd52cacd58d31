// A vitest setup file (vitest.config.ts): after each test file, the temporary repositories its tests
// made and did not clean up are removed (git-repo.ts keeps their list).
import { afterAll } from 'vitest';
import { removeOpenRepos } from './git-repo.js';

afterAll(() => {
  removeOpenRepos();
});
