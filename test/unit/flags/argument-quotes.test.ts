// The call-argument reader quotes per language family, as the source lexer does (issue 14): a
// backtick opens a literal in JS (template) and Go (raw string) only, Python triple-quoted strings
// and Java text blocks run over lines, and comments inside an argument list open nothing.
import { describe, expect, it } from 'vitest';
import { findCallEnd, readKeyArgumentValue } from '../../../src/core/flags/call-arguments.js';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { lexSource, Region, regionAt } from '../../../src/core/flags/source-lexer.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] }, { source: 'flags.json', flags: [] });

/** Each reference's flag with the lines its call spans. */
function spans(path: string, text: string): [string, number, number][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.firstLine, placed.lastLine]);
}

describe('call arguments: quotes and comments per language family', () => {
  it.each([
    ['Java, a backtick in a comment', 'A.java', 'boolean on = client.boolVariation(\n    "java-flag", // shown in `beta\n    ctx,\n    false);\n', [['java-flag', 1, 4]]],
    ['Python, a backtick in a comment', 'a.py', 'on = ld_client.variation(\n    "py-flag",  # the `beta rollout\n    ctx,\n    False,\n)\n', [['py-flag', 1, 5]]],
    ['JS, an apostrophe in a comment', 'a.ts', "const on = ldClient.variation(\n  'js-flag', // don't change\n  false,\n);\n", [['js-flag', 1, 4]]],
    ['Kotlin, a backtick-quoted name as an argument', 'A.kt', 'val on = client.boolVariation(\n    "kt-flag",\n    `context`,\n    false)\n', [['kt-flag', 1, 4]]],
  ])('a call spans to its closing parenthesis: %s', (_title, path, text, expected) => {
    expect(spans(path, text)).toEqual(expected);
  });

  it('the default value line below such a comment is part of the call, before and after a change to it', () => {
    const pre = 'boolean on = client.boolVariation(\n    "java-flag", // shown in `beta\n    ctx,\n    false);\n';
    const post = pre.replace('false);', 'true);');
    const lastLines = (text: string) => scanSourceText(text, 'A.java', matcher).references.map((placed) => placed.lastLine);
    expect(lastLines(pre)).toEqual([4]);
    expect(lastLines(post)).toEqual([4]);
  });

  it.each([
    ['python', 'is_enabled(name, `x)', { kind: 'dynamic', index: 11, expression: 'name' }],
    ['java', 'isEnabled(name, `it`)', { kind: 'dynamic', index: 10, expression: 'name' }],
    ['js', 'isEnabled(name, `x)', undefined],
  ] as const)('reads the first argument in %s, a backtick after it read as that family writes it', (family, text, expected) => {
    const nameEnd = text.indexOf('(');
    expect(readKeyArgumentValue(text, nameEnd, 0, { family })).toEqual(expected);
  });

  it.each([
    ['python', 'f("""a)\n""", "k")', 17],
    ['java', 'f("""\n a)\n """, "k")', 20],
    ['go', 'f(`C:\\`, "k")', 13],
  ] as const)('finds the end of a call over a %s multi-line or raw literal', (family, text, end) => {
    expect(findCallEnd(text, 1, family)).toBe(end);
  });

  it('lexes a Java-family backtick as a one-line quoted name, never a template over lines (Kotlin test names)', () => {
    const text = 'fun `variation works`() {}\nval x = 1 // `open\nval on = client.boolVariation("kt", ctx, false)\n';
    const regions = lexSource(text, 'java');
    expect(regionAt(regions, text.indexOf('variation works'))).toBe(Region.STRING);
    expect(regionAt(regions, text.indexOf('client'))).toBe(Region.CODE);
    expect(spans('A.kt', text)).toEqual([['kt', 3, 3]]);
  });
});
