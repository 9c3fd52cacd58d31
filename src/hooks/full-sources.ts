// The full CLI's sources (src/hooks/hook-sources.ts): the config cache with the config loader
// behind it, and the registry parser, each loaded only when a cache misses.
import { resolveConfig } from '../config/resolve-config.js';
import { RegistryError } from '../errors.js';
import type { HookSources } from './hook-sources.js';

export const FULL_SOURCES: HookSources = {
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
};
