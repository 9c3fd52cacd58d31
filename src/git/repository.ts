// The one repository locator: where the git dir, the common dir and the work tree are, found on
// disk the way git finds them, so the launcher, the hooks, the caches and the perf log agree on
// one place without spawning git. (src/git/git-context.ts asks git itself when it must be exact.)
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository a command runs in. All paths are absolute. */
export interface GitContext {
  /** This work tree's git dir (`.git`, or `.git/worktrees/<name>` in a linked worktree). */
  readonly gitDir: string;
  /** The dir shared by all worktrees (`.git` of the main worktree); equals gitDir outside linked worktrees. */
  readonly commonDir: string;
  /** Root of the work tree, or null without one: a bare repository, or a run inside the git dir. */
  readonly topLevel: string | null;
  /** True in a worktree made by `git worktree add`. */
  readonly isLinkedWorktree: boolean;
}

/**
 * Finds the repository of `cwd` on disk as git does: GIT_DIR (with GIT_WORK_TREE or the current
 * folder as the work tree, and GIT_COMMON_DIR), else, from `cwd` up, a `.git` folder or gitfile
 * (linked worktrees, submodules), else the folder itself when it is a git dir (a bare repository,
 * or a hook run inside `.git`: no work tree then). Null when none is found. Ignores
 * GIT_CEILING_DIRECTORIES and `core.worktree`; callers that must be exact ask git
 * (readGitContext). Throws only on an unreadable gitfile or `commondir` file.
 */
export function locateRepository(cwd: string, env: NodeJS.ProcessEnv, proven?: ProvenGitDir): GitContext | null {
  const probeGitDir = (dir: string) => (dir === proven?.gitDir ? proven.kind : probeDir(dir));
  const readDotGit = (path: string) => readDotGitWith(path, probeGitDir);
  const workTree = (dir: string) => (env.GIT_WORK_TREE ? resolve(cwd, env.GIT_WORK_TREE) : dir);
  if (env.GIT_DIR) {
    const gitDir = resolve(cwd, env.GIT_DIR);
    const kind = probeGitDir(gitDir);
    if (kind === undefined) return null;
    // With GIT_DIR set and no GIT_WORK_TREE, git takes the current directory as the top level.
    return contextFor(gitDir, kind, env, workTree(cwd));
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = readDotGit(join(dir, '.git'));
    if (dotGit !== null) return contextFor(dotGit.gitDir, dotGit.kind, env, workTree(dir));
    // A bare repository (or the inside of a `.git` folder): the folder is the git dir itself.
    const kind = probeGitDir(dir);
    if (kind !== undefined) return contextFor(dir, kind, env, env.GIT_WORK_TREE ? workTree(dir) : null);
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The repository of a commit-msg hook run: git passes a file inside the git dir
 * (`.git/COMMIT_EDITMSG`, `.git/MERGE_MSG`, `.git/worktrees/<name>/COMMIT_EDITMSG`), so its folder
 * is the git dir; the work tree is found from `cwd`. Falls back to {@link locateRepository} when
 * the file is elsewhere.
 */
export function locateRepositoryOfMessageFile(messagePath: string, cwd: string, env: NodeJS.ProcessEnv, proven?: ProvenGitDir): GitContext | null {
  const folder = dirname(resolve(cwd, messagePath));
  const found = locateRepository(cwd, env, proven);
  // The usual case first: the folder is the git dir just found, and proven (no stat again).
  if (folder === found?.gitDir) return found;
  const kind = folder === proven?.gitDir ? proven.kind : probeDir(folder);
  return kind === undefined ? found : contextFor(folder, kind, env, found?.topLevel ?? null);
}

/** A git dir the locator has proven, and its kind, handed on so that it is not probed again. */
export interface ProvenGitDir {
  readonly gitDir: string;
  readonly kind: GitDirKind;
}

/**
 * This run's git dir alone, for the launcher's code cache: found only where a hook runs (a
 * message hook's file in the git dir, GIT_DIR, or `cwd/.git` as a folder or a gitfile), each
 * proven as {@link locateRepository} proves it, so it is either the git dir the locator finds or
 * undefined (a run from a subfolder, a message file elsewhere: the code then loads without a
 * cache, and the hook locates the repository itself). Handed to the locator (`proven`), it is
 * not probed again. Never throws: an unreadable gitfile is undefined.
 */
export function locateGitDirOfHook(cwd: string, env: NodeJS.ProcessEnv, messageFile?: string): ProvenGitDir | undefined {
  try {
    if (messageFile !== undefined) {
      const folder = dirname(resolve(cwd, messageFile));
      const kind = probeDir(folder);
      if (kind !== undefined) return { gitDir: folder, kind };
    }
    if (env.GIT_DIR) {
      const gitDir = resolve(cwd, env.GIT_DIR);
      const kind = probeDir(gitDir);
      return kind === undefined ? undefined : { gitDir, kind };
    }
    return readDotGitWith(join(cwd, '.git'), probeDir) ?? undefined;
  } catch {
    // Recovered on purpose: the cache is a shortcut; the hook meets and reports an unreadable gitfile.
    return undefined;
  }
}

/**
 * The repository of a hook run whose git dir the launcher proved ({@link locateGitDirOfHook}):
 * located as the hook would (from its message file for a message hook), without probing that
 * git dir again; undefined without a proven git dir or when it cannot be read (the hook then
 * locates it itself and meets the problem).
 */
export function locateRepositoryOfHook(proven: ProvenGitDir | undefined, cwd: string, env: NodeJS.ProcessEnv, messageFile?: string): GitContext | null | undefined {
  if (proven === undefined) return undefined;
  try {
    return messageFile === undefined ? locateRepository(cwd, env, proven) : locateRepositoryOfMessageFile(messageFile, cwd, env, proven);
  } catch {
    // Recovered on purpose: the hook locates the repository itself and reports what it meets.
    return undefined;
  }
}

/**
 * The git common dir of `cwd` ({@link locateRepository}), or undefined outside a repository or
 * when it cannot be read: for the timing log, which is best effort and must not fail a hook.
 */
export function locateCommonDirForLog(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    return locateRepository(cwd, env)?.commonDir;
  } catch {
    // Recovered on purpose: the run is then not recorded, and the monitor says so.
    return undefined;
  }
}

/**
 * Whether `dir` is a git dir, as git decides it: a `HEAD` file, and either the `objects` and
 * `refs` folders or a `commondir` file (a linked worktree's git dir keeps those in the common
 * dir). A work-tree folder that merely holds a file named HEAD is not one.
 */
export function isGitDir(dir: string): boolean {
  return probeDir(dir) !== undefined;
}

/**
 * What kind of git dir `dir` is ({@link isGitDir}): `linked` when it holds a `commondir` file,
 * `own` when it holds its objects and refs itself, undefined when it is none. Each file is looked
 * at once: the context is built from this answer, not by looking for `commondir` again.
 */
function probeDir(dir: string): GitDirKind | undefined {
  if (kindOf(join(dir, 'HEAD')) !== 'file') return undefined;
  if (kindOf(join(dir, 'commondir')) === 'file') return 'linked';
  return kindOf(join(dir, 'objects')) === 'dir' && kindOf(join(dir, 'refs')) === 'dir' ? 'own' : undefined;
}

/** `linked`: a linked worktree's git dir (a `commondir` file); `own`: it holds its objects and refs. */
export type GitDirKind = 'own' | 'linked';

function contextFor(gitDir: string, kind: GitDirKind, env: NodeJS.ProcessEnv, topLevel: string | null): GitContext {
  const commonDir = env.GIT_COMMON_DIR ? resolve(gitDir, env.GIT_COMMON_DIR) : kind === 'linked' ? readCommonDir(gitDir) : gitDir;
  return { gitDir, commonDir, topLevel, isLinkedWorktree: commonDir !== gitDir };
}

/** A linked worktree's git dir holds a `commondir` file naming the shared dir (often `../..`). */
function readCommonDir(gitDir: string): string {
  const target = readFileSync(join(gitDir, 'commondir'), 'utf8').trim();
  return target === '' ? gitDir : resolve(gitDir, target);
}

/** `.git` is either the git dir or a gitfile `gitdir: <path>` (linked worktrees, submodules). */
function readDotGitWith(path: string, probeGitDir: (dir: string) => GitDirKind | undefined): ProvenGitDir | null {
  const kind = kindOf(path);
  if (kind === 'dir') {
    const own = probeGitDir(path);
    return own === undefined ? null : { gitDir: path, kind: own };
  }
  if (kind !== 'file') return null;
  const match = /^gitdir: (.+)$/m.exec(readFileSync(path, 'utf8'));
  if (match?.[1] === undefined) return null;
  const gitDir = resolve(dirname(path), match[1].trim());
  const target = probeGitDir(gitDir);
  return target === undefined ? null : { gitDir, kind: target };
}

function kindOf(path: string): 'file' | 'dir' | 'other' | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats === undefined ? undefined : stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
}
