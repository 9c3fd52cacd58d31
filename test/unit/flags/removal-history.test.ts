import { describe, expect, it } from 'vitest';
import { compilePickaxe, findLastRemovals } from '../../../src/core/flags/removal-history.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const commit = (id: string, date: string, ...files: [path: string, lines: string[]][]): string =>
  `\0${id} ${date}\n\n${files.map(([path, lines]) => `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n${lines.join('\n')}`).join('\n')}\n`;

describe('findLastRemovals', () => {
  it('gives each key the newest commit whose diff removed more mentions than it added', () => {
    const log = [
      commit(A, '2026-03-01', ['src/a.ts', ["-ld.variation('beta-search')"]]),
      // Moved from one file to another: not a removal.
      commit(B, '2026-02-01', ['src/a.ts', ["+ld.variation('beta-search')", "-ld.variation('dark-mode')"]], ['src/b.ts', ["-ld.variation('beta-search')"]]),
      commit(C, '2026-01-01', ['src/c.ts', ["-ld.variation('dark-mode')", "-ld.variation('beta-search')"]]),
    ].join('');
    expect(Object.fromEntries(findLastRemovals(log, ['beta-search', 'dark-mode', 'never'], new Set()))).toEqual({
      'beta-search': { commit: A, date: '2026-03-01' },
      'dark-mode': { commit: B, date: '2026-02-01' },
    });
  });

  it('ignores the registries and a key inside a longer key', () => {
    const log = commit(A, '2026-03-01', ['flags.json', ['-  { "key": "beta-search" }']], ['src/a.ts', ["-ld.variation('beta-search-2')", "-ld.variation('x.beta-search')"]]);
    expect(findLastRemovals(log, ['beta-search'], new Set(['flags.json'])).size).toBe(0);
  });

  it('quotes keys for git\'s extended regular expressions', () => {
    expect(compilePickaxe(['a.b', 'c+d', 'plain'])).toBe('a\\.b|c\\+d|plain');
  });
});
