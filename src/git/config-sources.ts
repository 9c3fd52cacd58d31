// Reads the message settings together with every file git read them from, so a cache can
// prove them current by a few stat calls instead of a git process on every commit.
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { GitError } from '../errors.js';
import { DEFAULT_COMMENT_CHAR, type MessageSettings, parseMessageSettingEntry } from './message-settings.js';
import type { GitRunner } from './run-git.js';

/** The settings and what they depend on. */
export interface SettingsWithSources {
  readonly settings: MessageSettings;
  /** Every config file git read or would read if it appeared (absolute paths). */
  readonly files: readonly string[];
  /** An `includeIf "onbranch:..."` exists: the settings may change with the checked-out branch. */
  readonly dependsOnBranch: boolean;
  /** False when a file git may read could not be named (then nothing may be cached). */
  readonly complete: boolean;
  /**
   * The config sets `core.worktree`, or `core.bare` to anything but false: the work tree may not
   * be the folder that holds `.git`, so the repository found on disk needs git's confirmation.
   */
  readonly movesWorkTree: boolean;
}

/** Environment variables that change which config git reads (part of a cache key). */
export function configEnvironmentKey(env: NodeJS.ProcessEnv): string {
  const names = Object.keys(env)
    .filter((name) => /^(GIT_CONFIG.*|GIT_DIR|GIT_COMMON_DIR|GIT_EXEC_PATH|HOME|XDG_CONFIG_HOME|PATH)$/.test(name))
    .sort();
  return JSON.stringify(names.map((name) => [name, env[name]]));
}

/**
 * Runs `git config --list` once and returns the message settings (as readMessageSettings would)
 * and the files they came from: every file git named, the standard system, global, repository
 * and worktree files, and the targets of include paths. Throws a GitError when git fails.
 */
export async function readSettingsWithSources(
  runner: GitRunner,
  where: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly gitDir: string; readonly commonDir: string },
): Promise<SettingsWithSources> {
  const { cwd, env } = where;
  const result = await runner(
    [
      'config',
      '--list',
      // The origin of each value names the file git read it from (includes too).
      '--show-origin',
      // The scope tells which file is the system one, whose path is compiled into git.
      '--show-scope',
      // NUL-separated: values and paths may contain newlines or tabs.
      '-z',
    ],
    { cwd, env },
  );
  if (result.status !== 0) {
    throw new GitError(`git config --list failed (exit ${result.status}): ${result.stderr.trim()}`, {
      hint: 'Check your git config files: `git config --list --show-origin`.',
    });
  }
  const entries = parseConfigList(result.stdout);
  let settings: MessageSettings = { commentChar: DEFAULT_COMMENT_CHAR, cleanup: undefined };
  const files = new Set<string>();
  let systemFile: string | undefined;
  let dependsOnBranch = false;
  let movesWorkTree = false;
  for (const entry of entries) {
    settings = parseMessageSettingEntry(settings, entry.key, entry.value);
    const file = entry.origin.startsWith('file:') ? resolve(cwd, entry.origin.slice('file:'.length)) : undefined;
    if (file !== undefined) files.add(file);
    if (entry.scope === 'system' && file !== undefined) systemFile = file;
    if (entry.key.startsWith('includeif.onbranch:')) dependsOnBranch = true;
    // `core.bare` alone (no value) means true.
    if (entry.key === 'core.worktree' || (entry.key === 'core.bare' && (entry.value === undefined || !isFalse(entry.value)))) movesWorkTree = true;
    if (entry.value !== undefined && /^include(if\..*)?\.path$/.test(entry.key)) {
      files.add(resolveIncludePath(entry.value, file, env, cwd));
    }
  }
  for (const file of standardConfigFiles(env, where.gitDir, where.commonDir)) files.add(file);
  let complete = true;
  if (env.GIT_CONFIG_NOSYSTEM === undefined || !isTrue(env.GIT_CONFIG_NOSYSTEM)) {
    systemFile ??= env.GIT_CONFIG_SYSTEM ? resolve(cwd, env.GIT_CONFIG_SYSTEM) : await findSystemConfig(runner, cwd, env);
    if (systemFile === undefined) complete = false;
    else files.add(systemFile);
  }
  return { settings, files: [...files].sort(), dependsOnBranch, complete, movesWorkTree };
}

interface ConfigEntry {
  readonly scope: string;
  readonly origin: string;
  readonly key: string;
  readonly value: string | undefined;
}

/** Parses `git config --list --show-origin --show-scope -z`: scope NUL origin NUL key[LF value] NUL. */
export function parseConfigList(output: string): ConfigEntry[] {
  const fields = output.split('\0');
  const entries: ConfigEntry[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const pair = fields[i + 2]!;
    const newline = pair.indexOf('\n');
    entries.push({
      scope: fields[i]!,
      origin: fields[i + 1]!,
      key: (newline === -1 ? pair : pair.slice(0, newline)).toLowerCase(),
      value: newline === -1 ? undefined : pair.slice(newline + 1),
    });
  }
  return entries;
}

/** git resolves `~/` against HOME and a relative include against the including file's folder. */
function resolveIncludePath(value: string, includingFile: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  if (value.startsWith('~/')) return join(env.HOME ?? '', value.slice(2));
  if (isAbsolute(value)) return value;
  return resolve(includingFile === undefined ? cwd : dirname(includingFile), value);
}

/** The global, repository and worktree files, whether or not they exist now. */
function standardConfigFiles(env: NodeJS.ProcessEnv, gitDir: string, commonDir: string): string[] {
  const files = [join(commonDir, 'config'), join(gitDir, 'config.worktree')];
  if (env.GIT_CONFIG_GLOBAL !== undefined) {
    if (env.GIT_CONFIG_GLOBAL !== '') files.push(resolve(env.GIT_CONFIG_GLOBAL));
  } else {
    const home = env.HOME ?? '';
    files.push(join(home, '.gitconfig'), join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config'));
  }
  return files;
}

/**
 * The system file's path when it holds no values: `git config --system --list` names it in its
 * error when it does not exist. Undefined when git does not say (an existing empty file).
 */
async function findSystemConfig(runner: GitRunner, cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  // Only the system scope: its error message is the one place git names the file's path.
  const result = await runner(['config', '--system', '--list'], { cwd, env });
  const match = /unable to read config file '(.+)'/.exec(result.stderr);
  return match?.[1];
}

function isTrue(value: string): boolean {
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

/** git's false spellings (anything else a boolean key holds is true, or an error git reports). */
function isFalse(value: string): boolean {
  return ['0', 'false', 'no', 'off', ''].includes(value.trim().toLowerCase());
}
