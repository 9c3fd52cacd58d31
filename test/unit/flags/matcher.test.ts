import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { generateCaseVariants, splitWords } from '../../../src/core/flags/aliases.js';
import { compileFlagMatcher, type MatcherSettings } from '../../../src/core/flags/compile-matcher.js';
import { FLAG_GROUP } from '../../../src/core/flags/custom-pattern.js';
import { checkUserPattern, deriveAnchor, type UserPatternSpec } from '../../../src/text/user-regex.js';
import type { FlagRegistry } from '../../../src/core/flags/registry.js';
import { DetectionError } from '../../../src/errors.js';
import { createPatternCache } from '../../../src/hooks/flag-knowledge.js';
import { compileLinearRegExp } from '../../../src/config/linear-regexp.js';

/** The config's whole check of a custom flag pattern (config/schema.ts runs it with the same group). */
const checkCustomPattern = (spec: UserPatternSpec, compileLinear: typeof compileLinearRegExp) => checkUserPattern(spec, FLAG_GROUP, compileLinear);

const registry: FlagRegistry = {
  source: 'flags.json',
  flags: [
    { key: 'new-checkout', status: 'active', aliases: ['NEW_CHECKOUT_FLAG', 'Flags.newCheckout'] },
    { key: 'dark-mode', status: 'active', aliases: ['dark-mode-toggle'] },
  ],
};
const base: MatcherSettings = { presets: [], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] };
// Custom patterns compile for the linear-time engine, which the pattern cache switches on.
const compileRegExp = createPatternCache().compileRegExp;
const find = (settings: Partial<MatcherSettings>, line: string) =>
  compileFlagMatcher({ ...base, ...settings }, registry, { compileRegExp }).matchLine(line).map((r) => [r.flag, r.index, r.source, r.written]);

describe('aliases', () => {
  it.each([
    ['if (NEW_CHECKOUT_FLAG) {', [['new-checkout', 4, 'alias', 'NEW_CHECKOUT_FLAG']]],
    ['x = NEW_CHECKOUT_FLAGS', []],
    ['x = MY_NEW_CHECKOUT_FLAG', []],
    ['x = $NEW_CHECKOUT_FLAG', []],
    ['x = "NEW_CHECKOUT_FLAG"', [['new-checkout', 5, 'alias', 'NEW_CHECKOUT_FLAG']]],
    ['if (Flags.newCheckout && other.Flags.newCheckout)', [['new-checkout', 4, 'alias', 'Flags.newCheckout'], ['new-checkout', 31, 'alias', 'Flags.newCheckout']]],
    ['class="dark-mode-toggle"', [['dark-mode', 7, 'alias', 'dark-mode-toggle']]],
    ['class="dark-mode-toggle-v2"', []],
  ])('match on identifier boundaries only: %s', (line, expected) => {
    expect(find({}, line)).toEqual(expected);
  });

  it('matches configured case variants of aliases, and only those', () => {
    const line = 'newCheckoutFlag || new_checkout_flag || new-checkout-flag';
    expect(find({}, line)).toEqual([]);
    expect(find({ aliasCaseVariants: ['camel'] }, line)).toEqual([['new-checkout', 0, 'alias', 'newCheckoutFlag']]);
    expect(find({ aliasCaseVariants: ['camel', 'snake', 'kebab'] }, line).map((r) => r[3])).toEqual([
      'newCheckoutFlag',
      'new_checkout_flag',
      'new-checkout-flag',
    ]);
  });

  it.each([
    ['NEW_CHECKOUT_FLAG', ['newCheckoutFlag', 'new_checkout_flag', 'new-checkout-flag']],
    ['newCheckout', ['new_checkout', 'NEW_CHECKOUT', 'new-checkout']],
    ['HTTPServerFlag', ['httpServerFlag', 'http_server_flag', 'HTTP_SERVER_FLAG', 'http-server-flag']],
    ['Flags.newCheckout', []],
  ])('generates the variants of %s', (alias, expected) => {
    expect(generateCaseVariants(alias, ['camel', 'snake', 'upper-snake', 'kebab'])).toEqual(expected);
  });

  it('splits words at humps, underscores and dashes', () => {
    expect(splitWords('parseHTTPResponse_v2-final')).toEqual(['parse', 'http', 'response', 'v2', 'final']);
  });
});

describe('custom patterns', () => {
  it('finds flags with a named group and reports the source', () => {
    const patterns = [{ pattern: String.raw`isFlagOn\(\s*'(?<flag>[\w-]+)'`, name: 'house' }, { pattern: String.raw`FEATURE\[(?<flag>\d+)\]` }];
    expect(find({ patterns }, `if (isFlagOn('beta')) x = FEATURE[42]`)).toEqual([
      ['beta', 14, 'custom:house', undefined],
      ['42', 34, 'custom:1', undefined],
    ]);
  });

  it('exposes the derived anchor so the engine can prefilter', () => {
    const matcher = compileFlagMatcher({ ...base, patterns: [{ pattern: String.raw`isFlagOn\(\s*'(?<flag>[\w-]+)'` }] }, registry, { compileRegExp });
    expect(matcher.anchors).toContain('isFlagOn(');
  });

  it.each([
    [{ pattern: '(' }, /does not compile/],
    [{ pattern: String.raw`isOn\('([\w-]+)'` }, /has no named group `flag`/],
    [{ pattern: String.raw`isOn\('(?<flag>\w+)'\1` }, /cannot run in linear time/],
    [{ pattern: String.raw`(?<quote>['"])isOn\((?<flag>\w+)\k<quote>` }, /cannot run in linear time/],
    [{ pattern: String.raw`(?<![\w])(?<flag>ff_[a-z]+)`, anchor: 'ff_' }, /cannot run in linear time/],
    [{ pattern: `isOn\\((?<flag>\\w+)${'x'.repeat(1000)}` }, /longer than 1000 characters/],
    [{ pattern: String.raw`(?<flag>[\w-]+)` }, /add an `anchor`/],
    [{ pattern: String.raw`(?:on|off)\('(?<flag>\w+)'` }, /add an `anchor`/],
  ])('rejects %j', (spec, problem) => {
    const check = checkCustomPattern(spec, compileLinearRegExp);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
    // The length cap is the config's; the matcher re-checks the shape and the linear compile.
    if (!/longer/.test(String(problem))) expect(() => compileFlagMatcher({ ...base, patterns: [spec] }, registry, { compileRegExp })).toThrow(DetectionError);
  });

  it('accepts the usual rewrite of a lookbehind, and reads the flag where it is', () => {
    const spec = { pattern: String.raw`(?:^|[^\w])(?<flag>ff_[a-z]+)`, anchor: 'ff_' };
    expect(checkCustomPattern(spec, compileLinearRegExp)).toEqual({ ok: true, anchor: 'ff_' });
    expect(find({ patterns: [spec] }, 'x = ff_beta + aff_no')).toEqual([['ff_beta', 4, 'custom:0', undefined]]);
  });

  // Each took seconds to minutes on the backtracking engine at these sizes (issue 12, defect 4),
  // and each passed the star-height check that guarded custom patterns before.
  it.each([
    [String.raw`check\((?<flag>(?:a|a)*)!`, `check(${'a'.repeat(5000)}`],
    [String.raw`check\((?<flag>(a|aa)*b)`, `check(${'a'.repeat(5000)}`],
    [String.raw`check\((?<flag>\d*\d*\d*\d*x)`, `check(${'1'.repeat(5000)}`],
  ])('runs %s in linear time on a line built to make it backtrack', (pattern, line) => {
    expect(checkCustomPattern({ pattern }, compileLinearRegExp).ok).toBe(true);
    const matcher = compileFlagMatcher({ ...base, patterns: [{ pattern }] }, registry, { compileRegExp });
    // 5,000 characters: astronomically many paths for a backtracking engine; a few ms here.
    expect(matcher.matchLine(line)).toEqual([]);
    expect(matcher.matchLine(`${line}!x`).length).toBeLessThanOrEqual(1);
  });

  it('leaves the linear engine off once the pattern is compiled (a V8 flag would change the code-cache key)', () => {
    compileLinearRegExp('a(b)*c', 'g');
    expect(() => new RegExp('a', 'l')).toThrow(SyntaxError);
  });

  it('names the pattern in the error', () => {
    expect(() => compileFlagMatcher({ ...base, patterns: [{ pattern: String.raw`isOn\('(?<flag>\w+)'` }, { name: 'bad', pattern: 'y(' }] }, registry, { compileRegExp })).toThrow(
      /flags\.patterns\[1\] \(bad\) does not compile/,
    );
  });

  it.each([
    [String.raw`isFlagOn\('(?<flag>\w+)'`, "isFlagOn('"],
    [String.raw`\bflags\.get\((?<flag>\w+)\)`, 'flags.get('],
    [String.raw`abcd?ef`, 'abc'],
    [String.raw`ab+cdef`, 'cdef'],
    [String.raw`x{2}long_literal`, 'long_literal'],
    [String.raw`[abc]feature_(?<flag>x)`, 'feature_'],
    [String.raw`a|b`, undefined],
  ])('derives the anchor of %s as %s', (source, anchor) => {
    expect(deriveAnchor(source)).toBe(anchor);
  });
});

describe('compiled matcher', () => {
  it('returns references in line order without duplicates from overlapping presets', () => {
    const matcher = compileFlagMatcher({ ...base, presets: ['flagsmith', 'configcat'] }, registry);
    expect(matcher.matchLine(`a = client.getValue('x'); b = client.getValue('y')`).map((r) => r.flag)).toEqual(['x', 'y']);
  });

  it('uses the injected regex compiler for every pattern', () => {
    const compiled: string[] = [];
    compileFlagMatcher({ ...base, presets: ['unleash'] }, registry, {
      compileRegExp: (source, flags) => {
        compiled.push(flags);
        return new RegExp(source, flags);
      },
    });
    // Unleash's call form, and its Ruby `is_enabled?` form.
    expect(compiled).toEqual(['y', 'y']);
  });

  it('is reusable: the same line gives the same answer twice', () => {
    const matcher = compileFlagMatcher({ ...base, presets: ['launchdarkly'] }, registry);
    const line = `client.variation('new-checkout', ctx, false) && NEW_CHECKOUT_FLAG`;
    expect(matcher.matchLine(line)).toEqual(matcher.matchLine(line));
    expect(matcher.matchLine(line)).toHaveLength(2);
  });

  it('returns nothing for a line without any anchor', () => {
    const matcher = compileFlagMatcher({ ...base, presets: ['launchdarkly', 'env'] }, registry);
    expect(matcher.matchLine('const total = items.reduce((a, b) => a + b, 0);')).toEqual([]);
  });
});

describe('matcher properties', () => {
  const all = compileFlagMatcher(
    { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [{ pattern: String.raw`isFlagOn\('(?<flag>[\w-]+)'` }], aliasCaseVariants: ['camel', 'kebab'] },
    registry,
    { compileRegExp },
  );
  const fragments = fc.constantFrom(
    "variation('a-b', ctx)", 'useFlags()', '{ newCheckout, x: y } = useFlags()', 'process.env.FF_DARK_MODE', 'NEW_CHECKOUT_FLAG',
    "getTreatment('k', 'split')", "useFlags(['a', \"b\"])", "isFlagOn('c')", 'dark-mode-toggle', "<IfFeatureEnabled feature='g'>",
    '(', ')', "'", '"', '`', ',', ' ', 'é', '\u{1F600}', 'x', '.', '{', '}', '[', ']', '=',
  );
  const lines = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fragments, { maxLength: 30 }).map((parts) => parts.join('')));

  it('never throws, and every reference points at the name as the line writes it', () => {
    fc.assert(
      fc.property(lines, (line) => {
        for (const reference of all.matchLine(line)) {
          expect(line.startsWith(reference.written ?? reference.flag, reference.index)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns references sorted by offset, without duplicates', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const found = all.matchLine(line);
        const ids = found.map((r) => `${r.index}:${r.flag}`);
        expect(new Set(ids).size).toBe(ids.length);
        expect(found.map((r) => r.index)).toEqual([...found.map((r) => r.index)].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });
});
