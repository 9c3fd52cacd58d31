// Whole-process benchmark of the commit-msg path, side by side in one run: bare `node -e 0`,
// `prove-hooks commit-msg` and `check-msg` (config cache hit and miss), `prepare-commit-msg`
// (filling the template from the branch, and with git's `message` source), and a real `git commit`
// with the hook against `git commit --no-verify`. Variants are interleaved (a different order
// every round) so machine noise hits all of them alike. Needs `npm run build` first.
//
//   node bench/commit-msg.mjs [--rounds 40] [--json] [--compare <other dist/cli.cjs>]...
//
// --compare (repeatable) adds the cache-hit commit-msg, check-msg and prepare-commit-msg runs of
// another build (the previous main, this branch before a change), each in a repository of its own
// (two builds in one git dir would evict each other's code cache).
//
// Prints per variant the median and the minimum wall time in ms, and both as a ratio to the
// baseline of its group (bare node for prove-hooks, `--no-verify` for git commit). The minimum
// is the steadiest wall-time statistic on a busy machine; the median is what a user feels. On
// Linux it also prints the mean CPU time per run of the process and its children (from
// /proc/self/stat, tick-sampled, so only its mean over many rounds means anything), which other
// load on the machine disturbs far less than wall time.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' }, json: { type: 'boolean', default: false }, compare: { type: 'string', multiple: true } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 3) throw new Error('--rounds must be an integer >= 3');

// The package's bin (dist/cli.cjs, with the message fast path) and the full CLI behind it, run
// directly (no fast path, no code cache): what every commit cost before the fast path.
const cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const fullCli = join(import.meta.dirname, '..', 'dist', 'cli-full.cjs');
if (!existsSync(cli) || !existsSync(fullCli)) throw new Error('dist/cli.cjs or dist/cli-full.cjs is missing: run `npm run build` first');

const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';
const now = () => process.hrtime.bigint();

// A repository isolated from the user's git config, with the hook installed through core.hooksPath.
const root = mkdtempSync(join(tmpdir(), 'prove-hooks-bench-'));
const repo = join(root, 'repo');
const hooks = join(root, 'hooks');
mkdirSync(repo);
mkdirSync(hooks);
const env = {
  PATH: process.env.PATH,
  HOME: root,
  GIT_CONFIG_GLOBAL: join(root, '.gitconfig'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: repo, env, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result;
};
run('git', ['init', '-q', '-b', 'main']);
writeFileSync(join(repo, '.proverc.json'), JSON.stringify({ commitMsg: { maxHeaderLength: 100 } }));
writeFileSync(join(hooks, 'commit-msg'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" commit-msg "$1"\n`);
chmodSync(join(hooks, 'commit-msg'), 0o755);
run('git', ['config', 'core.hooksPath', hooks]);
run('git', ['commit', '-q', '--allow-empty', '-m', GOOD]);
writeFileSync(join(repo, '.git', 'COMMIT_EDITMSG'), `${GOOD}\n`);
// prepare-commit-msg fills its template from a branch that holds a task id.
run('git', ['checkout', '-q', '-b', 'feat/T-2026-11-22-002-login-page']);
const prepareFile = join(repo, '.git', 'PREPARE_EDITMSG');
const writeGitTemplate = () => writeFileSync(prepareFile, '\n# Please enter the commit message for your changes.\n');
// The same check with the performance monitor off (no record, no delta), from a folder whose own
// config says so: the difference to the plain commit-msg run is what the monitor costs a hook.
const monitorOff = join(repo, 'monitor-off');
mkdirSync(monitorOff);
writeFileSync(join(monitorOff, '.proverc.json'), JSON.stringify({ commitMsg: { maxHeaderLength: 100 }, perf: { log: false, report: 'never' } }));
const compareClis = (values.compare ?? []).map((path) => resolve(path));
const compareRepos = compareClis.map((compareCli, i) => {
  if (!existsSync(compareCli)) throw new Error(`--compare: ${compareCli} does not exist`);
  const compareRepo = join(root, `compare-${i}`);
  mkdirSync(compareRepo);
  run('git', ['init', '-q', '-b', 'main'], { cwd: compareRepo });
  writeFileSync(join(compareRepo, '.proverc.json'), JSON.stringify({ commitMsg: { maxHeaderLength: 100 } }));
  run('git', ['commit', '-q', '--allow-empty', '--no-verify', '-m', GOOD], { cwd: compareRepo });
  run('git', ['checkout', '-q', '-b', 'feat/T-2026-11-22-002-login-page'], { cwd: compareRepo });
  writeFileSync(join(compareRepo, '.git', 'COMMIT_EDITMSG'), `${GOOD}\n`);
  return compareRepo;
});
const cacheFile = join(repo, '.git', 'prove-hooks', 'config-cache.json');
// git's settings are cached only from config files older than a couple of seconds (a file
// written in the same second may change unseen); date the fresh ones back as an old clone's are.
const past = new Date(Date.now() - 60_000);
for (const file of [join(repo, '.git', 'config'), ...compareRepos.map((r) => join(r, '.git', 'config')), env.GIT_CONFIG_GLOBAL]) if (existsSync(file)) utimesSync(file, past, past);

/** One variant: what runs, an untimed preparation, and the group whose baseline it is compared to. */
const variants = [
  { name: 'node -e 0', group: 'node', command: process.execPath, args: ['-e', '0'] },
  { name: 'prove-hooks commit-msg (cache hit)', group: 'node', command: process.execPath, args: [cli, 'commit-msg', '.git/COMMIT_EDITMSG'] },
  { name: 'prove-hooks check-msg (cache hit)', group: 'node', command: process.execPath, args: [cli, 'check-msg', GOOD] },
  { name: 'commit-msg, monitor off (cache hit)', group: 'node', command: process.execPath, args: [cli, 'commit-msg', '../.git/COMMIT_EDITMSG'], cwd: monitorOff },
  { name: 'prepare-commit-msg, template (cache hit)', group: 'node', command: process.execPath, args: [cli, 'prepare-commit-msg', '.git/PREPARE_EDITMSG'], prepare: writeGitTemplate },
  { name: 'prepare-commit-msg, -m source', group: 'node', command: process.execPath, args: [cli, 'prepare-commit-msg', '.git/PREPARE_EDITMSG', 'message'] },
  { name: 'full CLI commit-msg (cache hit)', group: 'node', command: process.execPath, args: [fullCli, 'commit-msg', '.git/COMMIT_EDITMSG'] },
  {
    name: 'prove-hooks check-msg (cache miss)',
    group: 'node',
    command: process.execPath,
    args: [cli, 'check-msg', GOOD],
    prepare: () => rmSync(cacheFile, { force: true }),
    // Untimed: put back the entries of every folder the cache-hit variants run in.
    after: () => {
      for (const cwd of [repo, monitorOff]) run(process.execPath, [cli, 'check-msg', GOOD], { cwd });
    },
  },
  ...compareClis.flatMap((compareCli, i) => {
    const cwd = compareRepos[i];
    const tag = compareClis.length === 1 ? 'compare' : `compare ${i + 1}`;
    const template = join(cwd, '.git', 'PREPARE_EDITMSG');
    return [
      { name: `${tag}: commit-msg (cache hit)`, group: 'node', command: process.execPath, args: [compareCli, 'commit-msg', '.git/COMMIT_EDITMSG'], cwd },
      { name: `${tag}: check-msg (cache hit)`, group: 'node', command: process.execPath, args: [compareCli, 'check-msg', GOOD], cwd },
      { name: `${tag}: prepare-commit-msg, template`, group: 'node', command: process.execPath, args: [compareCli, 'prepare-commit-msg', '.git/PREPARE_EDITMSG'], cwd, prepare: () => writeFileSync(template, '\n# Please enter the commit message for your changes.\n'), filled: template },
    ];
  }),
  { name: 'git commit --no-verify', group: 'git', command: 'git', args: ['commit', '-q', '--allow-empty', '--no-verify', '-m', GOOD] },
  { name: 'git commit (commit-msg hook)', group: 'git', command: 'git', args: ['commit', '-q', '--allow-empty', '-m', GOOD] },
];
const baselineOf = { node: 'node -e 0', git: 'git commit --no-verify' };

/** CPU seconds used by this process's waited-for children (Linux), or undefined elsewhere. */
const ticksPerSecond = 100;
function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5) (cutime, cstime), counted after the command name.
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Times one whole process: wall ms, and the children's CPU ms when the platform tells. */
function time(variant) {
  variant.prepare?.();
  const cpuBefore = childCpuSeconds();
  const start = now();
  const result = spawnSync(variant.command, variant.args, { cwd: variant.cwd ?? repo, env, stdio: 'ignore' });
  const ms = Number(now() - start) / 1e6;
  const cpuAfter = childCpuSeconds();
  if (result.status !== 0) throw new Error(`${variant.name} exited ${result.status}`);
  // The template variant must have filled the file, or it measured something else.
  const filled = variant.filled ?? (variant.prepare === writeGitTemplate ? prepareFile : undefined);
  if (filled !== undefined && !readFileSync(filled, 'utf8').startsWith('feat: <subject> [T-2026-11-22-002]')) throw new Error('prepare-commit-msg did not fill the template');
  variant.after?.();
  return { ms, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) * 1000 };
}

// Warm the file system cache and the config cache once per variant, untimed.
for (const variant of variants) time(variant);

const samples = new Map(variants.map((v) => [v.name, []]));
const cpu = new Map(variants.map((v) => [v.name, []]));
for (let round = 0; round < rounds; round++) {
  // Rotate the order every round so no variant always runs right after another.
  const order = variants.map((_, i) => variants[(i + round) % variants.length]);
  for (const variant of order) {
    const { ms, cpuMs } = time(variant);
    samples.get(variant.name).push(ms);
    if (cpuMs !== undefined) cpu.get(variant.name).push(cpuMs);
  }
}
rmSync(root, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows = variants.map((variant) => {
  const xs = samples.get(variant.name);
  const base = samples.get(baselineOf[variant.group]);
  const cpuXs = cpu.get(variant.name);
  const cpuBase = cpu.get(baselineOf[variant.group]);
  const hasCpu = cpuXs.length === xs.length && cpuBase.length === base.length;
  return {
    name: variant.name,
    medianMs: median(xs),
    minMs: Math.min(...xs),
    medianRatio: median(xs) / median(base),
    minRatio: Math.min(...xs) / Math.min(...base),
    meanCpuMs: hasCpu ? mean(cpuXs) : null,
    cpuRatio: hasCpu ? mean(cpuXs) / mean(cpuBase) : null,
    baseline: baselineOf[variant.group],
  };
});

if (values.json) {
  process.stdout.write(`${JSON.stringify({ rounds, node: process.version, compare: compareClis, rows }, null, 2)}\n`);
} else {
  const width = Math.max(...rows.map((r) => r.name.length));
  const fmt = (n) => n.toFixed(1).padStart(7);
  const ratio = (n) => `${n.toFixed(2)}x`.padStart(7);
  console.log(`commit-msg path, ${rounds} interleaved rounds, node ${process.version}${compareClis.map((c, i) => `; compare ${i + 1}: ${c}`).join('')}`);
  console.log(`${'variant'.padEnd(width)}  median ms   min ms  median/base  min/base  cpu ms  cpu/base   base`);
  for (const r of rows) {
    const cpuCells = r.meanCpuMs === null ? `${'-'.padStart(6)}  ${'-'.padStart(8)}` : `${r.meanCpuMs.toFixed(1).padStart(6)}  ${ratio(r.cpuRatio).padStart(8)}`;
    console.log(`${r.name.padEnd(width)}  ${fmt(r.medianMs)}  ${fmt(r.minMs)}  ${ratio(r.medianRatio).padStart(11)}  ${ratio(r.minRatio).padStart(8)}  ${cpuCells}   ${r.baseline}`);
  }
}
