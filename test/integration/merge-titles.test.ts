// The first lines real git writes for merges are exempt (and only those shapes, see the unit
// tests): every fmt-merge-msg shape made by git itself in a temporary repository.
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { checkCommitMessage } from '../../src/core/commit-message/index.js';
import { join } from 'node:path';
import { createFlagRepo, installHooks } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();
const defaults = configSchema.parse({}).commitMsg;

describe('merge messages git writes', () => {
  it('every shape git 2.39 writes (branch, branches, tag, commit, remote-tracking, pull of a branch and of HEAD, into) is exempt', () => {
    const repo = tempRepo();
    const git = (...args: string[]) => repo.gitOk(args, { env: { GIT_EDITOR: ':' } });
    const subject = () => git('log', '-1', '--format=%B');
    const commit = (name: string) => {
      repo.write(name, `${name}\n`);
      git('add', name);
      git('commit', '-q', '--no-verify', '-m', name);
    };
    commit('base');
    for (const branch of ['x', 'y', 'z']) {
      git('checkout', '-q', '-b', branch, 'main');
      commit(branch);
    }
    git('checkout', '-q', 'main');
    git('tag', '-a', 'v1', '-m', 'v1', 'z');
    const messages: string[] = [];
    const mergeOn = (branch: string, ...what: string[]) => {
      git('checkout', '-q', '-b', branch, 'main');
      git('merge', '-q', '--no-ff', '--no-verify', ...what);
      messages.push(subject());
    };
    mergeOn('m1', 'x');
    mergeOn('m2', 'x', 'y', 'z');
    mergeOn('m3', 'v1');
    mergeOn('m4', git('rev-parse', 'y').trim());
    git('checkout', '-q', 'main');
    const other = `${repo.dir}/../other`;
    git('clone', '-q', repo.dir, other);
    repo.write('../other/o', 'o\n');
    repo.gitOk(['add', 'o'], { cwd: other });
    repo.gitOk(['commit', '-q', '-m', 'o'], { cwd: other });
    git('remote', 'add', 'origin', '../other');
    git('fetch', '-q', 'origin');
    mergeOn('m5', 'origin/main');
    for (const [branch, source] of [['m6', ['../other', 'main']], ['m7', ['../other']], ['m8', [`file://${repo.dir}/../other`]]] as const) {
      git('checkout', '-q', '-b', branch, 'main');
      git('pull', '-q', '--no-rebase', '--no-ff', '--no-verify', ...source);
      messages.push(subject());
    }
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-ff', '--no-verify', 'x');
    messages.push(subject());
    expect(messages.map((message) => message.split('\n')[0])).toEqual([
      "Merge branch 'x' into m1",
      "Merge branches 'x', 'y' and 'z' into m2",
      "Merge tag 'v1' into m3",
      expect.stringMatching(/^Merge commit '[0-9a-f]{40}' into m4$/),
      "Merge remote-tracking branch 'origin/main' into m5",
      "Merge branch 'main' of ../other into m6",
      'Merge ../other into m7',
      expect.stringMatching(/^Merge file:\/\/\S+\/\.\.\/other into m8$/),
      "Merge branch 'x'",
    ]);
    for (const message of messages) expect(checkCommitMessage(message, defaults, { cleanup: 'verbatim', mergeCommit: true })).toMatchObject({ status: 'exempt' });
  });
});

describe('pre-push and merge-shaped first lines', () => {
  const made: TempRepo[] = [];
  afterEach(() => {
    for (const repo of made.splice(0)) repo.cleanup();
  });

  it('rejects a pushed commit with one parent whose first line looks like a merge; a real merge passes', () => {
    const repo = createFlagRepo();
    made.push(repo);
    const remote = join(repo.home, '..', 'remote.git');
    repo.gitOk(['init', '-q', '--bare', remote]);
    repo.gitOk(['remote', 'add', 'origin', remote]);
    repo.gitOk(['push', '-q', 'origin', 'main']);
    installHooks(repo, ['pre-push']);
    repo.write('a.ts', 'a\n');
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-q', '--no-verify', '-m', "Merge branch 'not-a-merge'"]);
    const fake = repo.git(['push', '-q', 'origin', 'main']);
    expect(fake.status).not.toBe(0);
    expect(fake.stderr).toContain("Merge branch 'not-a-merge'");
    repo.gitOk(['reset', '-q', '--hard', 'origin/main']);
    repo.gitOk(['checkout', '-q', '-b', 'side']);
    repo.write('side.ts', 'y\n');
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-q', '--no-verify', '-m', 'feat: side [T-2026-11-22-003] [MODE:F]']);
    repo.gitOk(['checkout', '-q', 'main']);
    repo.gitOk(['merge', '-q', '--no-ff', '--no-edit', '--no-verify', 'side']);
    const merged = repo.git(['push', '-q', 'origin', 'main']);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
  });
});
