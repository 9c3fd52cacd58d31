// The full config load (cosmiconfig + zod): search the folders, parse the first config file
// found, validate it. Off the hot path: a config-cache hit never imports this module.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import { ConfigError } from '../errors.js';
import type { ProveConfig } from './schema.js';
import { PACKAGE_PROP, REFUSED_PLACES, SEARCH_PLACES, listSearchDirs, type SearchScope } from './search-places.js';
import { parseStrictJson } from './json-syntax.js';
import { validateConfig } from './validate-config.js';

/** The outcome of a full load. */
export interface LoadedConfig {
  /** The validated config with every default applied. */
  readonly config: ProveConfig;
  /** The file it came from, or null when none was found (defaults). */
  readonly filePath: string | null;
  /**
   * False when the result depends on files outside the search places (`$import`), so a cache
   * keyed on the search places could not prove it valid.
   */
  readonly cacheable: boolean;
}

const REFUSED = new Set<string>(REFUSED_PLACES);

/**
 * Searches `scope` (nearest folder first; within a folder in {@link SEARCH_PLACES} order) and
 * loads the first non-empty config. Empty files and a package.json without a `prove` key are
 * skipped, as cosmiconfig's own search does. Throws a {@link ConfigError} for an unparsable or
 * invalid file, and for a JavaScript/TypeScript config file.
 */
export async function loadConfig(scope: SearchScope): Promise<LoadedConfig> {
  const explorer = cosmiconfig('prove', {
    packageProp: PACKAGE_PROP,
    searchPlaces: [...SEARCH_PLACES],
    // We walk the folders ourselves (up to the git root, see search-places.ts) and only ask
    // cosmiconfig to parse the file we picked; its own caches would only cost memory here.
    cache: false,
    // Our JSON loader says where a syntax error is (line, column, the line itself).
    loaders: { '.json': (_filePath: string, content: string) => parseStrictJson(content) },
  });
  for (const dir of listSearchDirs(scope)) {
    for (const name of [...SEARCH_PLACES, ...REFUSED_PLACES]) {
      const filePath = join(dir, name);
      if (statSync(filePath, { throwIfNoEntry: false })?.isFile() !== true) continue;
      if (REFUSED.has(name)) throw refusedCodeConfig(filePath);
      let result: Awaited<ReturnType<typeof explorer.load>>;
      try {
        result = await explorer.load(filePath);
      } catch (error) {
        throw unparsable(filePath, error);
      }
      if (result === null || result.isEmpty === true) continue;
      const isPackageJson = basename(filePath) === 'package.json';
      const config = validateConfig(result.config, { filePath, keyPrefix: isPackageJson ? PACKAGE_PROP : null });
      return { config, filePath, cacheable: !readFileSync(filePath, 'utf8').includes('$import') };
    }
  }
  return { config: validateConfig({}, { filePath: null, keyPrefix: null }), filePath: null, cacheable: true };
}

function refusedCodeConfig(filePath: string): ConfigError {
  return new ConfigError(`${filePath}: JavaScript and TypeScript config files are not supported`, {
    hint: 'A prove-hooks config is data, read on every commit: move the same keys to .proverc.json (or .proverc.yaml) and delete this file.',
  });
}

function unparsable(filePath: string, error: unknown): ConfigError {
  // cosmiconfig reads a `$import`ed file as it loads the config: a file it cannot read is not a syntax error.
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code === 'string' && typeof path === 'string' && path !== filePath) {
    const problem = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code})`;
    return new ConfigError(`${filePath}: the file "$import" names, ${path}, ${problem}`, {
      hint: 'Fix the path in "$import" (relative to the config file that names it), or create that file.',
      cause: error,
    });
  }
  const raw = error instanceof Error ? error.message : String(error);
  // cosmiconfig prefixes "JSON Error in <file>:" and parse-json may add a code frame in colour.
  const message = raw
    .replace(/^(JSON|YAML) Error in [^\n]*:\n/, '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .trim();
  return new ConfigError(`cannot parse ${filePath}:\n${message.replace(/^/gm, '  ')}`, {
    hint: 'Fix the syntax (JSON for .proverc.json and package.json; YAML or JSON for .proverc, .proverc.yaml, .proverc.yml).',
    cause: error,
  });
}
