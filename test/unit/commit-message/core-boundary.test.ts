// The commit-message core stays pure: no I/O, no clock, no process, and no runtime imports of the
// edges or of zod (it runs on every commit; only `import type` may reach the config schema).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../../src/core/commit-message/', import.meta.url));
const files = readdirSync(CORE).filter((name) => name.endsWith('.ts'));

const FORBIDDEN: readonly [string, RegExp][] = [
  ['node built-ins', /from ['"]node:/],
  ['the process object', /\bprocess\./],
  ['the wall clock', /Date\.now\(|new Date\(/],
  ['a runtime import from outside src/core', /^import (?!type )[^;]*from ['"]\.\.\/\.\.\//m],
  ['a runtime import of a package', /^import (?!type )[^;]*from ['"][^.]/m],
];

describe('src/core/commit-message', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(5));
  it.each(files.flatMap((file) => FORBIDDEN.map(([what, pattern]) => [file, what, pattern] as const)))('%s has no %s', (file, _what, pattern) => {
    const code = readFileSync(CORE + file, 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line)).join('\n');
    expect(code).not.toMatch(pattern);
  });
});
