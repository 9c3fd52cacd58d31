// Whole-process benchmark of the server hook: `prove-hooks pre-receive` run as git runs it in a
// bare repository (cwd the repository, GIT_DIR=., the pushed objects visible only through a
// quarantine-style GIT_OBJECT_DIRECTORY with the repository's objects as the alternate), fed the
// ref lines of a push of N new commits. Needs `npm run build` first. Fixtures in .bench-tmp/.
//
//   env -u NODE_EXTRA_CA_CERTS node bench/pre-receive.mjs [--commits 1000] [--rounds 7] [--tags 0] [--json]
//
// Variants: `branch`, one ref bringing N commits (each changes a source file, every fifth adds a
// flag reference the registry knows); with --tags T > 0 also `branch+tags`, the same push plus T
// lightweight tags spread over the new commits. Every commit's message is checked, the flag
// check runs on each distinct pushed tip. Prints the median and minimum wall time in ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '7' },
    tags: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});
const commits = Number(values.commits);
const rounds = Number(values.rounds);
const tags = Number(values.tags);
if (!Number.isInteger(commits) || commits < 1) throw new Error('--commits must be a positive integer');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');
if (!Number.isInteger(tags) || tags < 0) throw new Error('--tags must be a whole number');

const cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run `npm run build` first');

const benchTmp = join(import.meta.dirname, '..', '.bench-tmp');
mkdirSync(benchTmp, { recursive: true });
const root = mkdtempSync(join(benchTmp, 'pre-receive-'));
const clone = join(root, 'clone');
const server = join(root, 'server.git');
mkdirSync(clone);
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
const git = (args, input, cwd = clone) => {
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
};
const message = (n) => `feat: change number ${n} of the push [T-2026-11-22-002] [MODE:F]\n\nWhy the change was made, in a body line or two.`;

git(['init', '-q', '-b', 'main']);
writeFileSync(join(clone, '.proverc.json'), `${JSON.stringify({ flags: { presets: ['launchdarkly'] } })}\n`);
writeFileSync(join(clone, 'flags.json'), `${JSON.stringify({ flags: [{ key: 'known-flag', status: 'active' }] })}\n`);
writeFileSync(join(clone, 'a.ts'), "ldClient.variation('known-flag', false);\n");
git(['add', '-A']);
git(['commit', '-qm', message(0)]);
git(['init', '-q', '--bare', server], undefined, root);
git(['push', '-q', server, 'main']);
const base = git(['rev-parse', 'HEAD']).trim();

// N commits by fast-import (one process): each rewrites one of 50 files of ~40 lines.
let stream = '';
for (let i = 1; i <= commits; i++) {
  const lines = Array.from({ length: 40 }, (_, k) => (i % 5 === 0 && k === 20 ? `if (ldClient.variation('known-flag', false)) { step(${i}); }` : `export const value${k} = ${i * 40 + k};`));
  const body = `${lines.join('\n')}\n`;
  const text = message(i);
  stream += `commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_700_000_000 + i} +0000\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  stream += i === 1 ? `from ${base}\n` : '';
  stream += `M 100644 inline src/file${i % 50}.ts\ndata ${Buffer.byteLength(body)}\n${body}\n`;
}
git(['fast-import', '--quiet'], stream);
const listed = git(['rev-list', '--reverse', `${base}..main`]).trim().split('\n');
if (listed.length !== commits) throw new Error(`expected ${commits} new commits, found ${listed.length}`);
const tip = listed.at(-1);
const zero = '0'.repeat(40);
const branchInput = `${base} ${tip} refs/heads/main\n`;
const tagInput = branchInput + Array.from({ length: tags }, (_, i) => `${zero} ${listed[Math.floor(((i + 1) * commits) / tags) - 1]} refs/tags/t${i}\n`).join('');

const variants = [
  { name: `branch: ${commits} commits`, input: branchInput },
  ...(tags > 0 ? [{ name: `branch+tags: ${commits} commits, ${tags} tags`, input: tagInput }] : []),
];

// As git runs the hook: in the repository, GIT_DIR=., new objects only in the "quarantine"
// (here the clone's object store, which holds them all), the repository's objects as alternate.
const hookEnv = { ...env, GIT_DIR: '.', GIT_OBJECT_DIRECTORY: join(clone, '.git', 'objects'), GIT_ALTERNATE_OBJECT_DIRECTORIES: join(server, 'objects'), GIT_QUARANTINE_PATH: join(clone, '.git', 'objects') };
function time(variant) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'pre-receive'], { cwd: server, env: hookEnv, input: variant.input, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${variant.name} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return ms;
}

const samples = new Map(variants.map((variant) => [variant.name, []]));
// One untimed warm-up each (page cache).
for (const variant of variants) time(variant);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 1 ? [...variants].reverse() : variants;
  for (const variant of order) samples.get(variant.name).push(time(variant));
}
if (process.env.BENCH_KEEP === undefined) rmSync(root, { recursive: true, force: true });
else process.stderr.write(`kept ${root}\n`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const rows = [...samples].map(([variant, ms]) => ({ variant, medianMs: median(ms), minMs: Math.min(...ms), samples: ms }));
if (values.json) {
  process.stdout.write(`${JSON.stringify({ commits, tags, rounds, rows }, null, 2)}\n`);
} else {
  process.stdout.write(`pre-receive, ${rounds} rounds (the hook's whole process, as git runs it)\n`);
  for (const row of rows) process.stdout.write(`${row.variant.padEnd(40)} median ${row.medianMs.toFixed(0).padStart(6)} ms  min ${row.minMs.toFixed(0).padStart(6)} ms\n`);
}
