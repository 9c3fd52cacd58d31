// A preset pattern's `requires` is searched before the pattern runs over a whole text, and the
// pattern is skipped where it is not found: it must match in every text the pattern matches in,
// or references would be lost. Checked for every preset pattern that has one, on generated texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher, listPresetPatterns } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { lexSource, regionAt } from '../../../src/core/flags/source-lexer.js';
import { envReadText } from '../../arbitraries/env-reads.js';

const withRequires = (envPrefix: string) => listPresetPatterns([...PRESET_NAMES], envPrefix).filter(({ pattern }) => pattern.requires !== undefined);

describe('preset patterns’ requires', () => {
  it('are given only to patterns searched through whole texts, and the env preset has them', () => {
    const found = withRequires('FF_');
    expect(found.map(({ pattern }) => pattern.startsAtAnchor === true)).not.toContain(true);
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  it.each(['FF_', 'APP_'])('match in every text their pattern matches in (env prefix %s)', (envPrefix) => {
    const patterns = withRequires(envPrefix).map(({ pattern }) => ({ regex: new RegExp(pattern.regex), requires: new RegExp(pattern.requires!) }));
    let matched = 0;
    fc.assert(
      fc.property(envReadText, (text) => {
        for (const { regex, requires } of patterns) {
          if (!regex.test(text)) continue;
          matched += 1;
          expect(requires.test(text)).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
    // The generated texts do reach the patterns (the property is not checked on misses only).
    expect(matched).toBeGreaterThan(50);
  });

  it('leave the whole-text matcher’s references and dynamic keys as the patterns alone find them', () => {
    const registry = { source: 'flags.json', flags: [{ key: 'new', status: 'active' as const, aliases: [] }] };
    const settings = { presets: ['env' as const], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] };
    const matcher = compileFlagMatcher(settings, registry);
    const text = ["const a = process.env.FF_NEW;", "const { FF_NEW } = process.env;", "x = os.getenv('FF_NEW')", "y = process.env[`FF_${name}`]"].join('\n');
    const lexed = lexSource(text, 'js');
    const match = matcher.matchText!(text, { family: 'js', regionAt: (offset) => regionAt(lexed, offset) });
    expect(match.references.map((reference) => reference.flag)).toEqual(['new', 'new', 'new']);
    expect(match.dynamic.map((key) => key.expression)).toEqual(['`FF_${name}`']);
  });
});
