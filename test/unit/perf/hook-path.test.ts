import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../helpers/hooked-repo.js';

// What the bin's files hold, from the metafiles scripts/build.mjs keeps in dist/.meta/ (npm test
// builds first): the files a hook run loads must hold no bench code.
function metafile(name: string): Metafile {
  const file = join(PACKAGE_ROOT, 'dist', '.meta', `${name}.json`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm test does it)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Metafile;
}

/** Source files bundled into one output file of a build. */
function inputsOf(build: string, output: string): string[] {
  const outputs = metafile(build).outputs;
  const file = Object.keys(outputs).find((name) => name.endsWith(output));
  expect(file, `no output ${output}`).toBeDefined();
  return Object.keys(outputs[file!]!.inputs);
}

const BENCH_ONLY = /node_modules\/(tinybench|simple-statistics)\/|src\/bench\/|src\/core\/stats\/(student-t|log-ratio)/;
const LAZY_ONLY = /node_modules\/(zod|cosmiconfig|js-yaml|yaml|lru-cache)\/|src\/config\/load-config/;

describe('the bundles every commit loads', () => {
  it('are ASCII, which node reads without decoding UTF-8 (src/cli/code-cache.ts reads them on every commit)', () => {
    for (const name of ['message-fast-path.cjs', 'prepare-fast-path.cjs', 'pre-commit-fast-path.cjs']) {
      const bytes = readFileSync(join(PACKAGE_ROOT, 'dist', name));
      expect(bytes.findIndex((byte) => byte > 0x7f), name).toBe(-1);
    }
  });
});

describe('the hook path (dist/cli-full.cjs)', () => {
  it('holds neither tinybench, a statistics library nor the bench code', () => {
    expect(inputsOf('cli-full', 'cli-full.cjs').filter((input) => BENCH_ONLY.test(input))).toEqual([]);
  });

  it('holds every hook command and the monitor (so the check above is about the real file)', () => {
    const inputs = inputsOf('cli-full', 'cli-full.cjs');
    for (const command of ['commit-msg', 'pre-commit', 'pre-push']) expect(inputs).toContain(`src/cli/commands/${command}.ts`);
    expect(inputs).toContain('src/perf/hook-run.ts');
  });

  it('the bench command file holds tinybench and the bench statistics (so the check above can fail)', () => {
    const inputs = inputsOf('bench-command', 'bench-command.cjs');
    expect(inputs.some((input) => input.includes('node_modules/tinybench/'))).toBe(true);
    expect(inputs).toContain('src/core/stats/student-t.ts');
  });
});

describe('the bench command (dist/bench-command.cjs)', () => {
  it('holds no second copy of a module cli-full.cjs holds (zod, yaml, the core): it takes them from cli-full', () => {
    const full = new Set(inputsOf('cli-full', 'cli-full.cjs'));
    const bench = inputsOf('bench-command', 'bench-command.cjs');
    expect(bench.filter((input) => full.has(input))).toEqual([]);
    // The stubs that take a module from cli-full are named `prove-shared:<path>`.
    expect(bench.filter((input) => /^node_modules\/(zod|yaml)\//.test(input))).toEqual([]);
    expect(readFileSync(join(PACKAGE_ROOT, 'dist', 'bench-command.cjs'), 'utf8')).toContain('__proveSharedModule("src/errors.ts")');
  });
});

describe('the commit-msg fast path (dist/message-fast-path.cjs)', () => {
  it('holds the monitor and the message check, but no library the full CLI loads lazily, nor bench code', () => {
    const inputs = inputsOf('fast-path', 'message-fast-path.cjs');
    expect(inputs).toContain('src/perf/hook-run.ts');
    expect(inputs).toContain('src/core/commit-message/index.ts');
    expect(inputs.filter((input) => BENCH_ONLY.test(input) || LAZY_ONLY.test(input))).toEqual([]);
  });

  it('the launcher (dist/cli.cjs) holds nothing but itself, the code-cache loader and its seal (checksum.ts), the process io, the repository locator and the hook table', () => {
    expect(inputsOf('fast-path', 'cli.cjs').sort()).toEqual(['src/checksum.ts', 'src/cli/code-cache.ts', 'src/cli/launcher.ts', 'src/cli/process-io.ts', 'src/git/repository.ts', 'src/hooks/hook-table.ts', 'src/state-folder.ts']);
  });
});

describe('the prepare-commit-msg fast path (dist/prepare-fast-path.cjs)', () => {
  it('holds the template hook with the cache-only sources, but neither the message check, its report nor the monitor', () => {
    const inputs = inputsOf('fast-path', 'prepare-fast-path.cjs');
    for (const source of ['src/hooks/prepare-commit-msg.ts', 'src/core/commit-message/template.ts', 'src/hooks/cache-only-sources.ts']) expect(inputs).toContain(source);
    for (const source of ['src/core/commit-message/index.ts', 'src/report/message-report.ts', 'src/perf/hook-run.ts', 'src/hooks/commit-msg.ts']) expect(inputs).not.toContain(source);
    expect(inputs.filter((input) => BENCH_ONLY.test(input) || LAZY_ONLY.test(input))).toEqual([]);
  });

  it('is not in the message check\'s file, which does not hold the template hook', () => {
    expect(inputsOf('fast-path', 'message-fast-path.cjs')).not.toContain('src/hooks/prepare-commit-msg.ts');
  });
});

describe('the pre-commit fast path (dist/pre-commit-fast-path.cjs)', () => {
  it('holds the hook, the scanner and the monitor, with the cache-only sources and no config or registry parser', () => {
    const inputs = inputsOf('pre-commit-fast-path', 'pre-commit-fast-path.cjs');
    for (const source of ['src/hooks/pre-commit.ts', 'src/core/scan/diff-scanner.ts', 'src/perf/hook-run.ts', 'src/hooks/cache-only-sources.ts']) expect(inputs).toContain(source);
    expect(inputs.filter((input) => /src\/hooks\/full-sources|src\/hooks\/resolve-config/.test(input))).toEqual([]);
    expect(inputs.filter((input) => BENCH_ONLY.test(input) || /node_modules\/(zod|cosmiconfig|js-yaml|yaml|jsonc-parser)\/|src\/config\/load-config|registry-parse/.test(input))).toEqual([]);
  });

  it('loads node:crypto only where a hash is needed, not when the file loads', () => {
    const code = readFileSync(join(PACKAGE_ROOT, 'dist', 'pre-commit-fast-path.cjs'), 'utf8');
    expect(code).not.toMatch(/require\(["']node:crypto["']\)/);
    expect(code).toMatch(/getBuiltinModule\(["']node:crypto["']\)/);
  });
});
