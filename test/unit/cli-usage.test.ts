import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { runBuiltCli } from '../helpers/cli.js';

describe('CLI usage', () => {
  it('lists every command in --help and exits 0', () => {
    const result = runBuiltCli(['--help']);
    expect(result.status).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(command.name);
  });

  it('rejects an unknown command with the usage exit code and no stack trace', () => {
    const result = runBuiltCli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown flag with the usage exit code', () => {
    const result = runBuiltCli(['check-msg', '--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--bogus');
  });

  it('prints the version', () => {
    const result = runBuiltCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
