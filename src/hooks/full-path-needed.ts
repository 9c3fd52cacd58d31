// The signal of the cache-only sources (src/hooks/cache-only-sources.ts): where a run needs what
// only the full CLI holds (parsing a config file or a registry: cosmiconfig, zod, yaml), they
// throw this before anything was printed or recorded. It never leaves the hook runner
// (src/hooks/run-hook.ts), which returns it as the `needs-full-cli` outcome.

/** Thrown by the cache-only sources where the full CLI is needed; caught only by runHook. */
export class FullPathNeeded extends Error {
  override readonly name = 'FullPathNeeded';

  constructor(readonly reason: string) {
    super(`the full CLI is needed: ${reason}`);
  }
}

/** True for a {@link FullPathNeeded}, also when it was wrapped as another error's `cause`. */
export function isFullPathNeeded(error: unknown): error is FullPathNeeded {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) {
    if (current.name === 'FullPathNeeded') return true;
  }
  return false;
}
