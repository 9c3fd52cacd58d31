// Whole-process timing of `prove-hooks pre-commit` against its floors, side by side and
// interleaved (every round runs each command once), timed with node itself; and peak memory.
//   (a) large staged diff: pre-commit vs `git diff --cached -U0 > /dev/null`       target <= 1.3x
//   (b) typical commit:    pre-commit vs `node -e 0` + the same git floor            target <= 1.3x
//       (b) with 16 unknown-flag findings, (b') the same size with none (the usual commit)
//   (c) modified files:    20 committed files of 5,000 lines, ten lines of each changed, so the
//       context (the staged post-images and HEAD's pre-images) must be read      target <= 1.2x (b)
// --compare <other dist/cli.cjs>: the same pre-commit runs of another build (the previous main,
// say) in the same rounds, on copies of the fixtures (two builds in one git dir would evict each
// other's code cache).
// --no-large: leave (a) out (its rounds take most of the run): (b), (b') and (c) only.
// --large-index: also (b''), the commit (b') in a repository of 20,000 committed files (what the
// hook reads of a 1.7 MB index on every commit), with the compared build.
// --tricks: also the full CLI run directly (dist/cli-full.cjs: no fast path, no code cache), on
// (a) and (b'), which is what the launcher's fast path and code cache save (docs/ARCHITECTURE.md).
//   --custom-pattern [--other <cli.cjs>]: only (c), the cost of a custom flag pattern (they run on
//       V8's linear-time engine): (b') with and without one, this build and (optionally) another
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LARGE, LARGE_INDEX_FILES, MODIFIED, TYPICAL, TYPICAL_CLEAN, buildFixtureRepo, buildLargeIndexFixtureRepo, buildModifiedFixtureRepo, type FixtureSpec } from './fixture.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 15;
const rebuild = args.includes('--rebuild');
const cli = join(process.cwd(), 'dist', 'cli.cjs');
const compareCli = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;
if (compareCli !== undefined && !existsSync(compareCli)) throw new Error(`--compare: ${compareCli} does not exist`);
const probe = join(import.meta.dirname ?? process.cwd(), 'rss-probe.mjs');
const rssProbe = existsSync(probe) ? probe : join(process.cwd(), 'bench', 'flags', 'rss-probe.mjs');
const spawnFloorScript = join(existsSync(probe) ? (import.meta.dirname ?? process.cwd()) : join(process.cwd(), 'bench', 'flags'), 'spawn-floor.cjs');
if (!existsSync(cli)) throw new Error('run `npm run build` first (dist/cli.cjs is missing)');

function fixture(name: string, spec: FixtureSpec): string {
  const dir = join(process.cwd(), '.bench-tmp', name);
  if (rebuild || !existsSync(join(dir, '.git'))) {
    console.log(`building ${name} (${spec.files} files, ${(spec.totalBytes / 1048576).toFixed(1)} MiB) ...`);
    buildFixtureRepo(dir, spec);
  }
  return dir;
}

interface Command {
  readonly label: string;
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly okStatus: readonly number[];
}

const devNull = openSync('/dev/null', 'w');

/**
 * The environment every measured command gets: this one without NODE_* variables. Some shells
 * (CI images, this machine's) set NODE_EXTRA_CA_CERTS, which makes every Node start read a
 * certificate bundle (about 35 ms here): it would inflate `node -e 0` and the hook alike and pull
 * their ratio towards 1. A developer's `git commit` runs the hook without it.
 */
const benchEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NODE_')));

/**
 * CPU time (user + system, ms) of this process's waited-for children, git's included, from
 * /proc on Linux (in clock ticks, assumed 100 per second); undefined where there is no /proc.
 * On a loaded machine it says more than wall time: other processes do not inflate it much.
 */
function readChildrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    // Recovered on purpose: without /proc the CPU column says n/a.
    return undefined;
  }
}

/** Wall time of one run in ms (and CPU ms where known), output discarded (as a hook's would be read and printed). */
function time(command: Command, env: NodeJS.ProcessEnv = benchEnv): { wallMs: number; cpuMs: number | undefined } {
  const cpuBefore = readChildrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(command.file, [...command.args], { cwd: command.cwd, stdio: ['ignore', devNull, devNull], env });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpuAfter = readChildrenCpuMs();
  if (!command.okStatus.includes(result.status ?? -1)) throw new Error(`${command.label} exited ${result.status}`);
  return { wallMs, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

interface Stats {
  median: number;
  min: number;
  /** Median CPU ms, when known. */
  cpu: number | undefined;
}

const medianOf = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function measure(commands: readonly Command[]): Map<string, Stats> {
  const samples = new Map(commands.map((command) => [command.label, { wall: [] as number[], cpu: [] as number[] }]));
  for (const command of commands) time(command); // warm the page cache and prove-hooks' caches
  for (let round = 0; round < rounds; round++) {
    // Interleaved, with the order rotating, so drift in machine load hits every command alike.
    for (let k = 0; k < commands.length; k++) {
      const command = commands[(round + k) % commands.length]!;
      const { wallMs, cpuMs } = time(command);
      const sample = samples.get(command.label)!;
      sample.wall.push(wallMs);
      if (cpuMs !== undefined) sample.cpu.push(cpuMs);
    }
  }
  return new Map(
    [...samples].map(([label, { wall, cpu }]) => [label, { median: medianOf(wall), min: Math.min(...wall), cpu: cpu.length === wall.length ? medianOf(cpu) : undefined }]),
  );
}

function peakRssMiB(command: Command): number {
  const dir = mkdtempSync(join(tmpdir(), 'prove-bench-rss-'));
  try {
    const file = join(dir, 'rss');
    time({ ...command, file: process.execPath, args: ['--import', rssProbe, ...command.args.slice(0)] }, { ...benchEnv, PROVE_BENCH_RSS_FILE: file });
    return Number(readFileSync(file, 'utf8')) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const skipLarge = args.includes('--no-large');
const large = skipLarge ? join(process.cwd(), '.bench-tmp', 'flags-large') : fixture('flags-large', LARGE);
const typical = fixture('flags-typical', TYPICAL);
const typicalClean = fixture('flags-typical-clean', TYPICAL_CLEAN);
const modified = join(process.cwd(), '.bench-tmp', 'flags-modified');
if (rebuild || !existsSync(join(modified, '.git'))) {
  console.log(`building flags-modified (${MODIFIED.files} files of ${MODIFIED.linesPerFile} lines, ${MODIFIED.changedLinesPerFile} changed in each) ...`);
  buildModifiedFixtureRepo(modified, MODIFIED);
}
const largeIndex = join(process.cwd(), '.bench-tmp', 'flags-large-index');
if (args.includes('--large-index') && (rebuild || !existsSync(join(largeIndex, '.git')))) {
  console.log(`building flags-large-index ((b') over ${LARGE_INDEX_FILES} committed files) ...`);
  buildLargeIndexFixtureRepo(largeIndex, TYPICAL_CLEAN, LARGE_INDEX_FILES);
}
const nameOf = (cwd: string): string => (/large-index(-compare)?$/.test(cwd) ? "b''" : /large(-compare)?$/.test(cwd) ? 'a' : /clean(-compare)?$/.test(cwd) ? "b'" : /modified(-compare)?$/.test(cwd) ? 'c' : 'b');
/** The exit statuses pre-commit may end with: (b') passes; (a), (b) and (c) use unknown flags, so it finds violations. */
const okStatusOf = (cwd: string): number[] => (/(clean|large-index)(-compare)?$/.test(cwd) ? [0] : [1]);
/** A copy of a fixture for the compared build, with the state folder of this build's runs left out. */
function compareCopy(dir: string): string {
  const copy = `${dir}-compare`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true, filter: (source) => !source.includes(`${'/.git/'}prove-hooks`) });
  return copy;
}
const tricks = args.includes('--tricks');
const fullCliPreCommit = (cwd: string): Command[] =>
  tricks ? [{ label: `full CLI, no fast path or code cache (${nameOf(cwd)})`, file: process.execPath, args: [join(process.cwd(), 'dist', 'cli-full.cjs'), 'pre-commit'], cwd, okStatus: okStatusOf(cwd) }] : [];
const comparePreCommit = (cwd: string): Command[] =>
  compareCli === undefined ? [] : [{ label: `compare: pre-commit (${nameOf(cwd)})`, file: process.execPath, args: [compareCli, 'pre-commit'], cwd: compareCopy(cwd), okStatus: okStatusOf(cwd) }];
const gitFloor = (cwd: string): Command => ({ label: `git diff --cached -U0 > /dev/null (${nameOf(cwd)})`, file: 'git', args: ['diff', '--cached', '-U0'], cwd, okStatus: [0] });
// Exit 1: fixtures (a) and (b) use unknown flags on purpose, so the hook finds violations (as it
// should); (b') is the same size with every flag registered, a commit that passes.
const preCommit = (cwd: string): Command => ({ label: `prove-hooks pre-commit (${nameOf(cwd)})`, file: process.execPath, args: [cli, 'pre-commit'], cwd, okStatus: okStatusOf(cwd) });
const nodeFloor: Command = { label: 'node -e 0', file: process.execPath, args: ['-e', '0'], cwd: typical, okStatus: [0] };
// For reference, not a target: the same git diff read through a pipe by a consumer that does
// nothing (cat), which is what any streaming reader pays on top of the /dev/null floor.
const pipeFloor = (cwd: string): Command => ({ label: 'git diff --cached -U0 | cat > /dev/null (a)', file: 'sh', args: ['-c', 'git diff --cached -U0 | cat > /dev/null'], cwd, okStatus: [0] });
// For reference, not a target: Node spawning the same diff and draining it, with nothing else
// (bench/flags/spawn-floor.cjs). The least any Node hook reading the diff can cost.
const spawnFloor = (cwd: string): Command => ({ label: `node spawning git diff, no scan (${nameOf(cwd)})`, file: process.execPath, args: [spawnFloorScript], cwd, okStatus: [0] });
const diffBytes = (cwd: string): number => spawnSync('git', ['diff', '--cached', '-U0'], { cwd, maxBuffer: 1 << 30 }).stdout.length;

if (args.includes('--custom-pattern')) {
  // (c): the usual commit (b') with a config holding one custom pattern, next to the same without.
  const withPattern = fixture('flags-typical-custom', TYPICAL_CLEAN);
  writeFileSync(join(withPattern, '.proverc.json'), JSON.stringify({ flags: { patterns: [{ name: 'gate', pattern: "gateOn\\(['\"](?<flag>[\\w-]+)['\"]" }] } }));
  const otherCli = args.includes('--other') ? args[args.indexOf('--other') + 1] : undefined;
  const clis = otherCli === undefined ? [['this build', cli]] : [['this build', cli], ['other', otherCli]];
  const commands = clis.flatMap(([name, file]) => [
    { label: `${name}: pre-commit (b')`, file: process.execPath, args: [file!, 'pre-commit'], cwd: typicalClean, okStatus: [0] },
    { label: `${name}: pre-commit (b') + custom pattern`, file: process.execPath, args: [file!, 'pre-commit'], cwd: withPattern, okStatus: [0] },
  ]);
  console.log(`rounds: ${rounds}, interleaved; wall clock of the whole process, in ms`);
  const c = measure(commands);
  for (const [label, s] of c) console.log(`  ${label.padEnd(48)} median ${s.median.toFixed(1).padStart(7)}  min ${s.min.toFixed(1).padStart(7)}  cpu ${s.cpu === undefined ? '    n/a' : s.cpu.toFixed(0).padStart(7)}`);
  for (const [name] of clis) {
    const plain = c.get(`${name}: pre-commit (b')`)!;
    const custom = c.get(`${name}: pre-commit (b') + custom pattern`)!;
    console.log(`  ${name}: the custom pattern adds median ${(custom.median - plain.median).toFixed(1)} ms, min ${(custom.min - plain.min).toFixed(1)} ms`);
  }
  closeSync(devNull);
  process.exit(0);
}

console.log(`rounds: ${rounds}, interleaved; times are wall clock of the whole process, in ms; cpu: median user+system ms of the process and its children (git)`);
const a = skipLarge ? new Map<string, Stats>() : measure([gitFloor(large), pipeFloor(large), spawnFloor(large), preCommit(large), ...comparePreCommit(large), ...fullCliPreCommit(large)]);
const b = measure([
  gitFloor(typical),
  nodeFloor,
  spawnFloor(typical),
  spawnFloor(typicalClean),
  preCommit(typical),
  preCommit(typicalClean),
  preCommit(modified),
  ...comparePreCommit(typical),
  ...comparePreCommit(typicalClean),
  ...comparePreCommit(modified),
  ...fullCliPreCommit(typicalClean),
  ...(args.includes('--large-index') ? [preCommit(largeIndex), ...comparePreCommit(largeIndex)] : []),
]);
const row = (label: string, s: Stats) =>
  `  ${label.padEnd(44)} median ${s.median.toFixed(1).padStart(7)}  min ${s.min.toFixed(1).padStart(7)}  cpu ${s.cpu === undefined ? '    n/a' : s.cpu.toFixed(0).padStart(7)}`;
if (!skipLarge) {
  console.log(`(a) ${(diffBytes(large) / 1e6).toFixed(1)} MB staged diff`);
  for (const [label, s] of a) console.log(row(label, s));
  const floorA = a.get(gitFloor(large).label)!;
  const hookA = a.get(preCommit(large).label)!;
  console.log(`  ratio pre-commit / git floor: median ${(hookA.median / floorA.median).toFixed(2)}x, min ${(hookA.min / floorA.min).toFixed(2)}x (target <= 1.3x)`);
  const pipeA = a.get(pipeFloor(large).label)!;
  console.log(`  (the pipe alone: median ${(pipeA.median / floorA.median).toFixed(2)}x the floor; pre-commit / pipe: median ${(hookA.median / pipeA.median).toFixed(2)}x)`);
}
console.log(`(b) ${(diffBytes(typical) / 1e6).toFixed(2)} MB staged diff`);
for (const [label, s] of b) console.log(row(label, s));
const floorB = b.get(gitFloor(typical).label)!;
const nodeB = b.get(nodeFloor.label)!;
const hookB = b.get(preCommit(typical).label)!;
const spawnB = b.get(spawnFloor(typical).label)!;
console.log(`  (Node spawning the diff, no scan: median ${(spawnB.median / (nodeB.median + floorB.median)).toFixed(2)}x node -e 0 + git floor)`);
for (const hook of [hookB, b.get(preCommit(typicalClean).label)!]) {
  const label = hook === hookB ? 'pre-commit (b)' : "pre-commit (b')";
  console.log(
    `  ratio ${label} / (node -e 0 + git floor): median ${(hook.median / (nodeB.median + floorB.median)).toFixed(2)}x, min ${(hook.min / (nodeB.min + floorB.min)).toFixed(2)}x (target <= 1.3x)`,
  );
}
const spawnClean = b.get(spawnFloor(typicalClean).label)!;
const hookClean = b.get(preCommit(typicalClean).label)!;
console.log(
  `  ratio pre-commit (b') / node spawning the diff (b'): median ${(hookClean.median / spawnClean.median).toFixed(2)}x, min ${(hookClean.min / spawnClean.min).toFixed(2)}x (target <= 1.5x; issue 13: 1.4x)`,
);
const hookC = b.get(preCommit(modified).label)!;
console.log(`(c) ${(diffBytes(modified) / 1e3).toFixed(1)} kB staged diff of modified files; the context is read from the index and HEAD`);
console.log(`  ratio pre-commit (c) / pre-commit (b): median ${(hookC.median / hookB.median).toFixed(2)}x, min ${(hookC.min / hookB.min).toFixed(2)}x (target <= 1.2x)`);
if (tricks) {
  for (const [measured, cwd] of [...(skipLarge ? [] : [[a, large] as const]), [b, typicalClean] as const]) {
    const launcher = measured.get(preCommit(cwd).label)!;
    const full = measured.get(`full CLI, no fast path or code cache (${nameOf(cwd)})`)!;
    console.log(`  fast path + code cache on (${nameOf(cwd)}): median ${launcher.median.toFixed(1)} vs ${full.median.toFixed(1)} ms without (saves ${(full.median - launcher.median).toFixed(1)} ms, ${((1 - launcher.median / full.median) * 100).toFixed(0)}%); cpu ${launcher.cpu?.toFixed(0) ?? 'n/a'} vs ${full.cpu?.toFixed(0) ?? 'n/a'} ms`);
  }
}
if (compareCli !== undefined) {
  console.log(`this build against ${compareCli}, same rounds (ratio < 1: this build is faster):`);
  for (const [measured, cwd] of [...(skipLarge ? [] : [[a, large] as const]), [b, typical] as const, [b, typicalClean] as const, [b, modified] as const, ...(args.includes('--large-index') ? [[b, largeIndex] as const] : [])]) {
    const ours = measured.get(preCommit(cwd).label)!;
    const theirs = measured.get(`compare: pre-commit (${nameOf(cwd)})`)!;
    console.log(`  pre-commit (${nameOf(cwd)}): median ${ours.median.toFixed(1)} vs ${theirs.median.toFixed(1)} ms (${(ours.median / theirs.median).toFixed(2)}x), min ${ours.min.toFixed(1)} vs ${theirs.min.toFixed(1)} ms (${(ours.min / theirs.min).toFixed(2)}x)`);
  }
}
if (!skipLarge) console.log(`peak RSS of pre-commit on (a): ${peakRssMiB(preCommit(large)).toFixed(1)} MiB (target <= 100 MiB)`);
closeSync(devNull);
