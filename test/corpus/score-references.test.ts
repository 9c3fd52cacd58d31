import { describe, expect, it } from 'vitest';
import {
  collectLifecycleSets,
  compareLifecycleSets,
  listAddedLines,
  readObservations,
  scoreReferences,
  type ExpectedReference,
  type ObservedReference,
} from './score-references.js';

const ref = (file: string, line: number, flag: string | null, kind: ExpectedReference['kind'], shape = 'single', preset = 'launchdarkly'): ExpectedReference => ({
  file,
  line,
  flag,
  kind,
  shape,
  preset,
  text: '',
});

const EXPECTED: ExpectedReference[] = [
  ref('a.ts', 3, 'fast-search', 'call'),
  ref('a.ts', 5, 'fast-search', 'alias-read', 'result-read'),
  ref('a.ts', 9, null, 'dynamic', 'dynamic'),
  ref('b.py', 2, 'dark_mode', 'call', 'wrapped', 'flagsmith'),
  ref('b.py', 7, 'legacy', 'comment', 'comment', 'flagsmith'),
];

describe('scoreReferences', () => {
  it('matches on file, line and flag, and a dynamic key on file and line', () => {
    const observed: ObservedReference[] = [
      { file: 'a.ts', line: 3, flag: 'fast-search', rule: 'flag-deprecated' },
      { file: 'a.ts', line: 9, flag: null, kind: 'dynamic', rule: 'flag-dynamic-key' },
      { file: 'b.py', line: 2, flag: 'dark_mode', rule: 'flag-deprecated' },
    ];
    const score = scoreReferences(EXPECTED, observed, { commentsObservable: false });
    expect(score).toMatchObject({ expected: 4, matched: 3, observed: 3, recall: 0.75, precision: 1 });
    expect(score.misses.map((miss) => `${miss.file}:${miss.line}`)).toEqual(['a.ts:5']);
    expect(score.byKind).toEqual({ call: { expected: 2, matched: 2 }, 'alias-read': { expected: 1, matched: 0 }, dynamic: { expected: 1, matched: 1 } });
    expect(score.byPreset).toEqual({ launchdarkly: { expected: 3, matched: 2 }, flagsmith: { expected: 1, matched: 1 } });
  });

  it.each([
    ['another line', { file: 'a.ts', line: 4, flag: 'fast-search' }],
    ['another flag on the line', { file: 'a.ts', line: 3, flag: 'fast-search-v2' }],
    ['another file', { file: 'c.ts', line: 3, flag: 'fast-search' }],
    ['a finding for a key in a comment', { file: 'b.py', line: 7, flag: 'legacy' }],
  ])('counts a report on %s as a false positive', (_, observation) => {
    const score = scoreReferences(EXPECTED, [observation], { commentsObservable: false });
    expect(score.falsePositives).toEqual([observation]);
    expect(score.precision).toBe(0);
  });

  it('counts the same flag reported twice on a line once', () => {
    const twice: ObservedReference[] = [
      { file: 'a.ts', line: 3, flag: 'fast-search', rule: 'flag-deprecated' },
      { file: 'a.ts', line: 3, flag: 'fast-search', rule: 'flag-expired' },
    ];
    expect(scoreReferences(EXPECTED, twice, { commentsObservable: false })).toMatchObject({ matched: 1, observed: 1, precision: 1 });
  });

  it('scores comment references only when the output can show them, and only as comments', () => {
    const asComment: ObservedReference = { file: 'b.py', line: 7, flag: 'legacy', kind: 'comment' };
    const asCall: ObservedReference = { file: 'b.py', line: 7, flag: 'legacy', kind: 'call' };
    expect(scoreReferences(EXPECTED, [asComment], { commentsObservable: true })).toMatchObject({ expected: 5, matched: 1, precision: 1 });
    const wrong = scoreReferences(EXPECTED, [asCall], { commentsObservable: true });
    expect(wrong).toMatchObject({ matched: 0, precision: 0 });
    expect(wrong.misses.map((miss) => miss.kind)).toContain('comment');
  });

  it('reports a kind mismatch without counting it against recall, and leaves prose comments unscored', () => {
    const observed: ObservedReference[] = [
      { file: 'a.ts', line: 5, flag: 'fast-search', kind: 'call' },
      { file: 'a.ts', line: 1, flag: 'fast-search', kind: 'comment' },
    ];
    const score = scoreReferences(EXPECTED, observed, { commentsObservable: true });
    expect(score).toMatchObject({ matched: 1, observed: 1, precision: 1 });
    expect(score.kindMismatches).toEqual([{ expected: EXPECTED[1], observedKind: 'call' }]);
    expect(score.extraComments).toHaveLength(1);
  });

  it('gives recall and precision 1 when nothing is expected or observed', () => {
    expect(scoreReferences([], [], { commentsObservable: false })).toMatchObject({ recall: 1, precision: 1 });
  });
});

describe('readObservations', () => {
  const findings = [
    { rule: 'flag-unknown', flag: 'checkout-v3', file: 'a.ts', line: 2 },
    { rule: 'flag-dynamic-key', flag: 'flagKey', file: 'a.ts', line: 4 },
    { rule: 'flag-removed', flag: 'old', file: 'a.ts', line: 6 },
    { rule: 'line-too-long-skipped', flag: null, file: 'a.min.js', line: 1 },
  ];

  it('reads lifecycle findings and dynamic keys from a findings-only report', () => {
    expect(readObservations({ version: 1, findings })).toEqual({
      source: 'findings',
      observed: [
        { file: 'a.ts', line: 2, flag: 'checkout-v3', rule: 'flag-unknown' },
        { file: 'a.ts', line: 4, flag: null, kind: 'dynamic', rule: 'flag-dynamic-key' },
      ],
    });
  });

  it('prefers the reference list of scan --references, with its kinds', () => {
    const references = [
      { flag: 'fast-search', file: 'a.ts', line: 3, column: 7, kind: 'alias-read', status: 'active' },
      { flag: 'flagKey', file: 'a.ts', line: 4, column: 3, kind: 'dynamic' },
    ];
    expect(readObservations({ findings, references })).toEqual({
      source: 'references',
      observed: [
        { file: 'a.ts', line: 3, flag: 'fast-search', kind: 'alias-read' },
        { file: 'a.ts', line: 4, flag: null, kind: 'dynamic' },
      ],
    });
  });

  it('rejects output that is not a scan report', () => {
    expect(() => readObservations({ version: 1 })).toThrow('not a scan report');
  });
});

describe('lifecycle sets', () => {
  it('collects the flags of each lifecycle rule and names what is missing or extra', () => {
    const actual = collectLifecycleSets({
      findings: [
        { rule: 'flag-unknown', flag: 'b', file: 'x', line: 1 },
        { rule: 'flag-unknown', flag: 'a', file: 'y', line: 1 },
        { rule: 'flag-expired', flag: 'e', file: 'x', line: 2 },
        { rule: 'flag-removed', flag: 'r', file: 'x', line: 3 },
      ],
    });
    expect(actual).toEqual({ unknown: ['a', 'b'], archived: [], deprecated: [], expired: ['e'] });
    const expected = { unknown: ['a', 'c'], archived: [], deprecated: [], expired: ['e'] };
    expect(compareLifecycleSets(expected, actual)).toMatchObject({ exact: false, sets: { unknown: { missing: ['c'], extra: ['b'] } } });
    expect(compareLifecycleSets(actual, actual).exact).toBe(true);
  });
});

describe('listAddedLines', () => {
  it('adds every reference line in the modified mode except the bindings, which stay as context', () => {
    const added = listAddedLines([ref('a.ts', 2, 'x', 'call', 'binding'), ref('a.ts', 5, 'x', 'alias-read', 'result-read'), ref('b.go', 3, 'y', 'call', 'wrapped')]);
    expect(added).toEqual(new Map([['a.ts', new Set([5])], ['b.go', new Set([3])]]));
  });
});
