// Where prove-hooks thinks the repository is decides where it writes state: never into a bare
// repository (a server's), never into a work tree folder that merely holds a file named HEAD.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { flagReposPerTest, runIn } from '../helpers/flag-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const flagRepo = flagReposPerTest();
const tempRepo = tempReposPerTest();

describe('a bare repository', () => {
  it('scan --range says it needs a work tree (exit 2, no stack trace), and config writes no cache into it', () => {
    const source = flagRepo();
    const bare = join(source.home, '..', 'server.git');
    source.gitOk(['clone', '-q', '--bare', source.dir, bare]);
    const before = readdirSync(bare).sort();
    const scan = runBuiltCli(['scan', '--range', 'HEAD~0..HEAD'], { cwd: bare, env: source.env });
    expect(scan.stderr).toMatch(/scan must run inside a git work tree \(.* is in a bare repository/);
    expect(scan.stderr).toMatch(/git worktree add/);
    expect(scan.stderr).not.toMatch(/\n\s+at /);
    expect(scan.status).toBe(2);
    const config = runBuiltCli(['config'], { cwd: bare, env: source.env });
    expect(config.status).toBe(0);
    expect(readdirSync(bare).sort()).toEqual(before);
  });
});

describe('a work tree folder holding a file named HEAD', () => {
  it('is not taken for a git dir: a commit-msg run on a message file there writes no state into it', () => {
    const repo = tempRepo();
    repo.gitOk(['commit', '-q', '--allow-empty', '-m', 'feat: first [T-2026-11-22-003] [MODE:F]']);
    const folder = join(repo.dir, 'notes');
    mkdirSync(folder);
    writeFileSync(join(folder, 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(folder, 'MSG'), 'did some stuff\n');
    const rejected = runIn(repo, ['commit-msg', 'notes/MSG']);
    expect(rejected.status).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(['HEAD', 'MSG']);
    expect(existsSync(join(repo.dir, '.git', 'prove-hooks'))).toBe(true);
  });
});
