// The commit logs pre-receive, pre-push and `check` read are as large as the commits' messages,
// which a committer chooses: they are streamed, never buffered whole (git's output over 64 MiB
// failed the push with exit 4 before). Each message is still bounded: one over 1 MiB is refused
// with a clear message, as the commit-msg hook refuses it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { addBareOrigin, createFlagRepo, installPreReceiveHook } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
let bare: string;
beforeAll(() => {
  repo = createFlagRepo();
  bare = addBareOrigin(repo, { name: 'server.git' });
  installPreReceiveHook(bare);
});
afterAll(() => repo?.cleanup());

/** A good message of about `bytes` bytes: the convention's header and a body of short lines. */
function longMessage(n: number, bytes: number): string {
  const header = `feat: long message ${n} [T-2026-11-22-003] [MODE:F]\n\n`;
  const line = 'A line of the body that explains the change in some detail.\n';
  return header + line.repeat(Math.floor((bytes - header.length) / line.length));
}

/** Commits `messages` on top of main with the same tree (git commit-tree: fast, no hooks) and moves main there. */
function commitMessages(messages: readonly string[]): string {
  let parent = repo.gitOk(['rev-parse', 'main']).trim();
  const tree = repo.gitOk(['rev-parse', 'main^{tree}']).trim();
  const file = join(repo.home, 'message.txt');
  for (const message of messages) {
    writeFileSync(file, message);
    parent = repo.gitOk(['commit-tree', tree, '-p', parent, '-F', file]).trim();
  }
  repo.gitOk(['update-ref', 'refs/heads/main', parent]);
  return parent;
}

describe('commit logs larger than a buffer', () => {
  it('pre-receive and check accept a push whose log is over 64 MiB (70 messages of 1 MB), streamed', () => {
    const before = repo.gitOk(['rev-parse', 'main']).trim();
    const tip = commitMessages(Array.from({ length: 70 }, (_, n) => longMessage(n, 1_000_000)));
    const push = repo.git(['push', 'origin', 'main']);
    expect(push.status, push.stderr.slice(-2000)).toBe(0);
    expect(repo.gitOk(['--git-dir', bare, 'rev-parse', 'main']).trim()).toBe(tip);
    const check = runBuiltCli(['check', '--range', `${before}..${tip}`], { cwd: repo.dir, env: repo.env });
    expect(check.status, check.stderr.slice(-2000)).toBe(0);
    expect(check.stdout).toMatch(/70 commit/);
  }, 120_000);

  it('refuses a pushed commit whose message is over 1 MiB with a clear message (exit 2), and check does too', () => {
    const before = repo.gitOk(['rev-parse', 'main']).trim();
    const tip = commitMessages([longMessage(1, 100), longMessage(2, 2 * 1024 * 1024), longMessage(3, 100)]);
    const push = repo.git(['push', 'origin', 'main']);
    expect(push.status).not.toBe(0);
    expect(push.stderr).toMatch(/remote: .*the commit message of commit [0-9a-f]{40} \(\d+ bytes\) is larger than 1048576 bytes/);
    expect(push.stderr).not.toMatch(/internal error|\n\s*remote:\s+at /);
    expect(repo.gitOk(['--git-dir', bare, 'rev-parse', 'main']).trim()).toBe(before);
    const check = runBuiltCli(['check', '--range', `${before}..${tip}`], { cwd: repo.dir, env: repo.env });
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/larger than 1048576 bytes/);
    repo.gitOk(['update-ref', 'refs/heads/main', before]);
  }, 60_000);
});
