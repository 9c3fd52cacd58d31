// The per-process compile cache: regexes compiled once (the most recently used kept), matchers built once per
// registry and settings. An object, so tests make their own. What compiles is passed in
// (hooks/flag-knowledge.ts createPatternCache: the core's matcher compiler, config's linear-time
// regex compiler): the cache only remembers.
import type { MatcherSettings, RegExpCompiler } from '../core/flags/compile-matcher.js';
import type { FlagMatcher } from '../core/flags/matcher.js';
import type { RegistryIndex } from '../core/flags/registry.js';
import { BoundedMap } from './bounded-map.js';

/** What the cache compiles with. */
export interface PatternCompilers {
  /** A regex for V8's linear-time engine, from a source and flags without `l`. Throws a SyntaxError. */
  readonly compileLinear: (source: string, flags: string) => RegExp;
  /** A registry's matcher under `settings`, its regexes compiled by `compileRegExp`. */
  readonly compileMatcher: (settings: MatcherSettings, registry: RegistryIndex, options: { readonly compileRegExp: RegExpCompiler }) => FlagMatcher;
}

export interface PatternCacheOptions {
  /** Most compiled regexes kept (the least recently used go first). A compiled regex never goes stale: no expiry. */
  readonly maxEntries?: number;
}

export interface PatternCacheStats {
  hits: number;
  misses: number;
  /** Matchers served from the per-registry memo. */
  matcherHits: number;
}

/** Compiled regexes and matchers for one process. */
export class FlagPatternCache {
  readonly stats: PatternCacheStats = { hits: 0, misses: 0, matcherHits: 0 };
  private readonly regexes: BoundedMap<string, RegExp>;
  private matchers = new WeakMap<RegistryIndex, Map<string, FlagMatcher>>();

  constructor(
    private readonly compilers: PatternCompilers,
    options: PatternCacheOptions = {},
  ) {
    this.regexes = new BoundedMap<string, RegExp>(options.maxEntries ?? 2000);
  }

  /**
   * A compiled regex, from the cache when the same source and flags were compiled before. Flags
   * with `l` compile for the linear-time engine (`compileLinear`). Throws a SyntaxError.
   */
  readonly compileRegExp = (source: string, flags: string): RegExp => {
    const key = `${flags}/${source}`;
    const cached = this.regexes.get(key);
    if (cached !== undefined) {
      this.stats.hits += 1;
      return cached;
    }
    this.stats.misses += 1;
    const regex = flags.includes('l') ? this.compilers.compileLinear(source, flags.replace('l', '')) : new RegExp(source, flags);
    this.regexes.set(key, regex);
    return regex;
  };

  /** Compiles these patterns now (e.g. the enabled presets', core/flags/compile-matcher.ts listPresetPatterns); returns how many. */
  warmUp(patterns: readonly { readonly source: string; readonly flags: string }[]): number {
    for (const { source, flags } of patterns) this.compileRegExp(source, flags);
    return patterns.length;
  }

  /** The matcher for a registry under these settings; built once, then reused. */
  matcherFor(settings: MatcherSettings, registry: RegistryIndex): FlagMatcher {
    let bySettings = this.matchers.get(registry);
    if (bySettings === undefined) {
      bySettings = new Map();
      this.matchers.set(registry, bySettings);
    }
    const key = JSON.stringify([settings.presets, settings.envPrefix, settings.patterns, settings.aliasCaseVariants]);
    const cached = bySettings.get(key);
    if (cached !== undefined) {
      this.stats.matcherHits += 1;
      return cached;
    }
    const matcher = this.compilers.compileMatcher(settings, registry, { compileRegExp: this.compileRegExp });
    bySettings.set(key, matcher);
    return matcher;
  }

  /** Forgets everything (tests, or a config reload). */
  clear(): void {
    this.regexes.clear();
    this.matchers = new WeakMap();
  }
}
