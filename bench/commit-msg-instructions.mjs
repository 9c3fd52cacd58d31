// Instructions a warm message fast path executes, counted by valgrind's callgrind: a count does not
// move with the load of a shared machine, so it resolves what wall and CPU times cannot there (a
// tenth of a millisecond is about half a million instructions). Counts bare `node -e 0`, a Node
// start that runs an empty file, and commit-msg and prepare-commit-msg of this build and of each
// `--compare` build, each in a repository of its own with warm caches. The monitor records every
// run but never judges it (perf.report: never): under valgrind every run is slow, and judging a
// slow run reads the log, which a usual run does not. Needs valgrind and `npm run build` first.
//
//   node bench/commit-msg-instructions.mjs [--runs 3] [--compare <other dist/cli.cjs>]...
//
// V8 seeds its hash tables with a random prime and tests candidates with `detail::sprp`, which
// costs 7 to 23 million instructions by chance in every Node process; that function is left out
// of every count (it is Node's own noise, the same for every variant on average).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRoot, makeMessageRepo } from './message-repo.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, compare: { type: 'string', multiple: true } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('valgrind is not installed');
const cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const builds = [['this build', cli], ...(values.compare ?? []).map((path, i) => [`compare ${i + 1}`, resolve(path)])];
for (const [, path] of builds) if (!existsSync(path)) throw new Error(`${path} does not exist (run \`npm run build\` first)`);

const TEMPLATE = '\n# Please enter the commit message for your changes.\n';
const { root, env } = benchRoot('prove-hooks-bench-instructions-');
const emptyFile = join(root, 'empty.cjs');
writeFileSync(emptyFile, '');


const variants = [
  { name: 'node -e 0', args: ['-e', '0'], cwd: root },
  { name: 'node <empty file>', args: [emptyFile], cwd: root },
  ...builds.flatMap(([label, path], i) => {
    const cwd = makeMessageRepo(root, env, `repo-${i}`, { report: 'never' });
    const template = join(cwd, '.git', 'PREPARE_EDITMSG');
    return [
      { name: `${label}: commit-msg`, args: [path, 'commit-msg', '.git/COMMIT_EDITMSG'], cwd },
      { name: `${label}: prepare-commit-msg, template`, args: [path, 'prepare-commit-msg', '.git/PREPARE_EDITMSG'], cwd, prepare: () => writeFileSync(template, TEMPLATE) },
    ];
  }),
];

/** One run under callgrind: its instruction count without V8's random hash-seed search. */
function countOnce(variant, valgrind) {
  variant.prepare?.();
  const out = join(root, 'callgrind.out');
  const command = valgrind ? 'valgrind' : process.execPath;
  const args = valgrind ? ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...variant.args] : variant.args;
  const result = spawnSync(command, args, { cwd: variant.cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${variant.name} failed (${result.status}): ${result.stderr}`);
  if (!valgrind) return undefined;
  const annotated = spawnSync('callgrind_annotate', ['--inclusive=yes', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  rmSync(out, { force: true });
  const total = Number(/^\s*([\d,]+) .*PROGRAM TOTALS/m.exec(annotated)?.[1].replaceAll(',', '') ?? NaN);
  // The function itself, not its recursive entries (named with '2).
  const seed = Number(/^\s*([\d,]+) .*detail::sprp\(unsigned long long, unsigned long long\) \[/m.exec(annotated)?.[1].replaceAll(',', '') ?? 0);
  if (!Number.isFinite(total)) throw new Error(`no instruction count for ${variant.name}`);
  return total - seed;
}

// Untimed: fill the caches (config, git settings, code cache) as a clone's earlier commits do.
for (const variant of variants) for (let i = 0; i < 3; i++) countOnce(variant, false);
const counts = new Map(variants.map((v) => [v.name, []]));
for (let run = 0; run < runs; run++) for (const variant of variants) counts.get(variant.name).push(countOnce(variant, true));
rmSync(root, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const base = median(counts.get('node -e 0'));
const width = Math.max(...variants.map((v) => v.name.length));
console.log(`message fast path, instructions (callgrind, without V8's hash-seed search), ${runs} runs each, node ${process.version}; ${builds.map(([l, p]) => `${l}: ${p}`).join('; ')}`);
console.log(`${'variant'.padEnd(width)}  median (millions)  runs  /node -e 0`);
for (const [name, xs] of counts) {
  console.log(`${name.padEnd(width)}  ${(median(xs) / 1e6).toFixed(2).padStart(17)}  ${xs.map((x) => (x / 1e6).toFixed(2)).join(' ')}  ${(median(xs) / base).toFixed(3)}x`);
}
