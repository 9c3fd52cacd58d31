// The signal of the hook fast paths' cache-only builds: where a run needs what only the full CLI
// holds (parsing a config file or a registry: cosmiconfig, zod, yaml), the cache-only build
// throws this before anything was printed or recorded, and the launcher hands the run over.

/** Thrown by the cache-only build (dist/pre-commit-fast-path.cjs) where the full CLI is needed. */
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
