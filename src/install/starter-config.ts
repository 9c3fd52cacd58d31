// The starter `.proverc.json` that `init` writes when a package has no prove-hooks config yet.
import { commitMsgSchema, configSchema } from '../config/schema.js';

/** The file name init writes. */
export const STARTER_CONFIG_NAME = '.proverc.json';

/** Path of our JSON Schema as seen from a package that has prove-hooks installed. */
export const SCHEMA_REFERENCE = './node_modules/prove-hooks/schema/proverc.schema.json';

/**
 * The starter config: the JSON Schema reference (editors complete and check the file) and the
 * commit message rules spelled out with their defaults, taken from the zod schema, so the user
 * sees what can be changed. Throws if the schema would reject it (a bug, caught by the tests).
 */
export function composeStarterConfig(): string {
  const starter = { $schema: SCHEMA_REFERENCE, commitMsg: commitMsgSchema.parse({}) };
  configSchema.parse(starter);
  return `${JSON.stringify(starter, null, 2)}\n`;
}
