// The pure part of src/ (the whole core, every folder of it, and the base's text tools) uses no
// file system, no process, no wall clock and loads no module at run time: whatever it needs of
// node (a hash) is handed in by the hooks' tier. The import graph (layers.test.ts) keeps the
// arrows; this keeps what an import does not show (`process.getBuiltinModule`, `process.env`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const PURE_FOLDERS = ['core', 'text'];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const FORBIDDEN: readonly [string, RegExp][] = [
  ['the file system', /from ['"]node:fs/],
  ['child processes', /from ['"]node:(?:child_process|worker_threads)/],
  ['node:crypto at run time', /^import (?!type ).*from ['"]node:crypto/m],
  ['the process object', /(?<![\w.'`$])process\.(?!env\.FF_|env\[)/],
  ['a module loaded at run time', /\b(?:getBuiltinModule|require)\(/],
  ['the wall clock', /Date\.now\(|new Date\(\)/],
];

/** The code of a file without comments and without the presets' documentation strings (which name `process.env`). */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && !line.includes("'JS/TS:") && !/^\s*'.*`process\.env/.test(line))
    .join('\n');
}

describe('the pure part of src/ (core/, text/)', () => {
  const files = PURE_FOLDERS.flatMap((folder) => listFiles(join(SRC, folder)));

  it('is read from every folder of the core', () => {
    const folders = new Set(files.map((file) => relative(SRC, file).split('/').slice(0, 2).join('/')));
    expect([...folders].filter((folder) => folder.startsWith('core/') && !folder.endsWith('.ts')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.flatMap((file) => FORBIDDEN.map(([what, pattern]) => [relative(SRC, file), what, pattern] as const)))('%s does not use %s', (file, _what, pattern) => {
    expect(codeOf(join(SRC, file))).not.toMatch(pattern);
  });
});
