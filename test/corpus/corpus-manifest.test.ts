import { describe, expect, it } from 'vitest';
import { deriveLifecycleSets, deriveRecallRegistry, listDiffAddedLines, locateLine, removeLines } from './corpus-manifest.js';
import type { ExpectedReference } from './score-references.js';

const ref = (flag: string | null, kind: ExpectedReference['kind']): ExpectedReference => ({ file: 'a.ts', line: 1, flag, kind, shape: 'single', preset: 'x', text: '' });

describe('corpus derivations', () => {
  const registry = {
    flags: [
      { key: 'on', status: 'active' as const },
      { key: 'old', status: 'deprecated' as const },
      { key: 'gone', status: 'archived' as const },
      { key: 'due', status: 'active' as const, expires: '2024-01-31' },
      { key: 'later', status: 'active' as const, expires: '2099-12-31' },
    ],
  };

  it('derives the lifecycle sets from evaluated references only, expiry by date', () => {
    const references = [ref('on', 'call'), ref('old', 'jsx'), ref('gone', 'comment'), ref('due', 'env'), ref('later', 'call'), ref('nope', 'call'), ref('ghost', 'comment'), ref(null, 'dynamic')];
    expect(deriveLifecycleSets(references, registry, '2026-12-07')).toEqual({ unknown: ['nope'], archived: [], deprecated: ['old'], expired: ['due'] });
    expect(deriveLifecycleSets(references, registry, '2024-01-31').expired).toEqual([]);
  });

  it('makes every active flag deprecated for the recall run, and leaves the others', () => {
    expect(deriveRecallRegistry(registry).flags.map((flag) => flag.status)).toEqual(['deprecated', 'deprecated', 'archived', 'deprecated', 'deprecated']);
  });

  it('removes 1-based lines for the base version and locates a line by its text', () => {
    expect(removeLines('a\nb\nc\nd\n', new Set([2, 4]))).toBe('a\nc\n');
    expect(locateLine('x\nneedle here\ny', 'needle')).toBe(2);
    expect(locateLine('needle\nneedle', 'needle')).toBeUndefined();
  });

  it.each([
    ['a line inserted', 'a\nb\nc', 'a\nx\nb\nc', [2]],
    ['a line changed', 'a\nb\nc', 'a\nB\nc', [2]],
    ['a line removed', 'a\nb\nc', 'a\nc', []],
    ['a call reflowed over lines', 'f(\n  k,\n)\nz', 'f(k)\nz', [1]],
  ])('lists the lines a diff from a committed base adds: %s', (_, base, post, added) => {
    expect([...listDiffAddedLines(base, post)].sort((a, b) => a - b)).toEqual(added);
  });
});
