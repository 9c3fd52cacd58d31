// Real git repositories in temporary directories, isolated from the user's own git config.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Environment that isolates git from the machine's global and system config. */
export function isolatedGitEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('GIT_') || key === 'HUSKY' || key.startsWith('PROVE_')) delete env[key];
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_EDITOR: 'true',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

export interface GitResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TempRepo {
  /** The work tree. */
  readonly dir: string;
  /** A private HOME for this repo's git and npm runs. */
  readonly home: string;
  readonly env: NodeJS.ProcessEnv;
  /** Runs git in the work tree; never throws. */
  git(args: readonly string[], options?: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string }): GitResult;
  /** Runs git and throws with its stderr when it fails. */
  gitOk(args: readonly string[], options?: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string }): string;
  /** Writes a file (creating folders) relative to the work tree. */
  write(path: string, content: string | Uint8Array): void;
  /** Deletes the temporary directory. */
  cleanup(): void;
}

/** Every temporary folder made here and not yet cleaned up (removeOpenRepos). */
const openRoots = new Set<string>();

/**
 * Removes the folders of every repository not cleaned up yet: run after each test file
 * (test/helpers/close-temp-repos.ts, a vitest setup file), so a test that forgets `cleanup()`, or
 * throws before it, leaves nothing in the temporary folder.
 */
export function removeOpenRepos(): void {
  for (const root of openRoots) rmSync(root, { recursive: true, force: true });
  openRoots.clear();
}

/** Creates `git init` in a fresh temporary directory with an isolated HOME. */
export function createTempRepo(options: { initArgs?: readonly string[]; bare?: boolean } = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'prove-hooks-test-'));
  openRoots.add(root);
  const home = join(root, 'home');
  const dir = join(root, 'repo');
  mkdirSync(home, { recursive: true });
  mkdirSync(dir, { recursive: true });
  const env = isolatedGitEnv(home);
  const git = (args: readonly string[], opts: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): GitResult => {
    const result = spawnSync('git', [...args], {
      cwd: opts.cwd ?? dir,
      env: { ...env, ...opts.env },
      input: opts.input ?? '',
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const gitOk = (args: readonly string[], opts?: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string }): string => {
    const result = git(args, opts);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  };
  gitOk(['init', '-q', '-b', 'main', ...(options.bare ? ['--bare'] : []), ...(options.initArgs ?? [])]);
  return {
    dir,
    home,
    env,
    git,
    gitOk,
    write(path, content) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
      openRoots.delete(root);
    },
  };
}
