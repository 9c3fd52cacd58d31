// Why git could not be started, as a GitError with a hint: shared by every module that spawns
// git (spawn-git.ts, spool-git.ts, blob-batch.ts), and importing nothing of theirs.
import { existsSync } from 'node:fs';
import { GitError } from '../errors.js';

/** True for the GitError of a run whose output passed the most it reads whole ({@link spawnFailure}'s `maxBytes`). */
export function isOutputTooLarge(error: unknown): boolean {
  // The cause's code, not instanceof: a GitError made by another bundle is one too.
  return ((error as { cause?: NodeJS.ErrnoException } | undefined)?.cause?.code ?? '') === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
}

/** A GitError that says why git could not be started, or (`maxBytes`) why its run was stopped. */
export function spawnFailure(executable: string, args: readonly string[], cwd: string, error: Error, maxBytes?: number): GitError {
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
  if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    const limit = maxBytes === undefined ? 'its limit' : maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MiB` : `${maxBytes} bytes`;
    return new GitError(`git ${args.find((arg) => !arg.startsWith('-')) ?? ''} printed more than prove-hooks reads whole (${limit}) in ${cwd}`, {
      hint: `Run \`git ${args.join(' ')}\` to see what git prints; if your repository legitimately holds that much, please report it.`,
      cause: error,
    });
  }
  return new GitError(`running git ${args[0] ?? ''} in ${cwd} failed: ${error.message}`, { cause: error });
}
