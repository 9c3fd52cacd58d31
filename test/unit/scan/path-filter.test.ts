import { describe, expect, it } from 'vitest';
import { compilePathFilter } from '../../../src/hooks/flag-check.js';

describe('compilePathFilter', () => {
  const filter = compilePathFilter({ include: ['**'], exclude: ['**/node_modules/**', '**/*.min.js', 'generated/**'] });
  it.each([
    ['src/a.ts', true],
    ['.github/workflows/ci.yml', true],
    ['line\nbreak.ts', true],
    ['a/node_modules/b/c.js', false],
    ['node_modules/b.js', false],
    ['lib/x.min.js', false],
    ['generated/out.ts', false],
    ['src/generated/out.ts', true],
  ])('%j is scanned: %s', (path, expected) => {
    expect(filter(path)).toBe(expected);
  });

  it('scans only what include names', () => {
    const only = compilePathFilter({ include: ['src/**/*.{ts,tsx}'], exclude: [] });
    expect([only('src/a.ts'), only('src/b/c.tsx'), only('test/a.ts'), only('src/a.js')]).toEqual([true, true, false, false]);
  });
});
