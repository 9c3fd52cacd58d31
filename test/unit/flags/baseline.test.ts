import fc from 'fast-check';
import { sha256Hex } from '../../../src/hash.js';
import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, parseBaseline, serializeBaseline } from '../../../src/core/flags/baseline.js';
import { fingerprintFinding, type FlagFinding } from '../../../src/core/flags/finding.js';

const finding = (file: string, flag: string, content: string, line = 1): FlagFinding => ({
  rule: 'flag-unknown',
  severity: 'error',
  message: 'm',
  file,
  line,
  flag,
  content,
  fingerprint: fingerprintFinding(sha256Hex, file, flag, content),
});

describe('baseline', () => {
  it('is written sorted, deduplicated, with a trailing newline and no line numbers', () => {
    const text = serializeBaseline(createBaseline([finding('b.ts', 'x', 'c', 9), finding('a.ts', 'y', 'c', 3), finding('a.ts', 'x', 'c', 4), finding('a.ts', 'x', 'c', 40)]));
    expect(text).toBe(
      '{\n  "version": 1,\n  "entries": [\n' +
        '    {\n      "file": "a.ts",\n      "flag": "x",\n      "content": "c"\n    },\n' +
        '    {\n      "file": "a.ts",\n      "flag": "y",\n      "content": "c"\n    },\n' +
        '    {\n      "file": "b.ts",\n      "flag": "x",\n      "content": "c"\n    }\n  ]\n}\n',
    );
  });

  it('does not depend on the order of findings (no churn)', () => {
    const arb = fc.array(fc.tuple(fc.constantFrom('a.ts', 'b.ts', 'dir/c d.ts'), fc.constantFrom('x', 'y'), fc.string({ maxLength: 8 })), { maxLength: 20 });
    fc.assert(
      fc.property(arb, (rows) => {
        const findings = rows.map(([file, flag, content]) => finding(file, flag, content));
        expect(serializeBaseline(createBaseline([...findings].reverse()))).toBe(serializeBaseline(createBaseline(findings)));
        const parsed = parseBaseline(serializeBaseline(createBaseline(findings)));
        expect(parsed.ok && serializeBaseline(parsed.baseline)).toBe(serializeBaseline(createBaseline(findings)));
      }),
    );
  });

  it('accepts a finding that moved to another line, but not one whose content changed', () => {
    const baseline = createBaseline([finding('a.ts', 'x', "if (variation('x'))", 10)]);
    const moved = finding('a.ts', 'x', "if (variation('x'))", 55);
    const edited = finding('a.ts', 'x', "if (!variation('x'))", 10);
    const other = finding('b.ts', 'x', "if (variation('x'))", 10);
    const { kept, baselined } = applyBaseline([moved, edited, other], baseline);
    expect(baselined).toEqual([moved]);
    expect(kept).toEqual([edited, other]);
  });

  it('leaves out findings that are not about a flag on a line', () => {
    const skipped: FlagFinding = { rule: 'line-too-long-skipped', severity: 'warning', message: 'm', file: 'a.js', line: 1, fingerprint: 'f' };
    expect(createBaseline([skipped]).entries).toEqual([]);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['a list', '[]', /expected an object/],
    ['another version', '{"version":2,"entries":[]}', /unsupported version 2/],
    ['entries not a list', '{"version":1,"entries":{}}', /"entries" must be a list/],
    ['an entry without content', '{"version":1,"entries":[{"file":"a","flag":"b"}]}', /entries\[0\] needs string fields/],
  ])('rejects %s', (_title, text, problem) => {
    const result = parseBaseline(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});
