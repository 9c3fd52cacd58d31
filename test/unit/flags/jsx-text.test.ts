// JSX text is text (issue 14): a backtick, a quote or `//` in an element's text opens no template
// literal, string or comment, so the code after the element is read as code; the element's
// `{...}` expressions are code, its attribute values strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { lexSource, Region, regionAt } from '../../../src/core/flags/source-lexer.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';
import { expectSortedDisjointRegions } from '../../helpers/lexed-regions.js';

const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, { source: 'flags.json', flags: [] });

function found(path: string, text: string): [string, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

describe('JSX text in the source lexer', () => {
  it.each([
    ['a backtick', 'a.tsx', "function A() {\n  return <p>Press the ` key</p>;\n}\nconst v = ldClient.variation('after_backtick', false);\n", [['after_backtick', 4, 'call']]],
    ['an apostrophe', 'a.jsx', "const A = () => (\n  <p>Don't panic</p>\n);\nconst v = ldClient.variation('after_quote', false);\n", [['after_quote', 4, 'call']]],
    ['a URL (no line comment)', 'a.tsx', "const A = () => <a href=\"x\">see http://example.com</a>; const v = ldClient.variation('after_url', false);\n", [['after_url', 1, 'call']]],
    ['nested elements, fragments and expressions', 'a.js', "const A = () => (\n  <>\n    <b>it`s {count} items</b>\n    {on && <i>x`</i>}\n    <IfFeatureEnabled feature=\"in_jsx\">`</IfFeatureEnabled>\n  </>\n);\nconst v = ldClient.variation('after_nested', false);\n", [['in_jsx', 5, 'jsx'], ['after_nested', 8, 'call']]],
    ['a call inside an expression of the text', 'a.tsx', "const A = () => <p>` {ldClient.variation('in_expression', false)} `</p>;\n", [['in_expression', 1, 'call']]],
    ['a call written in the text (text, not a call)', 'a.tsx', "const A = () => <code>ldClient.variation('in_text', false)</code>;\n", []],
  ])('reads the code after JSX text with %s', (_title, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });

  it.each([
    ['a comparison', 'if (a <b) { x(`t`); }', '`t`'],
    ['a TSX generic arrow function', 'const f = <T,>(x: T) => `t`;', '`t`'],
    ['a TSX generic with extends', 'const f = <T extends U>(x: T) => `t`;', '`t`'],
    ['a type argument', 'const s = useState<string>(`t`);', '`t`'],
  ])('leaves %s code', (_title, text, literal) => {
    const regions = lexSource(text, 'js', true);
    expect(regionAt(regions, text.indexOf(literal))).toBe(Region.STRING);
    expect(regionAt(regions, text.indexOf(literal) - 1)).toBe(Region.CODE);
  });

  it('lexes a .ts file without JSX (`<T>x` is a type assertion there)', () => {
    expect(found('a.ts', "const v = <Config>load();\nconst w = ldClient.variation('ts_key', false);\n")).toEqual([['ts_key', 2, 'call']]);
  });

  it('property: any text with JSX pieces gives sorted, disjoint regions inside the text', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<>', '</>', '<X a="b`">', '<Y />', '{', '}', '`', "'", '"', '//', '/*', '*/', 'return ', '(', ')', '=', ' ', '\n', 'x', '<', '>', '${');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), (parts) => {
        const text = parts.join('');
        expectSortedDisjointRegions(text, lexSource(text, 'js', true));
      }),
      { numRuns: 3000 },
    );
  });
});
