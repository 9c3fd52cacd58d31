// The config as committed at a commit's top level, for `prove-hooks flags --ref` in a bare
// repository and the server's pre-receive (no work tree to search): the same places and
// validation as a work tree's config.
import { ConfigError } from '../errors.js';
import type { ProveConfig } from '../config/schema.js';
import { PACKAGE_PROP, SEARCH_PLACES } from '../config/search-places.js';
import type { GitRunner } from '../git/run-git.js';
import { isOutputTooLarge } from '../git/spawn-failure.js';
import { isRegularFileMode } from '../git/tree-files.js';

type GitOptions = { cwd: string; env: NodeJS.ProcessEnv };

/** Reads the first non-empty config of SEARCH_PLACES at `commit`; the defaults when none. Throws ConfigError. */
export async function readConfigAtCommit(runner: GitRunner, commit: string, options: GitOptions): Promise<ProveConfig> {
  return readConfigOfEntries(runner, commit, parseConfigEntries(await listConfigEntries(runner, commit, options)), options);
}

/**
 * The config committed at each of `commits` ({@link readConfigAtCommit}), read once per distinct
 * set of config files: commits whose top-level config entries are the same blobs share one
 * config, so a push of many refs costs one `git ls-tree` per commit. Throws ConfigError.
 */
export async function readConfigsAtCommits(runner: GitRunner, commits: readonly string[], options: GitOptions): Promise<Map<string, ProveConfig>> {
  const byEntries = new Map<string, Promise<ProveConfig>>();
  const configs = new Map<string, ProveConfig>();
  for (const commit of new Set(commits)) {
    const listing = await listConfigEntries(runner, commit, options);
    let config = byEntries.get(listing);
    if (config === undefined) byEntries.set(listing, (config = readConfigOfEntries(runner, commit, parseConfigEntries(listing), options)));
    configs.set(commit, await config);
  }
  return configs;
}

/** `git ls-tree` of the config places at the top of `commit`. Throws ConfigError when git cannot list it. */
async function listConfigEntries(runner: GitRunner, commit: string, options: GitOptions): Promise<string> {
  // --literal-pathspecs: the names are file names, never globs; -z: verbatim.
  const listed = await runner(['--literal-pathspecs', 'ls-tree', '-z', commit, '--', ...SEARCH_PLACES], options);
  if (listed.status !== 0) {
    throw new ConfigError(`cannot list the config files of ${commit.slice(0, 12)}: git ls-tree failed (exit ${listed.status}): ${listed.stderr.trim()}`, {
      hint: 'Check that the commit exists here: `git cat-file -t <commit>`.',
    });
  }
  return listed.stdout;
}

/** What a config place holds at a commit: a regular file's blob id, or a symbolic link. */
type ConfigEntry = { readonly kind: 'file'; readonly id: string } | { readonly kind: 'link' };

/** The regular files (blob id) and symbolic links of a listing, by name: folders and submodules are no config. */
function parseConfigEntries(listing: string): Map<string, ConfigEntry> {
  const blobs = new Map<string, ConfigEntry>();
  for (const record of listing.split('\0')) {
    const entry = /^(\d{6}) blob ([0-9a-f]{40}|[0-9a-f]{64})\t(.*)$/s.exec(record);
    if (entry === null) continue;
    if (isRegularFileMode(entry[1]!)) blobs.set(entry[3]!, { kind: 'file', id: entry[2]! });
    else if (entry[1] === '120000') blobs.set(entry[3]!, { kind: 'link' });
  }
  return blobs;
}

async function readConfigOfEntries(runner: GitRunner, commit: string, blobs: ReadonlyMap<string, ConfigEntry>, options: GitOptions): Promise<ProveConfig> {
  const { validateConfig } = await import('../config/validate-config.js');
  const { parseStrictJson } = await import('../config/json-syntax.js');
  for (const name of SEARCH_PLACES) {
    const entry = blobs.get(name);
    if (entry === undefined) continue;
    // Skipped, a link would put the defaults in the team's config's place in silence (the work
    // tree's loader refuses a link out of the repository or to nothing the same way).
    if (entry.kind === 'link') {
      throw new ConfigError(`the config file ${name} at ${commit.slice(0, 12)} is a symbolic link: a config read from a commit must be a regular file`, {
        hint: `Replace the link ${name} with the config file itself.`,
      });
    }
    const id = entry.id;
    // cat-file blob: the blob as stored, without textconv or other filters.
    const blob = await runner(['cat-file', 'blob', id], options).catch((error: unknown) => {
      if (!isOutputTooLarge(error)) throw error;
      throw new ConfigError(`the config file ${name} at ${commit.slice(0, 12)} is over 64 MiB: prove-hooks does not read a config that large`, {
        hint: 'A prove-hooks config is a few lines: check what that file holds.',
        cause: error,
      });
    });
    const text = blob.status === 0 ? blob.stdout : null;
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
