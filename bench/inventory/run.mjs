// Whole-process benchmark of `prove-hooks flags` on a large generated repository (see
// fixture.mjs; built in .bench-tmp/ of the checkout, which is gitignored), side by side and interleaved:
//   cold  `prove-hooks flags --format json` (no cache file)  vs  `rg --count-matches -F -f keys.txt`   target <= 2x
//   warm  the same after one file changed                     vs  `node -e 0` + `git ls-files -s`      target <= 1.5x
//   peak RSS of the cold run                                                                           target <= 200 MiB
//   cold with 10 registry flags                               vs  cold with 1,000                       target within 15%
// Needs `npm run build`. Run with `env -u NODE_EXTRA_CA_CERTS node bench/inventory/run.mjs [--rounds 5]
// [--files 20000] [--rebuild] [--compare <other dist/cli.cjs>] [--out <file.json>]`. Without ripgrep on PATH the ripgrep comparison is skipped, with a message.
// Each row gives wall clock (median, min) and CPU time (user + sys of the process and its children, from
// /proc/self/stat): on a machine shared with other work, compare CPU time first.
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInventoryRepo, flagKey, writeRegistry } from './fixture.mjs';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, files: { type: 'string', default: '20000' }, rebuild: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, compare: { type: 'string' }, out: { type: 'string' } },
});
const rounds = Number(values.rounds);
const files = Number(values.files);
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.cjs');
const probe = join(root, 'bench', 'flags', 'rss-probe.mjs');
if (!existsSync(cli)) throw new Error('run `npm run build` first (dist/cli.cjs is missing)');

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const dir = join(root, '.bench-tmp', `inventory-${files}`);
const marker = join(dir, '.git', 'bench-spec.json');
const spec = JSON.stringify({ files, version: 1 });
if (values.rebuild || !existsSync(marker) || readFileSync(marker, 'utf8') !== spec) {
  console.log(`building ${dir} (${files} files) ...`);
  const { bytes } = buildInventoryRepo(dir, { files });
  writeFileSync(marker, spec);
  console.log(`  ${(bytes / 1048576).toFixed(0)} MiB`);
}
const keys = Array.from({ length: 1000 }, (_, i) => flagKey(i));
const hasRipgrep = spawnSync('rg', ['--version'], { env }).status === 0;
if (!hasRipgrep) console.log('ripgrep (rg) is not on PATH: skipping the comparison with ripgrep (apt-get install ripgrep)');

const devNull = openSync('/dev/null', 'w');
const rssFile = join(root, '.bench-tmp', `inventory-rss-${process.pid}`);
// CPU time (user + sys) of the children this process waited for, in ms: /proc/self/stat's cutime
// and cstime (clock ticks, 100 per second on Linux). Usable on a shared machine, where wall clock
// also counts the other processes' turns; NaN where /proc is missing.
const TICK_MS = 10;
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the name: state is field 3, cutime field 16 and cstime field 17 (1-based, of proc(5)).
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return NaN;
  }
}
/** Per sample name, the CPU time of each run (filled by `time`). */
const cpu = {};
let lastCpuMs = 0;
function time(command, args, extraEnv = {}) {
  const started = process.hrtime.bigint();
  const cpuBefore = childrenCpuMs();
  const result = spawnSync(command, args, { cwd: dir, env: { ...env, ...extraEnv }, stdio: ['ignore', devNull, 'pipe'], maxBuffer: 1 << 24 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  lastCpuMs = childrenCpuMs() - cpuBefore;
  if (result.status !== 0 && !(command === 'rg' && result.status === 1)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}
/** Adds a wall-clock sample and the CPU time of the runs it timed. */
function sample(name, ms, cpuMs = lastCpuMs) {
  samples[name].push(ms);
  (cpu[name] ??= []).push(cpuMs);
}
const cacheFile = join(dir, '.git', 'prove-hooks', 'flag-inventory.cache');
const flags = (extraEnv) => time(process.execPath, ['--import', probe, cli, 'flags', '--format', 'json'], extraEnv);
// --compare <cli.cjs>: another build (the previous main) timed in the same rounds.
const previousCli = values.compare;
// Every kept result of either build: the per-blob cache (and its JSON predecessor) and the inventory snapshot.
const snapshotFile = join(dir, '.git', 'prove-hooks', 'flag-inventory.snapshot');
const previousCaches = [join(dir, '.git', 'prove-hooks', 'flag-inventory.json'), cacheFile, snapshotFile];
// The two builds share the file names (and may read each other's formats, or replace them): each
// build's files are moved aside while the other runs (renames, not timed), so that each warm run
// finds its own build's files, and each cold run none.
let owner = 'ours';
function stateOf(build) {
  if (build === owner) return;
  for (const file of previousCaches) {
    const aside = (name) => `${file}.${name}-aside`;
    if (existsSync(file)) renameSync(file, aside(owner));
    if (existsSync(aside(build))) renameSync(aside(build), file);
  }
  owner = build;
}
const previous = () => {
  stateOf('previous');
  const ms = time(process.execPath, [previousCli, 'flags', '--format', 'json']);
  stateOf('ours');
  return ms;
};
// The parsed registry is kept per path: the 10-flag runs leave the 10-flag registry in it, so the
// first cold run after them would parse the 1,000 flags again and the next find them kept. A cold
// run of either build starts without it (as in a fresh clone).
const registryCacheFile = join(dir, '.git', 'prove-hooks', 'registry-cache.json');
const removeState = () => {
  for (const file of previousCaches) rmSync(file, { force: true });
  rmSync(registryCacheFile, { force: true });
};
const samples = { rg: [], cold: [], warm: [], floor: [], cold10: [], previousCold: [], previousWarm: [] };
let peakKiB = 0;
const changed = join(dir, 'pkg0', 'mod0', 'file0.ts');

for (let round = 0; round < rounds; round++) {
  if (hasRipgrep) sample('rg', time('rg', ['--count-matches', '-F', '-f', 'keys.txt']));
  removeState();
  sample('cold', flags({ PROVE_BENCH_RSS_FILE: rssFile }));
  peakKiB = Math.max(peakKiB, Number(readFileSync(rssFile, 'utf8')));
  if (previousCli !== undefined) {
    stateOf('previous');
    removeState();
    sample('previousCold', previous());
  }
  appendFileSync(changed, `  if (ldClient.variation('${keys[round]}', false)) { render(); }\n`);
  sample('warm', flags({}));
  if (previousCli !== undefined) sample('previousWarm', previous());
  const nodeMs = time(process.execPath, ['-e', '0']);
  const nodeCpuMs = lastCpuMs;
  sample('floor', nodeMs + time('git', ['ls-files', '-s']), nodeCpuMs + lastCpuMs);
  writeRegistry(dir, keys.slice(0, 10));
  rmSync(cacheFile, { force: true });
  rmSync(snapshotFile, { force: true });
  sample('cold10', flags({}));
  writeRegistry(dir, keys);
}
closeSync(devNull);
stateOf('ours');
for (const file of previousCaches) rmSync(`${file}.previous-aside`, { force: true });
rmSync(rssFile, { force: true });
spawnSync('git', ['checkout', '-q', '--', '.'], { cwd: dir, env });

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};
const min = (list) => Math.min(...list);
const row = (name, key) => `${name.padEnd(44)} median ${median(samples[key]).toFixed(0).padStart(6)} ms   min ${min(samples[key]).toFixed(0).padStart(6)} ms   cpu median ${median(cpu[key] ?? []).toFixed(0).padStart(6)} ms`;
// Wall clock, then CPU time (user + sys): on a shared machine the CPU ratio is the steadier one.
const ratio = (a, b) =>
  `median ${(median(samples[a]) / median(samples[b])).toFixed(2)}x, min ${(min(samples[a]) / min(samples[b])).toFixed(2)}x, cpu median ${(median(cpu[a] ?? []) / median(cpu[b] ?? [])).toFixed(2)}x`;
const report = {
  rounds,
  files,
  medianMs: Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)])),
  minMs: Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, list.length ? min(list) : NaN])),
  cpuMedianMs: Object.fromEntries(Object.entries(cpu).map(([name, list]) => [name, median(list)])),
  peakRssMiB: peakKiB / 1024,
};
// --out <file>: the figures also saved as JSON (bench/results/), with the machine's load.
if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify({ ...report, compare: previousCli ?? null, loadAverage: loadavg(), cpus: cpus().length, date: new Date().toISOString() }, null, 2)}\n`);
if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${rounds} interleaved rounds on ${files} files (${dir}); load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  if (hasRipgrep) console.log(row('rg --count-matches -F -f keys.txt', 'rg'));
  console.log(row('prove-hooks flags --format json (cold)', 'cold'));
  console.log(row('prove-hooks flags (warm, one file changed)', 'warm'));
  console.log(row('node -e 0 + git ls-files -s', 'floor'));
  console.log(row('prove-hooks flags (cold, 10 registry flags)', 'cold10'));
  if (previousCli !== undefined) {
    console.log(row('--compare: cold', 'previousCold'));
    console.log(row('--compare: warm, one file changed', 'previousWarm'));
    console.log(`cold / --compare cold:     ${ratio('cold', 'previousCold')}`);
    console.log(`warm / --compare warm:     ${ratio('warm', 'previousWarm')}`);
  }
  if (hasRipgrep) console.log(`cold / rg:                 ${ratio('cold', 'rg')}   (target <= 2x)`);
  console.log(`warm / floor:              ${ratio('warm', 'floor')}   (target <= 1.5x)`);
  console.log(`cold 10 flags / 1000:      ${ratio('cold10', 'cold')}   (target within 15%)`);
  console.log(`peak RSS (cold):           ${(peakKiB / 1024).toFixed(0)} MiB   (target <= 200 MiB)`);
}
