// Where the repository lives: git dir, common dir, work tree. Asked of git, or found on disk
// the way git finds it, so the commit-msg hot path needs no git process for it.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GitError } from '../errors.js';
import type { GitRunner } from './run-git.js';

/** The repository a command runs in. All paths are absolute. */
export interface GitContext {
  /** This work tree's git dir (`.git`, or `.git/worktrees/<name>` in a linked worktree). */
  readonly gitDir: string;
  /** The dir shared by all worktrees (`.git` of the main worktree); equals gitDir outside linked worktrees. */
  readonly commonDir: string;
  /** Root of the work tree, or null in a bare repository or inside the git dir. */
  readonly topLevel: string | null;
  /** True in a worktree made by `git worktree add`. */
  readonly isLinkedWorktree: boolean;
}

/**
 * Asks git for the context of `cwd`. Resolves to null when `cwd` is not in a repository.
 * Throws a {@link GitError} when git is missing or fails for another reason.
 */
export async function readGitContext(runner: GitRunner, cwd: string, env?: NodeJS.ProcessEnv): Promise<GitContext | null> {
  const realCwd = realpathSync(cwd);
  const result = await runner(
    [
      'rev-parse',
      // Relative answers are relative to the real cwd; we resolve them ourselves because
      // --path-format=absolute needs git 2.31.
      '--git-dir',
      '--git-common-dir',
      '--is-inside-work-tree',
      // --show-cdup instead of --show-toplevel: it prints an empty line in a bare repository
      // or inside the git dir instead of failing the whole command.
      '--show-cdup',
    ],
    { cwd: realCwd, ...(env === undefined ? {} : { env }) },
  );
  if (result.status !== 0) {
    if (/not a git repository/i.test(result.stderr)) return null;
    throw new GitError(`git rev-parse failed in ${cwd} (exit ${result.status}): ${result.stderr.trim()}`, {
      hint: 'Run `git status` there to see what git reports.',
    });
  }
  const [gitDirLine = '', commonDirLine = '', insideLine = '', cdupLine = ''] = result.stdout.split('\n');
  const gitDir = resolve(realCwd, gitDirLine);
  const commonDir = resolve(realCwd, commonDirLine);
  return {
    gitDir,
    commonDir,
    topLevel: insideLine === 'true' ? resolve(realCwd, cdupLine) : null,
    isLinkedWorktree: gitDir !== commonDir,
  };
}

/**
 * Finds the repository of `cwd` on disk as git does (GIT_DIR, then a `.git` dir or gitfile in
 * `cwd` or a parent), without running git. Null when none is found. Ignores
 * GIT_CEILING_DIRECTORIES and `core.worktree`; callers that must be exact use {@link readGitContext}.
 */
export function findGitContext(cwd: string, env: NodeJS.ProcessEnv): GitContext | null {
  if (env.GIT_DIR) {
    const gitDir = resolve(cwd, env.GIT_DIR);
    if (!isGitDir(gitDir)) return null;
    // With GIT_DIR set and no GIT_WORK_TREE, git takes the current directory as the top level.
    return contextFor(gitDir, env, env.GIT_WORK_TREE ? resolve(cwd, env.GIT_WORK_TREE) : cwd);
  }
  for (let dir = cwd; ; dir = dirname(dir)) {
    const gitDir = readDotGit(join(dir, '.git'));
    if (gitDir !== null) return contextFor(gitDir, env, env.GIT_WORK_TREE ? resolve(cwd, env.GIT_WORK_TREE) : dir);
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The context of a commit-msg hook run: git passes a file inside the git dir
 * (`.git/COMMIT_EDITMSG`, `.git/MERGE_MSG`, `.git/worktrees/<name>/COMMIT_EDITMSG`), so its folder
 * is the git dir. Falls back to {@link findGitContext} when the file is elsewhere.
 */
export function findGitContextOfMessageFile(messagePath: string, cwd: string, env: NodeJS.ProcessEnv): GitContext | null {
  const folder = dirname(resolve(cwd, messagePath));
  const found = findGitContext(cwd, env);
  if (!isGitDir(folder)) return found;
  return contextFor(folder, env, found?.topLevel ?? null);
}

function contextFor(gitDir: string, env: NodeJS.ProcessEnv, topLevel: string | null): GitContext {
  const commonDir = env.GIT_COMMON_DIR ? resolve(gitDir, env.GIT_COMMON_DIR) : readCommonDir(gitDir);
  return { gitDir, commonDir, topLevel, isLinkedWorktree: commonDir !== gitDir };
}

/** A linked worktree's git dir holds a `commondir` file naming the shared dir (often `../..`). */
function readCommonDir(gitDir: string): string {
  const file = join(gitDir, 'commondir');
  if (!existsSync(file)) return gitDir;
  const target = readFileSync(file, 'utf8').trim();
  return target === '' ? gitDir : resolve(gitDir, target);
}

/** `.git` is either the git dir or a gitfile `gitdir: <path>` (linked worktrees, submodules). */
function readDotGit(path: string): string | null {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return null;
  if (stats.isDirectory()) return isGitDir(path) ? path : null;
  if (!stats.isFile()) return null;
  const match = /^gitdir: (.+)$/m.exec(readFileSync(path, 'utf8'));
  if (match?.[1] === undefined) return null;
  const gitDir = resolve(dirname(path), match[1].trim());
  return isGitDir(gitDir) ? gitDir : null;
}

/**
 * Whether `path` is a git dir, tested as git's is_git_directory() does: a HEAD file that is a
 * symbolic ref (`ref: refs/...`) or an object id, and `objects/` and `refs/` folders (in the
 * common dir, for a linked worktree). A work tree folder that merely holds a file named HEAD
 * is not one, so no state is ever written into it.
 */
function isGitDir(path: string): boolean {
  let head: string;
  try {
    head = readFileSync(join(path, 'HEAD'), 'utf8');
  } catch {
    // Recovered on purpose: no readable HEAD file, no git dir (as git decides).
    return false;
  }
  if (!/^(?:ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\s*$/.test(head)) return false;
  const commonDir = readCommonDir(path);
  return isFolder(join(commonDir, 'objects')) && isFolder(join(commonDir, 'refs'));
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
