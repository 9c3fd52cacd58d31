// `prove-hooks init` over hook files whose shell ends early (`exit 0`, `exec <cmd>`): the block
// goes where the shell reaches it, and real commits through husky prove it runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, composeHookBlock } from '../../src/install/hook-block.js';
import type { InitReport } from '../../src/install/init.js';
import { runBuiltCli } from '../helpers/cli.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';
import { removedAfterEachTest } from '../helpers/temp-repos.js';

const hookedRepo = removedAfterEachTest(createHookedRepo);

function hooked(files: Record<string, string>): HookedRepo {
  return hookedRepo({ beforeInit: (r) => { for (const [path, text] of Object.entries(files)) r.write(path, text); } });
}

describe('init over a hook file that ends early', () => {
  it('puts the commit-msg block before a final `exit 0`, and a bad message is rejected', () => {
    const repo = hooked({ '.husky/commit-msg': 'echo checking\nexit 0\n' });
    const text = readFileSync(join(repo.dir, '.husky/commit-msg'), 'utf8');
    expect(text.indexOf(BLOCK_BEGIN)).toBeLessThan(text.indexOf('exit 0'));
    expect(repo.initOutput).toMatch(/\.husky\/commit-msg\s+added: .*before `exit 0` \(line 2\)/);
    repo.write('a.txt', 'a\n');
    repo.gitOk(['add', 'a.txt']);
    const result = repo.commit(BAD_MESSAGE);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('type-missing');
    expect(repo.headSubject()).toBe(goodMessage('setup'));
  });

  it('puts the pre-commit block before a final `exec <cmd>`, and the command it execs still runs', () => {
    const repo = hooked({ '.husky/pre-commit': 'exec echo lint-staged-ran\n' });
    const text = readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8');
    expect(text.indexOf(BLOCK_BEGIN)).toBeLessThan(text.indexOf('exec echo'));
    repo.write('a.txt', 'a\n');
    repo.gitOk(['add', 'a.txt']);
    const result = repo.commit(goodMessage(2));
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toContain('lint-staged-ran');
  });

  it('moves a block an earlier init left after `exit 0` on a re-run, says so, and the check runs', () => {
    const repo = hooked({});
    const stale = `exit 0\n\n${composeHookBlock('commit-msg', '')}\n`;
    repo.write('.husky/commit-msg', stale);
    const rerun = runBuiltCli(['init', '--no-install', '--json'], { cwd: repo.dir, env: repo.env });
    expect(rerun.status).toBe(0);
    const step = (JSON.parse(rerun.stdout) as InitReport).steps.find((s) => s.target === '.husky/commit-msg');
    expect(step).toMatchObject({ change: 'updated' });
    expect(step!.detail).toContain('never ran');
    repo.write('a.txt', 'a\n');
    repo.gitOk(['add', 'a.txt']);
    expect(repo.commit(BAD_MESSAGE).status).not.toBe(0);
    // A second re-run finds nothing to do.
    const third = runBuiltCli(['init', '--no-install', '--json'], { cwd: repo.dir, env: repo.env });
    expect((JSON.parse(third.stdout) as InitReport).steps.find((s) => s.target === '.husky/commit-msg')!.change).toBe('unchanged');
  });

  it('refuses, with exit 4 and the reason, a file whose shell it cannot follow and that may exit', () => {
    const repo = hooked({});
    repo.write('.husky/commit-msg', 'if [ -n "$X" ]; then\n  exit 0\n');
    const result = runBuiltCli(['init', '--no-install'], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(4);
    expect(result.stdout).toMatch(/x \.husky\/commit-msg\s+failed: left as it is: cannot tell whether/);
    expect(result.stdout).not.toContain('Done.');
    expect(readFileSync(join(repo.dir, '.husky/commit-msg'), 'utf8')).not.toContain(BLOCK_BEGIN);
  });
});
