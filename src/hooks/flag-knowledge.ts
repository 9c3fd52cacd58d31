// Everything the flag check knows, loaded once per run: the registries (through the persisted
// cache), a compiled matcher per registry, and the rule context. The engine's entry point.
import { sha256Hex } from '../hash.js';
import { FlagPatternCache, type PatternCacheOptions } from '../cache/pattern-cache.js';
import { RegistryCache, type RegistryCacheStats } from '../cache/registry-cache.js';
import { compileFlagMatcher, listPresetPatterns, patternFlags, patternSource, type MatcherSettings } from '../core/flags/compile-matcher.js';
import { compileLinearRegExp } from '../config/linear-regexp.js';
import type { FlagSeverityConfig } from '../core/flags/finding.js';
import type { FlagMatcher } from '../core/flags/matcher.js';
import { FLAG_STATUSES, type RegistryIndex } from '../core/flags/registry.js';
import type { FlagRuleContext } from '../core/flags/rules.js';
import { InternalError } from '../errors.js';
import { stateDirOf } from '../state-folder.js';
import { isNeedsFullCli, type NeedsFullCli } from '../config/needs-full-cli.js';
import { readFlagRegistries, type FlagRegistries, type ReadRegistriesOptions } from './registry-file.js';

/** The parts of the `flags` config this needs (the schema's FlagsConfig fits). */
export interface FlagKnowledgeConfig extends MatcherSettings {
  readonly registries: readonly { readonly path: string; readonly scope: string }[];
  readonly severity: FlagSeverityConfig;
  readonly cache: { readonly ttlSeconds: number; readonly maxEntries: number };
}

export interface LoadFlagKnowledgeOptions<Miss extends NeedsFullCli = never> {
  /** Absolute path of the work tree's top level. */
  readonly repoRoot: string;
  /** Absolute path of the git common dir: the cache lives in `<it>/prove-hooks/`. */
  readonly gitCommonDir: string;
  readonly toolVersion: string;
  /** Parses a registry the cache does not hold (see ReadRegistriesOptions.parseRegistry). */
  readonly parseRegistry: ReadRegistriesOptions<Miss>['parseRegistry'];
  /** Wall clock in ms (cache TTL); default Date.now. */
  readonly now?: () => number;
  /** Shared compile cache; default a new one (warmed up with the enabled presets). */
  readonly patternCache?: FlagPatternCache;
  /** Reads registries as staged (pre-commit) or at a commit (pre-push); see ReadRegistriesOptions.readFromGit. */
  readonly readFromGit?: ReadRegistriesOptions['readFromGit'];
}

export interface FlagKnowledge {
  readonly registries: FlagRegistries;
  /** Every anchor of every registry's matcher: the engine's prefilter literals. */
  readonly anchors: readonly string[];
  /** The matcher for a repository-relative path, or undefined when no registry's scope contains it. */
  matcherFor(path: string): FlagMatcher | undefined;
  /** The registry index for a path (same scoping as matcherFor). */
  registryFor(path: string): RegistryIndex | undefined;
  /** The context the rules need; `today` is `YYYY-MM-DD` (see `formatLocalDate`). */
  ruleContext(today: string): FlagRuleContext;
  readonly cacheStats: Readonly<RegistryCacheStats>;
  readonly patternCache: FlagPatternCache;
}

/**
 * Loads registries and compiles matchers. Throws RegistryError, ConfigError or DetectionError.
 * Resolves the parser's `Miss` when a registry had to be parsed and the parser could not.
 */
export async function loadFlagKnowledge<Miss extends NeedsFullCli = never>(config: FlagKnowledgeConfig, options: LoadFlagKnowledgeOptions<Miss>): Promise<FlagKnowledge | Miss> {
  const cache = new RegistryCache({
    dir: stateDirOf(options.gitCommonDir),
    ttlMs: config.cache.ttlSeconds * 1000,
    maxEntries: config.cache.maxEntries,
    toolVersion: options.toolVersion,
    flagStatuses: FLAG_STATUSES,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  let registries: FlagRegistries | Miss;
  try {
    registries = await readFlagRegistries(config.registries, {
      repoRoot: options.repoRoot,
      parseRegistry: options.parseRegistry,
      cache,
      ...(options.readFromGit === undefined ? {} : { readFromGit: options.readFromGit }),
    });
  } finally {
    await cache.flush();
  }
  if (isNeedsFullCli(registries)) return registries;
  // No warm-up of the presets' patterns: matcherFor compiles each of them through this cache anyway.
  const patternCache = options.patternCache ?? createPatternCache();
  const matchers = new Map(registries.registries.map((scoped) => [scoped, patternCache.matcherFor(config, scoped.index)]));
  const anchors = [...new Set([...matchers.values()].flatMap((matcher) => matcher.anchors))];
  const registryFor = (path: string): RegistryIndex | undefined => registries.registryFor(path)?.index;
  return {
    registries,
    anchors,
    matcherFor(path) {
      const scoped = registries.registryFor(path);
      return scoped === undefined ? undefined : matchers.get(scoped);
    },
    registryFor,
    ruleContext(today) {
      return {
        today,
        severity: config.severity,
        // The core loads no module: it is handed node:crypto's sha256 for the findings' fingerprints.
        sha256Hex,
        registryFor(path) {
          const index = registryFor(path);
          // The engine only evaluates paths it matched with matcherFor, which has a registry.
          if (index === undefined) throw new InternalError(`no flag registry governs ${path}, yet it was scanned`);
          return index;
        },
      };
    },
    cacheStats: cache.stats,
    patternCache,
  };
}

/** The regexes of the enabled presets, as {@link FlagPatternCache.warmUp} takes them. */
export function listPresetRegExps(settings: Pick<MatcherSettings, 'presets' | 'envPrefix'>): { source: string; flags: string }[] {
  return listPresetPatterns(settings.presets, settings.envPrefix).map(({ pattern }) => ({ source: patternSource(pattern), flags: patternFlags(pattern) }));
}

/** A pattern cache compiling with the core's matcher compiler and config's linear-time regex compiler. */
export function createPatternCache(options: PatternCacheOptions = {}): FlagPatternCache {
  return new FlagPatternCache({ compileLinear: compileLinearRegExp, compileMatcher: compileFlagMatcher }, options);
}

/** A date as `YYYY-MM-DD` in the local time zone: "expired" means before the developer's today. */
