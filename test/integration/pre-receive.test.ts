import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_PATH, runBuiltCli } from '../helpers/cli.js';
import { addBareOrigin, flagReposPerTest, ld, REGISTRY } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const GOOD = (subject: string) => `feat: ${subject} [T-2026-11-22-003] [MODE:F]`;
const flagRepo = flagReposPerTest();
const tempRepo = tempReposPerTest();

interface Server {
  readonly repo: TempRepo;
  /** The bare repository. */
  readonly bare: string;
  /** Where the hook script records the environment git gave it. */
  readonly envLog: string;
}

/** Installs the built CLI as the bare repository's hooks/pre-receive (as a server admin would: a script). */
function installPreReceive(bare: string, envLog: string, args = ''): void {
  const hook = join(bare, 'hooks', 'pre-receive');
  writeFileSync(hook, `#!/bin/sh\nenv | grep '^GIT_' >> '${envLog}'\nexec "${process.execPath}" "${CLI_PATH}" pre-receive ${args}\n`);
  chmodSync(hook, 0o755);
}

/** A clone (a flag repo with main committed) and a bare server repository, main pushed before the hook is installed. */
function withServer(options: { initArgs?: readonly string[]; hookArgs?: string; config?: Record<string, unknown> } = {}): Server {
  const repo = options.initArgs === undefined ? flagRepo(options.config) : createSha256Repo(options.initArgs);
  const bare = addBareOrigin(repo, { name: 'server.git', ...(options.initArgs === undefined ? {} : { initArgs: options.initArgs }) });
  const envLog = join(repo.home, '..', 'hook-env.log');
  installPreReceive(bare, envLog, options.hookArgs);
  return { repo, bare, envLog };
}

function createSha256Repo(initArgs: readonly string[]): TempRepo {
  const repo = tempRepo({ initArgs });
  repo.write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`);
  repo.write('.proverc.json', `${JSON.stringify({ flags: { presets: ['launchdarkly'] } }, null, 2)}\n`);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', 'chore: init [T-2026-11-22-003] [MODE:NF]']);
  repo.gitOk(['branch', '-M', 'main']);
  return repo;
}

function commit(repo: TempRepo, path: string, content: string, message = GOOD(path)): string {
  repo.write(path, content);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', message, '--no-verify']);
  return repo.gitOk(['rev-parse', 'HEAD']).trim();
}

const serverRef = (server: Server, ref: string): string => server.repo.git(['--git-dir', server.bare, 'rev-parse', '--verify', '-q', ref]).stdout.trim();

describe('pre-receive in a bare repository, through real git push', () => {
  it('accepts a good push and refuses a bad commit message with text git relays as remote:', () => {
    const server = withServer();
    const { repo } = server;
    const good = commit(repo, 'a.ts', 'x\n');
    expect(repo.git(['push', '-q', 'origin', 'main']).status).toBe(0);
    expect(serverRef(server, 'main')).toBe(good);
    commit(repo, 'b.ts', 'y\n', 'did some stuff');
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/remote: prove-hooks: 1 pushed commit message breaks the convention/);
    expect(refused.stderr).toMatch(/remote: .*did some stuff/);
    expect(refused.stderr).toContain('pre-receive hook declined');
    // A server cannot be skipped from the pusher's side: no PROVE_SKIP advice.
    expect(refused.stderr).not.toContain('PROVE_SKIP');
    expect(serverRef(server, 'main')).toBe(good);
  });

  it.each(['PROVE_SKIP=1', 'HUSKY=0'])('a push to a path with %s in the environment of the pusher is still checked by the server', (setting) => {
    const server = withServer();
    const { repo } = server;
    const good = serverRef(server, 'main');
    commit(repo, 'b.ts', 'y\n', 'did some stuff');
    // origin is a path: git runs the server's receive-pack, and its hook, with this environment.
    const [name, value] = setting.split('=') as [string, string];
    const refused = repo.git(['push', 'origin', 'main'], { env: { ...repo.env, [name]: value } });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/remote: prove-hooks: 1 pushed commit message breaks the convention/);
    expect(refused.stderr).toContain(`${name === 'HUSKY' ? 'HUSKY=0' : 'PROVE_SKIP'} is set but pre-receive checks all the same`);
    expect(serverRef(server, 'main')).toBe(good);
  });

  it('a pushed refs/replace ref cannot show the server a clean blob or a good message in place of the pushed one', () => {
    const server = withServer();
    const { repo } = server;
    const good = serverRef(server, 'main');
    // First push: refs/replace/<blob with an unknown flag> -> a clean blob (the server keeps the ref).
    const hidden = repo.gitOk(['hash-object', '-w', '--stdin'], { input: `${ld('replaced-away')}\n` }).trim();
    const clean = repo.gitOk(['hash-object', '-w', '--stdin'], { input: 'const clean = 1;\n' }).trim();
    repo.gitOk(['replace', '-f', hidden, clean]);
    repo.git(['push', '-q', 'origin', `refs/replace/${hidden}`]);
    const tip = commit(repo, 'a.js', `${ld('replaced-away')}\n`);
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status, refused.stderr).not.toBe(0);
    expect(refused.stderr).toContain("unknown flag 'replaced-away'");
    expect(serverRef(server, 'main')).toBe(good);
    // A bad message replaced by a good commit's, pushed first the same way.
    repo.gitOk(['reset', '-q', '--hard', good]);
    const bad = commit(repo, 'b.txt', 'x\n', 'did some stuff');
    const decoy = repo.gitOk(['commit-tree', '-p', good, '-m', GOOD('decoy'), `${bad}^{tree}`]).trim();
    repo.gitOk(['replace', '-f', bad, decoy]);
    repo.git(['push', '-q', 'origin', `refs/replace/${bad}`]);
    const second = repo.git(['push', 'origin', 'main']);
    expect(second.status, second.stderr).not.toBe(0);
    expect(second.stderr).toMatch(/remote: .*did some stuff/);
    expect(tip).not.toBe(bad);
  });

  it('refuses a pushed unknown flag, judged by the registry committed at the pushed tip', () => {
    const server = withServer();
    const { repo } = server;
    commit(repo, 'a.ts', `${ld('pushed-unknown')}\n`);
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/remote: .*unknown flag 'pushed-unknown'/);
    // The same push with the flag added to the registry in it passes.
    repo.write('flags.json', `${JSON.stringify({ flags: [...REGISTRY.flags, { key: 'pushed-unknown', status: 'active' }] }, null, 2)}\n`);
    commit(repo, 'flags.json', readFileSync(join(repo.dir, 'flags.json'), 'utf8'), GOOD('register the flag'));
    expect(repo.git(['push', 'origin', 'main']).status).toBe(0);
  });

  it('tells the pusher once when a pushed change is too large for the context', () => {
    const server = withServer();
    const { repo } = server;
    // Over 8 MiB of diff (five new files of 2.06 MiB of diff) before the modified z.ts (git orders
    // files by path): all but the first are judged line by line, and the pusher is told so.
    commit(repo, 'z.ts', 'export {};\n');
    repo.gitOk(['push', '-q', 'origin', 'main']);
    const filler = `export const pad = [\n${'  1,\n'.repeat(360_000)}];\n`;
    for (let k = 0; k < 5; k++) repo.write(`src/f${k}.ts`, filler);
    commit(repo, 'z.ts', `${ld('pushed-unknown')}\n`);
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/remote: .*unknown flag 'pushed-unknown'/);
    expect(refused.stderr.match(/too large to read all its files whole: the flag references of 5 changed files were judged/g)).toHaveLength(1);
  }, 60_000);

  it('lets a deletion through without checking anything', () => {
    const server = withServer();
    const { repo } = server;
    commit(repo, 'a.ts', 'x\n');
    repo.gitOk(['push', '-q', 'origin', 'main:refs/heads/doomed']);
    const deleted = repo.git(['push', 'origin', '--delete', 'doomed']);
    expect(deleted.status).toBe(0);
    expect(serverRef(server, 'refs/heads/doomed')).toBe('');
  });

  it('checks on a new branch only the commits no existing ref reaches', () => {
    const server = withServer();
    const { repo } = server;
    // A bad commit already on the server (pushed before the hook existed): not the new branch's concern.
    commit(repo, 'old.ts', 'o\n', 'old sloppy message');
    const hook = join(server.bare, 'hooks', 'pre-receive');
    renameSync(hook, `${hook}.off`);
    repo.gitOk(['push', '-q', 'origin', 'main']);
    renameSync(`${hook}.off`, hook);
    repo.gitOk(['checkout', '-q', '-b', 'topic']);
    commit(repo, 'good.ts', 'g\n');
    expect(repo.git(['push', 'origin', 'topic']).status).toBe(0);
    commit(repo, 'bad.ts', 'b\n', 'new sloppy message');
    const refused = repo.git(['push', 'origin', 'topic:refs/heads/other']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('new sloppy message');
    expect(refused.stderr).not.toContain('old sloppy message');
    expect(refused.stderr).toMatch(/1 pushed commit message breaks/);
  });

  it('checks the commits a tag brings (annotated or lightweight), not the annotation itself', () => {
    const server = withServer();
    const { repo } = server;
    const tagged = commit(repo, 'rel.ts', 'r\n', 'release stuff');
    repo.gitOk(['tag', '-a', '-m', 'v1 annotation, free text', 'v1']);
    const annotated = repo.git(['push', 'origin', 'v1']);
    expect(annotated.status).not.toBe(0);
    expect(annotated.stderr).toContain('release stuff');
    repo.gitOk(['tag', 'light', tagged]);
    expect(repo.git(['push', 'origin', 'light']).status).not.toBe(0);
    // A tag of a commit the server has: nothing new, and an annotation is not a commit message.
    repo.gitOk(['tag', '-a', '-m', 'wip', 'v0', 'HEAD~1']);
    repo.gitOk(['tag', 'light0', 'HEAD~1']);
    expect(repo.git(['push', 'origin', 'v0', 'light0']).status).toBe(0);
  });

  it('checks the new commits of a force push, and accepts a good rewrite', () => {
    const server = withServer();
    const { repo } = server;
    commit(repo, 'a.ts', 'x\n');
    repo.gitOk(['push', '-q', 'origin', 'main']);
    repo.gitOk(['reset', '-q', '--hard', 'HEAD~1']);
    commit(repo, 'b.ts', 'y\n', 'rewritten sloppily');
    const refused = repo.git(['push', '--force', 'origin', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('rewritten sloppily');
    repo.gitOk(['commit', '-q', '--amend', '-m', GOOD('rewritten well'), '--no-verify']);
    expect(repo.git(['push', '--force', 'origin', 'main']).status).toBe(0);
    expect(serverRef(server, 'main')).toBe(repo.gitOk(['rev-parse', 'HEAD']).trim());
  });

  it('checks many refs in one push, each commit once', () => {
    const server = withServer();
    const { repo } = server;
    commit(repo, 'shared.ts', 's\n', 'shared sloppy');
    repo.gitOk(['branch', 'one']);
    repo.gitOk(['branch', 'two']);
    repo.gitOk(['checkout', '-q', 'two']);
    commit(repo, 'two.ts', 't\n');
    const refused = repo.git(['push', 'origin', 'one', 'two', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr.match(/[0-9a-f]{12} shared sloppy/g)).toHaveLength(1);
    expect(refused.stderr).toMatch(/1 pushed commit message breaks/);
    expect(refused.stderr.match(/\[remote rejected\]/g)).toHaveLength(3);
  });

  it('works in a SHA-256 repository', () => {
    const server = withServer({ initArgs: ['--object-format=sha256'] });
    const { repo } = server;
    const good = commit(repo, 'a.ts', `${ld('new-checkout')}\n`);
    expect(good).toHaveLength(64);
    expect(repo.git(['push', 'origin', 'main']).status).toBe(0);
    commit(repo, 'b.ts', `${ld('sha256-unknown')}\n`, 'sloppy in sha256');
    const refused = repo.git(['push', 'origin', 'main', 'main:refs/heads/fresh']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('sloppy in sha256');
    expect(refused.stderr).toContain("unknown flag 'sha256-unknown'");
    expect(refused.stderr).toMatch(/1 pushed commit message breaks/);
  });

  it('reads the pushed commits through git quarantine, which a refused push leaves behind', () => {
    const server = withServer();
    const { repo } = server;
    const refusedCommit = commit(repo, 'q.ts', 'q\n', 'only in quarantine');
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).toBe(1);
    // The message was read while the objects were only in the quarantine directory.
    expect(refused.stderr).toContain('only in quarantine');
    expect(readFileSync(server.envLog, 'utf8')).toMatch(/^GIT_QUARANTINE_PATH=/m);
    expect(server.repo.git(['--git-dir', server.bare, 'cat-file', '-e', refusedCommit]).status).not.toBe(0);
  });

  it('a server config given by --config overrides the config pushed in the same push', () => {
    const server = withServer();
    const { repo } = server;
    const serverConfig = join(repo.home, 'server-proverc.json');
    writeFileSync(serverConfig, JSON.stringify({ flags: { presets: ['launchdarkly'] } }));
    // The pusher turns the flag check off in the same push that adds an unknown flag.
    repo.write('.proverc.json', JSON.stringify({ flags: { enabled: false } }));
    commit(repo, 'a.ts', `${ld('sneaky-flag')}\n`, GOOD('turn the check off'));
    expect(repo.git(['push', '--dry-run', 'origin', 'main']).status).toBe(0);
    installPreReceive(server.bare, server.envLog, `--config '${serverConfig}'`);
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("unknown flag 'sneaky-flag'");
    // Without the option, the pushed config rules.
    installPreReceive(server.bare, server.envLog);
    expect(repo.git(['push', 'origin', 'main']).status).toBe(0);
  });

  it('refuses the push when the server config is invalid (exit 3), and writes no state but the timing log', () => {
    const server = withServer();
    const { repo } = server;
    const bad = join(repo.home, 'bad.json');
    writeFileSync(bad, '{"flags": {"enabled": "yes"}}');
    installPreReceive(server.bare, server.envLog, `--config '${bad}'`);
    commit(repo, 'a.ts', 'x\n');
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/remote: .*bad\.json/);
    installPreReceive(server.bare, server.envLog);
    expect(repo.git(['push', 'origin', 'main']).status).toBe(0);
    const state = join(server.bare, 'prove-hooks');
    const files = existsSync(state) ? readdirSync(state).filter((name) => !/^perf(\.jsonl(\.lock)?|-baselines\.json)$/.test(name)) : [];
    expect(files).toEqual([]);
    expect(existsSync(join(state, 'perf.jsonl'))).toBe(true);
    // The server's admin reads the hook's timing with `prove-hooks perf` in the bare repository.
    const perf = runBuiltCli(['perf', '--hook', 'pre-receive', '--json'], { cwd: server.bare, env: repo.env });
    expect(perf.status).toBe(0);
    expect((JSON.parse(perf.stdout) as { hooks: { hook: string }[] }).hooks.map((hook) => hook.hook)).toEqual(['pre-receive']);
  });

  it('pushed links cannot point the check at server files or turn it off', () => {
    const server = withServer();
    const { repo } = server;
    // The registry the config names, pushed as a link to a file of the server.
    repo.gitOk(['rm', '-q', 'flags.json']);
    symlinkSync('/etc/passwd', join(repo.dir, 'flags.json'));
    commit(repo, 'a.ts', `${ld('new-checkout')}\n`);
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('flags.json is not a file in the pushed commit');
    expect(refused.stderr).not.toMatch(/root:/);
    // A config pushed as a link is refused, naming it (the defaults in its place would weaken a
    // team's config in silence).
    repo.gitOk(['reset', '-q', '--hard', 'origin/main']);
    repo.gitOk(['rm', '-q', '.proverc.json']);
    symlinkSync('/dev/null', join(repo.dir, '.proverc.json'));
    commit(repo, 'b.ts', `${ld('linked-away')}\n`);
    const still = repo.git(['push', 'origin', 'main']);
    expect(still.status).not.toBe(0);
    expect(still.stderr).toMatch(/the config file \.proverc\.json at [0-9a-f]{12} is a symbolic link/);
  });

  it('fails closed when the pushed tip lacks the configured registry', () => {
    const server = withServer();
    const { repo } = server;
    repo.gitOk(['rm', '-q', 'flags.json']);
    commit(repo, 'a.ts', `${ld('new-checkout')}\n`);
    const refused = repo.git(['push', 'origin', 'main']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/remote: .*flags\.json is not a file in the pushed commit/);
  });
});

describe('prove-hooks pre-receive run by hand', () => {
  it('exits 2 on input that is not git pre-receive input', () => {
    const repo = tempRepo({ bare: true });
    const result = runBuiltCli(['pre-receive'], { cwd: repo.dir, env: repo.env, input: 'not a ref update\n' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('stdin line 1 is not a ref update');
  });

  it('exits 0 on empty input and 4 when a pushed object is missing', () => {
    const repo = tempRepo({ bare: true });
    mkdirSync(join(repo.dir, 'refs', 'heads'), { recursive: true });
    expect(runBuiltCli(['pre-receive'], { cwd: repo.dir, env: repo.env, input: '' }).status).toBe(0);
    const missing = runBuiltCli(['pre-receive'], { cwd: repo.dir, env: repo.env, input: `${'0'.repeat(40)} ${'1'.repeat(40)} refs/heads/main\n` });
    expect(missing.status).toBe(4);
    expect(missing.stderr).toContain('is not in this repository');
  });
});
