// Text and JSON for `prove-hooks config`: the effective config and where it came from.

/** Where the effective config came from, as the command found it (hooks/resolve-config.ts, config/search-places.ts). */
export interface ConfigOrigin {
  /** The config file, or null when the defaults apply. */
  readonly filePath: string | null;
  /** The effective config. */
  readonly config: unknown;
  /** The folders searched, nearest first. */
  readonly searchedDirs: readonly string[];
  /** The file names looked for in each folder. */
  readonly searchPlaces: readonly string[];
  /** The key read from package.json. */
  readonly packageProp: string;
  /** The config cache file, or null outside a git repository. */
  readonly cacheFile: string | null;
}

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
export function toConfigReportJson(origin: ConfigOrigin): ConfigReportJson {
  return {
    source: origin.filePath,
    usingDefaults: origin.filePath === null,
    searchedDirs: [...origin.searchedDirs],
    searchPlaces: [...origin.searchPlaces],
    cacheFile: origin.cacheFile,
    config: origin.config,
  };
}

/** The text form: source, search, cache, then the config as JSON. Ends with a newline. */
export function formatConfigReport(origin: ConfigOrigin): string {
  const dirs = origin.searchedDirs;
  const places = origin.searchPlaces.map((place) => (place === 'package.json' ? `package.json ("${origin.packageProp}" key)` : place)).join(', ');
  const searched = dirs.length === 1 ? dirs[0]! : `${dirs[0]!} up to ${dirs.at(-1)!}`;
  return [
    origin.filePath === null
      ? 'Config file: none found, so the defaults below apply.'
      : `Config file: ${origin.filePath}`,
    `Searched:    ${searched} (nearest first; in each folder: ${places})`,
    `Cache:       ${origin.cacheFile === null ? 'none (not in a git repository)' : `${origin.cacheFile} (refreshed)`}`,
    '',
    JSON.stringify(origin.config, null, 2),
    '',
  ].join('\n');
}
