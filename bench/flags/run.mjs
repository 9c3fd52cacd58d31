// Runs a flag-check benchmark: bundles bench/flags/<name>.ts with esbuild (a devDependency) into a
// temporary folder and runs it from the repository root. Usage: node bench/flags/run.mjs scanner|process|context [args]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { bundleForNode } from '../bundle.mjs';

const [name, ...rest] = process.argv.slice(2);
if (name !== 'scanner' && name !== 'process' && name !== 'context') {
  console.error('usage: node bench/flags/run.mjs scanner|process|context [--rounds N] [--rebuild]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'prove-hooks-flags-bench-'));
const outfile = await bundleForNode(join(import.meta.dirname, `${name}.ts`), join(dir, `${name}.mjs`));
for (const helper of ['rss-probe.mjs', 'spawn-floor.cjs']) copyFileSync(join(import.meta.dirname, helper), join(dir, helper));
const result = spawnSync(process.execPath, [outfile, ...rest], { stdio: 'inherit', cwd: process.cwd() });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
