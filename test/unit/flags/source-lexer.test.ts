// The source lexer (comments and strings per language family) and the context scan's promise
// that a call is found whatever its line breaking and indentation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { lexFamilyOf, lexSource, Region, regionAt, type LexFamily } from '../../../src/core/flags/source-lexer.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';
import { expectSortedDisjointRegions } from '../../helpers/lexed-regions.js';
import { lexSource as referenceLexSource } from './reference-lexer.js';

const FAMILIES: readonly LexFamily[] = ['js', 'go', 'java', 'python', 'plain'];

describe('lexSource', () => {
  it.each([
    ['js', `a // c\nb`, 2, Region.COMMENT],
    ['js', `a /* c\nd */ b`, 3, Region.COMMENT],
    ['js', `x = 'it''s'`, 5, Region.STRING],
    ['js', 'x = `a ${ b } c`', 11, Region.CODE],
    ['js', 'x = `a ${ b } c`', 14, Region.STRING],
    ['go', 'x := `raw ${ y }`', 12, Region.STRING],
    ['java', 's = """\nx\n"""; y', 8, Region.STRING],
    ['python', `x = """a\n# not\n""" # yes`, 10, Region.STRING],
    ['python', `x = 1 # yes`, 8, Region.COMMENT],
    ['python', `f"export_{fmt}"`, 3, Region.STRING],
    // Regular expression literals: their `/*`, `//`, quotes and backticks open nothing.
    ['js', 'r = /[/*]/;\nx', 11, Region.CODE],
    ['js', 'r = /\\/*/;\nx', 11, Region.CODE],
    ['js', 'r = /`/;\nx', 9, Region.CODE],
    ['js', "if (a) return /'/.test(b); x", 27, Region.CODE],
    ['js', 'r = /a/gi; x', 5, Region.STRING],
    ['js', 'r = /a/gi; x', 11, Region.CODE],
    // Division stays code; JSX closing tags and `/>` are no regex.
    ['js', 'd = a / b; e = c / d; x', 22, Region.CODE],
    ['js', 'd = (a) / 2 / 3; x', 17, Region.CODE],
    ['js', 'e = <b>t</b>; x', 14, Region.CODE],
    ['js', 'e = <a b={c} />; x', 17, Region.CODE],
    ['js', 'e = <a b="c"/>; x', 16, Region.CODE],
    // An unterminated regex ends at its line.
    ['js', 'r = [/ /*;\nx', 11, Region.CODE],
  ] as const)('%s: %j at %i is region %i', (family, text, offset, region) => {
    expect(regionAt(lexSource(text, family), offset)).toBe(region);
  });

  it.each([
    ['src/a.tsx', 'js'],
    ['a.go', 'go'],
    ['A.java', 'java'],
    ['x/b.py', 'python'],
    ['README', 'plain'],
    ['.env', 'plain'],
  ] as const)('%s is lexed as %s', (path, family) => {
    expect(lexFamilyOf(path)).toBe(family);
  });

  it('never throws and returns sorted, disjoint regions inside the text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('/', '*', '#', "'", '"', '`', '$', '{', '}', '\\', '\n', 'a', ' ', '\u00e9') }), fc.constantFrom(...FAMILIES), (text, family) => {
        expectSortedDisjointRegions(text, lexSource(text, family));
      }),
      { numRuns: 500 },
    );
  });

  it('property: finds the regions the character-by-character reading finds, in every family (it jumps between special characters)', () => {
    const unit = fc.constantFrom('/', '*', '#', "'", '"', '`', '$', '{', '}', '\\', '\n', 'a', ' ', '\u00e9', 'f', '"""', '${', '//', '/*', '*/', 'x = 1;', '`${', 'a}', ' }');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.constantFrom(...FAMILIES, 'plain' as const), (text, family) => {
        expect(lexSource(text, family)).toEqual(referenceLexSource(text, family));
      }),
      { numRuns: 5000 },
    );
  });

  it('property: reads Kotlin string templates as the character-by-character reading does', () => {
    const unit = fc.constantFrom('/', '*', "'", '"', '`', '$', '{', '}', '\\', '\n', 'a', ' ', '"""', '${', '//', '/*', '*/', '"${', 'f("k")', 'a}', ' }', '\\${');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(lexSource(text, 'java', true)).toEqual(referenceLexSource(text, 'java', true));
        expectSortedDisjointRegions(text, lexSource(text, 'java', true));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a call inside an interpolation', 'log("n ${ld.intVariation("k", c, 3)} for ${id}")', [[4, 9], [25, 28], [35, 43], [45, 47]]],
    ['braces inside the interpolation', '"${if (a) { f("k") } else b}!"', [[0, 3], [14, 17], [27, 30]]],
    ['an escaped dollar sign and a name template', '@Value("\\${X:1}") val s = "$name"', [[7, 16], [26, 33]]],
  ])('reads a Kotlin string template: %s', (_form, text, strings) => {
    const regions = lexSource(text, 'java', true);
    expect(regions.starts.map((start, k) => [start, regions.ends[k]])).toEqual(strings);
    expect(regions.kinds.every((kind) => kind === Region.STRING)).toBe(true);
  });

  it.each([
    ['js', '`${a}/* c */`'],
    ['js', "const s = `x${f({ a: 1 })} 'y' ${b}` + 'z'; // done"],
    ['python', 'x = f"{a}" # c\ny = \'#\''],
    ['go', 'x := `raw // no` // c'],
    ['java', 'String s = """\n a \" b\n"""; // c'],
  ] as const)('finds what the character-by-character reading finds in %s: %s', (family, text) => {
    expect(lexSource(text, family)).toEqual(referenceLexSource(text, family));
  });

  it('does work linear in the text: each region starts after the previous one ends (no rescans)', () => {
    // The lexer moves forward only; so the regions of text repeated n times number at most n
    // times those of the text (checked on adversarial unterminated openers).
    for (const family of FAMILIES) {
      const one = lexSource("/* ' \" ` ${ '''", family).starts.length;
      const many = lexSource("/* ' \" ` ${ '''".repeat(2000), family).starts.length;
      expect(many).toBeLessThanOrEqual(Math.max(1, one) * 2000);
    }
  });
});

describe('context scan: line breaking and indentation', () => {
  const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] }, { source: 'flags.json', flags: [] });
  const space = fc.stringMatching(/^[ \t\n]{0,6}$/);

  it('finds a call however it is broken over lines and indented', () => {
    const calls = [
      (s: string[]) => `ldClient${s[0]}.variation(${s[1]}'the-key',${s[2]}context,${s[3]}false${s[4]})`,
      (s: string[]) => `client.getBooleanValue(${s[1]}"the-key",${s[2]}false${s[4]})`,
      (s: string[]) => `Statsig.getConfig(${s[1]}user,${s[2]}'the-key'${s[4]})`,
      (s: string[]) => `<IfFeatureEnabled${s[1] === '' ? ' ' : s[1]}feature="the-key"${s[2]}>`,
    ];
    fc.assert(
      fc.property(fc.constantFrom(...calls), fc.array(space, { minLength: 5, maxLength: 5 }), fc.constantFrom('a.ts', 'a.tsx', 'A.java', 'a.py', 'a.go'), (call, spaces, path) => {
        const text = `function f() {\n  const x = ${call(spaces)};\n}\n`;
        expect(scanSourceText(text, path, matcher).references.map((placed) => placed.reference.flag)).toEqual(['the-key']);
      }),
      { numRuns: 300 },
    );
  });
});

// Python f-strings (PEP 498, docs.python.org/3/reference/lexical_analysis.html#f-strings): the
// `{...}` replacement fields are expressions, so a call inside one is code (issue 14).
describe('Python f-string replacement fields', () => {
  const matcher = compileFlagMatcher(
    { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
    { source: 'flags.json', flags: [{ key: 'dark-mode', status: 'active', aliases: [] }] },
  );
  const found = (text: string): string[] => scanSourceText(text, 'a.py', matcher).references.map((placed) => `${placed.reference.flag}@${placed.line}:${placed.reference.kind}`);

  it('finds a call inside an f-string replacement field, in any prefix case and quote', () => {
    expect(found(`print(f"state {client.variation('dark-mode', ctx, False)}")\n`)).toEqual(['dark-mode@1:call']);
    expect(found(`print(rF'{client.variation("dark-mode", ctx, False)!r} and {{literal}}')\n`)).toEqual(['dark-mode@1:call']);
    expect(found(`msg = f"""\n  {client.variation('dark-mode', ctx, False):>10}\n"""\n`)).toEqual(['dark-mode@2:call']);
  });

  it('keeps the literal parts of an f-string, a doubled brace and a plain string a string', () => {
    expect(found(`print("state {client.variation('dark-mode', ctx, False)}")\n`)).toEqual([]);
    expect(found(`print(f"state {{client.variation('dark-mode', ctx, False)}}")\n`)).toEqual([]);
    expect(found(`print(f"client.variation('dark-mode', ctx, False) {x}")\n`)).toEqual([]);
  });

  it('property: lexing any f-string gives sorted disjoint regions inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('f', 'r', '"', "'", '{', '}', 'a', ' ', '\\', '\n', '(', ')') }), (body) => {
        const text = `x = f"${body}"\n`;
        const { starts, ends } = lexSource(text, 'python');
        for (let k = 0; k < starts.length; k++) {
          expect(starts[k]!).toBeLessThanOrEqual(ends[k]!);
          expect(ends[k]!).toBeLessThanOrEqual(text.length);
          if (k > 0) expect(starts[k]!).toBeGreaterThanOrEqual(ends[k - 1]!);
        }
      }),
      { numRuns: 500 },
    );
  });
});
