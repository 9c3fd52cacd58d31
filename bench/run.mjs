// Runs a bench/ script written in TypeScript: bundles it with esbuild, a
// devDependency, then runs it:  node bench/run.mjs detection [...]  |  node bench/run.mjs monitor-cost
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { bundleForNode } from './bundle.mjs';

const [script, ...args] = process.argv.slice(2);
if (!['detection', 'monitor-cost', 'aa-spread', 'aa-check'].includes(script ?? '')) {
  process.stderr.write('usage: node bench/run.mjs detection|monitor-cost|aa-spread|aa-check [options]\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), `prove-hooks-${script}-`));
const outfile = await bundleForNode(join(import.meta.dirname, `${script}.ts`), join(dir, `${script}.mjs`));
// For monitor-cost: the commit-msg fast path as the bin ships it and built without the monitor,
// with the bin's code-cache loader. (detection runs the built dist/cli.cjs's self-test suite.)
const extra = [];
if (script === 'monitor-cost') {
  const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
  const cjs = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, define: { __PROVE_VERSION__: JSON.stringify(version) }, logLevel: 'warning' };
  const fastPath = join(import.meta.dirname, '..', 'src', 'hooks', 'message-fast-path.ts');
  const noMonitor = join(import.meta.dirname, 'fixture', 'no-monitor.ts');
  const stubMonitor = { name: 'no-monitor', setup: (b) => b.onResolve({ filter: /perf\/hook-run\.js$/ }, () => ({ path: noMonitor })) };
  await build({ ...cjs, entryPoints: [fastPath], outfile: join(dir, 'with-monitor.cjs') });
  await build({ ...cjs, entryPoints: [fastPath], outfile: join(dir, 'without-monitor.cjs'), plugins: [stubMonitor] });
  await build({ ...cjs, entryPoints: [join(import.meta.dirname, '..', 'src', 'cli', 'code-cache.ts')], outfile: join(dir, 'code-cache.cjs') });
  extra.push('--bundles', dir);
}
const result = spawnSync(process.execPath, [outfile, ...extra, ...args], { stdio: 'inherit', cwd: process.cwd() });
// The bundles are rebuilt on every run: leave no folder behind.
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
