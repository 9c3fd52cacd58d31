// Instructions a warm pre-commit run executes on fixture (b') (20 new files, 0.5 MB of diff, every
// flag registered: the usual passing commit), counted by valgrind's callgrind on node's main
// thread (the critical path: git runs on another core), beside the bare Node spawner
// (bench/flags/spawn-floor.cjs) and the pre-commit of each `--compare` build, each build on a copy
// of the fixture (two builds in one git dir would evict each other's code cache). A count does not
// move with the load of a shared machine, so it resolves what wall times cannot there. The monitor
// records each run but never judges it (perf.report: never): under valgrind every run is slow, and
// judging a slow run reads the log, which a usual run does not. V8's random hash-seed search
// (`detail::sprp`, 7 to 23 million instructions by chance in any Node process) is left out.
// Needs valgrind, `npm run build`, and the fixture (`node bench/flags/run.mjs process` builds it).
//
// --fixture c: fixture (c) instead (20 modified files of 5,000 lines, whose images are read);
// --fixture a: fixture (a), the 54 MB diff (slow under valgrind: about a minute a run).
//
//   node bench/flags/instructions.mjs [--runs 3] [--fixture b'|c|a] [--compare <other dist/cli.cjs>]...
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, fixture: { type: 'string', default: "b'" }, compare: { type: 'string', multiple: true } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('valgrind is not installed');
const root = join(import.meta.dirname, '..', '..');
const FIXTURES = { "b'": 'flags-typical-clean', c: 'flags-modified', a: 'flags-large' };
const fixtureName = values.fixture;
if (!(fixtureName in FIXTURES)) throw new Error(`--fixture must be one of ${Object.keys(FIXTURES).join(', ')}`);
const fixture = join(root, '.bench-tmp', FIXTURES[fixtureName]);
/** Exit statuses of pre-commit: (b') passes; (a) and (c) use unknown flags on purpose. */
const okStatus = fixtureName === "b'" ? [0] : [1];
if (!existsSync(join(fixture, '.git'))) throw new Error(`${fixture} is missing: run \`node bench/flags/run.mjs process --no-large\` first`);
const builds = [['this build', join(root, 'dist', 'cli.cjs')], ...(values.compare ?? []).map((path, i) => [`compare ${i + 1}`, resolve(path)])];
for (const [, path] of builds) if (!existsSync(path)) throw new Error(`${path} does not exist (run \`npm run build\` first)`);
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NODE_')));

/** A copy of the fixture per build, its state folder left out, with the monitor told never to judge. */
function fixtureFor(index) {
  const dir = `${fixture}-instructions-${index}`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixture, dir, { recursive: true, filter: (source) => !source.includes('/.git/prove-hooks') });
  writeFileSync(join(dir, '.proverc.json'), '{ "perf": { "report": "never" } }\n');
  // Ignored, so the diff (the staged change) stays the fixture's.
  writeFileSync(join(dir, '.git', 'info', 'exclude'), '.proverc.json\n');
  return dir;
}

const variants = [
  { name: `node spawning git diff (${fixtureName})`, args: [join(import.meta.dirname, 'spawn-floor.cjs')], cwd: fixtureFor('floor'), okStatus: [0] },
  ...builds.map(([label, path], i) => ({ name: `${label}: pre-commit (${fixtureName})`, args: [path, 'pre-commit'], cwd: fixtureFor(i), okStatus })),
];

/** One run under callgrind: the main thread's instruction count without V8's hash-seed search. */
function countOnce(variant, valgrind) {
  const out = join(variant.cwd, '.git', 'callgrind.out');
  const command = valgrind ? 'valgrind' : process.execPath;
  const args = valgrind ? ['--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${out}`, process.execPath, ...variant.args] : variant.args;
  const result = spawnSync(command, args, { cwd: variant.cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (!variant.okStatus.includes(result.status)) throw new Error(`${variant.name} failed (${result.status}): ${result.stderr}`);
  if (!valgrind) return undefined;
  const main = `${out}-01`;
  const annotated = spawnSync('callgrind_annotate', ['--inclusive=yes', main], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  const total = Number(/^totals:\s*(\d+)/m.exec(readFileSync(main, 'utf8'))?.[1] ?? NaN);
  const seed = Number(/^\s*([\d,]+) .*detail::sprp\(unsigned long long, unsigned long long\) \[/m.exec(annotated)?.[1].replaceAll(',', '') ?? 0);
  for (const name of readdirSync(join(variant.cwd, '.git'))) if (name.startsWith('callgrind.out')) rmSync(join(variant.cwd, '.git', name));
  if (!Number.isFinite(total)) throw new Error(`no instruction count for ${variant.name}`);
  return total - seed;
}

// Untimed: fill the caches (config, registry, automaton, code cache) as a clone's earlier commits do.
for (const variant of variants) for (let i = 0; i < 3; i++) countOnce(variant, false);
const counts = new Map(variants.map((v) => [v.name, []]));
for (let run = 0; run < runs; run++) for (const variant of variants) counts.get(variant.name).push(countOnce(variant, true));
for (const variant of variants) rmSync(variant.cwd, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const base = median(counts.get(variants[0].name));
const width = Math.max(...variants.map((v) => v.name.length));
console.log(`pre-commit on (${fixtureName}), main-thread instructions (callgrind, without V8's hash-seed search), ${runs} runs each, node ${process.version}; ${builds.map(([l, p]) => `${l}: ${p}`).join('; ')}`);
console.log(`${'variant'.padEnd(width)}  median (millions)  runs  /spawner`);
for (const [name, xs] of counts) {
  console.log(`${name.padEnd(width)}  ${(median(xs) / 1e6).toFixed(1).padStart(17)}  ${xs.map((x) => (x / 1e6).toFixed(1)).join(' ')}  ${(median(xs) / base).toFixed(3)}x`);
}
