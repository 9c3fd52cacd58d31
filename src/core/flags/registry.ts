// The flag registry as data: its types and the O(1) lookups rules and matchers use. Parsing and
// validation live in registry-parse.ts; reading from disk lives in src/hooks/registry-file.ts.

/** Lifecycle of a flag in the registry. */
export const FLAG_STATUSES = ['active', 'deprecated', 'archived'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** One registry entry, validated. */
export interface FlagDefinition {
  readonly key: string;
  readonly status: FlagStatus;
  /** Calendar date `YYYY-MM-DD` after which the flag counts as expired. */
  readonly expires?: string;
  readonly owner?: string;
  readonly description?: string;
  /** Constants or identifiers that stand for the flag in code (matched on identifier boundaries). */
  readonly aliases: readonly string[];
}

/** A parsed registry: plain data, so it can be cached as JSON. */
export interface FlagRegistry {
  /** The file it came from (repository-relative), for messages. */
  readonly source: string;
  readonly flags: readonly FlagDefinition[];
}

/** Lookups over one registry, built once per process. */
export interface RegistryIndex {
  readonly registry: FlagRegistry;
  /** Every key, in registry order. */
  readonly keys: readonly string[];
  /** The definition of a key, or undefined. */
  get(key: string): FlagDefinition | undefined;
  /** The key an alias stands for, or undefined. */
  keyOfAlias(alias: string): string | undefined;
  /**
   * The key whose normalized form (lower case, letters and digits only) equals the name's,
   * when exactly one key has it: `newCheckout` and `NEW_CHECKOUT` find `new-checkout`.
   */
  keyOfNormalized(name: string): string | undefined;
}

/** Lower case, letters and digits only: the form in which `new-checkout` equals `NEW_CHECKOUT`. */
export function normalizeFlagName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Builds the lookups of a registry. Assumes it was validated (keys and aliases unique); when a
 * normalized form is shared by two keys it resolves to neither.
 */
export function indexRegistry(registry: FlagRegistry): RegistryIndex {
  const byKey = new Map<string, FlagDefinition>();
  const byAlias = new Map<string, string>();
  const byNormalized = new Map<string, string | null>();
  for (const flag of registry.flags) {
    byKey.set(flag.key, flag);
    for (const alias of flag.aliases) byAlias.set(alias, flag.key);
    const normalized = normalizeFlagName(flag.key);
    byNormalized.set(normalized, byNormalized.has(normalized) ? null : flag.key);
  }
  return {
    registry,
    keys: registry.flags.map((flag) => flag.key),
    get: (key) => byKey.get(key),
    keyOfAlias: (alias) => byAlias.get(alias),
    keyOfNormalized: (name) => byNormalized.get(normalizeFlagName(name)) ?? undefined,
  };
}
