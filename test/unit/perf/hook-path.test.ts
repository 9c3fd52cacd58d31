import { build, type Metafile, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

// Bundles the CLI as scripts/build.mjs does (one CommonJS file, with the bench command split off
// into its own file), with a metafile, and checks what a hook run's file holds.
let metafile: Metafile;

const benchCommand: Plugin = {
  name: 'bench-command',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/bench\.js$/ }, (args) =>
      args.importer.endsWith('src/cli/commands.ts') ? { path: './bench-command.cjs', external: true } : undefined,
    );
  },
};

beforeAll(async () => {
  const result = await build({
    entryPoints: { 'cli-full': 'src/cli/main.ts', 'bench-command': 'src/cli/commands/bench.ts' },
    outdir: 'unused',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['husky', 'typescript'],
    plugins: [benchCommand],
    define: { __PROVE_VERSION__: '"0.0.0-test"', 'import.meta.url': '__proveFileUrl' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  metafile = result.metafile;
});

/** Source files bundled into one output file. */
function inputsOf(output: string): string[] {
  const file = Object.keys(metafile.outputs).find((name) => name.endsWith(output));
  expect(file, `no output ${output}`).toBeDefined();
  return Object.keys(metafile.outputs[file!]!.inputs);
}

const BENCH_ONLY = /node_modules\/(tinybench|simple-statistics)\/|src\/bench\/|src\/core\/stats\/(mann-whitney|multiple-testing)/;

describe('the hook path (dist/cli-full.cjs)', () => {
  it('holds neither tinybench, a statistics library nor the bench code', () => {
    expect(inputsOf('cli-full.cjs').filter((input) => BENCH_ONLY.test(input))).toEqual([]);
  });

  it('holds every hook command and the monitor (so the check above is about the real file)', () => {
    const inputs = inputsOf('cli-full.cjs');
    for (const command of ['commit-msg', 'pre-commit', 'pre-push']) expect(inputs).toContain(`src/cli/commands/${command}.ts`);
    expect(inputs).toContain('src/perf/hook-run.ts');
  });

  it('the bench command file holds tinybench and simple-statistics (so the check above can fail)', () => {
    const inputs = inputsOf('bench-command.cjs');
    expect(inputs.some((input) => input.includes('node_modules/tinybench/'))).toBe(true);
    expect(inputs.some((input) => input.includes('node_modules/simple-statistics/'))).toBe(true);
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
