// Gaps the fifth blind corpus (test/corpus/blind5) found, each at its general cause. Each row
// names the SDK documentation or type definition that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'mega-menu', status: 'active' as const, aliases: [] },
    { key: 'FF_SANDBOX', status: 'active' as const, aliases: [] },
  ],
};
const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, REGISTRY);

/** `[flag, line]` of every reference in `text`. */
function found(path: string, text: string): [string | null, number][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line]);
}

/** `[expression, line]` of every dynamic key in `text`. */
function dynamicKeys(path: string, text: string): [string, number][] {
  return scanSourceText(text, path, matcher).dynamic.map((placed) => [placed.key.expression, placed.line]);
}

describe('the validated environment object of T3 Env imported by name', () => {
  // create.t3.gg "Environment Variables": `export const env = createEnv({ ... })` in src/env.js,
  // then `import { env } from "~/env"` and `env.DATABASE_URL`; the `@/env` alias of newer templates.
  it.each([
    ['~/env', 'import { env } from "~/env";\n'],
    ['@/env', "import { env } from '@/env';\n"],
    ['a relative env.js', 'import { env } from "../../env.js";\n'],
    ['env.mjs under another name', 'import { env as appEnv } from "~/env.mjs";\n'],
    // Node: `import { env } from 'node:process'` is process.env.
    ['node:process', "import { env } from 'node:process';\n"],
  ])('reads env.FF_X after an import from %s', (_, line) => {
    const local = line.includes(' as ') ? 'appEnv' : 'env';
    const text = `${line}\nexport function sandbox() {\n  return ${local}.FF_SANDBOX === "true" && ${local}.NODE_ENV !== "test";\n}\n`;
    expect(found('a.ts', text)).toEqual([['FF_SANDBOX', 4]]);
  });

  it('reads nothing through an env export of a module that is no environment', () => {
    expect(found('a.ts', 'import { env } from "./config/loader";\nconst on = env.FF_SANDBOX;\n')).toEqual([]);
    expect(found('a.ts', 'import { settings } from "~/env";\nconst on = settings.FF_SANDBOX;\n')).toEqual([]);
  });
});
