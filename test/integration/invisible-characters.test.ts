// git keeps invisible characters after the mode tag (it strips only trailing space, tab and CR):
// the hook rejects such a message, naming the character, before git stores it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();
const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';

describe('invisible characters after [MODE:F]', () => {
  it.each([
    ['\v', 'U+000B LINE TABULATION'],
    ['\f', 'U+000C FORM FEED'],
    ['\u00a0', 'U+00A0 NO-BREAK SPACE'],
    ['\u2028', 'U+2028 LINE SEPARATOR'],
    ['\ufeff', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
  ])('git stores %j after the mode tag, and the commit-msg hook rejects it, naming it', (ch, name) => {
    const repo = tempRepo();
    writeFileSync(join(repo.dir, 'msg.txt'), `${GOOD}${ch}\n`);
    repo.gitOk(['commit', '-q', '--allow-empty', '--no-verify', '--cleanup=strip', '-F', 'msg.txt']);
    expect(repo.gitOk(['log', '-1', '--format=%B'])).toBe(`${GOOD}${ch}\n\n`);
    writeFileSync(join(repo.dir, '.git/COMMIT_EDITMSG'), `${GOOD}${ch}\n`);
    const result = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('header-invisible-character');
    expect(result.stdout).toContain(`${name}`);
    expect(result.stdout).toContain(`at column ${GOOD.length + 1}`);
  });

  it('accepts trailing spaces, tabs and a CR, which git strips', () => {
    const repo = tempRepo();
    writeFileSync(join(repo.dir, 'msg.txt'), `${GOOD} \t\r\n`);
    repo.gitOk(['commit', '-q', '--allow-empty', '--no-verify', '--cleanup=strip', '-F', 'msg.txt']);
    expect(repo.gitOk(['log', '-1', '--format=%B'])).toBe(`${GOOD}\n\n`);
    writeFileSync(join(repo.dir, '.git/COMMIT_EDITMSG'), `${GOOD} \t\r\n`);
    expect(runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env }).status).toBe(0);
  });
});
