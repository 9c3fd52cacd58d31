import { mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY, flagReposPerTest, findingsOf, installHooks, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
const flagRepo = flagReposPerTest();

const precommit = (r: TempRepo, env?: NodeJS.ProcessEnv) => runIn(r, ['pre-commit', '--format', 'json'], env ? { env } : {});
const rules = (r: TempRepo) => findingsOf(precommit(r)).map((f) => [f.rule, f.flag, f.file, f.line]);

describe('pre-commit on the staged diff', () => {
  it('rejects an unknown flag with exit 1, passes a known one with exit 0', () => {
    repo = flagRepo();
    repo.write('src/a.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', '-A']);
    expect(precommit(repo).status).toBe(0);
    repo.write('src/a.ts', `${ld('new-checkout')}\n${ld('nope')}\n`);
    repo.gitOk(['add', '-A']);
    const result = precommit(repo);
    expect(result.status).toBe(1);
    expect(findingsOf(result).map((f) => [f.rule, f.flag, f.file, f.line])).toEqual([['flag-unknown', 'nope', 'src/a.ts', 2]]);
  });

  it('judges a partially staged file as staged, never the work tree', () => {
    repo = flagRepo();
    repo.write('a.ts', `${ld('staged-unknown')}\n`);
    repo.gitOk(['add', 'a.ts']);
    repo.write('a.ts', `${ld('new-checkout')}\n`); // work tree is clean, the index is not
    expect(rules(repo)).toEqual([['flag-unknown', 'staged-unknown', 'a.ts', 1]]);
    repo.gitOk(['add', 'a.ts']);
    repo.write('a.ts', `${ld('worktree-unknown')}\n`); // only the work tree is bad now
    expect(precommit(repo).status).toBe(0);
  });

  it('checks against the registry as staged: an unstaged registry change does not count', () => {
    repo = flagRepo();
    const withFlag = { flags: [...REGISTRY.flags, { key: 'fresh-flag', status: 'active' }] };
    repo.write('flags.json', `${JSON.stringify(withFlag, null, 2)}\n`);
    repo.write('src/a.ts', `${ld('fresh-flag')}\n`);
    repo.gitOk(['add', 'src/a.ts']);
    // The commit would hold the code but not the registry entry: unknown.
    expect(rules(repo)).toEqual([['flag-unknown', 'fresh-flag', 'src/a.ts', 1]]);
    repo.gitOk(['add', 'flags.json']);
    expect(precommit(repo).status).toBe(0);
    // And the other way round: a flag staged into the registry, then removed in the work tree only.
    repo.write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`);
    expect(precommit(repo).status).toBe(0);
  });

  it('reads an untracked registry from the work tree (the index has none)', () => {
    repo = flagRepo();
    repo.gitOk(['rm', '-q', '--cached', 'flags.json']);
    repo.gitOk(['commit', '-qm', 'x', '--no-verify']);
    repo.write('src/a.ts', `${ld('new-checkout')}\n${ld('nope')}\n`);
    repo.gitOk(['add', 'src/a.ts']);
    expect(rules(repo)).toEqual([['flag-unknown', 'nope', 'src/a.ts', 2]]);
  });

  it('checks the first commit of a repository (no HEAD yet)', () => {
    repo = flagRepo();
    repo.gitOk(['checkout', '-q', '--orphan', 'fresh']);
    repo.write('b.ts', `${ld('ghost')}\n`);
    repo.gitOk(['add', '-A']);
    expect(rules(repo)).toContainEqual(['flag-unknown', 'ghost', 'b.ts', 1]);
  });

  it('does not report a renamed file’s existing lines, only what the rename adds', () => {
    repo = flagRepo();
    repo.write('old name.ts', `${ld('legacy-unknown')}\n${'// filler line\n'.repeat(20)}`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'x', '--no-verify']);
    repo.gitOk(['mv', 'old name.ts', 'new name.ts']);
    expect(precommit(repo).status).toBe(0);
    repo.write('new name.ts', `${ld('legacy-unknown')}\n${'// filler line\n'.repeat(20)}${ld('added-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    expect(rules(repo)).toEqual([['flag-unknown', 'added-unknown', 'new name.ts', 22]]);
  });

  it('reports references a deletion removes as info, not errors', () => {
    repo = flagRepo();
    repo.write('gone.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'x', '--no-verify']);
    repo.gitOk(['rm', '-q', 'gone.ts']);
    const result = precommit(repo);
    expect(result.status).toBe(0);
    expect(findingsOf(result).map((f) => [f.rule, f.severity, f.flag, f.file, f.line])).toEqual([['flag-removed', 'info', 'new-checkout', 'gone.ts', 1]]);
  });

  it('skips binary files, mode-only changes and submodules', () => {
    repo = flagRepo();
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(ld('binary-unknown'))]));
    repo.write('run.sh', 'echo hi\n');
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'x', '--no-verify']);
    repo.gitOk(['update-index', '--chmod=+x', 'run.sh']);
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 9]), Buffer.from(ld('binary-unknown-2'))]));
    repo.gitOk(['add', 'blob.bin']);
    const head = repo.gitOk(['rev-parse', 'HEAD']).trim();
    repo.gitOk(['update-index', '--add', '--cacheinfo', `160000,${head},vendored`]);
    const result = precommit(repo);
    expect(result.stderr).toBe('');
    expect(findingsOf(result)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('reads CRLF lines and bytes that are not UTF-8', () => {
    repo = flagRepo();
    repo.write('win.ts', `// header\r\n${ld('crlf-unknown')}\r\n`);
    repo.write('latin1.ts', Buffer.concat([Buffer.from('// caf\xe9\n', 'latin1'), Buffer.from(`${ld('latin-unknown')}\n`)]));
    repo.gitOk(['add', '-A']);
    expect(rules(repo)).toEqual([
      ['flag-unknown', 'latin-unknown', 'latin1.ts', 2],
      ['flag-unknown', 'crlf-unknown', 'win.ts', 2],
    ]);
  });

  it.each([
    ['spaces', 'dir with space/file name.ts'],
    ['quotes', 'say "hi".ts'],
    ['a newline', 'line\nbreak.ts'],
    ['non-ASCII', 'ünïcödé/日本.ts'],
    ['a tab and a backslash', 'tab\there\\.ts'],
  ])('names files whose paths have %s', (_name, path) => {
    repo = flagRepo();
    repo.write(path, `${ld('path-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    expect(rules(repo)).toEqual([['flag-unknown', 'path-unknown', path, 1]]);
  });

  it('names non-ASCII paths with core.quotePath=false too', () => {
    repo = flagRepo();
    repo.gitOk(['config', 'core.quotePath', 'false']);
    repo.write('ñ.ts', `${ld('q-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    expect(rules(repo)).toEqual([['flag-unknown', 'q-unknown', 'ñ.ts', 1]]);
  });

  it('ignores user diff settings that would change the patch text', () => {
    repo = flagRepo();
    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.diff', 'always'],
      ['diff.renames', 'false'],
      ['diff.relative', 'true'],
      ['diff.external', 'false'],
      ['diff.submodule', 'log'],
    ]) repo.gitOk(['config', key!, value!]);
    repo.write('src/deep/c.ts', `${ld('cfg-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    expect(findingsOf(runIn(repo, ['pre-commit', '--format', 'json'], { cwd: `${repo.dir}/src` })).map((f) => [f.flag, f.file])).toEqual([['cfg-unknown', 'src/deep/c.ts']]);
  });

  it('applies include and exclude globs from the config', () => {
    repo = flagRepo({ exclude: ['generated/**'], include: ['**/*.ts'] });
    repo.write('generated/g.ts', `${ld('gen-unknown')}\n`);
    repo.write('notes.md', `${ld('md-unknown')}\n`);
    repo.write('src/s.ts', `${ld('src-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    expect(rules(repo)).toEqual([['flag-unknown', 'src-unknown', 'src/s.ts', 1]]);
  });

  it('reports a line over the length cap as skipped', () => {
    repo = flagRepo({ maxLineLength: 100 });
    repo.write('min.js', `${'x'.repeat(300)}${ld('hidden-unknown')}\n${ld('seen-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    expect(rules(repo)).toEqual([
      ['line-too-long-skipped', null, 'min.js', 1],
      ['flag-unknown', 'seen-unknown', 'min.js', 2],
    ]);
  });

  it('fails closed with exit 3 when the registry is missing', () => {
    repo = flagRepo();
    repo.gitOk(['rm', '-q', 'flags.json']);
    repo.write('a.ts', `${ld('x')}\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['pre-commit']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/flags\.json/);
    expect(result.stderr).not.toMatch(/at .*\.mjs/);
  });
});

describe('pre-commit as a real hook', () => {
  it('checks what `git commit -a` commits (a temporary index)', () => {
    repo = flagRepo();
    installHooks(repo, ['pre-commit']);
    repo.write('a.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'feat: a [T-2026-11-22-003] [MODE:F]']);
    repo.write('a.ts', `${ld('commit-a-unknown')}\n`);
    const result = repo.git(['commit', '-a', '-qm', 'feat: b [T-2026-11-22-003] [MODE:F]']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown flag 'commit-a-unknown'/);
  });

  it('checks only the paths of `git commit <path>`, from the index git builds for it', () => {
    repo = flagRepo();
    installHooks(repo, ['pre-commit']);
    repo.write('staged.ts', `${ld('staged-only-unknown')}\n`);
    repo.gitOk(['add', 'staged.ts']);
    repo.write('other.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'other.ts']);
    repo.gitOk(['commit', '-qm', 'feat: base [T-2026-11-22-003] [MODE:F]', '--', 'other.ts']);
    repo.write('other.ts', `${ld('path-commit-unknown')}\n`);
    const rejected = repo.git(['commit', '-qm', 'feat: other [T-2026-11-22-003] [MODE:F]', '--', 'other.ts']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stderr).toMatch(/path-commit-unknown/);
    expect(rejected.stderr).not.toMatch(/staged-only-unknown/);
  });

  it('lets PROVE_SKIP=1 through with a notice', () => {
    repo = flagRepo();
    repo.write('a.ts', `${ld('skip-unknown')}\n`);
    repo.gitOk(['add', '-A']);
    const result = runIn(repo, ['pre-commit'], { env: { PROVE_SKIP: '1' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/PROVE_SKIP/);
  });
});

describe('pre-commit finds the repository as git does', () => {
  it('follows git when core.worktree puts the work tree elsewhere than the .git folder suggests', () => {
    repo = flagRepo();
    // The outer folder holds .git (and a config that turns flags off); git's work tree, through
    // core.worktree, is `wt` with its own config and registry.
    repo.write('.proverc.json', JSON.stringify({ flags: { enabled: false } }));
    repo.write('wt/.proverc.json', JSON.stringify({ flags: { presets: ['launchdarkly'] } }));
    repo.write('wt/flags.json', JSON.stringify({ flags: [{ key: 'inner-flag' }] }));
    repo.gitOk(['config', 'core.worktree', '../wt']);
    const inner = `${repo.dir}/wt`;
    repo.gitOk(['add', '-A'], { cwd: inner });
    repo.gitOk(['commit', '-qm', 'chore: the inner work tree [T-2026-11-22-003] [MODE:NF]', '--no-verify'], { cwd: inner });
    repo.write('wt/a.ts', `${ld('inner-flag')}\n${ld('not-in-inner')}\n`);
    repo.gitOk(['add', 'a.ts'], { cwd: inner });
    for (let run = 0; run < 2; run++) {
      // Twice: the second run has warm caches (and, through the bin, takes the fast path).
      const result = runIn(repo, ['pre-commit', '--format', 'json'], { cwd: inner });
      expect(findingsOf(result).map((f) => [f.flag, f.file])).toEqual([['not-in-inner', 'a.ts']]);
      expect(result.status).toBe(1);
      expect(runIn(repo, ['pre-commit'], { cwd: inner }).status).toBe(1);
    }
  });
});

describe('pre-commit starts as few git processes as it can', () => {
  /** The git commands a run started (GIT_TRACE names each built-in command it runs). */
  const gitCommandsOf = (r: TempRepo, args: readonly string[], name: string): string[] => {
    const trace = join(r.home, `${name}.trace`);
    runIn(r, args, { env: { GIT_TRACE: trace } });
    return readFileSync(trace, 'utf8')
      .split('\n')
      .map((line) => /built-in: git (?:-c \S+ |--literal-pathspecs )*(\S+)/.exec(line)?.[1])
      .filter((command): command is string => command !== undefined);
  };

  /** A config file changed in the last seconds may be changing still: the cache skips it. Age it. */
  const ageConfig = (r: TempRepo): void => {
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(r.dir, '.git', 'config'), past, past);
  };

  it('asks git where the repository is once; later runs prove it from the git settings cache', () => {
    repo = flagRepo();
    repo.write('a.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'a.ts']);
    ageConfig(repo);
    expect(gitCommandsOf(repo, ['pre-commit'], 'first')).toContain('rev-parse');
    const warm = gitCommandsOf(repo, ['pre-commit'], 'second');
    // The diff, and one cat-file for the changed files' context: the registry's index entry is
    // read from the index file itself.
    expect(warm).toEqual(['diff', 'cat-file']);
    // A config that moves the work tree (here to where it is) is git's to resolve, every time.
    repo.gitOk(['config', 'core.worktree', repo.dir]);
    ageConfig(repo);
    for (const run of ['third', 'fourth']) expect(gitCommandsOf(repo, ['pre-commit'], run)).toContain('rev-parse');
    expect(runIn(repo, ['pre-commit']).status).toBe(0);
  });

  it('fails as git does outside the work tree core.worktree names, also on a warm cache', () => {
    repo = flagRepo();
    mkdirSync(join(repo.dir, 'elsewhere'));
    repo.gitOk(['config', 'core.worktree', join(repo.dir, 'elsewhere')]);
    ageConfig(repo);
    for (let run = 0; run < 2; run++) {
      const result = runIn(repo, ['pre-commit']);
      expect(result.stderr).toMatch(/must run inside a git work tree/);
      expect(result.status).not.toBe(0);
    }
  });

  it('asks git for the registry\'s index entry when the index is split', () => {
    repo = flagRepo();
    repo.gitOk(['update-index', '--split-index']);
    const withFlag = { flags: [...REGISTRY.flags, { key: 'fresh-flag', status: 'active' }] };
    repo.write('src/a.ts', `${ld('fresh-flag')}\n`);
    repo.gitOk(['add', 'src/a.ts']);
    expect(rules(repo)).toEqual([['flag-unknown', 'fresh-flag', 'src/a.ts', 1]]);
    repo.write('flags.json', `${JSON.stringify(withFlag, null, 2)}\n`);
    repo.gitOk(['add', 'flags.json']);
    expect(gitCommandsOf(repo, ['pre-commit'], 'split')).toContain('ls-files');
    expect(precommit(repo).status).toBe(0);
  });
});

describe('pre-commit keeps the compiled prefilter in the git dir', () => {
  it('reuses it on the next run, and rebuilds a damaged one with the same verdict', () => {
    repo = flagRepo();
    repo.write('a.ts', `${ld('new-checkout')}\n${ld('no-such-flag')}\n`);
    repo.gitOk(['add', 'a.ts']);
    const first = runIn(repo, ['pre-commit', '--format', 'json']);
    expect(findingsOf(first).map((f) => f.flag)).toEqual(['no-such-flag']);
    const stateDir = join(repo.dir, '.git', 'prove-hooks');
    const [file, ...others] = readdirSync(stateDir).filter((name) => name.startsWith('anchor-automaton-'));
    expect(others).toEqual([]);
    const written = statSync(join(stateDir, file!)).mtimeMs;
    expect(findingsOf(runIn(repo, ['pre-commit', '--format', 'json'])).map((f) => f.flag)).toEqual(['no-such-flag']);
    expect(statSync(join(stateDir, file!)).mtimeMs).toBe(written);
    // Zeroed transitions would find nothing: the CRC rejects them and the automaton is rebuilt.
    const bytes = readFileSync(join(stateDir, file!));
    bytes.fill(0, bytes.length - 600, bytes.length - 8);
    writeFileSync(join(stateDir, file!), bytes);
    for (let run = 0; run < 2; run++) {
      const result = runIn(repo, ['pre-commit']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/unknown flag 'no-such-flag'/);
    }
  });
});
