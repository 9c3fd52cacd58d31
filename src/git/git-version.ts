// The oldest git prove-hooks supports, and the check that the git on PATH is at least that old:
// `git --version` once per git executable, remembered in the git common dir so hooks skip it.
import { readFileSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { writeStateFile } from '../state-dir.js';
import { GitError } from '../errors.js';

/**
 * The oldest git prove-hooks runs with. 2.25 is the oldest release with everything the hooks
 * use: `core.hooksPath` (2.9, husky's install), `--end-of-options` (2.24, user-controlled refs
 * can never be read as options), `git sparse-checkout` work trees (2.25), and linked worktrees
 * with per-worktree config. Tested continuously against newer releases only.
 */
export const MIN_GIT_VERSION = '2.25.0';

/** A git release as three numbers. */
export type GitVersion = readonly [major: number, minor: number, patch: number];

/**
 * Reads the version from `git --version` output: `git version 2.39.5`, `git version
 * 2.39.5.windows.1`, `git version 2.37.1 (Apple Git-137.1)`. Undefined when there is none.
 */
export function parseGitVersion(output: string): GitVersion | undefined {
  const match = /^git version (\d+)\.(\d+)(?:\.(\d+))?/m.exec(output);
  if (match === null) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Whether `version` is `minimum` or newer. */
export function isGitVersionAtLeast(version: GitVersion, minimum: GitVersion): boolean {
  for (let i = 0; i < 3; i++) {
    if (version[i]! !== minimum[i]!) return version[i]! > minimum[i]!;
  }
  return true;
}

/** `2.25.0` as numbers. */
export function toGitVersion(text: string): GitVersion {
  const parsed = parseGitVersion(`git version ${text}`);
  if (parsed === undefined) throw new TypeError(`not a git version: ${text}`);
  return parsed;
}

/** The path `execFile(name)` would run: the first executable `name` on PATH (or `name` itself when it has a slash). */
export function findExecutableOnPath(name: string, env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  if (name.includes('/')) return isAbsolute(name) ? name : resolve(cwd, name);
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(resolve(cwd, dir), name);
    const stats = statSync(candidate, { throwIfNoEntry: false });
    // Any execute bit: the exact permission check is the kernel's, at spawn time.
    if (stats?.isFile() === true && (stats.mode & 0o111) !== 0) return candidate;
  }
  return undefined;
}

/** What the stamp file remembers: which executable (by path, size and change time) had which version. */
interface VersionStamp {
  readonly format: 'prove-hooks/git-version@1';
  readonly path: string;
  readonly size: number;
  readonly ctimeMs: number;
  readonly version: string;
}

export interface GitVersionCheck {
  /** Runs `<executable> --version`: resolves with stdout, rejects with a GitError when git cannot start. */
  readonly readVersionOutput: () => Promise<{ status: number; stdout: string }>;
  /** The git the runner starts (a name looked up on PATH, or a path). */
  readonly executable: string;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Where to remember a passed check (inside prove-hooks' state dir), or undefined for no memory. */
  readonly stampFile: string | undefined;
}

/**
 * Resolves when git is new enough; a remembered pass for the same executable costs one stat.
 * Rejects with a {@link GitError} naming the version found and the version needed, or when the
 * version cannot be read. A stamp that cannot be read or written only costs a `git --version`.
 */
export async function checkGitVersion(check: GitVersionCheck): Promise<void> {
  const path = findExecutableOnPath(check.executable, check.env, check.cwd);
  const identity = path === undefined ? undefined : statSync(path, { throwIfNoEntry: false });
  if (path !== undefined && identity !== undefined && check.stampFile !== undefined) {
    const stamp = readStamp(check.stampFile);
    if (stamp?.path === path && stamp.size === identity.size && stamp.ctimeMs === identity.ctimeMs) return;
  }
  const { status, stdout } = await check.readVersionOutput();
  const version = parseGitVersion(stdout);
  const where = path ?? check.executable;
  if (status !== 0 || version === undefined) {
    throw new GitError(`cannot tell which git this is: \`${where} --version\` printed ${JSON.stringify(stdout.trim().slice(0, 80))} (exit ${status})`, {
      hint: `prove-hooks needs git ${MIN_GIT_VERSION} or newer; check that \`git --version\` works in this shell.`,
    });
  }
  if (!isGitVersionAtLeast(version, toGitVersion(MIN_GIT_VERSION))) {
    throw new GitError(`git ${version.join('.')} is too old: prove-hooks needs git ${MIN_GIT_VERSION} or newer (found ${where})`, {
      hint: 'Upgrade git (https://git-scm.com/downloads), or put a newer git first on PATH.',
    });
  }
  if (path !== undefined && identity !== undefined && check.stampFile !== undefined) {
    writeStamp(check.stampFile, { format: 'prove-hooks/git-version@1', path, size: identity.size, ctimeMs: identity.ctimeMs, version: version.join('.') });
  }
}

function readStamp(file: string): VersionStamp | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Missing, unreadable or corrupt: the stamp is only a shortcut, so the check simply runs.
    return undefined;
  }
  const stamp = data as Partial<VersionStamp> | null;
  if (stamp === null || typeof stamp !== 'object' || stamp.format !== 'prove-hooks/git-version@1') return undefined;
  if (typeof stamp.path !== 'string' || typeof stamp.size !== 'number' || typeof stamp.ctimeMs !== 'number') return undefined;
  return stamp as VersionStamp;
}

function writeStamp(file: string, stamp: VersionStamp): void {
  try {
    writeStateFile(file, `${JSON.stringify(stamp)}\n`);
  } catch {
    // Best effort on purpose: without the stamp the next run asks git again, nothing else changes.
  }
}
