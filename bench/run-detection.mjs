// Runs bench/detection.ts: bundles it and the fixture worker with esbuild (a devDependency), then runs it.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Bundles bench/fixture/worker.ts (same code as bench/build-fixture.ts, which tests import). */
async function buildFixtureWorker(outDir) {
  const workerFile = join(outDir, 'fixture-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'fixture', 'worker.ts')],
    outfile: workerFile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return workerFile;
}

const dir = mkdtempSync(join(tmpdir(), 'prove-hooks-detection-run-'));
const outfile = join(dir, 'detection.mjs');
await build({
  entryPoints: [join(import.meta.dirname, 'detection.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
const worker = await buildFixtureWorker(dir);
const result = spawnSync(process.execPath, [outfile, '--worker', worker, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(result.status ?? 1);
