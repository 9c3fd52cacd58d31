import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Bundles the CLI as scripts/build.mjs does (same entry, splitting, format), with a metafile,
// and checks what a hook command loads: the entry, the command's chunk and their static imports.
let dir: string;
let metafile: Metafile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prove-hooks-hook-path-'));
  const result = await build({
    entryPoints: { cli: 'src/cli/bin.ts' },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    external: ['husky'],
    define: { __PROVE_VERSION__: '"0.0.0-test"' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  metafile = result.metafile;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Source files loaded when `command` runs: static closure of the entry and of the command's chunk. */
function inputsLoadedBy(command: string): string[] {
  const outputs = metafile.outputs;
  const source = `src/cli/commands/${command}.ts`;
  const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === 'src/cli/bin.ts')!;
  const commandChunk = Object.keys(outputs).find((file) => source in outputs[file]!.inputs);
  expect(commandChunk, `no chunk holds ${source}`).toBeDefined();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  visit(commandChunk!);
  return [...seen].flatMap((file) => Object.keys(outputs[file]!.inputs));
}

describe('the hook path', () => {
  it.each(['commit-msg', 'pre-commit', 'pre-push'])('%s loads neither tinybench, a statistics library nor the bench code', (command) => {
    const inputs = inputsLoadedBy(command);
    expect(inputs.filter((input) => /node_modules\/(tinybench|simple-statistics)\/|src\/bench\/|src\/core\/stats\/(mann-whitney|multiple-testing)/.test(input))).toEqual([]);
  });

  it('commit-msg loads the monitor itself (so the check above is about a wired hook)', () => {
    expect(inputsLoadedBy('commit-msg')).toContain('src/perf/hook-run.ts');
  });

  it('bench loads tinybench and simple-statistics (so the check above can fail)', () => {
    // bench imports its heavy parts dynamically; follow those imports one level for this check.
    const outputs = metafile.outputs;
    const all = Object.values(outputs).flatMap((output) => Object.keys(output.inputs));
    expect(all.some((input) => input.includes('node_modules/tinybench/'))).toBe(true);
    expect(all.some((input) => input.includes('node_modules/simple-statistics/'))).toBe(true);
    expect(inputsLoadedBy('bench').some((input) => input.includes('node_modules/tinybench/'))).toBe(false);
  });
});

describe('the commit-msg fast path (dist/message-fast-path.cjs)', () => {
  it('bundles the monitor but no library the full CLI loads lazily, nor bench code', async () => {
    const result = await build({
      entryPoints: ['src/hooks/message-fast-path.ts'],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      define: { __PROVE_VERSION__: '"0.0.0-test"' },
      metafile: true,
      write: false,
      outfile: 'fast.cjs',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/perf/hook-run.ts');
    expect(inputs).toContain('src/core/commit-message/index.ts');
    expect(inputs.filter((input) => /node_modules\/(zod|cosmiconfig|simple-git|tinybench|simple-statistics|js-yaml|yaml|lru-cache)\/|src\/bench\/|src\/config\/load-config/.test(input))).toEqual([]);
  });
});
