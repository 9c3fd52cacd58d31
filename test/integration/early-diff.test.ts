import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startContentDiff, startDiff, streamDiff } from '../../src/git/diff-stream.js';
import { GIT_STREAMS, startGitStream, type GitStreamRunner } from '../../src/git/run-git.js';
import { startGitProcessSpool } from '../../src/git/spool-git.js';
import { GitError } from '../../src/errors.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';
import { canMountTmpfs, mountNearlyFullDisk } from '../helpers/tiny-filesystem.js';

const tempRepo = tempReposPerTest();

/** A repository with `files` staged files of about 20 KB each. */
function stagedRepo(files: number): TempRepo {
  const repo = tempRepo();
  repo.gitOk(['commit', '-q', '--allow-empty', '-m', 'first']);
  for (let i = 0; i < files; i++) writeFileSync(join(repo.dir, `f${i}.ts`), `${`const value${i} = variation('flag-${i}');\n`.repeat(500)}`);
  repo.gitOk(['add', '-A']);
  return repo;
}

const collect = async (consume: (onChunk: (chunk: Buffer) => void) => Promise<{ bytes: number }>): Promise<{ text: string; bytes: number }> => {
  const chunks: Buffer[] = [];
  // Copied: a chunk is valid only until the callback returns.
  const { bytes } = await consume((chunk) => chunks.push(Buffer.from(chunk)));
  return { text: Buffer.concat(chunks).toString('latin1'), bytes };
};

describe('a diff started early', () => {
  it('hands over everything git wrote before and after the consumer attached', async () => {
    const repo = stagedRepo(20);
    const options = { cwd: repo.dir, env: repo.env };
    const direct = await collect((onChunk) => streamDiff({ kind: 'staged' }, options, onChunk));
    const early = startDiff({ kind: 'staged' }, options);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const late = await collect((onChunk) => early.consume(onChunk));
    expect(late).toEqual(direct);
    expect(direct.bytes).toBeGreaterThan(200_000);
  });

  it('holds no more than its bound before the consumer comes, and loses nothing', async () => {
    const repo = stagedRepo(20);
    const stream = startGitStream(['diff', '--cached', '--no-color'], { cwd: repo.dir, env: repo.env }, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { text, bytes } = await collect((onChunk) => stream.consume(onChunk));
    expect(text.length).toBe(bytes);
    expect(text.match(/^diff --git /gm)).toHaveLength(20);
  });

  it('can be cancelled before it is consumed, without leaving the process waiting', async () => {
    const repo = stagedRepo(20);
    const stream = startDiff({ kind: 'staged' }, { cwd: repo.dir, env: repo.env });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stream.cancel();
    stream.cancel();
    await expect(stream.consume(() => undefined)).rejects.toThrow(GitError);
  });

  it('reports git failing (not a repository) when consumed', async () => {
    const repo = stagedRepo(0);
    const stream = startDiff({ kind: 'staged' }, { cwd: repo.dir, env: { ...repo.env, GIT_DIR: join(repo.dir, 'missing') } });
    await expect(stream.consume(() => undefined)).rejects.toThrow(/git diff failed/);
  });
});

describe('the streaming runner, injected like GitRunner', () => {
  /** Real git, with every streamed run's kind and arguments recorded. */
  const recording = () => {
    const runs: { kind: 'stream' | 'spool'; args: readonly string[] }[] = [];
    const streams: GitStreamRunner = {
      stream: (args, options, max) => (runs.push({ kind: 'stream', args }), GIT_STREAMS.stream(args, options, max)),
      spool: (args, options, max, dir) => (runs.push({ kind: 'spool', args }), GIT_STREAMS.spool(args, options, max, dir)),
    };
    return { runs, streams };
  };

  it('starts the staged diff and the content diff through the runner it is given, with the same output', async () => {
    const repo = stagedRepo(3);
    const options = { cwd: repo.dir, env: repo.env };
    const { runs, streams } = recording();
    const staged = await collect((onChunk) => startDiff({ kind: 'staged' }, options, undefined, streams).consume(onChunk));
    const content = await collect((onChunk) => startContentDiff({ kind: 'staged' }, options, undefined, streams).consume(onChunk));
    expect(runs.map((run) => run.kind)).toEqual(['spool', 'stream']);
    expect(runs[0]!.args).toContain('--cached');
    // The content diff is of two trees (HEAD's and the index written as a tree), never --cached.
    expect(runs[1]!.args).not.toContain('--cached');
    expect(staged).toEqual(await collect((onChunk) => startDiff({ kind: 'staged' }, options).consume(onChunk)));
    expect(content.text).toBe(staged.text);
  });
});

describe('a diff spooled through a temporary file', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const spoolFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'prove-spool-'));
    folders.push(folder);
    return folder;
  };
  const args = ['diff', '--cached', '--no-color', '-U0'];

  it('gives a slow consumer exactly what git wrote, and leaves no file behind', async () => {
    const repo = stagedRepo(30);
    const folder = spoolFolder();
    const expected = repo.gitOk(args);
    const stream = startGitProcessSpool(args, { cwd: repo.dir, env: repo.env }, 1, folder);
    // The file is unlinked as soon as it is opened: nothing to see even while git runs.
    expect(readdirSync(folder)).toEqual([]);
    let calls = 0;
    const { text, bytes } = await collect((onChunk) =>
      stream.consume((chunk) => {
        calls += 1;
        // A busy consumer: git goes on writing meanwhile.
        const until = Date.now() + 2;
        while (Date.now() < until);
        onChunk(chunk);
      }),
    );
    expect(text).toBe(expected);
    expect(bytes).toBe(Buffer.byteLength(expected, 'latin1'));
    expect(calls).toBeGreaterThan(0);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reads into the room the consumer gives, chunk after chunk', async () => {
    const repo = stagedRepo(30);
    const expected = repo.gitOk(args);
    const stream = startGitProcessSpool(args, { cwd: repo.dir, env: repo.env }, 1, spoolFolder());
    const memory = Buffer.alloc(4 << 20);
    let filled = 0;
    let calls = 0;
    let inRoom = 0;
    const { bytes } = await stream.consume(
      (chunk) => {
        calls += 1;
        // Each chunk starts where the last room began, so the consumer keeps it without a copy.
        if (chunk.buffer === memory.buffer && chunk.byteOffset === memory.byteOffset + filled) inRoom += 1;
        filled += chunk.length;
      },
      (minBytes) => {
        expect(filled + minBytes).toBeLessThanOrEqual(memory.length);
        return memory.subarray(filled);
      },
    );
    expect(memory.toString('latin1', 0, filled)).toBe(expected);
    expect(bytes).toBe(filled);
    expect(calls).toBeGreaterThan(0);
    expect(inRoom).toBe(calls);
  });

  it('stops git and rejects with the error of a consumer that throws', async () => {
    const repo = stagedRepo(30);
    const stream = startGitProcessSpool(args, { cwd: repo.dir, env: repo.env }, 1, spoolFolder());
    const failure = new Error('consumer failed');
    await expect(
      stream.consume(() => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });

  it('reports git failing, with git\'s message', async () => {
    const repo = stagedRepo(0);
    const stream = startGitProcessSpool(['diff', '--cached', 'no-such-commit'], { cwd: repo.dir, env: repo.env }, 1, spoolFolder());
    await expect(stream.consume(() => undefined)).rejects.toThrow(/git diff failed \(exit 128\): .*no-such-commit/);
  });

  it('falls back to a pipe when no temporary file can be made there', async () => {
    const repo = stagedRepo(5);
    const expected = repo.gitOk(args);
    const stream = startGitProcessSpool(args, { cwd: repo.dir, env: repo.env }, 1, join(spoolFolder(), 'no', 'such', 'folder'));
    let fellBack: boolean | undefined;
    const { text } = await collect(async (onChunk) => {
      const result = await stream.consume(onChunk);
      fellBack = result.spoolFellBack;
      return result;
    });
    expect(text).toBe(expected);
    // Said in the result, for the run record.
    expect(fellBack).toBe(true);
  });

  it('says nothing fell back when the spool was used', async () => {
    const repo = stagedRepo(5);
    const stream = startGitProcessSpool(args, { cwd: repo.dir, env: repo.env }, 1, spoolFolder());
    const result = await stream.consume(() => undefined);
    expect(result.bytes).toBeGreaterThan(0);
    expect(result.spoolFellBack).toBeUndefined();
  });

  it.runIf(canMountTmpfs())('resumes through a pipe when git cannot write the spool (a full disk): exactly git output, once', async () => {
    const repo = stagedRepo(30);
    const expected = repo.gitOk(args);
    const folder = spoolFolder();
    const unmount = mountNearlyFullDisk(folder, 256, 16);
    try {
      const stream = startGitProcessSpool(args, { cwd: repo.dir, env: repo.env }, 1, folder);
      let fellBack: boolean | undefined;
      const { text, bytes } = await collect(async (onChunk) => {
        const result = await stream.consume(onChunk);
        fellBack = result.spoolFellBack;
        return result;
      });
      expect(bytes).toBe(expected.length);
      expect(text).toBe(expected);
      expect(fellBack).toBe(true);
    } finally {
      unmount();
    }
    expect(readdirSync(folder).filter((name) => name !== 'filler')).toEqual([]);
  });

  it('can be cancelled while git runs, leaving nothing behind', async () => {
    const repo = stagedRepo(30);
    const folder = spoolFolder();
    const stream = startGitProcessSpool(args, { cwd: repo.dir, env: repo.env }, 1, folder);
    stream.cancel();
    await expect(stream.consume(() => undefined)).rejects.toThrow(GitError);
    expect(readdirSync(folder)).toEqual([]);
  });
});
