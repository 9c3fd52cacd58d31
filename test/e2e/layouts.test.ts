// End to end in other layouts: a package in a subfolder of the repository, a linked worktree,
// and the package's own hooks/ used through core.hooksPath without husky.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createE2eWorkspace, createProject, type E2eWorkspace } from '../helpers/packed-package.js';

const GOOD = 'feat: add the login page [T-2026-01-15-001] [MODE:F]';
const BAD = 'feature: add the login page';

let ws: E2eWorkspace;
beforeAll(() => {
  ws = createE2eWorkspace();
});
afterAll(() => ws?.cleanup());

const commit = (cwd: string, message: string, env: NodeJS.ProcessEnv = {}) => ws.run('git', ['commit', '--allow-empty', '-m', message], cwd, { env });
const head = (cwd: string) => ws.runOk('git', ['log', '-1', '--format=%s'], cwd).trim();

describe('a package in a subfolder of the repository', () => {
  let repo: string;
  beforeAll(() => {
    repo = createProject(ws, 'mono', 'web');
    ws.runOk('npx', ['prove-hooks', 'init'], join(repo, 'web'));
  });

  it('installs husky from the top and keeps the hooks in the package folder', () => {
    expect(ws.runOk('git', ['config', 'core.hooksPath'], repo).trim()).toBe('web/.husky/_');
    expect(JSON.parse(readFileSync(join(repo, 'web/package.json'), 'utf8')).scripts.prepare).toBe('cd .. && husky web/.husky || true');
  });

  it('checks commits made anywhere in the repository with the package\'s config', () => {
    const rejected = commit(repo, BAD);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stdout + rejected.stderr).toContain('type-unknown');
    // A type only the package's own config allows: accepted only if that config was read.
    const configPath = join(repo, 'web/.proverc.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    config.commitMsg.types.push('docs');
    writeFileSync(configPath, JSON.stringify(config, null, 2));
    const docs = 'docs: explain the set-up [T-2026-01-15-002] [MODE:NF]';
    const accepted = commit(join(repo, 'web'), docs);
    expect(accepted.stderr).not.toContain('prove-hooks:');
    expect(accepted.status).toBe(0);
    expect(head(repo)).toBe(docs);
  });
});

describe('a linked worktree', () => {
  let repo: string;
  let linked: string;
  beforeAll(() => {
    repo = createProject(ws, 'main-tree');
    ws.runOk('npx', ['prove-hooks', 'init'], repo);
    ws.runOk('git', ['add', '.'], repo);
    ws.runOk('git', ['commit', '-q', '-m', GOOD], repo);
    linked = join(ws.root, 'linked-tree');
    ws.runOk('git', ['worktree', 'add', '-q', '-b', 'topic', linked], repo);
    // The worktree's own install (as after any checkout): prepare runs husky there.
    ws.runOk('npm', ['ci'], linked);
  });

  it('checks commits in the linked worktree with its own installed binary', () => {
    const rejected = commit(linked, BAD);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stdout + rejected.stderr).toContain('type-unknown');
    const accepted = commit(linked, GOOD);
    expect(accepted.status).toBe(0);
    expect(head(linked)).toBe(GOOD);
  });

  it('keeps a single core.hooksPath in the shared config and still checks the main worktree', () => {
    expect(ws.runOk('git', ['config', '--show-origin', 'core.hooksPath'], linked)).toContain(join('main-tree', '.git', 'config'));
    expect(commit(repo, BAD).status).not.toBe(0);
  });

  it('is idempotent when init runs inside the linked worktree', () => {
    const report = JSON.parse(ws.runOk('npx', ['prove-hooks', 'init', '--json'], linked)) as { steps: { change: string }[] };
    expect(report.steps.every((step) => step.change === 'unchanged' || step.change === 'present')).toBe(true);
    expect(ws.runOk('git', ['status', '--porcelain'], linked)).toBe('');
  });
});

describe('the package\'s hooks/ through core.hooksPath, without husky', () => {
  let repo: string;
  beforeAll(() => {
    repo = createProject(ws, 'plain');
    // Set up by hand, so the config is too (no flag registry here: flag checks off).
    ws.write(join(repo, '.proverc.json'), JSON.stringify({ flags: { enabled: false } }));
    ws.runOk('git', ['config', 'core.hooksPath', 'node_modules/prove-hooks/hooks'], repo);
    ws.runOk('git', ['init', '-q', '--bare', join(ws.root, 'plain-remote.git')], repo);
  });

  it('rejects a bad message and accepts a good one', () => {
    expect(commit(repo, BAD).status).not.toBe(0);
    expect(commit(repo, GOOD).status).toBe(0);
    expect(head(repo)).toBe(GOOD);
  });

  it('runs pre-commit and pre-push, which honour PROVE_SKIP', () => {
    const skipped = commit(repo, BAD, { PROVE_SKIP: '1' });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain('pre-commit not checked');
    const pushed = ws.run('git', ['push', '-q', join(ws.root, 'plain-remote.git'), 'main'], repo, { env: { PROVE_SKIP: '1' } });
    expect(pushed.status).toBe(0);
    expect(pushed.stderr).toContain('pre-push not checked');
  });
});
