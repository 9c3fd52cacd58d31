// Whole-process benchmark of pre-push with many refs at once: `prove-hooks pre-push` fed the ref
// lines git would write for a push of N new tags, side by side with another build of the CLI
// (e.g. the previous main) in one run, interleaved so machine noise hits both alike. Needs
// `npm run build` first.
//
//   node bench/push-tags.mjs [--tags 2000] [--rounds 5] [--other /path/to/other/dist/cli.cjs] [--json]
//
// Two pushes are timed: `existing`, N lightweight tags on a commit the remote already has (only
// the ranges are resolved: nothing new to scan), and `new`, a new branch of 10 commits pushed
// with N tags spread over them (N ranges, 10 distinct diffs).
// Prints per variant and build the median and minimum wall time in ms, and ms per tag.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { tags: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '5' }, other: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const tags = Number(values.tags);
const rounds = Number(values.rounds);
if (!Number.isInteger(tags) || tags < 1) throw new Error('--tags must be a positive integer');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');

const cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
const builds = [{ name: 'this build', cli }, ...(values.other === undefined ? [] : [{ name: 'other', cli: resolve(values.other) }])];

const root = mkdtempSync(join(tmpdir(), 'prove-hooks-bench-push-'));
const repo = join(root, 'repo');
const remote = join(root, 'remote.git');
mkdirSync(repo);
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
const git = (args, input) => {
  const result = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
};
const message = (n) => `feat: change ${n} [T-2026-11-22-002] [MODE:F]`;

git(['init', '-q', '-b', 'main']);
writeFileSync(join(repo, 'package.json'), '{"name":"bench","private":true}\n');
writeFileSync(join(repo, 'flags.json'), `${JSON.stringify({ flags: [{ key: 'known-flag' }] })}\n`);
writeFileSync(join(repo, 'a.ts'), "isEnabled('known-flag');\n");
git(['add', '-A']);
git(['commit', '-qm', message(0)]);
git(['init', '-q', '--bare', remote]);
git(['remote', 'add', 'origin', remote]);
git(['push', '-q', 'origin', 'main']);
const zero = '0'.repeat(40);
// `existing`: N tags on the pushed commit.
const base = git(['rev-parse', 'HEAD']).trim();
const existingInput = Array.from({ length: tags }, (_, i) => `refs/tags/old-${i} ${base} refs/tags/old-${i} ${zero}\n`).join('');
// `new`: a new branch of 10 commits (fast-import: one process) pushed with N tags spread over them.
const NEW_COMMITS = 10;
let stream = '';
for (let i = 1; i <= NEW_COMMITS; i++) {
  const body = `isEnabled('known-flag'); // ${i}\n`;
  const text = message(i);
  stream += `commit refs/heads/feature\ncommitter Bench <bench@example.com> ${1_700_000_000 + i} +0000\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  stream += i === 1 ? `from ${base}\n` : '';
  stream += `M 100644 inline f${i}.ts\ndata ${Buffer.byteLength(body)}\n${body}\n`;
}
git(['fast-import', '--quiet'], stream);
const newCommits = git(['rev-list', '--reverse', 'feature']).trim().split('\n').slice(-NEW_COMMITS);
const tip = newCommits.at(-1);
const newInput =
  `refs/heads/feature ${tip} refs/heads/feature ${zero}\n` +
  Array.from({ length: tags }, (_, i) => `refs/tags/new-${i} ${newCommits[i % NEW_COMMITS]} refs/tags/new-${i} ${zero}\n`).join('');

const variants = [
  { name: `existing: ${tags} tags on pushed commits`, input: existingInput },
  { name: `new: ${tags} tags on ${NEW_COMMITS} new commits`, input: newInput },
];

function time(build, variant) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [build.cli, 'pre-push', 'origin', remote], { cwd: repo, env, input: variant.input, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${build.name} ${variant.name} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return ms;
}

const samples = new Map();
for (const build of builds) for (const variant of variants) samples.set(`${build.name}\0${variant.name}`, []);
// One untimed warm-up each (caches, page cache).
for (const build of builds) for (const variant of variants) time(build, variant);
for (let round = 0; round < rounds; round++) {
  const order = builds.flatMap((build) => variants.map((variant) => ({ build, variant })));
  if (round % 2 === 1) order.reverse();
  for (const { build, variant } of order) samples.get(`${build.name}\0${variant.name}`).push(time(build, variant));
}
if (process.env.BENCH_KEEP === undefined) rmSync(root, { recursive: true, force: true });
else process.stderr.write(`kept ${root}\n`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const rows = [...samples].map(([key, ms]) => {
  const [build, variant] = key.split('\0');
  return { build, variant, medianMs: median(ms), minMs: Math.min(...ms), perTagMs: median(ms) / tags };
});
if (values.json) {
  process.stdout.write(`${JSON.stringify({ tags, rounds, rows }, null, 2)}\n`);
} else {
  process.stdout.write(`pre-push with ${tags} tags, ${rounds} rounds\n`);
  for (const row of rows) {
    process.stdout.write(`${row.build.padEnd(11)} ${row.variant.padEnd(40)} median ${row.medianMs.toFixed(0).padStart(6)} ms  min ${row.minMs.toFixed(0).padStart(6)} ms  ${row.perTagMs.toFixed(2)} ms/tag\n`);
  }
}
