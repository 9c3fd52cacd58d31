// Temporary repositories with the prove-hooks hooks installed as a user installs them: this
// package linked into node_modules (as `npm install` leaves it) and `prove-hooks init` run, so
// every `git commit` and `git push` goes through husky and the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuiltCli } from './cli.js';
import { createTempRepo, type GitResult, type TempRepo } from './git-repo.js';

/** The root of this package (holds dist/, hooks/ and node_modules/husky). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A message that follows the default convention; `n` makes it unique. */
export function goodMessage(n: number | string = 1): string {
  return `feat: change number ${n} [T-2026-01-15-001] [MODE:F]`;
}

/** A message every default config rejects (no type, no tags). */
export const BAD_MESSAGE = 'did some stuff';

export interface HookedRepo extends TempRepo {
  /** What `prove-hooks init` printed. */
  readonly initOutput: string;
  /** `git commit -m <message> ...extra`; never throws. */
  commit(message: string, extra?: readonly string[], options?: { env?: NodeJS.ProcessEnv; cwd?: string }): GitResult;
  /** The subject of HEAD (`git log -1 --format=%s`), or '' when there is no commit. */
  headSubject(cwd?: string): string;
  /**
   * Does in another work tree of this repository (a linked worktree, a clone) what `npm install`
   * does there: node_modules appears and the `prepare` script runs husky, which writes its
   * untracked `.husky/_` runner. Without it git finds no hooks in that work tree.
   */
  npmInstallIn(workTree: string): void;
}

/**
 * Makes node_modules in `workTree` hold what `npm install --save-dev prove-hooks` leaves: the
 * package (linked to this checkout), its bin link, and husky.
 */
export function linkPackageInto(workTree: string): void {
  const modules = join(workTree, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  symlinkSync(PACKAGE_ROOT, join(modules, 'prove-hooks'), 'dir');
  symlinkSync('../prove-hooks/dist/cli.cjs', join(modules, '.bin', 'prove-hooks'));
  symlinkSync(join(PACKAGE_ROOT, 'node_modules', 'husky'), join(modules, 'husky'), 'dir');
}

/**
 * A fresh repository (`initArgs` go to `git init`) with package.json, an empty flag registry,
 * node_modules and the hooks installed by `prove-hooks init --no-install`, and one first commit
 * holding that set-up unless `firstCommit` is false. `beforeInit` runs just before init and may
 * replace any of those files. Throws when the set-up fails.
 */
export function createHookedRepo(
  options: { initArgs?: readonly string[]; firstCommit?: boolean; beforeInit?: (repo: TempRepo) => void } = {},
): HookedRepo {
  const repo = createTempRepo({ initArgs: options.initArgs ?? [] });
  repo.write('package.json', `${JSON.stringify({ name: 'app', private: true, devDependencies: { husky: '^9.1.7', 'prove-hooks': '*' } }, null, 2)}\n`);
  repo.write('.gitignore', 'node_modules/\n');
  // The flag check fails closed without a registry (README, feature flags): start with an empty one.
  repo.write('flags.json', '{ "flags": [] }\n');
  // Last, so a test can replace any of the files above.
  options.beforeInit?.(repo);
  linkPackageInto(repo.dir);
  const init = runBuiltCli(['init', '--no-install'], { cwd: repo.dir, env: repo.env });
  if (init.status !== 0) throw new Error(`prove-hooks init failed (${init.status}):\n${init.stdout}\n${init.stderr}`);
  const hooked: HookedRepo = {
    ...repo,
    initOutput: init.stdout,
    commit(message, extra = [], opts = {}) {
      return repo.git(['commit', '-m', message, ...extra], opts);
    },
    headSubject(cwd) {
      const result = repo.git(['log', '-1', '--format=%s'], cwd === undefined ? {} : { cwd });
      return result.status === 0 ? result.stdout.trim() : '';
    },
    npmInstallIn(workTree) {
      linkPackageInto(workTree);
      const husky = spawnSync(process.execPath, [join(workTree, 'node_modules', 'husky', 'bin.js')], { cwd: workTree, env: repo.env, encoding: 'utf8' });
      if (husky.status !== 0) throw new Error(`husky failed in ${workTree}: ${husky.stdout}${husky.stderr}`);
    },
  };
  if (options.firstCommit !== false) {
    repo.gitOk(['add', '-A']);
    const first = hooked.commit(goodMessage('setup'));
    if (first.status !== 0) throw new Error(`the set-up commit failed:\n${first.stdout}\n${first.stderr}`);
  }
  return hooked;
}

/** Writes an executable POSIX shell script (for fake programs on PATH and editors). */
export function writeScript(path: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
}
