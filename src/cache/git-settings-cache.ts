// The git settings cache: core.commentChar and commit.cleanup as git last reported them, valid
// while every config file git reads is unchanged, so a commit-msg run needs no git process.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stateDirOf } from '../state-folder.js';
import { CacheError } from '../errors.js';
import type { MessageSettings } from '../core/commit-message/clean.js';
import { checksumOf } from '../checksum.js';
import { isOtherFormatOf, writeStateFile } from '../state-dir.js';

export const GIT_SETTINGS_CACHE_FORMAT = 'prove-hooks/git-settings@3';

/** Entries kept: one per environment (a hook run sees a different PATH than a shell). */
export const GIT_SETTINGS_MAX_ENTRIES = 8;

/** A config file modified this recently may have changed while git read it: not cached. */
export const RACY_WINDOW_MS = 2000;

/** The cache file of a git dir (per worktree: each may have its own config.worktree). */
export function gitSettingsCacheFile(gitDir: string): string {
  return join(stateDirOf(gitDir), 'git-settings.json');
}

/** What is stored: the settings as git read them, and the files they came from (git/config-sources.ts's SettingsWithSources, passed in by the hooks' tier). */
export interface GitSettingsSnapshot {
  readonly settings: MessageSettings;
  /** Every config file git read or would read if it appeared (absolute paths). */
  readonly files: readonly string[];
  /** The settings may change with the checked-out branch (an `includeIf "onbranch:..."`). */
  readonly dependsOnBranch: boolean;
  /** False when a file git may read could not be named: nothing is stored then. */
  readonly complete: boolean;
  /** The config sets `core.worktree` or `core.bare`: the work tree found on disk needs git's confirmation. */
  readonly movesWorkTree: boolean;
}

/** What an entry is valid for: the same prove-hooks, environment and git dir. */
export interface GitSettingsKey {
  readonly version: string;
  /** From configEnvironmentKey(): the variables that change which config git reads. */
  readonly envKey: string;
  readonly gitDir: string;
}

/** `[path]` when it is not a file, else `[path, size, mtimeMs]` (node's `mtimeMs`, as text). */
type FileState = [path: string] | [path: string, size: number, mtimeMs: string];

interface GitSettingsEntry {
  readonly version: string;
  readonly envKey: string;
  readonly gitDir: string;
  /** Content of HEAD when an `includeIf "onbranch:"` makes the settings branch-dependent, else null. */
  readonly head: string | null;
  readonly files: FileState[];
  readonly settings: { readonly commentChar: string; readonly cleanup: string | null };
  /** GitSettingsSnapshot.movesWorkTree: the config sets core.worktree or core.bare. */
  readonly movesWorkTree: boolean;
  readonly checksum: string;
}

export type GitSettingsLookup =
  | { readonly status: 'hit'; readonly settings: MessageSettings; readonly movesWorkTree: boolean }
  | { readonly status: 'miss' }
  | { readonly status: 'corrupt'; readonly reason: string };

const CLEANUPS = new Set(['strip', 'whitespace', 'scissors', 'verbatim']);

/** Looks the settings up. Reads only; never throws. */
export function readGitSettingsCache(file: string, key: GitSettingsKey): GitSettingsLookup {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Absent (the usual first run) or unreadable: either way git is asked, and the file rewritten.
    return { status: 'miss' };
  }
  const entries = parseEntries(text);
  if (typeof entries === 'string') return { status: 'corrupt', reason: entries };
  const entry = entries.find((e) => e.version === key.version && e.envKey === key.envKey && e.gitDir === key.gitDir);
  if (entry === undefined) return { status: 'miss' };
  if (entry.head !== null && readHead(key.gitDir) !== entry.head) return { status: 'miss' };
  for (const stored of entry.files) {
    const current = readFileState(stored[0]);
    if (current.length !== stored.length || current[1] !== stored[1] || current[2] !== stored[2]) return { status: 'miss' };
  }
  const cleanup = entry.settings.cleanup === null ? undefined : (entry.settings.cleanup as MessageSettings['cleanup']);
  return { status: 'hit', settings: { commentChar: entry.settings.commentChar, cleanup }, movesWorkTree: entry.movesWorkTree };
}

/**
 * Stores `value`, read from git at `readAtMs` (epoch ms). Writes nothing, and returns false, when
 * the sources are incomplete or a file changed around that time (it may have changed while git
 * read it). Throws a {@link CacheError} when the file cannot be written.
 */
export function writeGitSettingsCache(file: string, key: GitSettingsKey, value: GitSettingsSnapshot, readAtMs: number): boolean {
  if (!value.complete) return false;
  // A git dir that is gone (the repository was removed while this run went on) is not made
  // again just to hold a cache: that left a stray `.git/prove-hooks/git-settings.json` behind.
  if (!existsSync(join(key.gitDir, 'HEAD'))) return false;
  const files = value.files.map(readFileState);
  if (files.some((state) => state.length === 3 && Number(state[2]) >= readAtMs - RACY_WINDOW_MS)) return false;
  const body = {
    version: key.version,
    envKey: key.envKey,
    gitDir: key.gitDir,
    head: value.dependsOnBranch ? readHead(key.gitDir) : null,
    files,
    settings: { commentChar: value.settings.commentChar, cleanup: value.settings.cleanup ?? null },
    movesWorkTree: value.movesWorkTree,
  } as const;
  const entry: GitSettingsEntry = { ...body, checksum: checksumOf(bodyOf(body)) };
  const previous = readPreviousEntries(file).filter((e) => !(e.envKey === key.envKey && e.gitDir === key.gitDir));
  const entries = [...previous.slice(-(GIT_SETTINGS_MAX_ENTRIES - 1)), entry];
  try {
    writeStateFile(file, `${JSON.stringify({ format: GIT_SETTINGS_CACHE_FORMAT, entries })}\n`);
  } catch (error) {
    throw new CacheError(`cannot write the git settings cache ${file}: ${(error as Error).message}`, { cause: error });
  }
  return true;
}

/** The entries of a cache file, or why it is not one (damaged entries make the whole file suspect). */
function parseEntries(text: string): GitSettingsEntry[] | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  const file = data as { format?: unknown; entries?: unknown } | null;
  // Another format of ours: read as a miss and replaced, not reported as damaged.
  if (typeof file === 'object' && file !== null && isOtherFormatOf(file.format, GIT_SETTINGS_CACHE_FORMAT)) return [];
  if (typeof file !== 'object' || file === null || file.format !== GIT_SETTINGS_CACHE_FORMAT || !Array.isArray(file.entries)) {
    return 'not a prove-hooks settings cache';
  }
  const entries: unknown[] = file.entries;
  if (!entries.every((e) => isEntry(e) && e.checksum === checksumOf(bodyOf(e)))) return 'damaged (an entry fails its checksum)';
  return entries as GitSettingsEntry[];
}

function readPreviousEntries(file: string): GitSettingsEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Absent or unreadable: the new file starts with this entry alone.
    return [];
  }
  const entries = parseEntries(text);
  return typeof entries === 'string' ? [] : entries;
}

function bodyOf(entry: Omit<GitSettingsEntry, 'checksum'>): string {
  return JSON.stringify([GIT_SETTINGS_CACHE_FORMAT, entry.version, entry.envKey, entry.gitDir, entry.head, entry.files, entry.settings, entry.movesWorkTree]);
}

function isEntry(value: unknown): value is GitSettingsEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const settings = v.settings as Record<string, unknown> | null | undefined;
  return (
    typeof v.version === 'string' &&
    typeof v.envKey === 'string' &&
    typeof v.gitDir === 'string' &&
    typeof v.checksum === 'string' &&
    typeof v.movesWorkTree === 'boolean' &&
    (v.head === null || typeof v.head === 'string') &&
    Array.isArray(v.files) &&
    v.files.every(
      (f: unknown) =>
        Array.isArray(f) && typeof f[0] === 'string' && (f.length === 1 || (f.length === 3 && typeof f[1] === 'number' && typeof f[2] === 'string')),
    ) &&
    typeof settings === 'object' &&
    settings !== null &&
    typeof settings.commentChar === 'string' &&
    settings.commentChar !== '' &&
    (settings.cleanup === null || (typeof settings.cleanup === 'string' && CLEANUPS.has(settings.cleanup)))
  );
}

function readFileState(path: string): FileState {
  // Not `bigint: true`: `mtimeMs` tells apart changes a fraction of a microsecond apart, a file
  // changed within RACY_WINDOW_MS of the read is never cached, and node's BigIntStats would be
  // compiled on every commit for these calls alone.
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isFile()) return [path];
  return [path, stats.size, String(stats.mtimeMs)];
}

function readHead(gitDir: string): string | null {
  try {
    return readFileSync(join(gitDir, 'HEAD'), 'utf8');
  } catch {
    // No HEAD to compare: null never equals a stored HEAD, so the entry is not used.
    return null;
  }
}
