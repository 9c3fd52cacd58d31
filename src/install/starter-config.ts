// The starter `.proverc.json` that `init` writes when a package has no prove-hooks config yet.
import { commitMsgSchema, configSchema, flagsSchema } from '../config/schema.js';

/** The file name init writes. */
export const STARTER_CONFIG_NAME = '.proverc.json';

/** Path of our JSON Schema as seen from a package that has prove-hooks installed. */
export const SCHEMA_REFERENCE = './node_modules/prove-hooks/schema/proverc.schema.json';

/** The flag registry files the default config points at (relative to the top of the repository). */
export function listDefaultRegistryPaths(): string[] {
  return flagsSchema.parse({}).registries.map((registry) => registry.path);
}

/**
 * The starter config: the JSON Schema reference (editors complete and check the file) and the
 * commit message rules spelled out with their defaults, taken from the zod schema, so the user
 * sees what can be changed. Without a flag registry the flag checks are written as off: they
 * fail closed on a missing registry, which would block every commit of a fresh install.
 * Throws if the schema would reject the result (a bug, caught by the tests).
 */
export function composeStarterConfig(options: { readonly registryFound: boolean }): string {
  const starter = {
    $schema: SCHEMA_REFERENCE,
    commitMsg: commitMsgSchema.parse({}),
    ...(options.registryFound ? {} : { flags: { enabled: false } }),
  };
  configSchema.parse(starter);
  return `${JSON.stringify(starter, null, 2)}\n`;
}
