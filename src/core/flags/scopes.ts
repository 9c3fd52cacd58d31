// Monorepos: several registries, each governing a folder. A path belongs to the registry with
// the most specific (longest) scope that contains it.

/** A registry's scope as written in config, normalized: no `./`, no leading or trailing `/`. */
export function normalizeScope(scope: string): string {
  return scope.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+|\/+$/g, '').replace(/^\.$/, '');
}

/** True when a repository-relative path lies inside a (normalized) scope; '' contains everything. */
export function isInScope(path: string, scope: string): boolean {
  return scope === '' || path === scope || path.startsWith(`${scope}/`);
}

/**
 * The index of the most specific scope containing the path, or -1 when none does. Two
 * registries with the same scope are a configuration error the loader reports before this runs.
 */
export function selectScope(scopes: readonly string[], path: string): number {
  let best = -1;
  scopes.forEach((scope, index) => {
    if (isInScope(path, scope) && (best === -1 || scope.length > scopes[best]!.length)) best = index;
  });
  return best;
}
