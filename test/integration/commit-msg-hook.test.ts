import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHookRepo, readText, retryPathOf, type HookRepo } from '../helpers/hook-repo.js';
import { removedAfterEachTest } from '../helpers/temp-repos.js';

const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';
const GOOD2 = 'fix: keep the session alive [T-2026-11-22-002] [MODE:NF]';
const BAD = 'feature: add the login page';

const repo = removedAfterEachTest(createHookRepo);

/** A repository with one accepted commit. */
function repoWithCommit(): HookRepo {
  const r = repo();
  expect(r.commit(GOOD).status).toBe(0);
  return r;
}

describe('commit-msg hook with real git', () => {
  it('accepts a good `commit -m` silently', () => {
    const r = repoWithCommit();
    const result = r.commit(GOOD2);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('prove-hooks');
    expect(r.headMessage()).toBe(GOOD2);
  });

  it('rejects a bad `commit -m` with each rule code, the example and the retry command', () => {
    const r = repoWithCommit();
    const result = r.commit(BAD);
    expect(result.status).not.toBe(0);
    expect(r.commitCount()).toBe(1);
    for (const rule of ['type-unknown', 'task-id-missing', 'mode-missing']) expect(result.stderr).toContain(rule);
    expect(result.stderr).toContain('feat: add the login page [T-');
    expect(result.stderr).toContain('git commit --edit --file=');
    expect(result.stderr).not.toContain('\u001b[');
  });

  it('checks the very first commit of a repository', () => {
    const r = repo();
    expect(r.commit(BAD).status).not.toBe(0);
    expect(r.commitCount()).toBe(0);
    expect(r.commit(GOOD).status).toBe(0);
    expect(r.commitCount()).toBe(1);
  });

  it('checks `commit -F file`', () => {
    const r = repoWithCommit();
    r.write('../scratch/bad.txt', `${BAD}\n`);
    r.write('../scratch/good.txt', `${GOOD2}\n\nWhy: the session expired too early.\n`);
    r.write('x.txt', 'x');
    r.gitOk(['add', '-A']);
    expect(r.git(['commit', '-F', join(r.dir, '../scratch/bad.txt')]).status).not.toBe(0);
    expect(r.git(['commit', '-F', join(r.dir, '../scratch/good.txt')]).status).toBe(0);
    expect(r.headMessage()).toBe(`${GOOD2}\n\nWhy: the session expired too early.`);
  });

  it('ignores the diff below the scissors line of `commit -v`', () => {
    const r = repoWithCommit();
    r.write('.proverc.json', JSON.stringify({ commitMsg: { bodyMaxLineLength: 72 } }));
    // A long line with spaces in the staged diff would break bodyMaxLineLength if it were read.
    r.write('long.txt', `${'a very long line with spaces '.repeat(10)}\n`);
    r.gitOk(['add', '-A']);
    const editor = r.editor('write-above-scissors.sh', `{ printf '%s\\n\\n%s\\n' '${GOOD2}' 'Body line.'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"`);
    const result = r.git(['commit', '-v'], { env: { GIT_EDITOR: editor } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(r.headMessage()).toBe(`${GOOD2}\n\nBody line.`);
  });

  it('saves a rejected `commit -v` message without git comments or the diff', () => {
    const r = repoWithCommit();
    r.write('y.txt', 'y\n');
    r.gitOk(['add', '-A']);
    const editor = r.editor('bad-above-scissors.sh', `{ printf '%s\\n\\n%s\\n' '${BAD}' 'Body line.'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"`);
    const result = r.git(['commit', '-v'], { env: { GIT_EDITOR: editor } });
    expect(result.status).not.toBe(0);
    expect(readText(retryPathOf(result.stderr))).toBe(`${BAD}\n\nBody line.\n`);
  });

  it('strips comments by core.commentChar ";" and keeps "#" lines', () => {
    const r = repoWithCommit();
    r.gitOk(['config', 'core.commentChar', ';']);
    r.write('z.txt', 'z\n');
    r.gitOk(['add', '-A']);
    // With ";" the first line is a comment, so the header is the good second line.
    const editor = r.editor('semicolon.sh', `printf '%s\\n%s\\n\\n%s\\n' '; Feature: this line is a comment' '${GOOD2}' '#42 stays in the body' > "$1"`);
    const result = r.git(['commit'], { env: { GIT_EDITOR: editor } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(r.headMessage()).toBe(`${GOOD2}\n\n#42 stays in the body`);
  });

  it('follows core.commentChar auto: a "#" line git keeps is checked as body', () => {
    const r = repoWithCommit();
    r.write('../scratch/msg.txt', `${GOOD2}\n#42 right under the header\n`);
    r.write('a.txt', 'a\n');
    r.gitOk(['add', '-A']);
    // git picks another comment character because a line starts with "#", so it keeps that line:
    // it is a body line without the blank line before it.
    const auto = r.git(['-c', 'core.commentChar=auto', 'commit', '--edit', '-F', join(r.dir, '../scratch/msg.txt')]);
    expect(auto.status).not.toBe(0);
    expect(auto.stderr).toContain('body-leading-blank');
    // The same message with the default "#" is accepted: git strips that line.
    const plain = r.git(['commit', '--edit', '-F', join(r.dir, '../scratch/msg.txt')]);
    expect(plain.status).toBe(0);
    expect(r.headMessage()).toBe(GOOD2);
  });

  it("lets git's own merge message through", () => {
    const r = repoWithCommit();
    r.gitOk(['checkout', '-q', '-b', 'side']);
    expect(r.commit(GOOD2).status).toBe(0);
    r.gitOk(['checkout', '-q', 'main']);
    expect(r.commit('chore: diverge main [T-2026-11-22-002] [MODE:NF]').status).toBe(0);
    const merge = r.git(['merge', '--no-ff', '--no-edit', 'side']);
    expect(merge.stderr).not.toContain('rejected');
    expect(merge.status).toBe(0);
    expect(r.headMessage()).toBe("Merge branch 'side'");
  });

  it("lets git's own revert message through", () => {
    const r = repoWithCommit();
    expect(r.commit(GOOD2).status).toBe(0);
    const revert = r.git(['revert', '--no-edit', 'HEAD']);
    expect(revert.status).toBe(0);
    expect(r.headMessage()).toMatch(/^Revert "fix: keep the session alive/);
  });

  it('lets `commit --fixup` through', () => {
    const r = repoWithCommit();
    r.write('f.txt', 'f\n');
    r.gitOk(['add', '-A']);
    const fixup = r.git(['commit', '--fixup', 'HEAD']);
    expect(fixup.status).toBe(0);
    expect(r.headMessage()).toBe(`fixup! ${GOOD}`);
  });

  it('checks `commit --amend`', () => {
    const r = repoWithCommit();
    const head = r.gitOk(['rev-parse', 'HEAD']);
    expect(r.git(['commit', '--amend', '-m', BAD]).status).not.toBe(0);
    expect(r.gitOk(['rev-parse', 'HEAD'])).toBe(head);
    expect(r.git(['commit', '--amend', '-m', GOOD2]).status).toBe(0);
    expect(r.headMessage()).toBe(GOOD2);
    expect(r.git(['commit', '--amend', '--no-edit']).status).toBe(0);
  });

  it('works in a linked worktree, saving the message in that worktree\'s git dir', () => {
    const r = repoWithCommit();
    const wt = join(r.scratch, 'wt');
    r.gitOk(['worktree', 'add', '-q', '-b', 'wt-branch', wt]);
    r.write('../scratch/wt/w.txt', 'w\n');
    r.gitOk(['add', '-A'], { cwd: wt });
    const bad = r.git(['commit', '-m', BAD], { cwd: wt });
    expect(bad.status).not.toBe(0);
    expect(retryPathOf(bad.stderr).startsWith(join(realpathSync(r.dir), '.git', 'worktrees', 'wt', 'prove-hooks', 'rejected'))).toBe(true);
    expect(r.git(['commit', '-m', GOOD2], { cwd: wt }).status).toBe(0);
    expect(existsSync(join(r.dir, '.git', 'prove-hooks', 'config-cache.json'))).toBe(true);
  });

  it('uses the project config and caches it in the git common dir', () => {
    const r = repoWithCommit();
    r.write('.proverc.json', JSON.stringify({ commitMsg: { types: ['feat', 'docs'] } }));
    expect(r.commit('fix: not allowed here [T-2026-11-22-002] [MODE:F]').status).not.toBe(0);
    expect(r.commit('docs: allowed here [T-2026-11-22-002] [MODE:NF]').status).toBe(0);
    const cache = JSON.parse(readText(join(r.dir, '.git', 'prove-hooks', 'config-cache.json')));
    expect(Object.values(cache.entries as Record<string, { found: { path: string } }>)[0]?.found.path).toBe(join(realpathSync(r.dir), '.proverc.json'));
  });

  it('stops the commit with exit code 3 and no stack trace for a bad config', () => {
    const r = repoWithCommit();
    r.write('.proverc.json', '{"commitMsg":{"typs":["feat"]}}');
    const result = r.commit(GOOD2);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("commitMsg.typs: unknown key");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['PROVE_SKIP=1', { PROVE_SKIP: '1' }, 'PROVE_SKIP is set'],
    ['HUSKY=0', { HUSKY: '0' }, 'HUSKY=0 is set'],
  ])('skips with %s and says so in one line', (_what, env, notice) => {
    const r = repoWithCommit();
    const result = r.commit(BAD, [], env);
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toBe(`prove-hooks: ${notice}, commit-msg not checked`);
    expect(r.headMessage()).toBe(BAD);
  });

  it('is bypassed by `--no-verify`, as git defines it', () => {
    const r = repoWithCommit();
    expect(r.commit(BAD, ['--no-verify']).status).toBe(0);
  });
});

describe('a rejected message is never lost', () => {
  it('survives a later commit and the printed retry command commits it after editing', () => {
    const r = repoWithCommit();
    const body = 'The body explains why.\n\nSecond paragraph.';
    const rejected = r.commit(`${BAD}\n\n${body}`);
    expect(rejected.status).not.toBe(0);
    const saved = retryPathOf(rejected.stderr);
    // Another commit overwrites COMMIT_EDITMSG; the saved copy stays.
    expect(r.commit(GOOD2).status).toBe(0);
    expect(readText(saved)).toBe(`${BAD}\n\n${body}\n`);
    expect(readText(join(r.dir, '.git', 'prove-hooks', 'last-rejected.txt'))).toBe(`${BAD}\n\n${body}\n`);

    // Run the printed command as the user would, with an editor that fixes the first line.
    const retry = /git commit --edit --file=\S+/.exec(rejected.stderr)![0];
    const fix = r.editor('fix-header.sh', `sed -i '1s/.*/${GOOD}/' "$1"`);
    r.write('retry.txt', 'r\n');
    r.gitOk(['add', '-A']);
    expect(retry).toBe(`git commit --edit --file=${saved}`);
    const result = spawnShell(retry, r.dir, { ...r.env, GIT_EDITOR: fix });
    expect(result.status).toBe(0);
    expect(r.headMessage()).toBe(`${GOOD}\n\n${body}`);
  });

  it('keeps body lines that start with # from a -m message through the printed retry', () => {
    const r = repoWithCommit();
    const body = '# step 1: this line is part of the message\nplain line';
    const rejected = r.commit(`${BAD}\n\n${body}`);
    expect(rejected.status).not.toBe(0);
    const saved = retryPathOf(rejected.stderr);
    expect(readText(saved)).toBe(`${BAD}\n\n${body}\n`);
    const retry = /git commit --cleanup=scissors --edit --file=\S+/.exec(rejected.stderr)![0];
    const fix = r.editor('fix-header.sh', `sed -i '1s/.*/${GOOD}/' "$1"`);
    r.write('retry.txt', 'r\n');
    r.gitOk(['add', '-A']);
    const result = spawnShell(retry, r.dir, { ...r.env, GIT_EDITOR: fix });
    expect(result.stderr).not.toContain('rejected');
    expect(result.status).toBe(0);
    expect(r.headMessage()).toBe(`${GOOD}\n\n${body}`);
  });

  it('saves a Latin-1 message with its own bytes, and the retry commits them', () => {
    const r = repoWithCommit();
    const bytes = Buffer.concat([Buffer.from(`${BAD} caf`), Buffer.from([0xe9]), Buffer.from('\n\nna\xefve body\n', 'latin1')]);
    r.write('../scratch/latin1.txt', bytes);
    r.write('latin.txt', 'l\n');
    r.gitOk(['add', '-A']);
    const rejected = r.git(['commit', '-F', join(r.scratch, 'latin1.txt')]);
    expect(rejected.status).not.toBe(0);
    const saved = retryPathOf(rejected.stderr);
    expect(readFileSync(saved)).toEqual(bytes);
    const fix = r.editor('fix-header.sh', `sed -i '1s/^[^ ]*/feat:/; 1s/$/ [T-2026-11-22-002] [MODE:F]/' "$1"`);
    r.write('retry.txt', 'r\n');
    r.gitOk(['add', '-A']);
    const result = spawnShell(/git commit (?:--cleanup=scissors )?--edit --file=\S+/.exec(rejected.stderr)![0], r.dir, { ...r.env, GIT_EDITOR: fix });
    expect(result.status).toBe(0);
    // git itself stores a message that is not UTF-8 as if it were Latin-1, converted to UTF-8:
    // given the original bytes, the retry keeps every letter (the U+FFFD of a lossy copy would stay).
    expect(r.headMessage()).toBe('feat: add the login page café [T-2026-11-22-002] [MODE:F]\n\nnaïve body');
  });

  it('quotes the retry path for the shell when the repository path needs it', () => {
    const r = repo();
    const odd = join(r.scratch, "my repo's dir");
    r.gitOk(['init', '-q', '-b', 'main', odd]);
    r.gitOk(['config', 'core.hooksPath', join(r.scratch, 'hooks')], { cwd: odd });
    r.write("../scratch/my repo's dir/a.txt", 'a\n');
    r.gitOk(['add', '-A'], { cwd: odd });
    const rejected = r.git(['commit', '-m', BAD], { cwd: odd });
    expect(rejected.status).not.toBe(0);
    const line = /git commit --edit --file=.*/.exec(rejected.stderr)![0];
    expect(line).toContain(`'\\''`);
    const fix = r.editor('fix.sh', `sed -i '1s/.*/${GOOD}/' "$1"`);
    const shell = spawnShell(line, odd, { ...r.env, GIT_EDITOR: fix });
    expect(shell.status).toBe(0);
    expect(r.gitOk(['log', '-1', '--format=%s'], { cwd: odd }).trim()).toBe(GOOD);
  });

  it(`keeps the newest rejected messages only`, () => {
    const r = repoWithCommit();
    for (let i = 0; i < 22; i++) expect(r.commit(`${BAD} ${i}`).status).not.toBe(0);
    const dir = join(r.dir, '.git', 'prove-hooks', 'rejected');
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(20);
    expect(readText(join(dir, names.at(-1)!))).toBe(`${BAD} 21\n`);
  }, 120_000);
});

describe('rejected messages when the local time goes backwards', () => {
  it('a rejection after a TZ change, with twenty saved, names a file that exists and stays', () => {
    const r = repoWithCommit();
    // UTC+14, then UTC-11: the local time of the later rejections is a day earlier.
    for (let i = 0; i < 20; i++) expect(r.commit(`${BAD} ahead ${i}`, [], { TZ: 'Pacific/Kiritimati' }).status).not.toBe(0);
    const behind = r.commit(`${BAD} behind`, [], { TZ: 'Pacific/Pago_Pago' });
    const path = retryPathOf(behind.stderr);
    expect(readText(path)).toBe(`${BAD} behind\n`);
    const next = r.commit(`${BAD} next`, [], { TZ: 'Pacific/Pago_Pago' });
    expect(readText(retryPathOf(next.stderr))).toBe(`${BAD} next\n`);
    expect(readText(path)).toBe(`${BAD} behind\n`);
    expect(readdirSync(join(r.dir, '.git', 'prove-hooks', 'rejected'))).toHaveLength(20);
  }, 120_000);
});

function spawnShell(line: string, cwd: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync('sh', ['-c', line], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
