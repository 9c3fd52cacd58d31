import { existsSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { isNeedsFullCli } from '../../src/config/needs-full-cli.js';
import { runCheckMsg } from '../../src/hooks/commit-msg.js';
import { FULL_SOURCES } from '../../src/hooks/full-sources.js';
import { tryFastMessageCheck, type FastPathIo } from '../../src/hooks/message-fast-path.js';
import { tryFastPrepareMessage } from '../../src/hooks/prepare-fast-path.js';
import { runPrepareMessageHook } from '../../src/hooks/prepare-commit-msg.js';
import { locateGitDirOfHook, locateRepositoryOfMessageFile } from '../../src/git/repository.js';
import { CLI_PATH, runBuiltCli, type CliResult } from '../helpers/cli.js';
import { createHookRepo, type HookRepo } from '../helpers/hook-repo.js';

// The fast path decides only from warm caches; these tests warm them with the built CLI, as the
// first commit of a clone does, then call the fast path in-process against the same files.
const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';

let repo: HookRepo;
let out: string;
let err: string;

beforeEach(() => {
  repo = createHookRepo();
  repo.write('.proverc.json', JSON.stringify({ commitMsg: { types: ['feat', 'fix', 'docs'], maxHeaderLength: 100 } }));
  backdateGitConfig();
  out = '';
  err = '';
});
afterEach(() => repo.cleanup());

/** git's settings are cached only from config files older than its racy window, as in a real clone. */
function backdateGitConfig(): void {
  const past = new Date(Date.now() - 60_000);
  for (const file of [join(repo.dir, '.git', 'config'), repo.env.GIT_CONFIG_GLOBAL!]) if (existsSync(file)) utimesSync(file, past, past);
}

function warmCaches(): void {
  const result = runBuiltCli(['check-msg', GOOD], { cwd: repo.dir, env: repo.env });
  expect(result.status, result.stderr).toBe(0);
  expect(existsSync(join(repo.dir, '.git', 'prove-hooks', 'git-settings.json'))).toBe(true);
  expect(existsSync(join(repo.dir, '.git', 'prove-hooks', 'config-cache.json'))).toBe(true);
}

function io(argv: readonly string[], env: NodeJS.ProcessEnv = {}): FastPathIo {
  return {
    argv,
    env: { ...repo.env, ...env },
    cwd: repo.dir,
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
  };
}

function writeMessage(text: string): string {
  const path = join(repo.dir, '.git', 'COMMIT_EDITMSG');
  writeFileSync(path, text);
  return path;
}

/** The full CLI run directly (dist/cli-full.cjs: no fast path), as the launcher runs it on a hand-over. */
function runFullCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [join(CLI_PATH, '..', 'cli-full.cjs'), ...args], { cwd: repo.dir, env: { ...repo.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const perfLog = () => join(repo.dir, '.git', 'prove-hooks', 'perf.jsonl');
const perfRecords = () => (existsSync(perfLog()) ? readFileSync(perfLog(), 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { hook: string; outcome: string }) : []);

describe('the message fast path', () => {
  it('decides a good commit message from warm caches and records the hook run', async () => {
    warmCaches();
    const before = perfRecords().length;
    expect(await tryFastMessageCheck(io(['commit-msg', writeMessage(`${GOOD}\n\n# a comment git strips\n`)]))).toEqual({ decided: true, exitCode: 0 });
    expect(out).toBe('');
    expect(perfRecords().slice(before)).toMatchObject([{ hook: 'commit-msg', outcome: 'pass' }]);
  });

  it('uses the cached config (a configured extra type) and git settings (core.commentChar)', async () => {
    repo.gitOk(['config', 'core.commentChar', ';']);
    backdateGitConfig();
    warmCaches();
    expect(await tryFastMessageCheck(io(['commit-msg', writeMessage('docs: explain the hooks [T-2026-11-22-002] [MODE:NF]\n; not part of it\n')]))).toEqual({ decided: true, exitCode: 0 });
    // With `;` as the comment character a `#` line is part of the body: the header still passes.
    expect(await tryFastMessageCheck(io(['commit-msg', writeMessage(`${GOOD}\n\n#123 is fixed\n`)]))).toEqual({ decided: true, exitCode: 0 });
  });

  it('prints check-msg confirmation as the full CLI does', async () => {
    warmCaches();
    const full = runBuiltCli(['check-msg', GOOD], { cwd: repo.dir, env: repo.env });
    expect(await tryFastMessageCheck(io(['check-msg', GOOD]))).toEqual({ decided: true, exitCode: 0 });
    expect(out).toBe(full.stdout);
  });

  it('decides git\'s own merge message (exempt)', async () => {
    warmCaches();
    expect(await tryFastMessageCheck(io(['commit-msg', writeMessage("Merge branch 'topic'\n")]))).toEqual({ decided: true, exitCode: 0 });
  });

  it.each<[string, () => readonly string[], NodeJS.ProcessEnv?]>([
    ['a rejected message', () => ['commit-msg', writeMessage('feat: no tags at all\n')]],
    ['an impossible task-id date', () => ['commit-msg', writeMessage('feat: x [T-2026-02-30-001] [MODE:F]\n')]],
    ['an empty message', () => ['commit-msg', writeMessage('# only a comment\n')]],
    ['a missing message file', () => ['commit-msg', join(repo.dir, '.git', 'NO_SUCH_MSG')]],
    ['PROVE_SKIP=1', () => ['commit-msg', writeMessage(GOOD)], { PROVE_SKIP: '1' }],
    ['HUSKY=0', () => ['commit-msg', writeMessage(GOOD)], { HUSKY: '0' }],
    ['a rejected check-msg', () => ['check-msg', 'feature: add login']],
  ])('decides %s with the exit code and output of the full CLI, and records a hook run once', async (_name, argv, env) => {
    warmCaches();
    const args = argv();
    const before = perfRecords().length;
    const full = runFullCli(args, env);
    const recordedByFull = perfRecords().length - before;
    expect(await tryFastMessageCheck(io(args, env))).toEqual({ decided: true, exitCode: full.status });
    // A saved message's file name holds the clock and the process id; the rest is the same.
    const unstamped = (text: string) => text.replace(/rejected\/[\w.-]+\.txt/g, 'rejected/<file>');
    expect(unstamped(out)).toBe(unstamped(full.stdout));
    expect(err).toBe(full.stderr);
    expect(perfRecords().length - before).toBe(2 * recordedByFull);
  });

  it.each<[string, () => readonly string[], NodeJS.ProcessEnv?]>([
    ['--json', () => ['commit-msg', writeMessage(GOOD), '--json']],
    ['an option instead of a file', () => ['commit-msg', '--help']],
    ['another command', () => ['pre-commit', 'x']],
    ['PROVE_TIMING=1', () => ['commit-msg', writeMessage(GOOD)], { PROVE_TIMING: '1' }],
    ['PROVE_DEBUG=1', () => ['commit-msg', writeMessage(GOOD)], { PROVE_DEBUG: '1' }],
  ])('hands %s to the full CLI, having printed and recorded nothing', async (_name, argv, env) => {
    warmCaches();
    const before = perfRecords().length;
    expect((await tryFastMessageCheck(io(argv(), env))).decided).toBe(false);
    expect(out + err).toBe('');
    expect(perfRecords()).toHaveLength(before);
  });

  it.each<[string, () => void]>([
    ['the config cache is missing', () => rmSync(join(repo.dir, '.git', 'prove-hooks', 'config-cache.json'))],
    ['the config file changed', () => repo.write('.proverc.json', JSON.stringify({ commitMsg: { types: ['feat'] } }))],
    ['a config file appeared nearer', () => repo.write('package.json', JSON.stringify({ name: 'x', prove: { commitMsg: { types: ['fix'] } } }))],
    ['the git settings cache is missing', () => rmSync(join(repo.dir, '.git', 'prove-hooks', 'git-settings.json'))],
    ['git config changed', () => repo.gitOk(['config', 'core.commentChar', ';'])],
    ['the config cache is corrupt', () => writeFileSync(join(repo.dir, '.git', 'prove-hooks', 'config-cache.json'), '{"format":')],
  ])('hands over when %s, having printed and recorded nothing', async (_name, change) => {
    warmCaches();
    change();
    const before = perfRecords().length;
    expect((await tryFastMessageCheck(io(['commit-msg', writeMessage(GOOD)]))).decided).toBe(false);
    expect(out + err).toBe('');
    expect(perfRecords()).toHaveLength(before);
  });

  it('hands over outside a git repository', async () => {
    expect((await tryFastMessageCheck({ ...io(['check-msg', GOOD]), cwd: repo.home })).decided).toBe(false);
  });

  it('takes the git dir the launcher proved and checks in its repository', async () => {
    warmCaches();
    const file = writeMessage(GOOD);
    const gitDir = locateGitDirOfHook(repo.dir, repo.env, file);
    expect(gitDir?.gitDir).toBe(locateRepositoryOfMessageFile(file, repo.dir, repo.env)?.gitDir);
    const before = perfRecords().length;
    expect(await tryFastMessageCheck({ ...io(['commit-msg', file]), ...(gitDir === undefined ? {} : { gitDir }) })).toEqual({ decided: true, exitCode: 0 });
    expect(out + err).toBe('');
    expect(perfRecords()).toHaveLength(before + 1);
  });
});

describe('the bin (dist/cli.cjs) with warm caches', () => {
  it('rejects a bad commit with the report and the saved message', () => {
    warmCaches();
    const result = repo.commit('feature: add login');
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/commit message rejected/);
    expect(result.stdout + result.stderr).toMatch(/git commit --edit --file=/);
    expect(repo.commitCount()).toBe(0);
  });

  it('accepts a good commit and records it once', () => {
    warmCaches();
    const before = perfRecords().filter((r) => r.hook === 'commit-msg').length;
    const result = repo.commit(GOOD);
    expect(result.status, result.stderr).toBe(0);
    expect(repo.headMessage()).toBe(GOOD);
    expect(perfRecords().filter((r) => r.hook === 'commit-msg')).toHaveLength(before + 1);
  });

  it("keeps the fast path's bytecode in the git dir, written by the first commit it decided", () => {
    warmCaches();
    const codeCache = join(repo.dir, '.git', 'prove-hooks', 'code-cache');
    const fastPathCaches = () => (existsSync(codeCache) ? readdirSync(codeCache).filter((name) => name.startsWith('message-fast-path.cjs-commit-msg-')) : []);
    // The first hook run caches git's settings for the hook's own environment (git puts its
    // exec path on PATH), so the full CLI does that run (and caches its own code) and the fast
    // path decides from the second commit on.
    expect(repo.commit(GOOD).status).toBe(0);
    expect(fastPathCaches()).toEqual([]);
    expect(readdirSync(codeCache)).toContainEqual(expect.stringMatching(/^cli-full\.cjs-full-commit-msg-/));
    expect(repo.commit(GOOD).status).toBe(0);
    const cached = fastPathCaches();
    expect(cached).toEqual([expect.stringMatching(/^message-fast-path\.cjs-commit-msg-v\d+\.\d+\.\d+-\w+-[\w.+-]+-\d+-\d+\.bin$/)]);
    expect(repo.commit(GOOD).status).toBe(0);
    expect(fastPathCaches()).toEqual(cached);
    expect(repo.gitOk(['status', '--porcelain'])).toBe('');
  });
});

describe('the fast path against the full check (property)', () => {
  it('decides every message as the full check does: the same exit code and the same report', async () => {
    warmCaches();
    let fullOut = '';
    const sink = { write: (chunk: string) => ((fullOut += chunk), true) } as unknown as NodeJS.WritableStream;
    const full = { cwd: repo.dir, env: repo.env, stdout: sink, stderr: sink, sources: FULL_SOURCES, now: () => new Date(), pid: process.pid };
    // Each part is usually right and sometimes wrong, so both verdicts come up often.
    const mostly = <T,>(right: T[], wrong: T[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...right) }, { weight: 1, arbitrary: fc.constantFrom(...wrong) });
    const good = fc
      .record({
        type: mostly(['feat', 'fix', 'docs', 'chore'], ['Feat', 'feature', '', 'docs ']),
        sep: mostly([': '], [':', ' : ', ':  ']),
        subject: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z ]{0,30}[a-z]$/) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
        date: mostly(['2026-11-22', '2025-02-28', '2024-02-29'], ['2025-02-30', '2023-02-29', '2026-13-01']),
        serial: mostly(['001', '123'], ['1', '0001', 'x01']),
        mode: mostly(['F', 'NF'], ['X', 'f', '']),
        gap: mostly([' '], ['', '  ']),
        tail: mostly(['', '\n', '\n\nbody line\n', '\n# a comment\n'], ['\nno blank line\n', `\n\n${'long '.repeat(30)}\n`, ' trailing text']),
      })
      .map((p) => `${p.type}${p.sep}${p.subject}${p.gap}[T-${p.date}-${p.serial}] [MODE:${p.mode}]${p.tail}`);
    const messages = fc.oneof({ weight: 8, arbitrary: good }, fc.string({ maxLength: 80 }), fc.constantFrom("Merge branch 'x'", 'fixup! feat: x', 'Revert "feat: x"', '-x'));
    const seen = { accepted: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(messages, async (message) => {
        out = '';
        err = '';
        fullOut = '';
        const fast = await tryFastMessageCheck(io(['check-msg', message]));
        const outcome = await runCheckMsg(message, full, { json: false, color: () => false });
        if (isNeedsFullCli(outcome)) throw new Error('the full sources never hand over');
        if (message.startsWith('-')) {
          // An option, not a message: the full CLI's argument parser answers it.
          expect(fast.decided).toBe(false);
          return;
        }
        expect(fast).toEqual({ decided: true, exitCode: outcome.exitCode });
        expect(out + err).toBe(fullOut);
        seen[outcome.exitCode === 0 ? 'accepted' : 'rejected'] += 1;
      }),
      { numRuns: 300 },
    );
    // The property is only as good as its cases: both answers must have come up many times.
    expect(seen.accepted).toBeGreaterThan(30);
    expect(seen.rejected).toBeGreaterThan(30);
  });
});

describe('the prepare-commit-msg fast path against the full hook (property)', () => {
  it('fills, leaves or reports every case as the full hook does: the same exit code, the same file and the same output', async () => {
    warmCaches();
    const head = join(repo.dir, '.git', 'HEAD');
    const fastFile = join(repo.dir, '.git', 'PREPARE_FAST');
    const fullFile = join(repo.dir, '.git', 'PREPARE_FULL');
    const GIT_TEMPLATE = '\n# Please enter the commit message for your changes.\n#\n# On branch x\n';
    // Usually the values that fill the template, sometimes the others, so every answer comes up often.
    const pick = <T,>(usual: T[], other: T[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...other) });
    const cases = fc.record({
      // Mostly a branch with a task id (the template is filled), sometimes one without, or detached.
      head: fc.oneof(
        { weight: 4, arbitrary: fc.tuple(fc.constantFrom('feat', 'fix', 'bugfix', 'docs', 'chore', 'x'), pick(['2026-11-22', '2024-02-29'], ['2025-02-30']), pick(['001', '042'], ['1', 'abc']), fc.stringMatching(/^[a-z-]{0,12}$/)).map(([p, d, n, rest]) => `ref: refs/heads/${p}/T-${d}-${n}${rest === '' ? '' : `-${rest}`}\n`) },
        { weight: 1, arbitrary: fc.constantFrom('ref: refs/heads/main\n', `${'a'.repeat(40)}\n`) },
      ),
      file: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(GIT_TEMPLATE, '', '\n', '# only a comment\n') },
        { weight: 1, arbitrary: fc.constantFrom('feat: already written [T-2026-11-22-002] [MODE:F]\n', 'text\n# comment\n') },
        { weight: 2, arbitrary: fc.constant(null) },
      ),
      source: pick<string[]>([[], [''], ['template']], [['message'], ['merge'], ['squash'], ['commit', 'HEAD']]),
      env: fc.constantFrom<NodeJS.ProcessEnv>({}, {}, {}, { PROVE_SKIP: '1' }),
    });
    const seen = { filled: 0, left: 0, reported: 0 };
    await fc.assert(
      fc.asyncProperty(cases, async ({ head: headText, file, source, env }) => {
        writeFileSync(head, headText);
        for (const path of [fastFile, fullFile]) {
          rmSync(path, { force: true });
          // null: git's file is missing (the hook reports it in one line and exits 0).
          if (file !== null) writeFileSync(path, file);
        }
        out = '';
        err = '';
        let fullErr = '';
        const fast = await tryFastPrepareMessage(io(['prepare-commit-msg', fastFile, ...source], env));
        const full = await runPrepareMessageHook({ cwd: repo.dir, env: { ...repo.env, ...env }, sources: FULL_SOURCES, stderr: { write: (chunk: string) => (fullErr += chunk) } }, [fullFile, ...source]);
        expect(fast).toEqual({ decided: true, exitCode: full });
        const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
        expect(read(fastFile)).toBe(read(fullFile));
        expect(out).toBe('');
        expect(err.replaceAll(fastFile, '<file>')).toBe(fullErr.replaceAll(fullFile, '<file>'));
        seen[fullErr !== '' ? 'reported' : read(fullFile) !== file ? 'filled' : 'left'] += 1;
      }),
      { numRuns: 200 },
    );
    // Each answer must have come up: filled, left as it was, and a problem reported.
    expect(seen.filled).toBeGreaterThan(10);
    expect(seen.left).toBeGreaterThan(20);
    expect(seen.reported).toBeGreaterThan(5);
  });

  it.each<[string, () => void]>([
    ['the config cache is missing', () => rmSync(join(repo.dir, '.git', 'prove-hooks', 'config-cache.json'))],
    ['the git settings cache is missing', () => rmSync(join(repo.dir, '.git', 'prove-hooks', 'git-settings.json'))],
    ['HEAD is a reftable stub only git can read', () => writeFileSync(join(repo.dir, '.git', 'HEAD'), 'ref: refs/heads/.invalid\n')],
  ])('hands over when %s, having written nothing', async (_name, change) => {
    warmCaches();
    writeFileSync(join(repo.dir, '.git', 'HEAD'), 'ref: refs/heads/feat/T-2026-11-22-002-login\n');
    change();
    const file = join(repo.dir, '.git', 'PREPARE_EDITMSG');
    writeFileSync(file, '\n# comment\n');
    expect((await tryFastPrepareMessage(io(['prepare-commit-msg', file]))).decided).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('\n# comment\n');
    expect(out + err).toBe('');
  });
});
