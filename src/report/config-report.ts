// Text and JSON for `prove-hooks config`: the effective config and where it came from.
import { PACKAGE_PROP, SEARCH_PLACES, listSearchDirs } from '../config/search-places.js';
import type { ResolvedConfig } from '../config/resolve-config.js';

/** The machine-readable form (`prove-hooks config --json`). Field names are a public contract. */
export interface ConfigReportJson {
  readonly source: string | null;
  readonly usingDefaults: boolean;
  readonly searchedDirs: readonly string[];
  readonly searchPlaces: readonly string[];
  readonly cacheFile: string | null;
  readonly config: unknown;
}

/** Builds the JSON form. */
export function toConfigReportJson(resolved: ResolvedConfig, cacheFile: string | null): ConfigReportJson {
  return {
    source: resolved.filePath,
    usingDefaults: resolved.filePath === null,
    searchedDirs: listSearchDirs(resolved.scope),
    searchPlaces: [...SEARCH_PLACES],
    cacheFile,
    config: resolved.config,
  };
}

/** The text form: source, search, cache, then the config as JSON. Ends with a newline. */
export function formatConfigReport(resolved: ResolvedConfig, cacheFile: string | null): string {
  const dirs = listSearchDirs(resolved.scope);
  const places = SEARCH_PLACES.map((place) => (place === 'package.json' ? `package.json ("${PACKAGE_PROP}" key)` : place)).join(', ');
  const searched = dirs.length === 1 ? dirs[0]! : `${dirs[0]!} up to ${dirs.at(-1)!}`;
  return [
    resolved.filePath === null
      ? 'Config file: none found, so the defaults below apply.'
      : `Config file: ${resolved.filePath}`,
    `Searched:    ${searched} (nearest first; in each folder: ${places})`,
    `Cache:       ${cacheFile === null ? 'none (not in a git repository)' : `${cacheFile} (refreshed)`}`,
    '',
    JSON.stringify(resolved.config, null, 2),
    '',
  ].join('\n');
}
