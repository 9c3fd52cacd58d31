// Bundles the fixture worker (with the real measurement code) into a runnable .mjs file.
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds bench/fixture/worker.ts into `outDir` and returns the path of the runnable file. */
export async function buildFixtureWorker(outDir: string): Promise<string> {
  const outfile = join(outDir, 'fixture-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'fixture', 'worker.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}
