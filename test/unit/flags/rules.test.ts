import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/hash.js';
import { fingerprintFinding, normalizeLineContent, withLazyFingerprint } from '../../../src/core/flags/finding.js';
import type { FlagReference } from '../../../src/core/flags/matcher.js';
import { indexRegistry, type FlagRegistry } from '../../../src/core/flags/registry.js';
import {
  createLineTooLongFinding,
  evaluateExtinctFlags,
  evaluateFlagLines,
  suggestKey,
  type FlagLine,
  type FlagRuleContext,
} from '../../../src/core/flags/rules.js';
import { parseSuppressions } from '../../../src/core/flags/suppression.js';

const registry: FlagRegistry = {
  source: 'flags.json',
  flags: [
    { key: 'new-checkout', status: 'active', aliases: [] },
    { key: 'old-banner', status: 'archived', aliases: [] },
    { key: 'legacy-search', status: 'deprecated', owner: 'team-search', aliases: [] },
    { key: 'summer-sale', status: 'active', expires: '2025-08-31', aliases: [] },
    { key: 'winter-sale', status: 'deprecated', expires: '2024-01-31', aliases: [] },
  ],
};
const index = indexRegistry(registry);
const context: FlagRuleContext = { registryFor: () => index, today: '2025-09-01', severity: {}, sha256Hex };
const ref = (flag: string, extra: Partial<FlagReference> = {}): FlagReference => ({ flag, index: 4, source: 'launchdarkly', ...extra });
const added = (text: string, references: FlagReference[], extra: Partial<FlagLine> = {}): FlagLine => ({
  file: 'src/app.ts',
  line: 10,
  side: 'added',
  text,
  references,
  ...extra,
});
const rulesOf = (lines: FlagLine[], ctx = context) => evaluateFlagLines(lines, ctx).findings.map((f) => [f.rule, f.severity, f.flag]);

describe('rules on added lines', () => {
  it.each([
    ['an active flag', 'new-checkout', []],
    ['an unknown flag', 'new-chekout', [['flag-unknown', 'error', 'new-chekout']]],
    ['an archived flag', 'old-banner', [['flag-archived', 'error', 'old-banner']]],
    ['a deprecated flag', 'legacy-search', [['flag-deprecated', 'warning', 'legacy-search']]],
    ['an expired flag', 'summer-sale', [['flag-expired', 'warning', 'summer-sale']]],
    ['a deprecated and expired flag', 'winter-sale', [['flag-deprecated', 'warning', 'winter-sale'], ['flag-expired', 'warning', 'winter-sale']]],
  ])('%s', (_title, flag, expected) => {
    expect(rulesOf([added(`x = variation('${flag}')`, [ref(flag)])])).toEqual(expected);
  });

  it('does not call a flag expired on its expiry date (the clock is injected)', () => {
    expect(rulesOf([added('x', [ref('summer-sale')])], { ...context, today: '2025-08-31' })).toEqual([]);
  });

  it('suggests the closest key for an unknown flag', () => {
    const [finding] = evaluateFlagLines([added('x', [ref('new-chekout')])], context).findings;
    expect(finding?.hint).toBe("Did you mean 'new-checkout'? Otherwise add 'new-chekout' to flags.json.");
    expect(finding?.message).toBe("unknown flag 'new-chekout': it is not in flags.json");
  });

  it('says how the flag was written when it differs', () => {
    const [finding] = evaluateFlagLines([added('x', [ref('NEW_CHEKOUT', { written: 'FF_NEW_CHEKOUT' })])], context).findings;
    expect(finding?.message).toContain('(written FF_NEW_CHEKOUT)');
    expect(finding?.hint).toContain("'new-checkout'");
  });

  it.each([
    ['new_checkout', 'new-checkout'],
    ['legacysearch', 'legacy-search'],
    ['summer-sales', 'summer-sale'],
    ['completely-different', undefined],
  ])('suggestKey(%s) is %s', (name, expected) => {
    expect(suggestKey(name, index)).toBe(expected);
  });

  it('applies configured severities and turns rules off', () => {
    const ctx = { ...context, severity: { 'flag-unknown': 'warning', 'flag-archived': 'off', 'flag-deprecated': 'error' } as const };
    expect(rulesOf([added('x', [ref('nope'), ref('old-banner', { index: 9 }), ref('legacy-search', { index: 20 })])], ctx)).toEqual([
      ['flag-unknown', 'warning', 'nope'],
      ['flag-deprecated', 'error', 'legacy-search'],
    ]);
  });

  it('reports the same flag once per line and rule, with line, column and fingerprint', () => {
    const { findings } = evaluateFlagLines([added('  a(\'nope\') || b(\'nope\')  ', [ref('nope', { index: 2 }), ref('nope', { index: 14 })])], context);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'src/app.ts', line: 10, column: 3, content: "a('nope') || b('nope')" });
    expect(findings[0]?.fingerprint).toBe(fingerprintFinding(sha256Hex, 'src/app.ts', 'nope', "a('nope') || b('nope')"));
  });
});

describe('suppression', () => {
  it.each([
    ['on the same line', "x = variation('old-banner') // prove-allow-flag: old-banner kept for the rollback path", undefined],
    ['on the line above', "x = variation('old-banner')", '// prove-allow-flag: old-banner kept for the rollback path'],
    ['in a block comment', "x = variation('old-banner') /* prove-allow-flag: old-banner rollback path */", undefined],
    ['in a Python comment above', "x = variation('old-banner')", '# prove-allow-flag: old-banner - rollback path'],
  ])('with a reason suppresses the finding %s', (_title, text, previousText) => {
    const result = evaluateFlagLines([added(text, [ref('old-banner')], previousText === undefined ? {} : { previousText })], context);
    expect(result.findings).toEqual([]);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed[0]?.reason).toMatch(/rollback path/);
  });

  it('without a reason suppresses nothing and is itself a warning', () => {
    const result = evaluateFlagLines([added("x = variation('old-banner') // prove-allow-flag: old-banner", [ref('old-banner')])], context);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['flag-archived', 'error'],
      ['flag-suppression-invalid', 'warning'],
    ]);
    expect(result.findings[1]?.hint).toContain('prove-allow-flag: old-banner <why this is fine>');
  });

  it('for another flag does not apply', () => {
    const result = evaluateFlagLines([added("x = variation('old-banner') // prove-allow-flag: new-checkout reason", [ref('old-banner')])], context);
    expect(result.findings.map((f) => f.rule)).toEqual(['flag-archived']);
  });

  it('matches the name as written too', () => {
    const line = added('if (FF_OLD_BANNER) {} // prove-allow-flag: FF_OLD_BANNER needed until Q3', [ref('old-banner', { written: 'FF_OLD_BANNER' })]);
    expect(evaluateFlagLines([line], context).findings).toEqual([]);
  });

  it.each([
    ['// prove-allow-flag: a the reason', [{ flag: 'a', reason: 'the reason' }]],
    ['/* prove-allow-flag: a reason */', [{ flag: 'a', reason: 'reason' }]],
    ['<!-- prove-allow-flag: a reason -->', [{ flag: 'a', reason: 'reason' }]],
    ['// prove-allow-flag:a', [{ flag: 'a', reason: '' }]],
    ['// prove-allow-flag:', []],
    ['// prove-allow-flag: a r1 prove-allow-flag: b r2', [{ flag: 'a', reason: 'r1' }, { flag: 'b', reason: 'r2' }]],
    ['no marker here', []],
  ])('parses %s', (text, expected) => {
    expect(parseSuppressions(text)).toEqual(expected);
  });
});

describe('removed references', () => {
  const removed = (text: string, flag: string, line: number): FlagLine => ({ file: 'src/app.ts', line, side: 'removed', text, references: [ref(flag)] });

  it('does not report a reference moved to another file', () => {
    const result = evaluateFlagLines([removed("a('new-checkout')", 'new-checkout', 3), added("a('new-checkout')", [ref('new-checkout')], { file: 'src/other.ts' })], context);
    expect(result.findings).toEqual([]);
  });

  it('reports flags whose references this change removed, once per flag', () => {
    const result = evaluateFlagLines([removed("a('new-checkout')", 'new-checkout', 3), removed("b('new-checkout')", 'new-checkout', 8)], context);
    expect(result.findings.map((f) => [f.rule, f.severity, f.line, f.message])).toEqual([
      ['flag-removed', 'info', 3, "this change removes 2 references to flag 'new-checkout'"],
    ]);
  });

  it('does not report a reference that was only moved or edited', () => {
    const result = evaluateFlagLines([removed("a('new-checkout')", 'new-checkout', 3), added("a('new-checkout', 1)", [ref('new-checkout')])], context);
    expect(result.findings).toEqual([]);
  });

  it('does not judge removed references of archived or unknown flags', () => {
    const result = evaluateFlagLines([removed("a('old-banner')", 'old-banner', 3)], context);
    expect(result.findings.map((f) => f.rule)).toEqual(['flag-removed']);
  });
});

describe('extinct flags', () => {
  it('reports removed flags with no reference left, skipping unknown and archived ones', () => {
    const findings = evaluateExtinctFlags(['new-checkout', 'legacy-search', 'old-banner', 'nope', 'new-checkout'], (flag) => flag === 'legacy-search', index, {}, sha256Hex);
    expect(findings.map((f) => [f.rule, f.severity, f.flag, f.file])).toEqual([['flag-extinct', 'info', 'new-checkout', 'flags.json']]);
    expect(findings[0]?.hint).toContain('"status": "archived"');
  });

  it('can be raised to a warning or turned off', () => {
    expect(evaluateExtinctFlags(['new-checkout'], () => false, index, { 'flag-extinct': 'warning' }, sha256Hex)[0]?.severity).toBe('warning');
    expect(evaluateExtinctFlags(['new-checkout'], () => false, index, { 'flag-extinct': 'off' }, sha256Hex)).toEqual([]);
  });
});

describe('line too long', () => {
  it('reports the skip with the limit', () => {
    const finding = createLineTooLongFinding({ file: 'dist/app.min.js', line: 1, lengthBytes: 90_000, maxLineLength: 4000 }, {}, sha256Hex);
    expect(finding).toMatchObject({ rule: 'line-too-long-skipped', severity: 'warning', line: 1 });
    expect(finding?.message).toContain('90000 bytes is over flags.maxLineLength (4000 bytes)');
  });
});

describe('fingerprints', () => {
  it('are computed on first read, equal to the eager values, and seen by JSON and spreads', () => {
    const finding = withLazyFingerprint({ rule: 'flag-unknown' as const, severity: 'error' as const, message: 'm', file: 'a.ts', line: 3, flag: 'f' }, '  if (x)   { }', sha256Hex);
    const content = normalizeLineContent('  if (x)   { }');
    expect(finding.content).toBe(content);
    expect(finding.fingerprint).toBe(fingerprintFinding(sha256Hex, 'a.ts', 'f', content));
    expect(JSON.parse(JSON.stringify(finding))).toMatchObject({ content, fingerprint: fingerprintFinding(sha256Hex, 'a.ts', 'f', content) });
    expect({ ...finding }.fingerprint).toBe(finding.fingerprint);
  });

  it('ignore indentation and line numbers but not the file, flag or content', () => {
    const a = fingerprintFinding(sha256Hex, 'a.ts', 'f', normalizeLineContent('   if (x)   { }'));
    expect(a).toBe(fingerprintFinding(sha256Hex, 'a.ts', 'f', normalizeLineContent('if (x) { }\t')));
    expect(a).not.toBe(fingerprintFinding(sha256Hex, 'b.ts', 'f', 'if (x) { }'));
    expect(a).not.toBe(fingerprintFinding(sha256Hex, 'a.ts', 'g', 'if (x) { }'));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});
