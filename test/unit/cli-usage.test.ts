import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { runBuiltCli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listSources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

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

  it('suggests the command a typo meant', () => {
    const result = runBuiltCli(['scna']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'scna'; did you mean 'scan'?");
  });

  it.each([
    [['check-msg', '--jsno'], "check-msg: unknown option '--jsno'; did you mean --json?"],
    [['scan', '--rnage', 'a..b'], "scan: unknown option '--rnage'; did you mean --range?"],
    [['check-msg', '-F', 'x'], "check-msg: unknown option '-F'; did you mean --file?"],
    [['scan', '--zzzzzz'], "scan: unknown option '--zzzzzz'\n"],
    [['scan', '--range'], "scan: option '--range' needs a value"],
    [['scan', '--range', '--json'], "scan: option '--range' needs a value, and '--json' looks like an option"],
    [['scan', '--json=yes'], "scan: option '--json' takes no value, got 'yes'"],
  ])('reports the option mistake in %j in its own words, exit 2', (argv, message) => {
    const result = runBuiltCli(argv);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    // Node's parser text (an unbalanced quote, advice about positionals) never reaches the user.
    expect(result.stderr).not.toContain('To specify a positional argument');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('tells how to pass an argument starting with a dash only to a command that takes arguments', () => {
    expect(runBuiltCli(['check-msg', '--bogus']).stderr).toContain("goes after '--': prove-hooks check-msg -- --bogus");
    expect(runBuiltCli(['scan', '--bogus']).stderr).not.toContain("goes after '--'");
  });

  it('rejects a hook name that does not exist in perf --hook as a usage error naming the hooks', () => {
    const result = runBuiltCli(['perf', '--hook', 'pre-comit']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--hook 'pre-comit' is not a prove-hooks hook; did you mean 'pre-commit'?");
    expect(result.stderr).toContain('prepare-commit-msg, commit-msg, applypatch-msg, pre-commit, pre-push');
  });

  it('lists in --help every environment variable the sources read, and where the manual is', () => {
    const help = runBuiltCli(['--help']).stdout;
    const read = new Set<string>();
    for (const file of listSources(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\benv\??\.([A-Z][A-Z0-9_]*)/g)) read.add(match[1]!);
    }
    // git's own variables (passed on to git, documented by git), where the user's git config
    // lives, flag names in the env preset's examples, and Node's own (read by the code cache to
    // stay quiet under --pending-deprecation): not settings of prove-hooks.
    const settings = [...read].filter((name) => !/^(GIT_|FF_)/.test(name) && !['HOME', 'XDG_CONFIG_HOME', 'PATH', 'NODE_OPTIONS', 'NODE_PENDING_DEPRECATION'].includes(name));
    expect(settings).toEqual(expect.arrayContaining(['PROVE_SKIP', 'PROVE_DEBUG', 'PROVE_TIMING', 'HUSKY', 'NO_COLOR', 'FORCE_COLOR']));
    for (const name of settings) expect(help).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(help).toContain('node_modules/prove-hooks/README.md');
  });

  it('prints the version', () => {
    const result = runBuiltCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
