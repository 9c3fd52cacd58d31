// Runs a bench/ script written in TypeScript: bundles it (and the fixture worker) with esbuild, a
// devDependency, then runs it:  node bench/run.mjs detection [...]  |  node bench/run.mjs monitor-cost
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Bundles one module of this repository into `outDir` as a runnable or importable .mjs file. */
async function bundle(entry, outDir, name) {
  const workerFile = join(outDir, name);
  await build({
    entryPoints: [join(import.meta.dirname, entry)],
    outfile: workerFile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return workerFile;
}

const [script, ...args] = process.argv.slice(2);
if (!['detection', 'monitor-cost'].includes(script ?? '')) {
  process.stderr.write('usage: node bench/run.mjs detection|monitor-cost [options]\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), `prove-hooks-${script}-`));
const outfile = join(dir, `${script}.mjs`);
await build({
  entryPoints: [join(import.meta.dirname, `${script}.ts`)],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
// The fixture worker (for detection) and the monitor alone (for monitor-cost's import timing).
const worker = await bundle('fixture/worker.ts', dir, 'fixture-worker.mjs');
const hookRun = await bundle('../src/perf/hook-run.ts', dir, 'hook-run.mjs');
const result = spawnSync(process.execPath, [outfile, '--worker', worker, '--hook-run', hookRun, ...args], { stdio: 'inherit', cwd: process.cwd() });
process.exit(result.status ?? 1);
