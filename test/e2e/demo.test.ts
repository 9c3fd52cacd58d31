// `npm run demo` end to end: the packed package in a throwaway repository, every step a user
// would see, and nothing left behind (or the repository kept with --keep).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The demo makes its folder in the temporary directory: give it one of its own to look into.
const demoTmp = mkdtempSync(join(tmpdir(), 'prove-hooks-demo-test-'));
afterAll(() => rmSync(demoTmp, { recursive: true, force: true }));

function runDemo(args: readonly string[]) {
  // --no-build: dist/ as `npm test` built it (a rebuild would race the other test files).
  const result = spawnSync(process.execPath, ['scripts/demo.mjs', '--no-build', ...args], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: demoTmp },
    encoding: 'utf8',
    input: '',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run demo', () => {
  it('shows a good commit, a rejected message and its retry, a flag rejection and a rejected push, then removes everything', () => {
    const { status, stdout, stderr } = runDemo([]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // init, as a user runs it
    expect(stdout).toContain('$ npx prove-hooks init --no-install');
    expect(stdout).toContain('.husky/commit-msg');
    // the rejected message, with the rule and the retry command, then the retry passes
    expect(stdout).toContain("$ git commit -m 'added readme'");
    expect(stdout).toContain('commit message rejected');
    expect(stdout).toMatch(/git commit --edit --file=\S+/);
    expect(stdout).toMatch(/\$ git commit --edit --file=\S+\n\[main [0-9a-f]+\] chore: add a readme/);
    // the unknown (with did-you-mean) and the archived flag
    expect(stdout).toContain("unknown flag 'new-chekout'");
    expect(stdout).toContain("Did you mean 'new-checkout'?");
    expect(stdout).toMatch(/old-banner/);
    expect(stdout).toContain('flag-archived');
    // the push, named with the real commit to rebase from
    expect(stdout).toMatch(/pushed commit message breaks the convention/);
    expect(stdout).toMatch(/git rebase -i [0-9a-f]{12}/);
    expect(stdout.match(/rejected, as expected/g)).toHaveLength(3);
    // the headings a user reads, in order, and the doctor's verdict at the end
    const headings = stdout.split('\n').filter((line) => line.startsWith('== ')).map((line) => line.slice(3, 12));
    expect(headings).toEqual(['A reposit', 'Installin', '1. A comm', '2. A mess', '   ...and', '3. A comm', '4. A push', '5. `prove']);
    expect(stdout).toContain('All is well.');
    expect(stdout).toContain('Removed ');
    expect(readdirSync(demoTmp)).toEqual([]);
  });

  it('leaves the repository to explore with --keep, with the rejected push not on the remote', () => {
    const { status, stdout } = runDemo(['--keep']);
    expect(status).toBe(0);
    const kept = /cd (\S+)/.exec(stdout)?.[1];
    expect(kept).toBeDefined();
    expect(existsSync(join(kept!, '.husky', 'commit-msg'))).toBe(true);
    expect(spawnSync('git', ['log', '--format=%s', '-1', 'origin/main'], { cwd: kept!, encoding: 'utf8' }).stdout.trim()).toBe('chore: set up the shop with prove-hooks [T-2026-01-15-001] [MODE:NF]');
    rmSync(join(kept!, '..'), { recursive: true, force: true });
  });

  it('refuses an unknown option with exit 2', () => {
    const { status, stderr } = runDemo(['--kep']);
    expect(status).toBe(2);
    expect(stderr).toContain("unknown option '--kep'; did you mean --keep?");
  });

  const stopMidScene = async (signal: NodeJS.Signals): Promise<void> => {
    const own = mkdtempSync(join(tmpdir(), 'prove-hooks-demo-signal-'));
    try {
      const child = spawn(process.execPath, ['dist/cli.cjs', 'demo'], { cwd: ROOT, env: { ...process.env, TMPDIR: own }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig })));
      // Stop it while a scene's git command runs (after the first commit has started).
      await new Promise<void>((resolve) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.includes('$ git commit')) resolve();
        });
      });
      child.kill(signal);
      const { signal: endedBy } = await ended;
      expect(endedBy).toBe(signal);
      expect(stdout).toContain(`demo interrupted (${signal})`);
      expect(readdirSync(own)).toEqual([]);
      const left = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((line) => line.includes(own));
      expect(left).toEqual([]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  };

  it('removes its folder and leaves no process when stopped by SIGINT mid-scene, then ends by that signal', () => stopMidScene('SIGINT'));
  it('removes its folder and leaves no process when stopped by SIGTERM mid-scene, then ends by that signal', () => stopMidScene('SIGTERM'));
});
