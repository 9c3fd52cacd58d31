// A small FlagMatcher for engine tests: `<call>('<key>')` call forms and identifier aliases.
import type { FlagMatcher, FlagReference } from '../../src/core/flags/matcher.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches `<call>("key")` for each call name and each alias as a whole identifier. */
export function createSimpleMatcher(options: { calls?: readonly string[]; aliases?: Readonly<Record<string, string>> } = {}): FlagMatcher {
  const calls = options.calls ?? ['variation', 'isEnabled'];
  const aliases = options.aliases ?? {};
  const callPattern = calls.length > 0 ? new RegExp(`\\b(?:${calls.map(escape).join('|')})\\(\\s*['"\`]([^'"\`]+)['"\`]`, 'g') : null;
  const aliasNames = Object.keys(aliases);
  const aliasPattern = aliasNames.length > 0 ? new RegExp(`(?<![\\w$])(?:${aliasNames.map(escape).join('|')})(?![\\w$])`, 'g') : null;
  return {
    anchors: [...calls.map((call) => `${call}(`), ...aliasNames],
    matchLine(line: string): FlagReference[] {
      const found: FlagReference[] = [];
      if (callPattern) for (const match of line.matchAll(callPattern)) found.push({ flag: match[1]!, index: match.index, source: 'test' });
      if (aliasPattern) for (const match of line.matchAll(aliasPattern)) found.push({ flag: aliases[match[0]]!, index: match.index, source: 'alias' });
      return found.sort((a, b) => a.index - b.index);
    },
  };
}
