// How much of git's output prove-hooks reads whole, decided per call: the listings of every file
// (`ls-files`, `ls-tree -r`, `grep -l`) of a big repository legitimately pass 64 MiB and are read
// up to the string limit; a single file (a registry, a config) over 64 MiB is a clear error
// naming it, never a request to report a bug and never a pass.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LISTING_BYTES } from '../../src/git/git-invocation.js';
import { createGitRunner, type GitRunner, type GitRunOptions } from '../../src/git/run-git.js';
import { isOutputTooLarge } from '../../src/git/spawn-failure.js';
import { runGitProcess } from '../../src/git/spawn-git.js';
import { listCommitFiles, listIndexAndChanges } from '../../src/git/tree-files.js';
import { listGrepSkippedFiles } from '../../src/git/flag-presence.js';
import { flagReposPerTest, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const repository = flagReposPerTest();

describe('git output read whole', () => {
  it('a run past its limit is stopped with a clear GitError naming the limit; within it, read whole', async () => {
    const repo = repository();
    repo.write('blob.txt', 'x'.repeat(2000));
    repo.gitOk(['add', '-A']);
    const id = repo.gitOk(['rev-parse', ':blob.txt']).trim();
    const over = runGitProcess('git', ['cat-file', 'blob', id], { cwd: repo.dir, env: repo.env, maxOutputBytes: 1000 });
    const error = await over.catch((caught: unknown) => caught);
    expect(isOutputTooLarge(error)).toBe(true);
    expect((error as Error).message).toMatch(/git cat-file printed more than prove-hooks reads whole \(1000 bytes\)/);
    const within = await runGitProcess('git', ['cat-file', 'blob', id], { cwd: repo.dir, env: repo.env, maxOutputBytes: 3000 });
    expect(within.stdout).toHaveLength(2000);
  });

  it('the listings of every file are read up to the listing limit, not the 64 MiB of a single file', async () => {
    const repo = repository();
    repo.write('a.js', 'x\n');
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: a [T-2026-11-22-004] [MODE:NF]']);
    const seen = new Map<string, number | undefined>();
    // The real runner, recording the limit each call asks for.
    const real = createGitRunner();
    const runner: GitRunner = (args, options: GitRunOptions) => {
      seen.set(args.filter((arg) => !arg.startsWith('-')).slice(0, 1).join(' ') + (args.includes('-I') ? ' -I' : ''), options.maxOutputBytes);
      return real(args, options);
    };
    const options = { cwd: repo.dir, env: repo.env };
    expect((await listIndexAndChanges(runner, options)).files().map((file) => file.path)).toContain('a.js');
    expect((await listCommitFiles(runner, 'HEAD', options)).map((file) => file.path)).toContain('a.js');
    expect(await listGrepSkippedFiles('HEAD', [], { runner, ...options })).toEqual([]);
    expect(MAX_LISTING_BYTES).toBeGreaterThan(256 * 1024 * 1024);
    expect(Object.fromEntries(seen)).toEqual({ 'ls-files': MAX_LISTING_BYTES, 'ls-tree': MAX_LISTING_BYTES, grep: MAX_LISTING_BYTES, 'grep -I': MAX_LISTING_BYTES });
  });

  it('a registry over 64 MiB at a commit is a registry error naming it (exit 3), not a request to report a bug', () => {
    const repo = repository();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    // 65 MiB of JSON: the flags and then blanks (compresses to almost nothing).
    writeFileSync(join(repo.dir, 'flags.json'), `{"flags":[{"key":"new-checkout","status":"active"}]${' '.repeat(65 * 1024 * 1024)}}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: a large registry [T-2026-11-22-004] [MODE:NF]']);
    // The work tree's registry differs from the commit's, so the commit's is read from git.
    repo.write('flags.json', '{"flags":[]}\n');
    const result = runIn(repo, ['check', '--range', `${base}..HEAD`], { env: { GITHUB_ACTIONS: '', GITLAB_CI: '', GITHUB_EVENT_PATH: '' } });
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toMatch(/the flag registry flags\.json at [0-9a-f]{12} is over 64 MiB/);
    expect(result.stderr).not.toMatch(/please report/);
  }, 60_000);
});
