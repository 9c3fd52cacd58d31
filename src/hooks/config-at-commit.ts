// The config as committed at a commit's top level, for `prove-hooks flags --ref` in a bare
// repository (no work tree to search): the same places and validation as a work tree's config.
import { ConfigError } from '../errors.js';
import type { ProveConfig } from '../config/schema.js';
import { PACKAGE_PROP, SEARCH_PLACES } from '../config/search-places.js';
import type { GitRunner } from '../git/run-git.js';
import { readCommitFile } from '../git/tree-files.js';

/** Reads the first non-empty config of SEARCH_PLACES at `commit`; the defaults when none. Throws ConfigError. */
export async function readConfigAtCommit(runner: GitRunner, commit: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProveConfig> {
  const { validateConfig } = await import('../config/validate-config.js');
  const { parseStrictJson } = await import('../config/json-syntax.js');
  for (const name of SEARCH_PLACES) {
    const text = await readCommitFile(runner, commit, name, options);
    if (text === null || text.trim() === '') continue;
    const filePath = `${commit.slice(0, 12)}:${name}`;
    let raw: unknown;
    try {
      if (name === '.proverc.json' || name === 'package.json') raw = parseStrictJson(text);
      else raw = (await import('yaml')).parse(text) as unknown;
    } catch (error) {
      throw new ConfigError(`cannot parse ${filePath}: ${(error as Error).message}`, { cause: error, hint: 'Fix the syntax in that commit, or run on a commit whose config parses.' });
    }
    if (name === 'package.json') {
      const section = (raw as Record<string, unknown> | null)?.[PACKAGE_PROP];
      if (section === undefined) continue;
      return validateConfig(section, { filePath, keyPrefix: PACKAGE_PROP });
    }
    return validateConfig(raw, { filePath, keyPrefix: null });
  }
  return validateConfig({}, { filePath: null, keyPrefix: null });
}

/**
 * The config committed at each of `commits` ({@link readConfigAtCommit}), read once per distinct
 * set of config files: commits whose top-level config entries are the same blobs share one
 * config, so a push of many refs costs one `git ls-tree` per commit. Throws ConfigError.
 */
export async function readConfigsAtCommits(runner: GitRunner, commits: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Map<string, ProveConfig>> {
  const byEntries = new Map<string, Promise<ProveConfig>>();
  const configs = new Map<string, ProveConfig>();
  for (const commit of new Set(commits)) {
    // --literal-pathspecs: the names are file names, never globs; -z: verbatim. The listing
    // (modes, ids, names of the config files present) decides what the config is.
    const listed = await runner(['--literal-pathspecs', 'ls-tree', '-z', commit, '--', ...SEARCH_PLACES], options);
    const key = listed.status === 0 ? listed.stdout : `\0${commit}`;
    let config = byEntries.get(key);
    if (config === undefined) byEntries.set(key, (config = readConfigAtCommit(runner, commit, options)));
    configs.set(commit, await config);
  }
  return configs;
}
