// The pre-commit and pre-push commands as git's hooks call them (the built CLI as a process).
// Their checks are tested in pre-commit.test.ts and pre-push.test.ts; here: the hook contract.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { isolatedGitEnv } from '../helpers/git-repo.js';

const refLines = `refs/heads/main ${'6'.repeat(40)} refs/heads/main ${'1'.repeat(40)}\n`.repeat(20_000);
const outside = mkdtempSync(join(tmpdir(), 'prove-hooks-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe.each(['pre-commit', 'pre-push'])('%s', (hook) => {
  const args = hook === 'pre-push' ? [hook, 'origin', 'git@example.com:x.git'] : [hook];

  it('fails with exit 4 and a clear message outside a git work tree', () => {
    const result = runBuiltCli(args, { cwd: outside, env: isolatedGitEnv(outside), input: hook === 'pre-push' ? refLines : '' });
    expect(result.stderr).toMatch(/must run inside a git work tree/);
    expect(result.status).toBe(4);
  });

  it('prints a one-line notice with PROVE_SKIP=1 (after reading all of stdin)', () => {
    const result = runBuiltCli(args, { input: hook === 'pre-push' ? refLines : '', env: { ...process.env, PROVE_SKIP: '1' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`prove-hooks: PROVE_SKIP is set, ${hook} not checked\n`);
  });
});
