// The per-process compile cache: regexes compiled once (the most recently used kept), matchers built once per
// registry and settings, and a warm-up for the enabled presets. An object, so tests make their own.
import {
  compileFlagMatcher,
  listPresetPatterns,
  patternFlags,
  patternSource,
  type MatcherSettings,
} from '../core/flags/compile-matcher.js';
import type { FlagMatcher } from '../core/flags/matcher.js';
import type { RegistryIndex } from '../core/flags/registry.js';
import { BoundedMap } from './bounded-map.js';
import { compileLinearRegExp } from './linear-regexp.js';

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

  constructor(options: PatternCacheOptions = {}) {
    this.regexes = new BoundedMap<string, RegExp>(options.maxEntries ?? 2000);
  }

  /**
   * A compiled regex, from the cache when the same source and flags were compiled before. Flags
   * with `l` compile for the linear-time engine (linear-regexp.ts). Throws a SyntaxError.
   */
  readonly compileRegExp = (source: string, flags: string): RegExp => {
    const key = `${flags}/${source}`;
    const cached = this.regexes.get(key);
    if (cached !== undefined) {
      this.stats.hits += 1;
      return cached;
    }
    this.stats.misses += 1;
    const regex = flags.includes('l') ? compileLinearRegExp(source, flags.replace('l', '')) : new RegExp(source, flags);
    this.regexes.set(key, regex);
    return regex;
  };

  /** Compiles every pattern of the enabled presets now; returns how many were compiled. */
  warmUp(settings: Pick<MatcherSettings, 'presets' | 'envPrefix'>): number {
    const patterns = listPresetPatterns(settings.presets, settings.envPrefix);
    for (const { pattern } of patterns) this.compileRegExp(patternSource(pattern), patternFlags(pattern));
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
    const matcher = compileFlagMatcher(settings, registry, { compileRegExp: this.compileRegExp });
    bySettings.set(key, matcher);
    return matcher;
  }

  /** Forgets everything (tests, or a config reload). */
  clear(): void {
    this.regexes.clear();
    this.matchers = new WeakMap();
  }
}
