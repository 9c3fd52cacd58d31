// The one place that spawns git: an injectable runner (argument arrays, never a shell), and a
// streaming variant for output too large to buffer (the diffs the flag check scans).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureStateDir } from '../cache/state-dir.js';
import { GitError } from '../errors.js';
import { findGitContext } from './git-context.js';
import { checkGitVersion } from './git-version.js';

/** What a git run produced. A non-zero `status` is a value, not an exception. */
export interface GitRunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface GitRunOptions {
  /** Directory git runs in (it discovers the repository from here). */
  readonly cwd: string;
  /** Full environment for git; the caller's environment when omitted. */
  readonly env?: NodeJS.ProcessEnv;
  /** Text for git's stdin (e.g. `cat-file --batch-check`); stdin is closed when omitted. */
  readonly input?: string;
}

/**
 * Runs `git <args>` and resolves with its exit status and output. Rejects only when git could
 * not be run at all (not on PATH, not executable): a {@link GitError}.
 */
export type GitRunner = (args: readonly string[], options: GitRunOptions) => Promise<GitRunResult>;

/** Output larger than this is a bug in the caller (we only read small values). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/**
 * The real runner: node's `execFile` (no shell, so no quoting issues and no injection). Before
 * its first git command it checks that git is new enough ({@link checkGitVersion}: remembered in
 * the repository's state dir, so usually one stat); a too-old git rejects every call.
 */
export function createGitRunner(executable = 'git'): GitRunner {
  let versionChecked: Promise<void> | undefined;
  const run = (args: readonly string[], options: GitRunOptions): Promise<GitRunResult> =>
    new Promise((resolve, reject) => {
      const child = execFile(
        executable,
        [...args],
        { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true },
        (error, stdout, stderr) => {
          if (error === null) {
            resolve({ status: 0, stdout, stderr });
            return;
          }
          const code = (error as NodeJS.ErrnoException).code;
          if (typeof code === 'number') {
            resolve({ status: code, stdout, stderr });
            return;
          }
          reject(spawnFailure(executable, args, options.cwd, error));
        },
      );
      // Closed even without input, so a git that reads stdin never waits for it.
      child.stdin?.on('error', () => {
        // git exited without reading its input (EPIPE): its exit status says what happened.
      });
      child.stdin?.end(options.input ?? '');
    });
  return async (args, options) => {
    versionChecked ??= checkGitVersion({
      executable,
      env: options.env ?? process.env,
      cwd: options.cwd,
      stampFile: findVersionStampFile(options.cwd, options.env ?? process.env),
      readVersionOutput: () => run(['--version'], options),
    });
    await versionChecked;
    return run(args, options);
  };
}

/** `<common dir>/prove-hooks/git-version.json`, or undefined outside a repository or when the state dir is unusable. */
function findVersionStampFile(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const context = findGitContext(cwd, env);
    return context === null ? undefined : join(ensureStateDir(context.commonDir), 'git-version.json');
  } catch {
    // Recovered on purpose: without a place to remember the check, it runs every time.
    return undefined;
  }
}

function spawnFailure(executable: string, args: readonly string[], cwd: string, error: Error): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  // Node reports a missing working directory as ENOENT too; tell the two apart.
  if (code === 'ENOENT' && !existsSync(cwd)) {
    return new GitError(`cannot run git in ${cwd}: the directory does not exist`, { cause: error });
  }
  if (code === 'ENOENT') {
    return new GitError(`git was not found on PATH (tried to run \`${executable} ${args[0] ?? ''}\`)`, {
      hint: 'Install git and make sure `git --version` works in this shell.',
      cause: error,
    });
  }
  if (code === 'EACCES') {
    return new GitError(`git could not be executed (${executable}: permission denied)`, {
      hint: 'Check that the git on PATH is executable: `git --version`.',
      cause: error,
    });
  }
  return new GitError(`running git ${args[0] ?? ''} in ${cwd} failed: ${error.message}`, { cause: error });
}

/** Runs git and returns stdout; a non-zero exit becomes a {@link GitError} quoting git's stderr. */
export async function runGitOk(runner: GitRunner, args: readonly string[], options: GitRunOptions): Promise<string> {
  const result = await runner(args, options);
  if (result.status !== 0) {
    throw new GitError(`git ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim() || 'no message'}`, {
      hint: `Run the same command in ${options.cwd} to see what git says.`,
    });
  }
  return result.stdout;
}

/** Bytes of a streamed git run's stderr kept for its error message. */
const MAX_STDERR_BYTES = 64 * 1024;

/**
 * Runs `git <args>` and hands its stdout to `onChunk` as it arrives (never buffered whole), so
 * the caller works while git is still writing. Resolves with the byte count when git exits 0.
 * Rejects with a {@link GitError} quoting git's stderr when git fails or cannot be run; when
 * `onChunk` throws, git is killed and the promise rejects with that error.
 */
export function streamGit(args: readonly string[], options: GitRunOptions, onChunk: (chunk: Buffer) => void): Promise<{ readonly bytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let bytes = 0;
    let failure: unknown;
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return;
      bytes += chunk.length;
      try {
        onChunk(chunk);
      } catch (error) {
        failure = error;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderrBytes >= MAX_STDERR_BYTES) return;
      stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    child.on('error', (error) => {
      failure ??= spawnFailure('git', args, options.cwd, error);
    });
    child.on('close', (code, signal) => {
      if (failure !== undefined) reject(failure);
      else if (code === 0) resolve({ bytes });
      else {
        const message = Buffer.concat(stderr).toString('utf8').trim() || (signal ? `killed by ${signal}` : 'no message');
        reject(
          new GitError(`git ${args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? ''} failed (exit ${code ?? signal}): ${message}`, {
            hint: `Run \`git ${args.join(' ')}\` in ${options.cwd} to see what git says.`,
          }),
        );
      }
    });
  });
}
