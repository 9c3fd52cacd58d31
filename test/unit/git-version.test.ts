import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitError } from '../../src/errors.js';
import { MIN_GIT_VERSION, checkGitVersion, isGitVersionAtLeast, parseGitVersion, toGitVersion, type GitVersion } from '../../src/git/git-version.js';

const dir = mkdtempSync(join(tmpdir(), 'prove-hooks-git-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseGitVersion', () => {
  it.each<[string, GitVersion | undefined]>([
    ['git version 2.39.5\n', [2, 39, 5]],
    ['git version 2.39.5.windows.1\n', [2, 39, 5]],
    ['git version 2.37.1 (Apple Git-137.1)\n', [2, 37, 1]],
    ['git version 2.45.GIT\n', [2, 45, 0]],
    ['git version 3.0\n', [3, 0, 0]],
    ['warning: something\ngit version 2.30.2\n', [2, 30, 2]],
    ['', undefined],
    ['hub version 2.14.2\n', undefined],
    ['git version two\n', undefined],
  ])('reads %j', (output, expected) => {
    expect(parseGitVersion(output)).toEqual(expected);
  });
});

describe('isGitVersionAtLeast', () => {
  it.each<[string, string, boolean]>([
    ['2.25.0', '2.25.0', true],
    ['2.25.1', '2.25.0', true],
    ['2.24.9', '2.25.0', false],
    ['2.100.0', '2.25.0', true],
    ['3.0.0', '2.25.0', true],
    ['1.99.99', '2.25.0', false],
    ['2.10.0', MIN_GIT_VERSION, false],
  ])('%s against %s is %s', (version, minimum, expected) => {
    expect(isGitVersionAtLeast(toGitVersion(version), toGitVersion(minimum))).toBe(expected);
  });
});

describe('checkGitVersion', () => {
  // A real executable file stands for git: the check identifies git by its path, size and ctime.
  const fakeGit = join(dir, 'git');
  writeFileSync(fakeGit, '#!/bin/sh\n', { mode: 0o755 });
  const env = { PATH: dir };

  function checker(output: string, stampFile?: string) {
    const calls = { count: 0 };
    const check = () =>
      checkGitVersion({
        executable: 'git',
        env,
        cwd: dir,
        stampFile,
        readVersionOutput: async () => {
          calls.count++;
          return { status: 0, stdout: output };
        },
      });
    return { check, calls };
  }

  it('passes a new enough git', async () => {
    await expect(checker('git version 2.39.5\n').check()).resolves.toBeUndefined();
  });

  it('rejects git 2.10.0 with a GitError naming the version found and the version needed', async () => {
    const error = await checker('git version 2.10.0\n').check().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).message).toBe(`git 2.10.0 is too old: prove-hooks needs git ${MIN_GIT_VERSION} or newer (found ${fakeGit})`);
    expect((error as GitError).exitCode).toBe(4);
  });

  it('rejects output that names no version', async () => {
    await expect(checker('command not found\n').check()).rejects.toThrow(/cannot tell which git this is/);
  });

  it('remembers a pass for the same executable and asks again when it changes', async () => {
    const stamp = join(dir, 'stamp.json');
    const first = checker('git version 2.39.5\n', stamp);
    await first.check();
    await first.check();
    expect(first.calls.count).toBe(1);
    writeFileSync(fakeGit, '#!/bin/sh\n# replaced by an older git\n', { mode: 0o755 });
    await expect(checker('git version 2.10.0\n', stamp).check()).rejects.toThrow(/too old/);
  });

  it('runs the check when the stamp is corrupt', async () => {
    const stamp = join(dir, 'corrupt.json');
    writeFileSync(stamp, '{"format":"prove-hooks/git-version@1","path":');
    const run = checker('git version 2.39.5\n', stamp);
    await run.check();
    expect(run.calls.count).toBe(1);
  });
});
