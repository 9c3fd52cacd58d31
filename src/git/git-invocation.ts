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
  /**
   * The most stdout read whole (bytes; {@link DEFAULT_MAX_OUTPUT_BYTES} when omitted): past it git
   * is stopped and the run rejects with a GitError saying so ({@link isOutputTooLarge}).
   */
  readonly maxOutputBytes?: number;
}

/** The most a git run's stdout is read whole unless the caller says otherwise: a file (a config, a registry) or a short answer. */
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/**
 * The most a listing of every file (`ls-files`, `ls-tree -r`, `grep -l`) is read whole: a big
 * repository's listing legitimately passes 64 MiB (about 600,000 files), and a JavaScript string
 * holds at most 2^29 - 24 characters, so this is below that.
 */
export const MAX_LISTING_BYTES = 500 * 1024 * 1024;


/**
 * The environment every git run gets: the caller's (the process's when omitted) with
 * GIT_NO_REPLACE_OBJECTS=1. Without it a pushed `refs/replace/<id>` ref would make git show
 * another object in the pushed one's place: a clean blob for a file that adds an unknown flag, a
 * good message for a bad commit, and the check would pass what it never saw. The global pathspec
 * switches are dropped: the calls say how their paths are read (`--literal-pathspecs`, `:(top)`),
 * and GIT_ICASE_PATHSPECS=1 in a shell made every diff fail, GIT_LITERAL_PATHSPECS=1 made `:(top)`
 * a file name.
 */
export function gitEnvironment(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  // GIT_CONFIG (a file the `git config` command alone reads in place of the repository's) is
  // dropped too: git commit strips comments by the repository's settings, and `git config
  // core.commentChar` read from another file let a line git keeps pass as a comment.
  const { GIT_LITERAL_PATHSPECS: _literal, GIT_GLOB_PATHSPECS: _glob, GIT_NOGLOB_PATHSPECS: _noglob, GIT_ICASE_PATHSPECS: _icase, GIT_CONFIG: _config, ...rest } = env ?? process.env;
  return { ...rest, GIT_NO_REPLACE_OBJECTS: '1' };
}
