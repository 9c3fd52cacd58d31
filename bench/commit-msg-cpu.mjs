// The message fast path's CPU time to the microsecond (commit-msg with and without the performance
// monitor, and prepare-commit-msg filling its template), side by side with other builds: each `node` process preloads a few lines that print
// process.cpuUsage() (all of the process's threads) and process.uptime() when it exits, so the
// CPU is measured per run, not tick-sampled as in bench/commit-msg.mjs (whose 10 ms ticks need
// hundreds of rounds to resolve a millisecond). Variants are interleaved, a different order every
// round; each build runs in a repository of its own (builds sharing a git dir would evict each
// other's code cache). Needs `npm run build` first.
//
//   node bench/commit-msg-cpu.mjs [--rounds 40] [--compare <other dist/cli.cjs>]...
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRoot, makeMessageRepo } from './message-repo.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' }, compare: { type: 'string', multiple: true } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 3) throw new Error('--rounds must be an integer >= 3');
const cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const builds = [['this build', cli], ...(values.compare ?? []).map((path, i) => [`compare ${i + 1}`, resolve(path)])];
for (const [, path] of builds) if (!existsSync(path)) throw new Error(`${path} does not exist (run \`npm run build\` first)`);

const { root, env } = benchRoot('prove-hooks-bench-cpu-');
const atExit = join(root, 'cpu-at-exit.cjs');
writeFileSync(atExit, "process.on('exit', () => { const c = process.cpuUsage(); require('node:fs').writeSync(2, `\\nCPU ${(c.user + c.system) / 1000} ${process.uptime() * 1000}\\n`); });\n");


const MONITOR_OFF = { log: false, report: 'never' };
const TEMPLATE = '\n# Please enter the commit message for your changes.\n';
const variants = [
  { name: 'node -e 0', args: ['-e', '0'], cwd: root },
  ...builds.flatMap(([label, path], i) => {
    const cwd = makeMessageRepo(root, env, `on-${i}`);
    const template = join(cwd, '.git', 'PREPARE_EDITMSG');
    return [
      { name: `${label}: commit-msg`, args: [path, 'commit-msg', '.git/COMMIT_EDITMSG'], cwd },
      { name: `${label}: commit-msg, monitor off`, args: [path, 'commit-msg', '.git/COMMIT_EDITMSG'], cwd: makeMessageRepo(root, env, `off-${i}`, MONITOR_OFF) },
      // git writes its comments into the file, the hook fills the first line: rewritten before every run.
      { name: `${label}: prepare-commit-msg, template`, args: [path, 'prepare-commit-msg', '.git/PREPARE_EDITMSG'], cwd, prepare: () => writeFileSync(template, TEMPLATE), filled: template },
    ];
  }),
];

function runOnce(variant) {
  variant.prepare?.();
  const result = spawnSync(process.execPath, ['-r', atExit, ...variant.args], { cwd: variant.cwd, env, encoding: 'utf8' });
  const match = /CPU ([\d.]+) ([\d.]+)\n$/.exec(result.stderr);
  if (result.status !== 0 || match === null) throw new Error(`${variant.name} failed (${result.status}): ${result.stderr}`);
  // The template run must have filled the file, or it measured something else.
  if (variant.filled !== undefined && !readFileSync(variant.filled, 'utf8').startsWith('feat: <subject> [T-2026-11-22-002]')) throw new Error(`${variant.name} did not fill the template`);
  return { cpuMs: Number(match[1]), wallMs: Number(match[2]) };
}

// Untimed: fill the caches (config, git settings, code cache) and a few records of the log.
for (const variant of variants) for (let i = 0; i < 5; i++) runOnce(variant);
const samples = new Map(variants.map((v) => [v.name, { cpu: [], wall: [] }]));
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < variants.length; i++) {
    const variant = variants[(i + round) % variants.length];
    const { cpuMs, wallMs } = runOnce(variant);
    samples.get(variant.name).cpu.push(cpuMs);
    samples.get(variant.name).wall.push(wallMs);
  }
}
rmSync(root, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const base = samples.get('node -e 0');
const width = Math.max(...variants.map((v) => v.name.length));
console.log(`commit-msg CPU, ${rounds} interleaved rounds, node ${process.version}; ${builds.map(([l, p]) => `${l}: ${p}`).join('; ')}`);
console.log(`${'variant'.padEnd(width)}  cpu median  cpu min  (median/base)  wall median  wall min  (median, min /base)`);
for (const [name, { cpu, wall }] of samples) {
  const f = (n) => n.toFixed(2).padStart(8);
  console.log(`${name.padEnd(width)}  ${f(median(cpu))}  ${f(Math.min(...cpu))}  (${(median(cpu) / median(base.cpu)).toFixed(2)}x)  ${f(median(wall))}  ${f(Math.min(...wall))}  (${(median(wall) / median(base.wall)).toFixed(2)}x, ${(Math.min(...wall) / Math.min(...base.wall)).toFixed(2)}x)`);
}
