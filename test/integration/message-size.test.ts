// The message size cap (1 MiB): an endless or huge message stops with exit 2 and a clear line,
// read no further than the cap, never filling the memory.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX_BYTES } from '../../src/hooks/message-input.js';
import { CLI_PATH, runBuiltCli } from '../helpers/cli.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();
const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';

/** Exit 2, the cap named, no stack trace. */
function expectTooLarge(result: { status: number | null; stdout: string; stderr: string }): void {
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('larger than 1048576 bytes (1 MiB)');
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('message size cap', () => {
  it('check-msg --file /dev/zero stops at the cap with exit 2', () => {
    const repo = tempRepo();
    expectTooLarge(runBuiltCli(['check-msg', '--file', '/dev/zero'], { cwd: repo.dir, env: repo.env, timeout: 20_000 }));
  });

  it('check-msg reading /dev/zero on stdin stops at the cap with exit 2', () => {
    const repo = tempRepo();
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = spawnSync(process.execPath, [CLI_PATH, 'check-msg'], { cwd: repo.dir, env: repo.env, stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 });
      expectTooLarge({ status: result.status, stdout: result.stdout, stderr: result.stderr });
    } finally {
      closeSync(zero);
    }
  });

  it('the commit-msg hook refuses a message file over the cap (exit 2) and checks one at the cap', () => {
    const repo = tempRepo();
    const body = (bytes: number) => `${GOOD}\n\n${'word '.repeat(Math.ceil(bytes / 5)).slice(0, bytes - GOOD.length - 3)}\n`;
    writeFileSync(join(repo.dir, '.git/COMMIT_EDITMSG'), body(MESSAGE_MAX_BYTES + 1));
    expectTooLarge(runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env }));
    writeFileSync(join(repo.dir, '.git/COMMIT_EDITMSG'), body(MESSAGE_MAX_BYTES));
    const atCap = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
    expect(atCap.stderr).toBe('');
    expect(atCap.status).toBe(0);
  });
});
