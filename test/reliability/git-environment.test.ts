// git missing from PATH or too old: every command that needs git says which git it needs, with
// the environment exit code and no stack trace. Runs the built CLI with a controlled PATH.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_GIT_VERSION } from '../../src/git/git-version.js';
import { runBuiltCli } from '../helpers/cli.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { writeScript } from '../helpers/hooked-repo.js';

let repo: TempRepo;
let oldGitDir: string;
let emptyDir: string;
let realGit: string;

beforeAll(() => {
  repo = createTempRepo();
  realGit = repo.gitOk(['--exec-path']).trim();
  oldGitDir = join(repo.home, 'old-git');
  emptyDir = join(repo.home, 'no-git');
  mkdirSync(oldGitDir);
  mkdirSync(emptyDir);
  // Answers --version like git 2.10 and passes everything else to the real git, as an old git
  // that happens to run most commands would: only the version check can stop it.
  writeScript(join(oldGitDir, 'git'), `if [ "$1" = "--version" ]; then echo "git version 2.10.0"; exit 0; fi\nexec ${realGit}/git "$@"`);
});
afterAll(() => repo?.cleanup());

const config = (PATH: string) => runBuiltCli(['config'], { cwd: repo.dir, env: { ...repo.env, PATH } });

describe('the git on PATH', () => {
  it('too old: names the version found and the version needed, exit 4, no stack trace', () => {
    const result = config(oldGitDir);
    expect(result.status).toBe(4);
    expect(result.stderr).toContain(`git 2.10.0 is too old: prove-hooks needs git ${MIN_GIT_VERSION} or newer`);
    expect(result.stderr).toContain('Upgrade git');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('missing: says git was not found on PATH, exit 4, no stack trace', () => {
    const result = config(emptyDir);
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('git was not found on PATH');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('new enough: the check passes and is remembered in the git dir for that executable', () => {
    const result = config(`${realGit}:${process.env.PATH ?? ''}`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const stamp = JSON.parse(readFileSync(join(repo.dir, '.git', 'prove-hooks', 'git-version.json'), 'utf8'));
    expect(stamp.path).toBe(join(realGit, 'git'));
    // The remembered pass is for that executable only: the old git is still refused.
    expect(config(oldGitDir).status).toBe(4);
    expect(existsSync(join(repo.dir, '.git', 'prove-hooks', 'git-version.json'))).toBe(true);
  });
});
