// The warm repository the message-path benchmarks (commit-msg-cpu.mjs, commit-msg-instructions.mjs)
// run in: a commit, a branch holding a task id (prepare-commit-msg fills its template from it), a
// passing message, and git's config dated back (its settings are cached only from config files
// older than a couple of seconds). Everything under one temporary `root` the caller removes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';

/** A temporary root and the environment (no user config, a fixed identity) every run gets. */
export function benchRoot(prefix) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const env = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_GLOBAL: join(root, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
  return { root, env };
}

/** The repository `root/name`; `perf` is the config's perf section (none: the defaults). */
export function makeMessageRepo(root, env, name, perf) {
  const dir = join(root, name);
  mkdirSync(dir);
  const git = (args) => {
    const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git(['init', '-q', '-b', 'main']);
  git(['commit', '-q', '--allow-empty', '-m', GOOD]);
  git(['checkout', '-q', '-b', 'feat/T-2026-11-22-002-login-page']);
  writeFileSync(join(dir, '.proverc.json'), JSON.stringify({ commitMsg: { maxHeaderLength: 100 }, ...(perf === undefined ? {} : { perf }) }));
  writeFileSync(join(dir, '.git', 'COMMIT_EDITMSG'), `${GOOD}\n`);
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(dir, '.git', 'config'), past, past);
  return dir;
}
