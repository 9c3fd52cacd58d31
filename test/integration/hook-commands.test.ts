// The pre-commit and pre-push commands as git's hooks call them (the built CLI as a process).
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';

const refLines = 'refs/heads/main 67890 refs/heads/main 12345\n'.repeat(20_000);

describe.each(['pre-commit', 'pre-push'])('%s', (hook) => {
  const args = hook === 'pre-push' ? [hook, 'origin', 'git@example.com:x.git'] : [hook];

  it('passes', () => {
    const result = runBuiltCli(args, { input: hook === 'pre-push' ? refLines : '' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prints a one-line notice with PROVE_SKIP=1', () => {
    const result = runBuiltCli(args, { input: '', env: { ...process.env, PROVE_SKIP: '1' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`prove-hooks: PROVE_SKIP is set, ${hook} not checked\n`);
  });
});
