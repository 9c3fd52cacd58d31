import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeHookBlock } from '../../src/install/hook-block.js';
import { planPrepareRemoval } from '../../src/install/package-json.js';
import { runBuiltCli } from '../helpers/cli.js';
import { createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';

let repo: HookedRepo;
afterEach(() => repo?.cleanup());

const manifest = () => JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };

describe('prove-hooks uninstall', () => {
  it('removes our blocks, the prepare script and the state folder; keeps other lines and the config', () => {
    repo = createHookedRepo();
    expect(repo.commit(goodMessage(1), ['--allow-empty']).status).toBe(0);
    expect(existsSync(join(repo.dir, '.git', 'prove-hooks'))).toBe(true);
    // A line of the user's own in one hook file.
    const preCommit = join(repo.dir, '.husky', 'pre-commit');
    writeFileSync(preCommit, `echo user-line\n\n${readFileSync(preCommit, 'utf8')}`);
    const result = runBuiltCli(['uninstall'], { cwd: repo.dir, env: repo.env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(preCommit, 'utf8')).toBe('echo user-line\n');
    for (const hook of ['prepare-commit-msg', 'commit-msg', 'pre-push']) expect(existsSync(join(repo.dir, '.husky', hook))).toBe(false);
    expect(manifest().scripts?.prepare).toBeUndefined();
    expect(existsSync(join(repo.dir, '.git', 'prove-hooks'))).toBe(false);
    expect(existsSync(join(repo.dir, '.proverc.json'))).toBe(true);
    expect(result.stdout).toContain('kept (remove it with --all)');
    // Now a bad message commits: nothing of ours runs.
    expect(repo.commit('did stuff', ['--allow-empty']).status).toBe(0);
    // A second run changes nothing; --all removes the config.
    const again = runBuiltCli(['uninstall', '--all', '--json'], { cwd: repo.dir, env: repo.env });
    expect(again.status).toBe(0);
    const steps = (JSON.parse(again.stdout) as { steps: Array<{ target: string; change: string }> }).steps;
    // (The state folder holds again the git version stamp this very run wrote; it goes again.)
    expect(steps.filter((step) => step.change === 'updated' && !step.target.endsWith('prove-hooks')).map((step) => step.target)).toEqual(['.proverc.json']);
    expect(existsSync(join(repo.dir, '.proverc.json'))).toBe(false);
  });

  it('gives a combined prepare script back to the user', () => {
    expect(planPrepareRemoval('husky || true && npm run build', '', '.husky')).toEqual({ change: 'restored', script: 'npm run build' });
    expect(planPrepareRemoval('(cd .. && husky web/.husky || true) && tsc', 'web', 'web/.husky')).toEqual({ change: 'restored', script: 'tsc' });
    expect(planPrepareRemoval('husky || true', '', '.husky')).toEqual({ change: 'removed' });
    expect(planPrepareRemoval('husky', '', '.husky')).toEqual({ change: 'kept', script: 'husky' });
  });

  it.each([
    ['only our block', '# >>> prove-hooks x\nrun\n# <<< prove-hooks\n', { change: 'deleted' }],
    ['a shebang and our block', '#!/bin/sh\n\n# >>> prove-hooks x\nrun\n# <<< prove-hooks\n', { change: 'deleted' }],
    ['user lines around it', 'a\n\n# >>> prove-hooks x\nrun\n# <<< prove-hooks\nb\n', { change: 'removed', content: 'a\nb\n' }],
    ['no block', 'a\n', { change: 'absent' }],
    ['a begin without its end', 'a\n# >>> prove-hooks x\nrun\n', { change: 'conflict' }],
  ])('removes the block from a file with %s', (_name, text, expected) => {
    expect(removeHookBlock(text)).toEqual(expected);
  });
});

describe('after npm uninstall prove-hooks', () => {
  it('a hook that finds no binary says so once, not on every hook of every commit', () => {
    repo = createHookedRepo();
    rmSync(join(repo.dir, 'node_modules', '.bin', 'prove-hooks'));
    const first = repo.commit('did stuff', ['--allow-empty']);
    expect(first.status).toBe(0);
    const notices = (text: string) => text.split('\n').filter((line) => line.includes('prove-hooks: node_modules/.bin/prove-hooks not found'));
    expect(notices(first.stderr)).toHaveLength(1);
    expect(notices(first.stderr)[0]).toContain('Shown once.');
    const second = repo.commit('more stuff', ['--allow-empty']);
    expect(second.status).toBe(0);
    expect(notices(second.stderr)).toHaveLength(0);
  });
});
