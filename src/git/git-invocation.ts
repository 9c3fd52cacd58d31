// What one git run is given and gives back: shared by the runner (run-git.ts) and the modules
// that start the processes (spawn-git.ts, spool-git.ts), which run-git.ts loads lazily.

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
