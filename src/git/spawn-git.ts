// Starts git with node's execFile: kept in its own module so that node:child_process is loaded
// (by run-git.ts, on first use) only by runs that start git at all.
import { execFile } from 'node:child_process';

/** Output larger than this is a bug in the caller (we only read small values). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** What execFile reported: a numeric exit code, or the error that kept git from running. */
export type SpawnOutcome =
  | { readonly kind: 'exited'; readonly status: number; readonly stdout: string; readonly stderr: string }
  | { readonly kind: 'failed'; readonly error: Error };

/** Runs `executable args` (an argument array, never a shell) in `cwd` with `env`. Never rejects. */
export function spawnGit(executable: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<SpawnOutcome> {
  return new Promise((resolve) => {
    execFile(executable, [...args], { cwd, env, encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true }, (error, stdout, stderr) => {
      if (error === null) resolve({ kind: 'exited', status: 0, stdout, stderr });
      else if (typeof (error as NodeJS.ErrnoException).code === 'number') resolve({ kind: 'exited', status: (error as unknown as { code: number }).code, stdout, stderr });
      else resolve({ kind: 'failed', error });
    });
  });
}
