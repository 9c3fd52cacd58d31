// Reads the git settings that decide how git cleans a commit message: the comment character
// (core.commentChar / core.commentString) and commit.cleanup. One git process for both.
import { GitError } from '../errors.js';
import type { CleanupMode, MessageSettings } from '../core/commit-message/clean.js';
import type { GitRunner } from './run-git.js';

export type { MessageSettings } from '../core/commit-message/clean.js';

/** git's default when neither comment key is set. */
export const DEFAULT_COMMENT_CHAR = '#';

const CLEANUP_MODES: ReadonlySet<string> = new Set<CleanupMode>(['strip', 'whitespace', 'scissors', 'verbatim']);

/**
 * Reads both settings from every config source git reads (system, global, repository, worktree,
 * includes, `git -c`). Throws a {@link GitError} when git is missing or fails.
 */
export async function readMessageSettings(runner: GitRunner, cwd: string, env?: NodeJS.ProcessEnv): Promise<MessageSettings> {
  const result = await runner(
    [
      'config',
      // One regexp reads all three keys in the order git reads them, so the last value wins as
      // it does for git. core.commentString is git 2.45's synonym of core.commentChar.
      '--get-regexp',
      '^(core\\.comment(char|string)|commit\\.cleanup)$',
    ],
    { cwd, ...(env === undefined ? {} : { env }) },
  );
  // Exit 1: none of the keys is set anywhere, so git uses its defaults.
  if (result.status === 1) return { commentChar: DEFAULT_COMMENT_CHAR, cleanup: undefined };
  if (result.status !== 0) {
    throw new GitError(`git config could not read core.commentChar (exit ${result.status}): ${result.stderr.trim()}`, {
      hint: 'Check your git config files: `git config --list --show-origin`.',
    });
  }
  return parseMessageSettings(result.stdout);
}

/** Parses `git config --get-regexp` output (`core.commentchar ;` lines, keys lower-cased by git). */
export function parseMessageSettings(output: string): MessageSettings {
  let settings: MessageSettings = { commentChar: DEFAULT_COMMENT_CHAR, cleanup: undefined };
  for (const line of output.split('\n')) {
    const space = line.indexOf(' ');
    // A key without a value (`[core] commentChar` alone) is rejected by git itself; skip it.
    if (space === -1) continue;
    settings = parseMessageSettingEntry(settings, line.slice(0, space), line.slice(space + 1));
  }
  return settings;
}

/** Applies one config entry (read in git's order, so the last value wins) to `settings`. */
export function parseMessageSettingEntry(settings: MessageSettings, key: string, value: string | undefined): MessageSettings {
  if (value === undefined) return settings;
  switch (key.toLowerCase()) {
    case 'commit.cleanup': {
      const mode = value.toLowerCase();
      return { ...settings, cleanup: CLEANUP_MODES.has(mode) ? (mode as CleanupMode) : undefined };
    }
    case 'core.commentchar':
    case 'core.commentstring':
      return value === '' ? settings : { ...settings, commentChar: value };
    default:
      return settings;
  }
}
