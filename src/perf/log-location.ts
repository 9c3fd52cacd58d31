// Where the per-clone timing state lives: the git common dir, found by reading `.git` files the
// way git itself does, so a hook does not pay for spawning git just to record its timing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Folder inside the git common dir for prove-hooks' own state (never committed: it is in .git). */
export const STATE_DIR_NAME = 'prove-hooks';
export const RUN_LOG_NAME = 'perf.jsonl';

export interface RunLogPaths {
  readonly dir: string;
  readonly log: string;
  readonly lock: string;
  /** The precomputed usual times (src/perf/baseline-cache.ts), derived from the log. */
  readonly baselines: string;
}

/** The log and lock paths for a git common dir. */
export function runLogPaths(gitCommonDir: string): RunLogPaths {
  const dir = join(gitCommonDir, STATE_DIR_NAME);
  return { dir, log: join(dir, RUN_LOG_NAME), lock: join(dir, `${RUN_LOG_NAME}.lock`), baselines: join(dir, 'perf-baselines.json') };
}

/**
 * The git common dir for `cwd` (shared by all worktrees of a clone), or undefined outside a
 * repository. Honours GIT_COMMON_DIR and GIT_DIR as git does; otherwise walks up to `.git`,
 * follows a `gitdir:` file (worktrees, submodules) and then the git dir's `commondir` file.
 */
export function findGitCommonDir(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GIT_COMMON_DIR) return resolve(cwd, env.GIT_COMMON_DIR);
  const gitDir = env.GIT_DIR ? resolve(cwd, env.GIT_DIR) : findGitDir(cwd);
  if (gitDir === undefined) return undefined;
  const commondirFile = join(gitDir, 'commondir');
  if (!existsSync(commondirFile)) return gitDir;
  const target = readFileSync(commondirFile, 'utf8').trim();
  return isAbsolute(target) ? target : resolve(gitDir, target);
}

function findGitDir(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const dotGit = join(dir, '.git');
    const kind = entryKind(dotGit);
    if (kind === 'dir') return dotGit;
    if (kind === 'file') {
      const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
      if (match?.[1] !== undefined) return resolve(dir, match[1]);
    }
    // A bare repository, or a hook running with the git dir as its working directory.
    if (entryKind(join(dir, 'HEAD')) === 'file' && entryKind(join(dir, 'objects')) === 'dir') return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function entryKind(path: string): 'dir' | 'file' | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return undefined;
  return stats.isDirectory() ? 'dir' : 'file';
}
