// The answer of a source that holds only caches (the fast paths' sources, src/hooks/cache-only-sources.ts)
// where a run needs what only the full CLI loads (a config file, a registry to parse, git's
// settings from git): a value the run returns up to the hook runner, never an exception.

/** "This run needs the full CLI", and why (for tests and debugging). */
export interface NeedsFullCli {
  readonly kind: 'needs-full-cli';
  readonly reason: string;
}

export function needsFullCli(reason: string): NeedsFullCli {
  return { kind: 'needs-full-cli', reason };
}

/** True for a {@link NeedsFullCli} answer (a parsed registry, a config, settings have no `kind` of that name). */
export function isNeedsFullCli(value: unknown): value is NeedsFullCli {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'needs-full-cli';
}
