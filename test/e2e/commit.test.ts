// End to end: the packed package installed into a fresh repository, `npx prove-hooks init`, then
// real `git commit` and `git push` through husky, as a user runs them.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eWorkspace, createProject, type E2eWorkspace } from '../helpers/packed-package.js';

const GOOD = 'feat: add the login page [T-2026-01-15-001] [MODE:F]';
const BAD = 'feature: add the login page';

let ws: E2eWorkspace;
let repo: string;
let initOutput: string;

const git = (args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) => ws.run('git', args, options.cwd ?? repo, options);
const head = (cwd = repo) => ws.runOk('git', ['log', '-1', '--format=%s'], cwd).trim();

beforeAll(() => {
  ws = createE2eWorkspace();
  repo = createProject(ws, 'repo');
  initOutput = ws.runOk('npx', ['prove-hooks', 'init'], repo);
  ws.runOk('git', ['add', '.'], repo);
  ws.runOk('git', ['commit', '-q', '-m', 'chore: install prove-hooks [T-2026-01-15-001] [MODE:NF]'], repo);
  ws.runOk('git', ['init', '-q', '--bare', join(ws.root, 'remote.git')], repo);
  ws.runOk('git', ['remote', 'add', 'origin', join(ws.root, 'remote.git')], repo);
});

afterAll(() => ws?.cleanup());

describe('installed with npm install + npx prove-hooks init', () => {
  it('reports every step and makes husky a direct devDependency with a prepare script', () => {
    expect(initOutput).toMatch(/\+ husky\s+added: devDependency husky@\^9/);
    expect(initOutput).toContain('.husky/commit-msg');
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(manifest.devDependencies.husky).toMatch(/^\^9/);
    expect(manifest.scripts.prepare).toBe('husky || true');
    expect(readFileSync(join(repo, '.husky/commit-msg'), 'utf8')).toContain('node_modules/.bin/prove-hooks commit-msg "$1"');
    expect(ws.runOk('git', ['config', 'core.hooksPath'], repo).trim()).toBe('.husky/_');
  });

  it('accepts a commit whose message follows the convention', () => {
    ws.write(join(repo, 'a.txt'), 'a\n');
    git(['add', 'a.txt']);
    const result = git(['commit', '-m', GOOD]);
    expect(result.stderr).not.toContain('prove-hooks:');
    expect(result.status).toBe(0);
    expect(head()).toBe(GOOD);
  });

  it('rejects a bad message with the rule code and the command to edit and retry it', () => {
    ws.write(join(repo, 'b.txt'), 'b\n');
    git(['add', 'b.txt']);
    const before = head();
    const result = git(['commit', '-m', BAD]);
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('type-unknown');
    expect(output).toMatch(/git commit --edit --file=\S+/);
    expect(head()).toBe(before);
  });

  it('skips the checks with PROVE_SKIP=1, saying so once per hook', () => {
    const result = git(['commit', '-m', BAD], { env: { PROVE_SKIP: '1' } });
    expect(result.status).toBe(0);
    expect(head()).toBe(BAD);
    expect(result.stderr.match(/PROVE_SKIP/g)).toHaveLength(2);
    expect(result.stderr).toContain('pre-commit not checked');
    expect(result.stderr).toContain('commit-msg not checked');
  });

  it('runs no hook with git commit --no-verify or HUSKY=0', () => {
    const noVerify = git(['commit', '--allow-empty', '--no-verify', '-m', BAD]);
    expect(noVerify.status).toBe(0);
    expect(noVerify.stderr).not.toContain('prove-hooks');
    const huskyOff = git(['commit', '--allow-empty', '-m', BAD], { env: { HUSKY: '0' } });
    expect(huskyOff.status).toBe(0);
    expect(huskyOff.stderr).not.toContain('prove-hooks');
  });

  it('runs the pre-push hook on git push to a remote, and not with --no-verify', () => {
    const skipped = git(['push', '-q', '-u', 'origin', 'main'], { env: { PROVE_SKIP: '1' } });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain('pre-push not checked');
    ws.runOk('git', ['commit', '-q', '--allow-empty', '-m', GOOD], repo);
    const pushed = git(['push', '-q', 'origin', 'main']);
    expect(pushed.status).toBe(0);
    expect(ws.runOk('git', ['rev-parse', 'main'], join(ws.root, 'remote.git'))).toBe(ws.runOk('git', ['rev-parse', 'HEAD'], repo));
    ws.runOk('git', ['commit', '-q', '--allow-empty', '-m', GOOD], repo);
    const noVerify = git(['push', '-q', '--no-verify', 'origin', 'main'], { env: { PROVE_SKIP: '1' } });
    expect(noVerify.status).toBe(0);
    expect(noVerify.stderr).not.toContain('pre-push');
  });

  it('changes nothing when init runs again', () => {
    const again = ws.runOk('npx', ['prove-hooks', 'init', '--json'], repo);
    const report = JSON.parse(again) as { steps: { change: string }[] };
    expect(report.steps.every((step) => step.change === 'unchanged' || step.change === 'present')).toBe(true);
    expect(ws.runOk('git', ['status', '--porcelain'], repo)).toBe('');
  });

  it('gives a fresh clone the hooks on npm ci', () => {
    const clone = join(ws.root, 'clone');
    ws.runOk('git', ['clone', '-q', repo, clone], ws.root);
    expect(git(['config', 'core.hooksPath'], { cwd: clone }).status).toBe(1);
    ws.runOk('npm', ['ci'], clone);
    const result = git(['commit', '--allow-empty', '-m', BAD], { cwd: clone });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('type-unknown');
  });

  it.each([
    ['in CI outside git', ['ci'], { CI: 'true' }],
    ['without devDependencies', ['ci', '--omit=dev'], { NODE_ENV: 'production' }],
  ])('lets npm ci succeed %s', (_name, args, env) => {
    const copy = join(ws.root, `copy-${args.length}`);
    mkdirSync(copy);
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(repo, file), join(copy, file));
    const result = ws.run('npm', args, copy, { env });
    expect(result.stderr).not.toMatch(/npm error/);
    expect(result.status).toBe(0);
    expect(existsSync(join(copy, '.husky'))).toBe(false);
  });

  it('lists every flag reference with prove-hooks flags, in the work tree and in the bare remote', () => {
    const registry = { flags: [{ key: 'new-checkout', status: 'active' }, { key: 'old-banner', status: 'archived' }, { key: 'unused-flag', status: 'active' }] };
    writeFileSync(join(repo, 'flags.json'), `${JSON.stringify(registry, null, 2)}\n`);
    mkdirSync(join(repo, 'src'), { recursive: true });
    writeFileSync(join(repo, 'src', 'app.ts'), "if (ldClient.variation('new-checkout', false)) go();\nif (ldClient.variation('old-banner', false)) old();\nif (ldClient.variation('new-chekout', false)) typo();\n");
    const local = JSON.parse(ws.runOk('npx', ['prove-hooks', 'flags', '--format', 'json'], repo)) as { schemaVersion: number; summary: Record<string, number>; sets: { unknown: { key: string; suggestion: string }[] } };
    // Untracked files are not part of the inventory until git tracks them.
    expect(local.summary.references).toBe(0);
    ws.runOk('git', ['add', 'flags.json', 'src/app.ts'], repo);
    const staged = JSON.parse(ws.runOk('npx', ['prove-hooks', 'flags', '--format', 'json'], repo)) as typeof local;
    expect(staged.schemaVersion).toBe(1);
    expect(staged.summary).toMatchObject({ references: 3, unknown: 1, archivedReferenced: 1, unreferenced: 1 });
    expect(staged.sets.unknown).toEqual([expect.objectContaining({ key: 'new-chekout', suggestion: 'new-checkout' })]);
    expect(ws.run('npx', ['prove-hooks', 'flags', '--fail-on', 'archived'], repo).status).toBe(1);
    ws.runOk('git', ['commit', '-q', '-m', GOOD], repo);
    ws.runOk('git', ['push', '-q', 'origin', 'main'], repo, { env: { PROVE_SKIP: '1' } });
    const remote = join(ws.root, 'remote.git');
    const inBare = JSON.parse(ws.runOk(process.execPath, [join(repo, 'node_modules', 'prove-hooks', 'dist', 'cli.cjs'), 'flags', '--ref', 'main', '--format', 'json'], remote)) as typeof local;
    expect(inBare.summary).toEqual(staged.summary);
  });
});
