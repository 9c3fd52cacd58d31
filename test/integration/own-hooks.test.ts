// This repository's own hooks (.husky/* -> scripts/own-hook.sh): a violation blocks, a missing
// build or a failing tool never does. Driven with stand-in builds exiting with each code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prove-hooks-own-'));
  cpSync(join(ROOT, '.husky'), join(dir, '.husky'), { recursive: true, filter: (src) => !src.includes(`${join('.husky', '_')}`) });
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(ROOT, 'scripts/own-hook.sh'), join(dir, 'scripts/own-hook.sh'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runHook(hook: string, exitCode: number | 'missing') {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  if (exitCode !== 'missing') {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/cli.cjs'), `console.error('ran ' + process.argv.slice(2).join(' ')); process.exit(${exitCode});\n`);
  }
  // As husky runs a hook file: `sh -e .husky/<hook> <git's arguments>` at the top of the work tree.
  return spawnSync('sh', ['-e', `.husky/${hook}`, 'msg-file', 'second'], { cwd: dir, encoding: 'utf8', input: '' });
}

describe.each(['commit-msg', 'pre-commit', 'pre-push'])('.husky/%s of this repository', (hook) => {
  it('runs the build with git\'s arguments and passes when it passes', () => {
    const result = runHook(hook, 0);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`ran ${hook} msg-file second\n`);
  });

  it('blocks on a violation (exit 1)', () => {
    expect(runHook(hook, 1).status).toBe(1);
  });

  it.each([2, 3, 4, 70])('does not block when the tool fails with exit %i, and says so', (code) => {
    const result = runHook(hook, code);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${hook} failed with exit code ${code}; not blocking`);
  });

  it('does not block when dist/ is not built, and says so in one line', () => {
    const result = runHook(hook, 'missing');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`prove-hooks (own hooks): dist/cli.cjs is missing, ${hook} not checked (run npm run build)\n`);
  });
});
