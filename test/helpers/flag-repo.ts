// A temporary repository with a flag registry, and helpers to run the flag commands in it.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_PATH, runBuiltCli, type CliResult } from './cli.js';
import { createTempRepo, type TempRepo } from './git-repo.js';
import { removedAfterEachTest } from './temp-repos.js';

export const REGISTRY = {
  flags: [
    { key: 'new-checkout', status: 'active', aliases: ['NEW_CHECKOUT'] },
    { key: 'old-banner', status: 'archived' },
    { key: 'dark-mode', status: 'deprecated' },
    { key: 'beta-search', status: 'active' },
  ],
};

/** A repo with flags.json and a LaunchDarkly-only config committed on main. */
export function createFlagRepo(config: Record<string, unknown> = {}): TempRepo {
  const repo = createTempRepo();
  repo.write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`);
  repo.write('.proverc.json', `${JSON.stringify({ flags: { presets: ['launchdarkly'], ...config } }, null, 2)}\n`);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', 'chore: init [T-2026-11-22-003] [MODE:NF]']);
  return repo;
}

/**
 * A createFlagRepo whose repositories are removed after the test that made them. Call it once at
 * the top level of a test file (it registers the afterEach there).
 */
export function flagReposPerTest(): (config?: Record<string, unknown>) => TempRepo {
  return removedAfterEachTest(createFlagRepo);
}

/** Makes a bare repository `name` beside `repo`, adds it as `origin` and pushes main there; returns its path. */
export function addBareOrigin(repo: TempRepo, options: { name?: string; initArgs?: readonly string[] } = {}): string {
  const remote = join(repo.home, '..', options.name ?? 'remote.git');
  repo.gitOk(['init', '-q', '--bare', ...(options.initArgs ?? []), remote]);
  repo.gitOk(['remote', 'add', 'origin', remote]);
  repo.gitOk(['push', '-q', 'origin', 'main']);
  return remote;
}

/** Runs the built CLI in the repo with its isolated environment. */
export function runIn(repo: TempRepo, args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliResult {
  return runBuiltCli(args, { cwd: options.cwd ?? repo.dir, env: { ...repo.env, ...options.env }, input: options.input ?? '' });
}

export interface JsonFinding {
  rule: string;
  severity: string;
  flag: string | null;
  file: string;
  line: number | null;
  column: number | null;
}

/** The findings of a `--format json` run (stdout). */
export function findingsOf(result: CliResult): JsonFinding[] {
  try {
    return (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  } catch {
    throw new Error(`not JSON (exit ${result.status}):\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  }
}

/** Installs real git hooks that run the built CLI (what husky's stubs end up doing). */
export function installHooks(repo: TempRepo, hooks: readonly string[]): void {
  for (const hook of hooks) {
    const path = join(repo.dir, '.git', 'hooks', hook);
    writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${CLI_PATH}" ${hook} "$@"\n`);
    chmodSync(path, 0o755);
  }
}

/** Installs the built CLI as the pre-receive hook of the bare repository `bare` (as a server's admin would: a script). */
export function installPreReceiveHook(bare: string): void {
  const path = join(bare, 'hooks', 'pre-receive');
  writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${CLI_PATH}" pre-receive\n`);
  chmodSync(path, 0o755);
}

/** An LaunchDarkly call referencing a flag. */
export const ld = (flag: string): string => `if (ldClient.variation('${flag}', false)) { run(); }`;
