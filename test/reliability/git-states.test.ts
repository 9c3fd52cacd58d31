// Every git state a commit can happen in, through the real installed hooks (husky -> built CLI):
// the verdict is right, nothing the user made is lost, and nothing crashes.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitResult } from '../helpers/git-repo.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, writeScript, type HookedRepo } from '../helpers/hooked-repo.js';

const output = (result: GitResult): string => `${result.stdout}${result.stderr}`;

function expectAccepted(result: GitResult): void {
  expect(output(result)).not.toMatch(/prove-hooks: (internal|cannot|git )/);
  expect(result.status, output(result)).toBe(0);
}

function expectRejected(result: GitResult): void {
  expect(result.status, output(result)).not.toBe(0);
  expect(output(result)).toContain('commit message rejected');
  expect(output(result)).toMatch(/git commit (?:--cleanup=scissors )?--edit --file=\S+/);
}

/** The saved copy of the last rejected message in a git dir. */
function lastRejected(gitDir: string): string {
  return readFileSync(join(gitDir, 'prove-hooks', 'last-rejected.txt'), 'utf8');
}

let repo: HookedRepo;
let counter = 0;
/** Writes a new file with unique content and stages it. */
function stageNewFile(name = `file-${++counter}.txt`, cwd?: string): string {
  const base = cwd ?? repo.dir;
  mkdirSync(join(base, name, '..'), { recursive: true });
  writeFileSync(join(base, name), `content ${++counter}\n`);
  repo.gitOk(['add', '--', name], cwd === undefined ? {} : { cwd });
  return name;
}

beforeAll(() => {
  repo = createHookedRepo();
});
afterAll(() => repo?.cleanup());

describe('the first commit of a repository (no HEAD yet)', () => {
  let fresh: HookedRepo;
  beforeAll(() => {
    fresh = createHookedRepo({ firstCommit: false });
    fresh.gitOk(['add', '-A']);
  });
  afterAll(() => fresh?.cleanup());

  it('rejects a bad first message and leaves the branch unborn, the files staged', () => {
    expectRejected(fresh.commit(BAD_MESSAGE));
    expect(fresh.git(['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);
    expect(fresh.gitOk(['diff', '--cached', '--name-only'])).toContain('package.json');
    expect(lastRejected(join(fresh.dir, '.git'))).toBe(`${BAD_MESSAGE}\n`);
  });

  it('accepts a good first message', () => {
    expectAccepted(fresh.commit(goodMessage('first')));
    expect(fresh.headSubject()).toBe(goodMessage('first'));
  });
});

describe('detached HEAD', () => {
  it('checks commits made on a detached HEAD like any other', () => {
    repo.gitOk(['checkout', '-q', '--detach']);
    stageNewFile();
    expectRejected(repo.commit(BAD_MESSAGE));
    expectAccepted(repo.commit(goodMessage('detached')));
    expect(repo.headSubject()).toBe(goodMessage('detached'));
    repo.gitOk(['checkout', '-q', 'main']);
  });
});

describe('merges', () => {
  it('exempts the message git writes for a merge without conflicts', () => {
    repo.gitOk(['checkout', '-q', '-b', 'merge-clean']);
    stageNewFile();
    expectAccepted(repo.commit(goodMessage('on branch')));
    repo.gitOk(['checkout', '-q', 'main']);
    stageNewFile();
    expectAccepted(repo.commit(goodMessage('on main')));
    const merge = repo.git(['merge', '--no-ff', '--no-edit', 'merge-clean']);
    expectAccepted(merge);
    expect(repo.headSubject()).toBe("Merge branch 'merge-clean'");
  });

  it('rejects a hand-written bad merge message and leaves the merge in progress to retry', () => {
    repo.gitOk(['checkout', '-q', '-b', 'merge-bad', 'HEAD~1']);
    stageNewFile();
    expectAccepted(repo.commit(goodMessage('to merge')));
    repo.gitOk(['checkout', '-q', 'main']);
    const before = repo.gitOk(['rev-parse', 'HEAD']);
    const merge = repo.git(['merge', '--no-ff', '-m', BAD_MESSAGE, 'merge-bad']);
    expect(merge.status).not.toBe(0);
    expect(output(merge)).toContain('commit message rejected');
    expect(existsSync(join(repo.dir, '.git', 'MERGE_HEAD'))).toBe(true);
    expect(repo.gitOk(['rev-parse', 'HEAD'])).toBe(before);
    // The user fixes the message and completes the merge.
    expectAccepted(repo.git(['commit', '-m', goodMessage('merge fixed')]));
    expect(repo.gitOk(['rev-list', '--parents', '-n', '1', 'HEAD']).trim().split(' ')).toHaveLength(3);
  });

  it('exempts the merge message after conflicts are resolved (its # Conflicts lines are comments)', () => {
    repo.write('conflict.txt', 'base\n');
    repo.gitOk(['add', 'conflict.txt']);
    expectAccepted(repo.commit(goodMessage('conflict base')));
    repo.gitOk(['checkout', '-q', '-b', 'merge-conflict']);
    repo.write('conflict.txt', 'theirs\n');
    expectAccepted(repo.commit(goodMessage('theirs'), ['-a']));
    repo.gitOk(['checkout', '-q', 'main']);
    repo.write('conflict.txt', 'ours\n');
    expectAccepted(repo.commit(goodMessage('ours'), ['-a']));
    expect(repo.git(['merge', 'merge-conflict']).status).not.toBe(0);
    repo.write('conflict.txt', 'resolved\n');
    repo.gitOk(['add', 'conflict.txt']);
    expectAccepted(repo.git(['commit', '--no-edit']));
    expect(repo.headSubject()).toBe("Merge branch 'merge-conflict'");
  });
});

describe('rebase, cherry-pick and revert', () => {
  beforeAll(() => {
    repo.gitOk(['checkout', '-q', '-b', 'topic', 'main']);
    stageNewFile('topic-a.txt');
    expectAccepted(repo.commit(goodMessage('topic a')));
    stageNewFile('topic-b.txt');
    expectAccepted(repo.commit(goodMessage('topic b')));
    repo.gitOk(['checkout', '-q', 'main']);
    stageNewFile();
    expectAccepted(repo.commit(goodMessage('main moves on')));
  });

  it('replays commits in a plain rebase without getting in the way', () => {
    repo.gitOk(['checkout', '-q', '-b', 'topic-plain', 'topic']);
    const result = repo.git(['rebase', 'main']);
    expectAccepted(result);
    expect(repo.gitOk(['log', '-2', '--format=%s']).trim().split('\n')).toEqual([goodMessage('topic b'), goodMessage('topic a')]);
    repo.gitOk(['checkout', '-q', 'main']);
  });

  it('stops an interactive rebase at a reword to a bad message, keeps the message, and aborts cleanly', () => {
    repo.gitOk(['checkout', '-q', '-b', 'topic-reword', 'topic']);
    const sequenceEditor = join(repo.home, 'reword-all.sh');
    const editor = join(repo.home, 'write-message.sh');
    writeScript(sequenceEditor, `sed -i 's/^pick/reword/' "$1"`);
    writeScript(editor, `printf '%s\\n' "$PROVE_TEST_MESSAGE" > "$1"`);
    const env = { GIT_SEQUENCE_EDITOR: sequenceEditor, GIT_EDITOR: editor };
    const bad = repo.git(['rebase', '-i', 'main'], { env: { ...env, PROVE_TEST_MESSAGE: BAD_MESSAGE } });
    expect(bad.status).not.toBe(0);
    expect(output(bad)).toContain('commit message rejected');
    expect(lastRejected(join(repo.dir, '.git'))).toBe(`${BAD_MESSAGE}\n`);
    repo.gitOk(['rebase', '--abort']);
    expect(repo.headSubject()).toBe(goodMessage('topic b'));

    const good = repo.git(['rebase', '-i', 'main'], { env: { ...env, PROVE_TEST_MESSAGE: goodMessage('reworded') } });
    expectAccepted(good);
    expect(repo.gitOk(['log', '-2', '--format=%s']).trim().split('\n')).toEqual([goodMessage('reworded'), goodMessage('reworded')]);
    repo.gitOk(['checkout', '-q', 'main']);
  });

  it('checks the message when a conflicted cherry-pick is completed with git commit', () => {
    repo.gitOk(['checkout', '-q', '-b', 'pick-source', 'main']);
    repo.write('picked.txt', 'source\n');
    repo.gitOk(['add', 'picked.txt']);
    expectAccepted(repo.commit(goodMessage('to pick')));
    repo.gitOk(['checkout', '-q', 'main']);
    repo.write('picked.txt', 'main\n');
    repo.gitOk(['add', 'picked.txt']);
    expectAccepted(repo.commit(goodMessage('main side')));
    expect(repo.git(['cherry-pick', 'pick-source']).status).not.toBe(0);
    expect(existsSync(join(repo.dir, '.git', 'CHERRY_PICK_HEAD'))).toBe(true);
    repo.write('picked.txt', 'resolved\n');
    repo.gitOk(['add', 'picked.txt']);
    expectAccepted(repo.git(['commit', '--no-edit']));
    expect(repo.headSubject()).toBe(goodMessage('to pick'));
  });

  it('exempts the message of a revert completed after a conflict', () => {
    repo.write('reverted.txt', 'one\n');
    repo.gitOk(['add', 'reverted.txt']);
    expectAccepted(repo.commit(goodMessage('revert me')));
    const target = repo.gitOk(['rev-parse', 'HEAD']).trim();
    repo.write('reverted.txt', 'two\n');
    expectAccepted(repo.commit(goodMessage('then change'), ['-a']));
    expect(repo.git(['revert', '--no-edit', target]).status).not.toBe(0);
    expect(existsSync(join(repo.dir, '.git', 'REVERT_HEAD'))).toBe(true);
    repo.gitOk(['rm', '-q', '-f', 'reverted.txt']);
    expectAccepted(repo.git(['commit', '--no-edit']));
    expect(repo.headSubject()).toBe(`Revert "${goodMessage('revert me')}"`);
  });
});

describe('commit variants', () => {
  it('--amend: rejects a bad new message (HEAD unchanged) and accepts a good one', () => {
    stageNewFile();
    expectAccepted(repo.commit(goodMessage('to amend')));
    const before = repo.gitOk(['rev-parse', 'HEAD']);
    expectRejected(repo.commit(BAD_MESSAGE, ['--amend']));
    expect(repo.gitOk(['rev-parse', 'HEAD'])).toBe(before);
    expectAccepted(repo.commit(goodMessage('amended'), ['--amend']));
    expect(repo.headSubject()).toBe(goodMessage('amended'));
  });

  it('commit -a and commit <path> (git uses a temporary index): verdicts right, the real index untouched', () => {
    repo.write('tracked-1.txt', 'one\n');
    repo.write('tracked-2.txt', 'two\n');
    repo.gitOk(['add', 'tracked-1.txt', 'tracked-2.txt']);
    expectAccepted(repo.commit(goodMessage('tracked')));
    repo.write('tracked-1.txt', 'one changed\n');
    repo.write('tracked-2.txt', 'two changed\n');
    stageNewFile('staged-only.txt');
    expectRejected(repo.commit(BAD_MESSAGE, ['--', 'tracked-1.txt']));
    // A rejected `commit <path>` leaves the index as it was: only staged-only.txt is staged.
    expect(repo.gitOk(['diff', '--cached', '--name-only']).trim()).toBe('staged-only.txt');
    expectAccepted(repo.commit(goodMessage('one path'), ['--', 'tracked-1.txt']));
    expect(repo.gitOk(['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('tracked-1.txt');
    expectRejected(repo.commit(BAD_MESSAGE, ['-a']));
    expect(repo.gitOk(['diff', '--name-only']).trim()).toBe('tracked-2.txt');
    expectAccepted(repo.commit(goodMessage('all'), ['-a']));
    expect(repo.gitOk(['status', '--porcelain']).trim()).toBe('');
  });

  it('core.commentChar ";" and "auto": comment lines are stripped the way git strips them', () => {
    for (const commentChar of [';', 'auto']) {
      repo.gitOk(['config', 'core.commentChar', commentChar]);
      stageNewFile();
      const file = join(repo.home, 'message.txt');
      writeFileSync(file, `${goodMessage(`comment ${commentChar}`)}\n\n# a body line starting with a hash\n`);
      expectAccepted(repo.git(['commit', '-F', file]));
      expect(repo.gitOk(['log', '-1', '--format=%B'])).toContain('# a body line starting with a hash');
      // An editor session: the comment lines git adds use the configured character.
      stageNewFile();
      const editor = join(repo.home, 'prepend.sh');
      writeScript(editor, `{ printf '%s\\n' "$PROVE_TEST_MESSAGE"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"`);
      expectAccepted(repo.git(['commit'], { env: { GIT_EDITOR: editor, PROVE_TEST_MESSAGE: goodMessage(`edited ${commentChar}`) } }));
      expect(repo.gitOk(['log', '-1', '--format=%B']).trim()).toBe(goodMessage(`edited ${commentChar}`));
    }
    repo.gitOk(['config', '--unset', 'core.commentChar']);
  });

  it('GIT_CONFIG naming another file changes what `git config` reads, not what git commit strips: the hook cleans as git does', () => {
    // Only the `git config` command reads GIT_CONFIG; git commit strips by the repository's "#".
    // A hook that asked `git config` there read "x", took a line starting with x for a comment,
    // and passed the message git stored with that line first.
    const other = join(repo.home, 'other-config');
    writeFileSync(other, '[core]\n\tcommentChar = x\n');
    stageNewFile();
    const before = repo.gitOk(['rev-parse', 'HEAD']).trim();
    const editor = join(repo.home, 'x-line.sh');
    writeScript(editor, `printf 'xdid some stuff\\n%s\\n' "$PROVE_TEST_MESSAGE" > "$1"`);
    const result = repo.git(['commit'], { env: { GIT_CONFIG: other, GIT_EDITOR: editor, PROVE_TEST_MESSAGE: goodMessage('git config') } });
    expectRejected(result);
    expect(output(result)).toContain('xdid some stuff');
    expect(repo.gitOk(['rev-parse', 'HEAD']).trim()).toBe(before);
  });

  it('git commit -m keeps lines that start with "#": the hook checks the message as git stores it', () => {
    // Without an editor git cleans only whitespace, so "# note" would be the commit's first line.
    stageNewFile();
    const result = repo.git(['commit', '-m', '# note', '-m', goodMessage('hash header')]);
    expectRejected(result);
    expect(output(result)).toContain('type-missing');
    expect(lastRejected(join(repo.dir, '.git'))).toBe(`# note\n\n${goodMessage('hash header')}\n`);
    // The same text typed in an editor: git strips the "#" line, and the commit goes through.
    const editor = join(repo.home, 'write-message.sh');
    writeScript(editor, `printf '%s\\n\\n%s\\n' '# note' "$PROVE_TEST_MESSAGE" > "$1"`);
    expectAccepted(repo.git(['commit'], { env: { GIT_EDITOR: editor, PROVE_TEST_MESSAGE: goodMessage('hash header') } }));
    expect(repo.gitOk(['log', '-1', '--format=%B']).trim()).toBe(goodMessage('hash header'));
    // A "#" line in the body is kept, and checked, as the commit stores it.
    stageNewFile();
    expectAccepted(repo.git(['commit', '-m', goodMessage('hash body'), '-m', '#123 is the ticket']));
    expect(repo.gitOk(['log', '-1', '--format=%B']).trim()).toBe(`${goodMessage('hash body')}\n\n#123 is the ticket`);
  });

  it('core.autocrlf=true and a CRLF message file: accepted, committed without CR', () => {
    repo.gitOk(['config', 'core.autocrlf', 'true']);
    repo.write('crlf.txt', 'a\r\nb\r\n');
    repo.gitOk(['add', 'crlf.txt']);
    const file = join(repo.home, 'crlf-message.txt');
    writeFileSync(file, `${goodMessage('crlf')}\r\n\r\nbody line\r\n`);
    expectAccepted(repo.git(['commit', '-F', file]));
    expect(repo.headSubject()).toBe(goodMessage('crlf'));
    repo.gitOk(['config', '--unset', 'core.autocrlf']);
  });
});

describe('repository layouts', () => {
  it('a linked worktree: checked there, its rejected message kept in its own git dir', () => {
    const worktree = join(repo.home, '..', 'linked');
    repo.gitOk(['worktree', 'add', '-q', '-b', 'wt-branch', worktree]);
    repo.npmInstallIn(worktree);
    stageNewFile('wt.txt', worktree);
    expectRejected(repo.git(['commit', '-m', BAD_MESSAGE], { cwd: worktree }));
    expect(lastRejected(join(repo.dir, '.git', 'worktrees', 'linked'))).toBe(`${BAD_MESSAGE}\n`);
    expectAccepted(repo.git(['commit', '-m', goodMessage('worktree')], { cwd: worktree }));
    expect(repo.headSubject(worktree)).toBe(goodMessage('worktree'));
  });

  it('a submodule whose pointer changed: the commit is checked and goes through', () => {
    const sub = createHookedRepo();
    try {
      repo.gitOk(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub']);
      expectAccepted(repo.commit(goodMessage('add submodule')));
      sub.write('more.txt', 'more\n');
      sub.gitOk(['add', 'more.txt']);
      expectAccepted(sub.commit(goodMessage('sub moves')));
      repo.gitOk(['-c', 'protocol.file.allow=always', '-C', 'vendor/sub', 'pull', '-q', 'origin', 'main']);
      repo.gitOk(['add', 'vendor/sub']);
      expectRejected(repo.commit(BAD_MESSAGE));
      expectAccepted(repo.commit(goodMessage('bump submodule')));
      expect(repo.gitOk(['show', '--format=', '--name-only', 'HEAD']).trim()).toBe('vendor/sub');
    } finally {
      sub.cleanup();
    }
  });

  it('a sparse checkout whose cone holds .husky: commits are checked', () => {
    stageNewFile('cone/inside.txt');
    stageNewFile('outside/out.txt');
    expectAccepted(repo.commit(goodMessage('before sparse')));
    // git deletes directories outside the cone, husky's untracked runner in .husky/_ included:
    // the hooks then silently stop. The README says to keep .husky in the cone, as here.
    repo.gitOk(['sparse-checkout', 'set', 'cone', '.husky']);
    try {
      expect(existsSync(join(repo.dir, 'outside'))).toBe(false);
      stageNewFile('cone/second.txt');
      expectRejected(repo.commit(BAD_MESSAGE));
      expectAccepted(repo.commit(goodMessage('sparse')));
    } finally {
      repo.gitOk(['sparse-checkout', 'disable']);
    }
  });

  it('a SHA-256 repository: commits checked, pushed to a SHA-256 bare remote', () => {
    const sha256 = createHookedRepo({ initArgs: ['--object-format=sha256'] });
    try {
      expect(sha256.gitOk(['rev-parse', 'HEAD']).trim()).toMatch(/^[0-9a-f]{64}$/);
      sha256.write('x.txt', 'x\n');
      sha256.gitOk(['add', 'x.txt']);
      expectRejected(sha256.commit(BAD_MESSAGE));
      expectAccepted(sha256.commit(goodMessage('sha256')));
      const remote = join(sha256.home, '..', 'remote-sha256.git');
      sha256.gitOk(['init', '-q', '--bare', '--object-format=sha256', remote]);
      expectAccepted(sha256.git(['push', '-q', remote, 'main']));
      expect(sha256.gitOk(['--git-dir', remote, 'log', '-1', '--format=%s', 'main']).trim()).toBe(goodMessage('sha256'));
    } finally {
      sha256.cleanup();
    }
  });
});

describe('pushing', () => {
  let remote: string;
  beforeAll(() => {
    remote = join(repo.home, '..', 'remote.git');
    repo.gitOk(['init', '-q', '--bare', '-b', 'main', remote]);
    repo.gitOk(['remote', 'add', 'origin', remote]);
  });

  it('to a bare remote: the pre-push hook reads the ref lines and the push completes', () => {
    expectAccepted(repo.git(['push', '-q', 'origin', 'main']));
    expect(repo.gitOk(['--git-dir', remote, 'rev-parse', 'main'])).toBe(repo.gitOk(['rev-parse', 'main']));
  });

  it('from a shallow clone: the push completes (or is stopped with a clear message, never a crash)', () => {
    const clone = join(repo.home, '..', 'shallow');
    repo.gitOk(['clone', '-q', '--depth', '1', `file://${remote}`, clone]);
    repo.npmInstallIn(clone);
    expect(readFileSync(join(clone, '.git', 'shallow'), 'utf8').trim()).toMatch(/^[0-9a-f]{40}$/);
    stageNewFile('shallow.txt', clone);
    expectAccepted(repo.git(['commit', '-m', goodMessage('from shallow')], { cwd: clone }));
    const push = repo.git(['push', '-q', 'origin', 'HEAD:refs/heads/from-shallow'], { cwd: clone });
    expect(output(push)).not.toMatch(/internal error|\n\s+at /);
    expectAccepted(push);
  });
});

describe('core.hooksPath already set elsewhere', () => {
  it('init takes the hooks over, says which hooks stop running, and the checks run', () => {
    const other = createHookedRepo({
      firstCommit: false,
      beforeInit: (r) => {
        r.gitOk(['config', 'core.hooksPath', '.githooks']);
        mkdirSync(join(r.dir, '.githooks'), { recursive: true });
        writeScript(join(r.dir, '.githooks', 'pre-commit'), 'echo legacy pre-commit ran');
      },
    });
    try {
      expect(other.initOutput).toMatch(/core\.hooksPath.*was '\.githooks'/);
      expect(other.gitOk(['config', 'core.hooksPath']).trim()).toBe('.husky/_');
      other.gitOk(['add', '-A']);
      expectRejected(other.commit(BAD_MESSAGE));
      const good = other.commit(goodMessage('taken over'));
      expectAccepted(good);
      expect(output(good)).not.toContain('legacy pre-commit ran');
    } finally {
      other.cleanup();
    }
  });
});

describe('rejected messages are never lost', () => {
  it('keeps every rejection as its own file, retryable after later commits overwrite COMMIT_EDITMSG', () => {
    stageNewFile();
    expectRejected(repo.commit(`${BAD_MESSAGE} one`));
    expectRejected(repo.commit(`${BAD_MESSAGE} two`));
    expectAccepted(repo.commit(goodMessage('later')));
    const dir = join(repo.dir, '.git', 'prove-hooks', 'rejected');
    const saved = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(saved).toContain(`${BAD_MESSAGE} one\n`);
    expect(saved).toContain(`${BAD_MESSAGE} two\n`);
  });
});
