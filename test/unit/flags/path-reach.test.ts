import { describe, expect, it } from 'vitest';
import { compilePathFilter } from '../../../src/hooks/flag-check.js';
import { isEveryFileExcluded } from '../../../src/core/flags/path-reach.js';

const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/dist/**', '**/*.min.js', '**/package-lock.json', '**/yarn.lock', '**/pnpm-lock.yaml'];

describe('isEveryFileExcluded', () => {
  it.each([
    ['the defaults', ['**'], DEFAULT_EXCLUDE, false],
    ['exclude everything', ['**'], ['**'], true],
    ['exclude every file below the top', ['**'], ['**/*'], true],
    ['include nothing', [], DEFAULT_EXCLUDE, true],
    ['include one package of a monorepo', ['packages/web/**'], DEFAULT_EXCLUDE, false],
    ['include only Kotlin under src', ['src/**/*.kt'], [], false],
    ['include TS and TSX by braces', ['web/**/*.{ts,tsx}'], [], false],
    ['include only Go', ['**/*.go'], [], false],
    ['include one file by name', ['Makefile'], [], false],
    ['include a folder the exclude removes', ['src/**'], ['src/**'], true],
  ])('%s', (_name, include, exclude, expected) => {
    expect(isEveryFileExcluded(compilePathFilter({ include, exclude }), include)).toBe(expected);
  });
});
