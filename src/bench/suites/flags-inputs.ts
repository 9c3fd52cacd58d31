// Inputs of the flag suites: the default flag settings from the schema and generated registries.
import type { MatcherSettings } from '../../core/flags/compile-matcher.js';
import type { RegistryIndex } from '../../core/flags/registry.js';
import { generateRegistryJson } from './inputs.js';

/** The matcher settings a default configuration gets (every preset). */
export async function loadDefaultMatcherSettings(): Promise<MatcherSettings> {
  const { flagsSchema } = await import('../../config/schema.js');
  return flagsSchema.parse({});
}

/** A parsed and indexed registry of `count` generated flags. */
export async function buildRegistryIndex(count: number): Promise<RegistryIndex> {
  const { parseRegistry } = await import('../../core/flags/registry-parse.js');
  const { indexRegistry } = await import('../../core/flags/registry.js');
  const parsed = parseRegistry(generateRegistryJson(count), { source: 'flags.json', format: 'json' });
  if (!parsed.ok) throw new Error(`generated registry is invalid: ${JSON.stringify(parsed)}`);
  return indexRegistry(parsed.registry);
}
