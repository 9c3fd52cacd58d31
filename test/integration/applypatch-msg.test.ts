// `git am` runs applypatch-msg (never commit-msg) on each patch's message: init installs it, and
// real `git am` through husky and the built CLI is stopped by a bad message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';
import { removedAfterEachTest } from '../helpers/temp-repos.js';

const hookedRepo = removedAfterEachTest(createHookedRepo);

/** A patch (git format-patch) of one commit with `message`, made with --no-verify and undone again. */
function patchWith(repo: HookedRepo, message: string, n: number): string {
  repo.write(`change-${n}.txt`, `${n}\n`);
  repo.gitOk(['add', `change-${n}.txt`]);
  repo.gitOk(['commit', '-q', '--no-verify', '-m', message]);
  const patch = repo.gitOk(['format-patch', '-1', '--stdout']);
  repo.gitOk(['reset', '-q', '--hard', 'HEAD~1']);
  return patch;
}

describe('git am through the installed hooks', () => {
  it('init writes .husky/applypatch-msg, and git am stops at a patch with a bad message', () => {
    const repo = hookedRepo();
    expect(readFileSync(join(repo.dir, '.husky/applypatch-msg'), 'utf8')).toContain('node_modules/.bin/prove-hooks applypatch-msg "$1"');
    const head = repo.gitOk(['rev-parse', 'HEAD']);
    const am = repo.git(['am'], { input: patchWith(repo, BAD_MESSAGE, 1) });
    expect(am.status).not.toBe(0);
    expect(am.stdout + am.stderr).toContain('type-missing');
    expect(am.stdout + am.stderr).toContain('git am --abort');
    expect(repo.gitOk(['rev-parse', 'HEAD'])).toBe(head);
    repo.gitOk(['am', '--abort']);
    const good = repo.git(['am'], { input: patchWith(repo, goodMessage(2), 2) });
    expect(good.stderr).not.toContain('rejected');
    expect(good.status).toBe(0);
    expect(repo.headSubject()).toBe(goodMessage(2));
  });

  it('checks the file it is given as commit-msg does, keeping # lines as git am does', () => {
    const repo = hookedRepo();
    repo.write('.git/rebase-apply/final-commit', `${goodMessage(3)}\n\n# not a comment for git am\n`);
    const ok = runBuiltCli(['applypatch-msg', '.git/rebase-apply/final-commit', '--json'], { cwd: repo.dir, env: repo.env });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).cleaned).toBe(`${goodMessage(3)}\n\n# not a comment for git am\n`);
    repo.write('.git/rebase-apply/final-commit', `${BAD_MESSAGE}\n`);
    const bad = runBuiltCli(['applypatch-msg', '.git/rebase-apply/final-commit', '--json'], { cwd: repo.dir, env: repo.env });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ status: 'rejected', retryCommand: null });
  });
});
