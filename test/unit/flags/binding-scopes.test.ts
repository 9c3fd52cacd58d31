// Result-object bindings however far above the changed lines (issue 14): the binding is found in
// the whole text, its scope from one pass over the text (ScopeEnds), and reads only inside the
// changed lines, so the work stays linear in the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScopeEnds } from '../../../src/core/flags/binding-scopes.js';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { lexSource, Region, regionAt, type LexFamily } from '../../../src/core/flags/source-lexer.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: ['launchdarkly', 'split', 'env'], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'fast-search', status: 'active', aliases: [] }, { key: 'pay_later', status: 'active', aliases: [] }] },
);

/** The reads found on line `line` when only that line changed (the hooks' windows). */
function readsOnChangedLine(path: string, text: string, line: number): [string, string][] {
  return scanSourceText(text, path, matcher, [[line, line]], [[line, line]])
    .references.filter((placed) => placed.line === line)
    .map((placed) => [placed.reference.flag, placed.reference.kind]);
}

const filler = (count: number, indent: string) => `${indent}track('row');\n`.repeat(count);

describe('result-object bindings far above a changed line', () => {
  it.each([
    ['useFlags() result, 900 lines above', 'a.tsx', `function A() {\n  const flags = useFlags();\n${filler(900, '  ')}  return flags.fastSearch;\n}\n`, [['fast-search', 'alias-read']]],
    ['a destructured useFlags(), 900 lines above', 'a.tsx', `function A() {\n  const { fastSearch } = useFlags();\n${filler(900, '  ')}  return fastSearch;\n}\n`, [['fast-search', 'alias-read']]],
    ['Split getTreatments result, 900 lines above', 'a.ts', `function A(client) {\n  const t = client.getTreatments('user', ['pay_later']);\n${filler(900, '  ')}  return t.pay_later;\n}\n`, [['pay_later', 'alias-read']]],
    ['a Python environment object, 900 lines above', 'a.py', `import os\nenv = os.environ\n${filler(900, '')}x = env["FF_FAR"]\n`, [['FF_FAR', 'alias-read']]],
  ])('finds the read of %s', (_title, path, text, expected) => {
    const line = text.split('\n').length - (path.endsWith('.py') ? 1 : 2);
    expect(readsOnChangedLine(path, text, line)).toEqual(expected);
  });

  it('keeps to the binding scope: a binding in a function that closed above is not read', () => {
    const text = `function A() {\n  const flags = useFlags();\n  return flags.fastSearch;\n}\n${filler(900, '')}function B(flags) {\n  return flags.fastSearch;\n}\n`;
    const line = text.split('\n').length - 2;
    expect(readsOnChangedLine('a.tsx', text, line)).toEqual([]);
  });

  it('ignores a binding in a comment or string far above', () => {
    const text = `/*\n  const flags = useFlags();\n*/\nconst s = "const flags = useFlags();";\n${filler(900, '')}flags.fastSearch;\n`;
    const line = text.split('\n').length - 1;
    expect(readsOnChangedLine('a.tsx', text, line)).toEqual([]);
  });

  it('ignores a Python binding in a comment far above (the text outside the windows is lexed when asked about)', () => {
    const text = `import os\n# env = os.environ\n${filler(900, '')}x = env["FF_FAR"]\n`;
    const line = text.split('\n').length - 1;
    expect(readsOnChangedLine('a.py', text, line)).toEqual([]);
    expect(readsOnChangedLine('a.py', text.replace('# env', 'env'), line)).toEqual([['FF_FAR', 'alias-read']]);
  });
});

/** The scope end as it was computed before ScopeEnds: a scan from the binding, per binding. */
function naiveScopeEnd(text: string, family: LexFamily, at: number, isCode: (offset: number) => boolean): number {
  if (family === 'python') {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, at))![0].length;
    if (indent === 0) return text.length;
    const rest = /\n([ \t]*)(?=[^\s#])/g;
    rest.lastIndex = at;
    for (let match = rest.exec(text); match !== null; match = rest.exec(text)) if (match[1]!.length < indent) return match.index;
    return text.length;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 123 && code !== 125) continue;
    if (!isCode(i)) continue;
    if (code === 123) depth++;
    else if (depth === 0) return i;
    else depth--;
  }
  return text.length;
}

describe('ScopeEnds', () => {
  it('answers as a scan from each binding would, for brace and Python texts', () => {
    const piece = fc.constantFrom('{', '}', '{', '}', '"{"', '// }', '\n', '\n  ', '\n    ', '\n# x', '\n\n', 'x = 1', 'f()');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom<LexFamily>('js', 'python', 'java'), fc.array(fc.nat(400), { maxLength: 8 }), (parts, family, ats) => {
        const text = parts.join('');
        const regions = lexSource(text, family);
        const isCode = (offset: number): boolean => regionAt(regions, offset) === Region.CODE;
        const scopes = new ScopeEnds(text, family, isCode);
        for (const raw of ats) {
          const at = Math.min(raw, text.length);
          expect(scopes.endOf(at)).toBe(naiveScopeEnd(text, family, at, isCode));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
