// The flag core stays pure: no file system, no processes, no wall clock, no imports of the edges.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../../src/core/flags', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const FORBIDDEN: readonly [string, RegExp][] = [
  ['the file system', /from ['"]node:fs/],
  ['child processes', /from ['"]node:child_process/],
  ['the process object', /(?<![\w.'`])process\.(?!env\.FF_|env\[)/],
  ['the wall clock', /Date\.now\(/],
  ['the edges (cli, git, config, cache, report, hooks)', /from ['"](?:\.\.\/)+(?:cli|git|config|cache|report|hooks)\//],
];

describe('src/core/flags', () => {
  const files = listFiles(CORE);
  it.each(files.flatMap((file) => FORBIDDEN.map(([what, pattern]) => [relative(CORE, file), what, pattern] as const)))('%s does not use %s', (file, _what, pattern) => {
    const code = readFileSync(join(CORE, file), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && !line.includes("'JS/TS:"))
      .join('\n');
    expect(code).not.toMatch(pattern);
  });
});
