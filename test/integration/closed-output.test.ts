// A reader that stops early (`prove-hooks scan | head -1`): the command stops writing quietly and
// exits with its verdict, never with a stack trace and exit 1 from the closed pipe.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/cli.js';
import { createFlagRepo } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

/** Runs the CLI with its stdout piped into `head -c 1`, which exits after one byte: its exit code and stderr. */
function runIntoHead(repo: TempRepo, args: readonly string[]): { status: number; stderr: string } {
  const command = `"${process.execPath}" "${CLI_PATH}" ${args.join(' ')} | head -c 1 > /dev/null; exit \${PIPESTATUS[0]}`;
  const result = spawnSync('bash', ['-c', command], { cwd: repo.dir, env: repo.env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status ?? -1, stderr: result.stderr };
}

/** A staged file with `count` references to flags of the given status: far more output than a pipe holds (64 KiB). */
function stageReferences(repo: TempRepo, count: number, status: 'deprecated' | 'unknown'): void {
  const flags = Array.from({ length: count }, (_, i) => ({ key: `flag-number-${i}`, status: 'deprecated' }));
  repo.write('flags.json', JSON.stringify({ flags: status === 'deprecated' ? flags : [] }));
  repo.write('src/a.js', flags.map((flag) => `ldClient.variation('${flag.key}', context, false);`).join('\n'));
  repo.gitOk(['add', '-A']);
}

describe('a closed stdout', () => {
  it.each([
    ['scan', ['scan']],
    ['scan --format json', ['scan', '--format', 'json']],
    ['scan --format sarif', ['scan', '--format', 'sarif']],
  ])('%s with warnings only: stops writing quietly and exits 0', (_name, args) => {
    const repo = createFlagRepo();
    stageReferences(repo, 3000, 'deprecated');
    const result = runIntoHead(repo, args);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.status).toBe(0);
  });

  it('scan with violations: stops writing quietly and exits 1 (the verdict)', () => {
    const repo = createFlagRepo();
    stageReferences(repo, 3000, 'unknown');
    const result = runIntoHead(repo, ['scan', '--format', 'json']);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.status).toBe(1);
  });

  it('config --json: stops writing quietly and exits 0', () => {
    const repo = createFlagRepo({ patterns: Array.from({ length: 1500 }, (_, i) => ({ name: `p${i}`, pattern: `gate${i}\\('(?<flag>[\\w-]+)'` })) });
    const result = runIntoHead(repo, ['config', '--json']);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.status).toBe(0);
  });
});
