// The prepare-commit-msg hook: when git opens the editor for a new message, put a first line made
// from the branch name (`feat/T-2025-01-18-001-login` -> `feat: <subject> [T-2025-01-18-001] [MODE:F]`)
// above git's comments. Collects the branch, the config and git's comment char; the core decides.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configCacheFileFor, configScopeFor, resolveConfig } from '../config/resolve-config.js';
import { buildTemplateHeader, fillMessageTemplate, parseBranchTask } from '../core/commit-message/template.js';
import { FileReadError } from '../errors.js';
import { readCurrentBranch } from '../git/current-branch.js';
import { locateRepositoryOfMessageFile } from '../git/repository.js';
import { resolveMessageSettings } from '../git/resolve-message-settings.js';
import type { GitRunner } from '../git/run-git.js';
import { PROVE_VERSION } from '../version.js';

/**
 * The message sources git passes as `$2` for which a template is considered: none (a plain
 * `git commit`) and `template` (`-t`, commit.template). `message` (-m, -F), `merge`, `squash`
 * and `commit` (--amend, -c, -C) bring their own text, which is never touched.
 */
export function isTemplateSource(source: string | undefined): boolean {
  return source === undefined || source === '' || source === 'template';
}

export interface PrepareMessageIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly git: GitRunner;
  readonly now: () => Date;
}

/** What the hook did, for the command's output and for tests. */
export type PrepareMessageOutcome =
  | { readonly status: 'filled'; readonly header: string }
  | { readonly status: 'left'; readonly reason: string };

/**
 * Fills the message file when its source allows it, the branch holds a valid task id and the
 * file holds nothing but comments. Throws FileReadError, ConfigError or GitError when it cannot run.
 */
export async function runPrepareCommitMsg(messageFile: string, source: string | undefined, io: PrepareMessageIo): Promise<PrepareMessageOutcome> {
  if (!isTemplateSource(source)) return { status: 'left', reason: `the message comes from ${source}` };
  const git = locateRepositoryOfMessageFile(messageFile, io.cwd, io.env);
  if (git === null) return { status: 'left', reason: 'not in a git repository' };
  const config = await resolveConfig({ scope: configScopeFor(io.cwd, git), cacheFile: configCacheFileFor(git), version: PROVE_VERSION });
  const { commitMsg, prepareCommitMsg } = config.config;
  if (!prepareCommitMsg.enabled) return { status: 'left', reason: 'prepareCommitMsg.enabled is false' };
  const branch = await readCurrentBranch(io.git, git.gitDir, io.cwd, io.env);
  if (branch === null) return { status: 'left', reason: 'HEAD is detached' };
  const task = parseBranchTask(branch, commitMsg, prepareCommitMsg);
  if (task === undefined) return { status: 'left', reason: `the branch ${branch} holds no task id` };
  const { settings } = await resolveMessageSettings(io.git, { ...io, git, version: PROVE_VERSION, now: () => io.now().getTime() });
  const path = resolve(io.cwd, messageFile);
  const header = buildTemplateHeader(task, commitMsg, prepareCommitMsg);
  const filled = fillMessageTemplate(readMessage(path), header, settings.commentChar);
  if (filled === undefined) return { status: 'left', reason: 'the message file already holds text' };
  writeMessage(path, filled);
  return { status: 'filled', header };
}

function readMessage(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new FileReadError(`cannot read the commit message file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}

function writeMessage(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new FileReadError(`cannot write the commit message file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}
