import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';

// Real `git commit` through husky and the built CLI. The "editor" copies what git and the
// prepare-commit-msg hook put into the message file, then writes `EDITOR_TEXT` when it is set
// (otherwise it leaves the file as it is, as a user who saves at once).
let repo: HookedRepo;
afterEach(() => repo?.cleanup());

function setUp(proverc?: object): HookedRepo {
  repo = createHookedRepo({ beforeInit: (r) => (proverc === undefined ? undefined : r.write('.proverc.json', JSON.stringify(proverc))) });
  const editor = join(repo.home, 'editor.sh');
  writeFileSync(editor, '#!/bin/sh\ncp "$1" "$HOME/seen.txt"\nif [ -n "$EDITOR_TEXT" ]; then printf "%s\\n" "$EDITOR_TEXT" > "$1"; fi\n');
  chmodSync(editor, 0o755);
  return repo;
}

const seen = () => readFileSync(join(repo.home, 'seen.txt'), 'utf8');
function commitWithEditor(text: string | undefined, extra: readonly string[] = []) {
  repo.write(`file-${Math.random()}.txt`, 'x\n');
  repo.gitOk(['add', '.']);
  return repo.git(['commit', ...extra], { env: { GIT_EDITOR: join(repo.home, 'editor.sh'), ...(text === undefined ? {} : { EDITOR_TEXT: text }) } });
}

describe('prepare-commit-msg: the template from the branch', () => {
  it('fills the first line from the branch when git opens the editor, above the comments git wrote', () => {
    setUp();
    repo.gitOk(['checkout', '-q', '-b', 'feat/T-2025-01-18-001-login-throttle']);
    const result = commitWithEditor('feat: add the throttle [T-2025-01-18-001] [MODE:F]');
    expect(result.status, result.stderr).toBe(0);
    const lines = seen().split('\n');
    expect(lines[0]).toBe('feat: <subject> [T-2025-01-18-001] [MODE:F]');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^# Please enter the commit message/);
    expect(repo.headSubject()).toBe('feat: add the throttle [T-2025-01-18-001] [MODE:F]');
  });

  it('rejects the template saved with its <subject> placeholder untouched', () => {
    setUp();
    repo.gitOk(['checkout', '-q', '-b', 'fix/T-2025-01-18-002']);
    const before = repo.headSubject();
    const result = commitWithEditor(undefined);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain("still the template's placeholder <subject>");
    expect(repo.headSubject()).toBe(before);
  });

  it('leaves -m, --amend, merges and branches without a task id alone', () => {
    setUp();
    repo.gitOk(['checkout', '-q', '-b', 'feat/T-2025-01-18-003']);
    // -m: the message is the user's, exactly.
    repo.write('a.txt', 'a\n');
    repo.gitOk(['add', '.']);
    expect(repo.commit(goodMessage('m')).status).toBe(0);
    expect(repo.headSubject()).toBe(goodMessage('m'));
    // --amend with the editor: git's copy of the old message is what the editor sees.
    expect(commitWithEditor(undefined, ['--amend']).status).toBe(0);
    expect(seen().split('\n')[0]).toBe(goodMessage('m'));
    // A merge: git's own message, untouched (and exempt).
    repo.gitOk(['checkout', '-q', '-b', 'other', 'HEAD~1']);
    repo.write('b.txt', 'b\n');
    repo.gitOk(['add', '.']);
    expect(repo.commit(goodMessage('b')).status).toBe(0);
    repo.gitOk(['checkout', '-q', 'feat/T-2025-01-18-003']);
    const merge = repo.git(['merge', '--no-ff', '--edit', 'other'], { env: { GIT_EDITOR: join(repo.home, 'editor.sh') } });
    expect(merge.status, merge.stderr).toBe(0);
    expect(seen().split('\n')[0]).toBe("Merge branch 'other' into feat/T-2025-01-18-003");
    // No task id in the branch: the file stays as git wrote it.
    repo.gitOk(['checkout', '-q', '-b', 'no-task']);
    commitWithEditor(goodMessage('n'));
    expect(seen().split('\n')[0]).toBe('');
  });

  it('fills a commit.template that holds only comments, and never one that holds text', () => {
    setUp();
    repo.gitOk(['checkout', '-q', '-b', 'chore/T-2025-01-18-004']);
    writeFileSync(join(repo.home, 'comments.txt'), '# Why this change?\n');
    repo.gitOk(['config', 'commit.template', join(repo.home, 'comments.txt')]);
    expect(commitWithEditor(goodMessage('t1')).status).toBe(0);
    expect(seen()).toMatch(/^chore: <subject> \[T-2025-01-18-004\] \[MODE:NF\]\n# Why this change\?\n/);
    writeFileSync(join(repo.home, 'text.txt'), 'Ticket: \n');
    repo.gitOk(['config', 'commit.template', join(repo.home, 'text.txt')]);
    expect(commitWithEditor(goodMessage('t2')).status).toBe(0);
    expect(seen()).toMatch(/^Ticket: \n/);
  });

  it('the fast path and the full path write the same file, and a second run changes nothing', () => {
    setUp();
    repo.gitOk(['checkout', '-q', '-b', 'feat/T-2025-01-18-005']);
    const file = join(repo.dir, '.git', 'COMMIT_EDITMSG');
    const gitText = '\n# Please enter the commit message for your changes.\n';
    const results: string[] = [];
    for (let run = 0; run < 3; run++) {
      // The first run has cold caches (the full CLI); later ones are answered from the caches.
      if (run === 0) runBuiltCli(['prepare-commit-msg', file], { cwd: repo.dir, env: { ...repo.env, PROVE_DEBUG: '0' } });
      writeFileSync(file, gitText);
      const result = runBuiltCli(['prepare-commit-msg', file], { cwd: repo.dir, env: repo.env });
      expect(result.status).toBe(0);
      expect(result.stdout + result.stderr).toBe('');
      results.push(readFileSync(file, 'utf8'));
      expect(runBuiltCli(['prepare-commit-msg', file, ''], { cwd: repo.dir, env: repo.env }).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(results[run]);
    }
    expect(new Set(results)).toEqual(new Set([`feat: <subject> [T-2025-01-18-005] [MODE:F]\n${gitText}`]));
    expect(existsSync(join(repo.dir, '.git', 'prove-hooks', 'config-cache.json'))).toBe(true);
  });

  it('never blocks the commit: an invalid config is one line, the file is left, exit 0', () => {
    setUp();
    repo.gitOk(['checkout', '-q', '-b', 'feat/T-2025-01-18-006']);
    repo.write('.proverc.json', '{ "prepareCommitMsg": { "mode": "X" } }');
    const file = join(repo.dir, '.git', 'COMMIT_EDITMSG');
    writeFileSync(file, '\n# comment\n');
    const result = runBuiltCli(['prepare-commit-msg', file], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^prove-hooks: prepare-commit-msg: [^\n]*the mode X is not one of commitMsg\.modes[^\n]*\(the message template was not filled\)\n$/);
    expect(readFileSync(file, 'utf8')).toBe('\n# comment\n');
  });

  it('a branch pattern that backtracks on the branch name cannot hang the template or the rejection (linear-time engine)', () => {
    // Repetition over overlapping alternatives: no nesting a static check sees, yet 2^n steps on
    // the backtracking engine for n letters before a character the pattern refuses.
    setUp({ prepareCommitMsg: { branchPattern: '^(?<taskId>T-\\d{4}-\\d{2}-\\d{2}-\\d+)(?:[a-z]|[a-z0-9])*$' } });
    repo.gitOk(['checkout', '-q', '-b', `T-2025-01-18-007${'a'.repeat(40)}_`]);
    const git = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync('git', args, { cwd: repo.dir, env: { ...repo.env, ...env }, encoding: 'utf8', timeout: 30_000 });
    repo.write('a.txt', 'a\n');
    repo.gitOk(['add', '.']);
    const bad = git(['commit', '-m', BAD_MESSAGE]);
    expect(bad.error, 'the rejection hung').toBeUndefined();
    expect(bad.status).toBe(1);
    const edited = git(['commit'], { GIT_EDITOR: join(repo.home, 'editor.sh'), EDITOR_TEXT: goodMessage('edited') });
    expect(edited.error, 'prepare-commit-msg hung').toBeUndefined();
    expect(edited.status, edited.stderr).toBe(0);
    // A branch the pattern reads still fills the template.
    repo.gitOk(['checkout', '-q', '-b', 'T-2025-01-18-008abc']);
    expect(commitWithEditor(goodMessage('filled')).status).toBe(0);
    expect(seen().split('\n')[0]).toBe('<type>: <subject> [T-2025-01-18-008] [MODE:F|NF]');
    // A lookahead cannot run on that engine: refused when the config loads, naming the key.
    repo.write('.proverc.json', JSON.stringify({ prepareCommitMsg: { branchPattern: '(?<taskId>T-[\\d-]+)(?=x)' } }));
    const lookahead = runBuiltCli(['check-msg', goodMessage()], { cwd: repo.dir, env: repo.env });
    expect(lookahead.status).toBe(3);
    expect(lookahead.stderr).toContain('prepareCommitMsg.branchPattern');
    expect(lookahead.stderr).toContain('cannot run in linear time');
  });
});

describe('the rejection\'s corrected example', () => {
  it('takes the task id from the branch, and shows placeholders without one', () => {
    setUp({ commitMsg: { helpUrl: 'https://wiki.example.com/commits' } });
    repo.gitOk(['checkout', '-q', '-b', 'feat/T-2025-01-18-007-x']);
    repo.write('c.txt', 'c\n');
    repo.gitOk(['add', '.']);
    // git sends a hook's output to its stderr.
    const onBranch = repo.commit('feat: add the thing');
    expect(onBranch.status).toBe(1);
    expect(onBranch.stderr).toContain('feat: add the thing [T-2025-01-18-007] [MODE:F]');
    expect(onBranch.stderr).toContain('More about the convention: https://wiki.example.com/commits');
    repo.gitOk(['checkout', '-q', '-b', 'plain']);
    const plain = repo.commit('feat: add the thing');
    expect(plain.stderr).toContain('feat: add the thing [T-YYYY-MM-DD-NNN] [MODE:F]');
    const badDate = repo.commit('feat: add the thing [T-2025-02-30-0042] [MODE:F]');
    expect(badDate.stderr).toContain('feat: add the thing [T-YYYY-MM-DD-0042] [MODE:F]');
    // Nothing that looks like a real id was made up (today's date, 001): only the user's own bad one.
    const shown = (plain.stderr + badDate.stderr).match(/\[T-\d{4}-\d{2}-\d{2}-\d+\]/g) ?? [];
    expect(new Set(shown)).toEqual(new Set(['[T-2025-02-30-0042]']));
  });
});
