// The full CLI's sources (src/hooks/hook-sources.ts): the config cache with the config loader
// behind it, the registry parser, git's settings through their cache with git behind it, and the
// branch from the HEAD file with git behind it, each loaded only when a cache misses. They never answer `needs-full-cli`.
import { resolveConfig } from './resolve-config.js';
import { RegistryError } from '../errors.js';
import { readCurrentBranch } from '../git/current-branch.js';
import { resolveMessageSettings } from './resolve-message-settings.js';
import { createGitRunner } from '../git/run-git.js';
import { PROVE_VERSION } from '../version.js';
import type { HookSources } from './hook-sources.js';

export const FULL_SOURCES: HookSources<never> = {
  resolveConfig,
  parseRegistry: async (text, path) => {
    const { detectRegistryFormat, formatRegistryIssues, parseRegistry } = await import('../core/flags/registry-parse.js');
    const result = parseRegistry(text, { source: path, format: detectRegistryFormat(path) });
    if (!result.ok) {
      throw new RegistryError(`the flag registry is invalid:\n${formatRegistryIssues(path, result.issues)}`, {
        hint: `Fix ${path} (each problem names the entry and the field); the check fails closed until it is valid.`,
      });
    }
    return result.registry;
  },
  resolveMessageSettings: (place) => resolveMessageSettings(createGitRunner(), { ...place, version: PROVE_VERSION, now: Date.now }),
  readBranch: ({ gitDir, cwd, env }) => readCurrentBranch(createGitRunner(), gitDir, cwd, env),
};
